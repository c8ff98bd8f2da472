// The last step of the pipeline: the extracted posting, checked against the schema and copied
// into the schema's key order (what the output prints). zod did this for every posting, and it
// was ~1.5 % of a run: most of its cost is the generality (issue lists, wrappers per value), not
// the checks. This walks the same schema, compiled once into plain functions: every type,
// enum, pattern and bound the schema states is still checked. The tests and `validate` keep
// using zod itself, so the two cannot drift apart unseen (test/core/shape.test.ts compares).
import type { z } from "zod/mini";

/** A value that fails the schema: `path` names where, as zod's issue paths do. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path || "(posting)"}: ${message}`);
  }
}

type Shaper = (value: unknown, path: string) => unknown;

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean } } }[];
}

const fail = (path: string, message: string): never => {
  throw new ShapeError(path, message);
};

/** The checks of a string or number schema, as one function; undefined when it states none. */
function checksOf(def: Def, path0: string): ((value: string | number, path: string) => void) | undefined {
  const tests = (def.checks ?? []).map((c) => {
    const check = c._zod.def;
    if (check.check === "string_format" && check.pattern) {
      const re = check.pattern;
      return (v: string | number, path: string) => void (re.test(String(v)) || fail(path, `does not match ${re}`));
    }
    if (check.check === "greater_than" && typeof check.value === "number") {
      const { value, inclusive } = check;
      return (v: string | number, path: string) => void ((inclusive ? Number(v) >= value : Number(v) > value) || fail(path, `below ${value}`));
    }
    if (check.check === "less_than" && typeof check.value === "number") {
      const { value, inclusive } = check;
      return (v: string | number, path: string) => void ((inclusive ? Number(v) <= value : Number(v) < value) || fail(path, `above ${value}`));
    }
    // A check this walk does not know: refuse to build, so the caller falls back to zod.
    throw new Error(`unsupported check ${check.check} at ${path0}`);
  });
  if (!tests.length) return undefined;
  return (v, path) => {
    for (const t of tests) t(v, path);
  };
}

function compile(def: Def, at: string): Shaper {
  switch (def.type) {
    case "object": {
      const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => [key, compile(schema._zod.def, `${at}.${key}`)] as const);
      return (value, path) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(path, "expected an object");
        const out: Record<string, unknown> = {};
        for (const [key, shape] of fields) out[key] = shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
        return out;
      };
    }
    case "nullable": {
      const inner = compile(def.innerType!._zod.def, at);
      return (value, path) => (value === null ? null : inner(value, path));
    }
    case "array": {
      const element = compile(def.element!._zod.def, `${at}[]`);
      return (value, path) => {
        if (!Array.isArray(value)) return fail(path, "expected an array");
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) out[i] = element(value[i], `${path}.${i}`);
        return out;
      };
    }
    case "string": {
      const checks = checksOf(def, at);
      return (value, path) => {
        if (typeof value !== "string") return fail(path, "expected a string");
        checks?.(value, path);
        return value;
      };
    }
    case "number": {
      const checks = checksOf(def, at);
      return (value, path) => {
        if (typeof value !== "number" || !Number.isFinite(value)) return fail(path, "expected a finite number");
        checks?.(value, path);
        return value;
      };
    }
    case "enum": {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value, path) => (allowed.has(value as string) ? value : fail(path, `not one of ${[...allowed].join(", ")}`));
    }
    default:
      throw new Error(`unsupported schema type ${def.type} at ${at}`);
  }
}

/**
 * A function that checks a value against `schema` and returns it copied in the schema's key
 * order (unknown keys dropped), as zod's parse does; it throws a ShapeError on the first
 * problem. A schema using something this walk does not know gets zod's own parse instead.
 */
export function compileShape<T>(schema: z.ZodMiniType<T>): (value: unknown) => T {
  try {
    const shape = compile((schema as unknown as { _zod: { def: Def } })._zod.def, "");
    return (value) => shape(value, "") as T;
  } catch {
    return (value) => {
      const checked = schema.safeParse(value);
      if (checked.success) return checked.data;
      const issue = checked.error.issues[0];
      throw new ShapeError(issue.path.join("."), issue.message);
    };
  }
}
