// How `check` reports (the `--reporter` option): `default` (readable lines with list diffs),
// `json` (one object at the end, for tools) and `github` (workflow-command annotations that
// GitHub Actions shows on the file). A reporter only renders CheckResults; check.ts decides them.
// A finding with a source line is shown at it (`file:12:`, `line=12`); a namespaced rule id
// (`pay-transparency/pay-range-open`, from a --policy) is shown with it, as linters show theirs.
import type { ChalkInstance } from "chalk";
import type { Sink } from "../../format/types.js";
import { type Difference, shown } from "./check-diff.js";
import { visible } from "../../normalize/plain-text.js";

/** One problem with one posting: a field that differs, a required field that is empty, … */
export interface CheckFinding {
  /** What produced it: "expected" (the expected file), "require", "<policy>/<rule>". */
  rule: string;
  /** 1-based line in the posting the finding is about (where the field was read). */
  line?: number;
  /** Dotted field path, when the finding is about one field. */
  field?: string;
  message: string;
  diff?: Difference;
}

export type CheckStatus = "pass" | "fail" | "no-expected" | "created" | "updated" | "unchanged" | "error";

export interface CheckResult {
  /** The posting's path as the user gave it. */
  file: string;
  /** Its expected file, as a path like `file`. */
  expectedFile?: string;
  status: CheckStatus;
  findings: CheckFinding[];
}

export type CheckSummary = Record<CheckStatus, number> & { total: number; strict: boolean };

export interface CheckReporter {
  result(r: CheckResult): void;
  end(summary: CheckSummary): void;
}

export const REPORTER_NAMES = ["default", "json", "github"] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

export function summaryText(s: CheckSummary): string {
  const parts = [`${s.total} posting${s.total === 1 ? "" : "s"}`];
  const add = (n: number, label: string) => n && parts.push(`${n} ${label}`);
  add(s.pass, "passed");
  add(s.fail, "failed");
  add(s.error, "unreadable");
  add(s["no-expected"], `without expected file${s.strict ? " (failed: --strict)" : ""}`);
  add(s.created, "created");
  add(s.updated, "updated");
  add(s.unchanged, "unchanged");
  return `check: ${parts.join(", ")}`;
}

/** A policy's rule id (`policy/rule`) names the failure; the built-in ones go without saying. */
const shownRule = (f: CheckFinding) => (f.rule.includes("/") ? f.rule : undefined);

/** `--quiet`: failures only — no summary line, no notes about postings that did not fail. */
export interface ReporterOptions {
  color: boolean;
  quiet?: boolean;
  /** --strict: a posting without an expected file is a failure, so --quiet still shows it. */
  strict?: boolean;
}

/** Whether a result is a failure: what --quiet still prints. */
const isFailure = (r: CheckResult, strict: boolean) => r.findings.length > 0 || r.status === "error" || r.status === "fail" || (strict && r.status === "no-expected");

function defaultReporter(sink: Sink, paint: ChalkInstance, { quiet = false, strict = false }: ReporterOptions): CheckReporter {
  return {
    result(r) {
      if (r.status === "pass" || r.status === "unchanged") return;
      if (quiet && !isFailure(r, strict)) return;
      // Every piece of a line that comes from a file name or a posting is made visible.
      const file = visible(r.file);
      const expectedFile = visible(r.expectedFile ?? "");
      if (r.status === "no-expected") {
        sink.write(paint.yellow(`${file}: no expected file (${expectedFile}); not compared`) + "\n");
      } else if (r.status === "created" || r.status === "updated") {
        sink.write(`${file}: ${r.status} ${expectedFile}\n`);
      }
      for (const f of r.findings) {
        const where = f.line ? `${file}:${f.line}` : file;
        const rule = shownRule(f);
        sink.write(`${paint.red(where)}: ${f.field ? `${paint.bold(visible(f.field))}: ` : ""}${visible(f.message)}${rule ? paint.dim(` [${visible(rule)}]`) : ""}\n`);
        for (const item of f.diff?.missing ?? []) sink.write(paint.red(`    - ${visible(shown(item))}`) + "\n");
        for (const item of f.diff?.extra ?? []) sink.write(paint.green(`    + ${visible(shown(item))}`) + "\n");
      }
    },
    end(summary) {
      if (quiet) return;
      const failures = summary.fail + summary.error + (summary.strict ? summary["no-expected"] : 0);
      sink.write((failures ? paint.red : paint.green)(summaryText(summary)) + "\n");
    },
  };
}

function jsonReporter(sink: Sink): CheckReporter {
  const results: CheckResult[] = [];
  return {
    result: (r) => results.push(r),
    end: (summary) => sink.write(JSON.stringify({ summary, results }, null, 2) + "\n"),
  };
}

// GitHub workflow commands: data must escape %, CR, LF; properties also `:` and `,`.
const GH_DATA_RE = /[%\r\n]/g;
const GH_PROPERTY_RE = /[%\r\n:,]/g;
const ghEscape = (s: string, re: RegExp) => s.replace(re, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

function githubReporter(sink: Sink, { quiet = false, strict = false }: ReporterOptions): CheckReporter {
  return {
    result(r) {
      if (quiet && !isFailure(r, strict)) return;
      const level = r.status === "no-expected" ? "warning" : "error";
      const messages: { text: string; line?: number; title: string }[] =
        r.status === "no-expected"
          ? [{ text: `no expected file (${visible(r.expectedFile ?? "")})`, title: "jobparse check" }]
          : r.findings.map((f) => {
              const items = [...(f.diff?.missing ?? []).map((i) => `- ${shown(i)}`), ...(f.diff?.extra ?? []).map((i) => `+ ${shown(i)}`)];
              const text = [`${f.field ? `${f.field}: ` : ""}${f.message}`, ...items].join("\n");
              return { text, line: f.line, title: shownRule(f) ?? "jobparse check" };
            });
      for (const m of messages) {
        // The file name is made visible before escaping: its newline or escape stays text.
        const props = [`file=${ghEscape(visible(r.file), GH_PROPERTY_RE)}`, ...(m.line ? [`line=${m.line}`] : []), `title=${ghEscape(m.title, GH_PROPERTY_RE)}`];
        // The message keeps its own line breaks (escaped as %0A), nothing else that is a control.
        const text = m.text.split("\n").map(visible).join("\n");
        sink.write(`::${level} ${props.join(",")}::${ghEscape(text, GH_DATA_RE)}\n`);
      }
    },
    end: (summary) => {
      if (!quiet) sink.write(summaryText(summary) + "\n");
    },
  };
}

export async function createReporter(name: ReporterName, sink: Sink, options: ReporterOptions): Promise<CheckReporter> {
  if (name === "json") return jsonReporter(sink);
  if (name === "github") return githubReporter(sink, options);
  // chalk loaded here, not at start-up: its colour detection loads node:tty and node:net, ~3 ms
  // of every run (issue 5 target c), though only check and explain use it.
  const { Chalk } = await import("chalk");
  return defaultReporter(sink, new Chalk({ level: options.color ? 1 : 0 }), options);
}
