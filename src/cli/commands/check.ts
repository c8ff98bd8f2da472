// `jobparse check [paths…]` (SPEC §2), the CI mode. Each posting `<dir>/<name>.<ext>` is parsed
// and compared with its sibling `<dir>/<name>.expected.json`, every field. Then the posting
// rules run on it: `--require`, and `--policy` (cli/policies/, e.g. pay-transparency).
//
// `file` in an expected file is the posting's path relative to the expected file's folder
// (its bare name, as they are siblings), so expected files are the same on every machine and
// whatever the working directory; the parsed `file` is rewritten the same way before comparing.
//
// A posting without an expected file is reported and not compared; it fails only with
// `--strict`. With `--policy` such a posting is a policy-only check (pass or fail by the policy,
// not reported as missing an expected file): a folder of postings to publish has no expected
// files (`--strict` still wants one). A posting that has one is compared too: both apply. `--update` writes (creates or rewrites) every expected file: pretty JSON, a final
// newline, written atomically. Exit: 0 all matched, 1 a mismatch / rule failure / unreadable
// input (/ missing expected file with --strict), 2 usage.
import { readFile } from "../fs-async.js";
import { basename, dirname, extname, join, relative, sep } from "node:path";
import { FIELD_PATHS, unknownFields, valueAt } from "../../format/fields.js";
import type { Posting } from "../../schema.js";
import { type CliEnv, type ColorFlag, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, stopped, wantsColor } from "../io.js";
import { type Input, isInputError, nothingFound, resolveInputs } from "../inputs.js";
import { type FieldLines, reasonOfError } from "../parse-input.js";
import { type PolicyName, policyRule } from "../policies/index.js";
import { parseAll } from "../pool.js";
import { type CacheFlags, openCache } from "../cache.js";
import { type Shard, inShard } from "../shard.js";
import { canonical, diffPostings, type Difference } from "./check-diff.js";
import { type CheckFinding, type CheckResult, type CheckSummary, type ReporterName, createReporter } from "./check-reporters.js";
import { writePostingFile } from "./out-dir.js";

export interface CheckCommandOptions extends CacheFlags {
  require?: string[];
  update?: boolean;
  strict?: boolean;
  reporter?: ReporterName;
  policy?: PolicyName;
  color?: ColorFlag;
  quiet?: boolean;
  /** `--shard K/N`: check only this share of the inputs. */
  shard?: Shard;
  maxBytes?: number;
}

/** What a rule may know besides the posting: the source line(s) each field came from. */
export interface RuleContext {
  lines?: FieldLines;
}

/** A check every parsed posting must pass, whether or not it has an expected file. */
export interface PostingRule {
  name: string;
  check(posting: Posting, context?: RuleContext): CheckFinding[];
}

/** `--require a,b`: each named field must be non-null and, for text and lists, non-empty. */
export function requireRule(fields: readonly string[]): PostingRule {
  return {
    name: "require",
    check: (posting) =>
      fields.flatMap((field): CheckFinding[] => {
        const value = valueAt(posting, field);
        const empty = value == null ? "null" : value === "" || (Array.isArray(value) && value.length === 0) ? "empty" : undefined;
        return empty ? [{ rule: "require", field, message: `required, but ${empty}` }] : [];
      }),
  };
}

/** `<dir>/<name>.<ext>` → `<dir>/<name>.expected.json` (a file with no extension keeps its name). */
export function expectedPathOf(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return join(dirname(path), `${ext ? name.slice(0, -ext.length) : name}.expected.json`);
}

function diffMessage(d: Difference): string {
  if (d.reordered) return "same items in another order";
  if (d.missing || d.extra) {
    const counts = [d.missing?.length && `${d.missing.length} missing`, d.extra?.length && `${d.extra.length} extra`];
    return `${counts.filter(Boolean).join(", ")} (expected ${d.expectedLength} items, got ${d.actualLength})`;
  }
  return `expected ${JSON.stringify(d.expected) ?? "(absent)"}, got ${JSON.stringify(d.actual) ?? "(absent)"}`;
}

async function readExpected(path: string): Promise<{ value: unknown } | { absent: true } | { error: string }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { absent: true };
    return { error: reasonOfError(err) };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: `not valid JSON: ${(err as Error).message}` };
  }
}

interface CheckOneOptions {
  update: boolean;
  /** A posting without an expected file passes or fails by the rules alone (`--policy`). */
  rulesOnly: boolean;
}

async function checkOne(input: Input & { kind: "file" }, parsed: Posting, context: RuleContext, rules: readonly PostingRule[], options: CheckOneOptions): Promise<CheckResult> {
  const expectedPath = expectedPathOf(input.path);
  const expectedFile = expectedPathOf(input.display);
  // Portable `file`: relative to the expected file's folder, with forward slashes.
  const posting: Posting = { ...parsed, file: relative(dirname(expectedPath), input.path).split(sep).join("/") };
  const findings = rules.flatMap((rule) => rule.check(posting, context));
  const expected = await readExpected(expectedPath);
  let status: CheckResult["status"];
  if (options.update) {
    const same = "value" in expected && canonical(expected.value) === canonical(posting);
    if (!same) await writePostingFile(expectedPath, posting);
    status = same ? "unchanged" : "absent" in expected ? "created" : "updated";
  } else if ("absent" in expected) {
    status = options.rulesOnly ? "pass" : "no-expected";
  } else if ("error" in expected) {
    findings.unshift({ rule: "expected", message: `${expectedFile}: ${expected.error}` });
    status = "fail";
  } else {
    const diffs = diffPostings(expected.value, posting);
    // Each difference is shown at the line its field was read from (explain's provenance), so a
    // GitHub annotation sits on that line of the posting.
    const lineOf = (path: string) => context.lines?.[path.split(".")[0] as keyof Posting]?.line;
    findings.unshift(...diffs.map((d) => ({ rule: "expected", field: d.path || undefined, line: lineOf(d.path), message: diffMessage(d), diff: d })));
    status = diffs.length ? "fail" : "pass";
  }
  if (findings.length) status = "fail";
  return { file: input.display, expectedFile, status, findings };
}

export async function checkCommand(io: CliEnv, paths: string[], options: CheckCommandOptions): Promise<number> {
  const required = options.require ?? [];
  const unknown = unknownFields(required);
  if (unknown.length) {
    errorLine(io, "--require", `unknown field ${unknown.join(", ")} (fields: ${FIELD_PATHS.join(", ")})`);
    return EXIT_USAGE;
  }
  const given = paths.length ? paths : ["."];
  const inputs = await resolveInputs(io.cwd, given);
  if (inputs.some((i) => !isInputError(i) && i.kind === "stdin")) {
    errorLine(io, "-", "check compares files with their expected files; stdin has none");
    return EXIT_USAGE;
  }
  const none = nothingFound(given, inputs);
  if (none) {
    errorLine(io, "usage", none);
    return EXIT_USAGE;
  }
  // A path that does not exist is a usage error (exit 2) once the others have been checked.
  const missing = inputs.some((i) => isInputError(i) && i.usage);
  const share = inShard(inputs, options.shard);
  const rules: PostingRule[] = required.length ? [requireRule(required)] : [];
  if (options.policy) rules.push(policyRule(options.policy));
  const reporter = await createReporter(options.reporter ?? "default", io.stdout, { color: wantsColor(io, options.color), quiet: options.quiet, strict: options.strict });
  const summary: CheckSummary = { total: 0, pass: 0, fail: 0, "no-expected": 0, created: 0, updated: 0, unchanged: 0, error: 0, strict: Boolean(options.strict) };
  for await (const { input, result } of parseAll(io, share, { quiet: options.quiet, maxBytes: options.maxBytes, cache: openCache(io.cwd, options) })) {
    if (stopped(io)) break;
    let r: CheckResult;
    if ("reason" in result || isInputError(input) || input.kind !== "file") {
      const reason = "reason" in result ? result.reason : "not a file";
      errorLine(io, input.display, reason);
      r = { file: input.display, status: "error", findings: [{ rule: "read", message: reason }] };
    } else {
      try {
        r = await checkOne(input, result.posting, { lines: result.lines }, rules, { update: Boolean(options.update), rulesOnly: Boolean(options.policy) && !options.strict });
      } catch (err) {
        const reason = `expected file could not be written: ${reasonOfError(err)}`;
        errorLine(io, expectedPathOf(input.display), reason);
        r = { file: input.display, status: "error", findings: [{ rule: "update", message: reason }] };
      }
    }
    summary.total++;
    summary[r.status]++;
    reporter.result(r);
  }
  if (stopped(io)) return EXIT_FAILED;
  reporter.end(summary);
  const failed = summary.fail + summary.error + (options.strict ? summary["no-expected"] : 0);
  return missing ? EXIT_USAGE : failed ? EXIT_FAILED : EXIT_OK;
}
