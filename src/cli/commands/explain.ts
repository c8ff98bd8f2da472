// `jobparse explain FILE` / `jobparse --explain FILE`: each field with its value and the source
// line(s) it came from (parsePostingDetailed's provenance, numbered in the repaired text) — the
// view a user needs to trust or correct the parser. `--format json` gives the same for tools.
import { isAbsolute, join } from "node:path";
import type { ChalkInstance } from "chalk";
import { parsePostingDetailed, type ParseDetail } from "../../core/pipeline.js";
import type { Provenance } from "../../core/types.js";
import { POSTING_KEYS, type Posting } from "../../schema.js";
import { type CliEnv, type ColorFlag, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, readAll, readFileBounded, wantsColor } from "../io.js";
import { reasonOfError } from "../parse-input.js";
import { visible, visibleKeepTabs } from "../../normalize/plain-text.js";

export interface ExplainCommandOptions {
  format?: "text" | "json";
  color?: ColorFlag;
  maxBytes?: number;
}

/** Source lines shown per field before "… N more lines". */
const MAX_SOURCE_LINES = 8;
/** Characters of one source line shown before it is cut. */
const MAX_LINE_CHARS = 160;
const LABEL_WIDTH = 18;

export interface FieldSource {
  line: number;
  endLine: number;
  via?: Provenance["via"];
  lines: { n: number; text: string }[];
}

/** The source lines a provenance points at (none when it has no line). */
export function sourceOf(detail: ParseDetail, from: Provenance | undefined): FieldSource | null {
  if (!from || from.line < 1) return null;
  const all = detail.text.split("\n");
  const endLine = Math.max(from.line, from.endLine ?? from.line);
  const lines = [];
  for (let n = from.line; n <= endLine && n <= all.length; n++) lines.push({ n, text: all[n - 1] });
  return { line: from.line, endLine, via: from.via, lines };
}

type ExplainedField = Exclude<keyof Posting, "file" | "warnings">;
const EXPLAINED = POSTING_KEYS.filter((k): k is ExplainedField => k !== "file" && k !== "warnings");

/** Cut to `max` characters, then made visible: a source line may hold terminal escapes. */
function cut(text: string, max: number, shown: (s: string) => string = visible): string {
  return shown(text.length > max ? text.slice(0, max - 1) + "…" : text);
}

function renderText(detail: ParseDetail, paint: ChalkInstance): string {
  const pad = " ".repeat(LABEL_WIDTH);
  const out: string[] = [paint.bold(`explain: ${visible(detail.posting.file)}`), ""];
  for (const field of EXPLAINED) {
    const value = detail.posting[field];
    const label = paint.bold(field.padEnd(LABEL_WIDTH));
    if (Array.isArray(value)) {
      out.push(`${label}${value.length} item${value.length === 1 ? "" : "s"}`);
      for (const item of value) out.push(`${pad}- ${cut(JSON.stringify(item), MAX_LINE_CHARS)}`);
    } else out.push(`${label}${cut(JSON.stringify(value), MAX_LINE_CHARS)}`);
    const source = sourceOf(detail, detail.provenance[field]);
    if (!source) {
      const empty = value == null || (Array.isArray(value) && !value.length);
      out.push(paint.dim(`${pad}${empty ? "(not found)" : "(no source line recorded)"}`));
      continue;
    }
    const span = source.endLine > source.line ? `lines ${source.line}–${source.endLine}` : `line ${source.line}`;
    out.push(paint.dim(`${pad}from ${span}${source.via ? ` (${source.via})` : ""}:`));
    const width = String(source.endLine).length;
    for (const { n, text } of source.lines.slice(0, MAX_SOURCE_LINES)) out.push(`${pad}  ${paint.dim(`${String(n).padStart(width)} │`)} ${cut(text, MAX_LINE_CHARS, visibleKeepTabs)}`);
    if (source.lines.length > MAX_SOURCE_LINES) out.push(paint.dim(`${pad}  … ${source.lines.length - MAX_SOURCE_LINES} more lines`));
  }
  out.push("", paint.bold("warnings".padEnd(LABEL_WIDTH)) + (detail.posting.warnings.length ? "" : "none"));
  for (const w of detail.posting.warnings) out.push(`  - ${visible(w)}`);
  return out.join("\n") + "\n";
}

function renderJson(detail: ParseDetail): string {
  const fields = Object.fromEntries(EXPLAINED.map((f) => [f, { value: detail.posting[f], source: sourceOf(detail, detail.provenance[f]) }]));
  return JSON.stringify({ file: detail.posting.file, fields, warnings: detail.posting.warnings }, null, 2) + "\n";
}

export async function explainCommand(io: CliEnv, file: string | undefined, options: ExplainCommandOptions): Promise<number> {
  const given = file ?? (!io.stdin.isTTY ? "-" : undefined);
  if (!given) {
    errorLine(io, "usage", "explain needs one posting file (or - for stdin)");
    return EXIT_USAGE;
  }
  let bytes: Uint8Array;
  try {
    bytes = given === "-" ? await readAll(io.stdin, options.maxBytes) : await readFileBounded(isAbsolute(given) ? given : join(io.cwd, given), options.maxBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A folder is a mistake in the command line, not a bad input: explain shows one posting.
    if (code === "EISDIR") {
      errorLine(io, "usage", `explain shows one posting file; ${given} is a folder (to parse a folder: jobparse ${given})`);
      return EXIT_USAGE;
    }
    errorLine(io, given, reasonOfError(err));
    return code === "ENOENT" ? EXIT_USAGE : EXIT_FAILED;
  }
  let detail: ParseDetail;
  try {
    detail = parsePostingDetailed(bytes, { file: given });
  } catch (err) {
    errorLine(io, given, `could not be parsed: ${(err as Error).message}`);
    return EXIT_FAILED;
  }
  const binary = detail.posting.warnings.find((w) => w.startsWith("Not a text file"));
  if (binary) {
    errorLine(io, given, "not a text file (binary content)");
    return EXIT_FAILED;
  }
  if (options.format === "json") io.stdout.write(renderJson(detail));
  else {
    // Loaded here, not at start-up (see check-reporters.ts createReporter).
    const { Chalk } = await import("chalk");
    io.stdout.write(renderText(detail, new Chalk({ level: wantsColor(io, options.color) ? 1 : 0 })));
  }
  return EXIT_OK;
}
