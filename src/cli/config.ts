// A project's defaults for every run (as markdownlint-cli2 and prettier read theirs): the file
// jobparse.config.json in the working directory, else a "jobparse" key in its package.json.
//   { "format": "csv", "fields": ["title", "salary.min"], "paths": ["postings"],
//     "check": { "require": ["salary"], "policy": "pay-transparency", "reporter": "github",
//                "strict": true, "paths": ["postings"] } }
// A flag on the command line wins over the file. An unknown key, a wrong type or an unknown
// field is a usage error naming the file: a typo must not silently turn a check off.
import * as z from "zod/mini";
import { join } from "node:path";
import { FORMAT_NAMES } from "../format/index.js";
import { FIELD_PATHS, unknownFields } from "../format/fields.js";
import { REPORTER_NAMES } from "./commands/check-reporters.js";
import { readFile } from "./fs-async.js";
import { UsageError } from "./io.js";
import { POLICY_NAMES } from "./policies/index.js";

export const CONFIG_FILE = "jobparse.config.json";

const Paths = z.array(z.string());
const Fields = z.array(z.string());

const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.optional(z.enum(FORMAT_NAMES)),
  fields: z.optional(Fields),
  paths: z.optional(Paths),
  check: z.optional(
    z.strictObject({
      require: z.optional(Fields),
      policy: z.optional(z.enum(POLICY_NAMES)),
      reporter: z.optional(z.enum(REPORTER_NAMES)),
      strict: z.optional(z.boolean()),
      paths: z.optional(Paths),
    }),
  ),
});

export type ProjectConfig = z.infer<typeof ConfigSchema> & {
  /** Where it was read from, for messages: "jobparse.config.json" or "package.json (jobparse)". */
  source: string;
};

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`${path}: ${(err as Error).message}`);
  }
}

/** Checks a parsed config; throws a UsageError naming `source` and the key at fault. */
export function checkConfig(value: unknown, source: string): ProjectConfig {
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new UsageError(`${source}: ${where}${issue.message}`);
  }
  for (const [key, fields] of [
    ["fields", parsed.data.fields],
    ["check.require", parsed.data.check?.require],
  ] as const) {
    const unknown = unknownFields(fields ?? []);
    if (unknown.length) throw new UsageError(`${source}: ${key}: unknown field ${unknown.join(", ")} (fields: ${FIELD_PATHS.join(", ")})`);
  }
  return { ...parsed.data, source };
}

/** The project config of `cwd`, or undefined when it has none. */
export async function loadConfig(cwd: string): Promise<ProjectConfig | undefined> {
  const own = await readText(join(cwd, CONFIG_FILE));
  if (own !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(own);
    } catch (err) {
      throw new UsageError(`${CONFIG_FILE}: not valid JSON: ${(err as Error).message}`);
    }
    return checkConfig(value, CONFIG_FILE);
  }
  const pkg = await readText(join(cwd, "package.json"));
  if (pkg === undefined) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(pkg);
  } catch {
    // Not ours to judge: npm reports a broken package.json; it only has no jobparse key for us.
    return undefined;
  }
  const key = manifest && typeof manifest === "object" ? (manifest as Record<string, unknown>).jobparse : undefined;
  return key === undefined ? undefined : checkConfig(key, 'package.json "jobparse"');
}

/** Whether the user gave an option on the command line (commander's value source). */
export type GivenOnCommandLine = (option: string) => boolean;

interface MainOptions {
  format?: (typeof FORMAT_NAMES)[number];
  fields?: string[];
  out?: string;
}

/** The main command's options with the config's defaults under the flags given. */
export function withMainConfig<T extends MainOptions>(options: T, config: ProjectConfig | undefined, given: GivenOnCommandLine): T {
  if (!config) return options;
  const merged = { ...options };
  // --out writes whole postings in one format: the config's format and fields are for printing.
  if (!given("format") && !options.out && config.format) merged.format = config.format;
  if (!given("fields") && !options.out && !merged.format?.startsWith("jsonld") && config.fields) merged.fields = config.fields;
  return merged;
}

interface CheckOptions {
  require?: string[];
  policy?: (typeof POLICY_NAMES)[number];
  reporter?: (typeof REPORTER_NAMES)[number];
  strict?: boolean;
}

/** check's options with the config's `check` defaults under the flags given. */
export function withCheckConfig<T extends CheckOptions>(options: T, config: ProjectConfig | undefined, given: GivenOnCommandLine): T {
  const defaults = config?.check;
  if (!defaults) return options;
  const merged = { ...options };
  if (!given("require") && defaults.require) merged.require = defaults.require;
  if (!given("policy") && defaults.policy) merged.policy = defaults.policy;
  if (!given("reporter") && defaults.reporter) merged.reporter = defaults.reporter;
  if (!given("strict") && defaults.strict !== undefined) merged.strict = defaults.strict;
  return merged;
}
