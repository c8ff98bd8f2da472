// `jobparse validate [files…]` (SPEC §2): checks JSON and NDJSON postings — a file holding one
// posting, an array of postings, or one posting per line — against the zod PostingSchema. Files,
// globs, or stdin (`-`, or piped with no path). One stderr line per invalid document:
// `jobparse: <file>:<line>: <field path>: <zod message>` (NDJSON) or `<file>[<index>]: …`
// (a JSON array). stdout stays empty. Exit 1 if any document is invalid or unreadable.
import { readFile, stat } from "../fs-async.js";
import { isAbsolute, join, relative } from "node:path";
import { expandGlob } from "../globs.js";
import { PostingSchema } from "../../schema.js";
import { type CliEnv, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, readAll } from "../io.js";
import { reasonOfError } from "../parse-input.js";

export interface ValidateCommandOptions {
  quiet?: boolean;
}

/** One JSON document found in a file, and where: "[3]" in an array, ":7" on an NDJSON line. */
interface Document {
  where: string;
  value?: unknown;
  /** Set when the text is not JSON at all. */
  syntax?: string;
}

/** Issues listed per invalid document, so one line stays readable. */
const MAX_ISSUES = 5;

// A line holding nothing but whitespace, skipped in NDJSON.
const BLANK_LINE_RE = /^\s*$/;

/** Splits a file's text into documents: one JSON value (an array gives its elements), else NDJSON lines. */
export function documentsOf(text: string): Document[] {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  if (BLANK_LINE_RE.test(body)) return [{ where: "", syntax: "no JSON document (empty input)" }];
  try {
    const value: unknown = JSON.parse(body);
    return Array.isArray(value) ? value.map((v, i) => ({ where: `[${i}]`, value: v })) : [{ where: "", value }];
  } catch (whole) {
    const lines = body.split("\n");
    // One line that is not JSON: report the parser's message for the whole text.
    if (lines.filter((l) => !BLANK_LINE_RE.test(l)).length <= 1) return [{ where: "", syntax: `not JSON: ${(whole as Error).message}` }];
    return lines.flatMap((line, i): Document[] => {
      if (BLANK_LINE_RE.test(line)) return [];
      try {
        return [{ where: `:${i + 1}`, value: JSON.parse(line) }];
      } catch (err) {
        return [{ where: `:${i + 1}`, syntax: `not JSON: ${(err as Error).message}` }];
      }
    });
  }
}

/** Invalid documents reported one line each; past this only their count is told. */
export const MAX_REPORTED = 20;

/** schema.org JSON-LD (`jobparse -f jsonld`, a page's structured data): `@context` or `@type`. */
function isJsonLd(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("@context" in value || "@type" in value);
}

/** Problems with one document, as "path: message" texts; empty when it is a valid posting. */
export function documentProblems(doc: Document): string[] {
  if (doc.syntax) return [doc.syntax];
  if (isJsonLd(doc.value)) {
    const type = (doc.value as Record<string, unknown>)["@type"];
    const what = typeof type === "string" ? `schema.org ${type}` : "schema.org";
    return [`this is JSON-LD (${what}), not a jobparse posting; validate checks jobparse's own JSON (-f json or ndjson)`];
  }
  const checked = PostingSchema.safeParse(doc.value);
  if (checked.success) return [];
  const issues = checked.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(document)"}: ${issue.message}`);
  return issues.length > MAX_ISSUES ? [...issues.slice(0, MAX_ISSUES), `(${issues.length - MAX_ISSUES} more)`] : issues;
}

async function expand(io: CliEnv, paths: string[]): Promise<{ files: { display: string; path?: string }[]; missing: string[] }> {
  const files: { display: string; path?: string }[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    if (given === "-") {
      files.push({ display: "-" });
      continue;
    }
    const full = isAbsolute(given) ? given : join(io.cwd, given);
    const exists = await stat(full).then(
      () => true,
      (err: NodeJS.ErrnoException) => err.code !== "ENOENT",
    );
    const matches = exists ? null : await expandGlob(io.cwd, given);
    if (exists) files.push({ display: given, path: full });
    else if (matches) {
      if (!matches.files.length) missing.push(given);
      for (const m of matches.files) files.push({ display: isAbsolute(given) ? m : relative(io.cwd, m), path: m });
    } else missing.push(given);
  }
  return { files, missing };
}

export async function validateCommand(io: CliEnv, paths: string[], options: ValidateCommandOptions): Promise<number> {
  const given = paths.length ? paths : !io.stdin.isTTY ? ["-"] : [];
  if (!given.length) {
    errorLine(io, "usage", "give JSON or NDJSON files to validate, or pipe them on stdin (see --help)");
    return EXIT_USAGE;
  }
  const { files, missing } = await expand(io, given);
  if (missing.length) {
    for (const m of missing) errorLine(io, m, "no such file or directory");
    return EXIT_USAGE;
  }
  let valid = 0;
  let invalid = 0;
  for (const file of files) {
    let text: string;
    try {
      // Not a posting but many (`jobparse … | jobparse validate`): no posting-sized limit.
      text = Buffer.from(file.path ? await readFile(file.path) : await readAll(io.stdin, Number.POSITIVE_INFINITY)).toString("utf8");
    } catch (err) {
      errorLine(io, file.display, reasonOfError(err));
      invalid++;
      continue;
    }
    for (const doc of documentsOf(text)) {
      const problems = documentProblems(doc);
      if (!problems.length) valid++;
      else {
        invalid++;
        if (invalid <= MAX_REPORTED) errorLine(io, `${file.display}${doc.where}`, problems.join("; "));
      }
    }
  }
  if (invalid > MAX_REPORTED) errorLine(io, "validate", `${invalid - MAX_REPORTED} more invalid document${invalid - MAX_REPORTED === 1 ? "" : "s"} not shown (first ${MAX_REPORTED} above)`);
  if (!options.quiet) io.stderr.write(`validate: ${valid + invalid} document${valid + invalid === 1 ? "" : "s"}, ${invalid ? `${invalid} invalid` : "all valid"}\n`);
  return invalid ? EXIT_FAILED : EXIT_OK;
}
