// What differs between an expected posting and the parsed one, field by field (for `check`).
// Scalars: expected vs actual. Lists: the items missing and the extra ones (as multisets, so a
// repeated block counts), or "same items, other order". Objects: recurse with dotted paths.
// Pure: no I/O, no colour — reporters decide how a difference looks.

export interface Difference {
  /** Dotted field path: "title", "location.countries", "salary.min". */
  path: string;
  expected?: unknown;
  actual?: unknown;
  /** For lists: items expected but not produced, and produced but not expected. */
  missing?: unknown[];
  extra?: unknown[];
  /** For lists: how many items each side has. */
  expectedLength?: number;
  actualLength?: number;
  /** For lists with the same items in another order. */
  reordered?: boolean;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** A stable text for any JSON value (object keys sorted), used for equality and multisets. */
export function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(",")}]`;
  if (isPlainObject(x)) return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`).join(",")}}`;
  return x === undefined ? "undefined" : JSON.stringify(x);
}

/** Items of `a` not matched one-for-one by an item of `b`. */
function minus(a: unknown[], b: unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(canonical(item), (left.get(canonical(item)) ?? 0) + 1);
  return a.filter((item) => {
    const key = canonical(item);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

export function diffPostings(expected: unknown, actual: unknown, path = ""): Difference[] {
  if (canonical(expected) === canonical(actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const missing = minus(expected, actual);
    const extra = minus(actual, expected);
    const lengths = { expectedLength: expected.length, actualLength: actual.length };
    return [missing.length || extra.length ? { path, missing, extra, ...lengths } : { path, reordered: true, ...lengths }];
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((k) => !(k in expected))];
    return keys.flatMap((k) => diffPostings(expected[k], actual[k], path ? `${path}.${k}` : k));
  }
  return [{ path, expected, actual }];
}

/** A value as the reader should see it in one line: JSON, or "(absent)". */
export function shown(x: unknown): string {
  return x === undefined ? "(absent)" : JSON.stringify(x);
}
