// table: a readable, fixed-width table for a terminal (default 80 columns), streamed row by
// row so a folder of thousands prints as it parses. Columns: title, company, location, salary,
// number of requirements — or the --fields given. Wide characters measured with string-width.
import chalk, { Chalk } from "chalk";
import stringWidth from "string-width";
import type { Posting } from "../schema.js";
import type { Formatter, FormatOptions, Sink } from "./types.js";
import { cellText, valueAt } from "./fields.js";
import { visible } from "../normalize/plain-text.js";
import { compactNumber, PERIOD_ABBREVIATIONS } from "./numbers.js";

interface Column {
  header: string;
  /** Share of the free width; 0 = fixed at `min`. */
  weight: number;
  min: number;
  align?: "right";
  cell(p: Posting): string;
}

export function salaryCell(p: Posting): string {
  const s = p.salary;
  if (!s) return "";
  const n = (x: number | null) => (x == null ? "" : compactNumber(x));
  const range = s.min != null && s.max != null && s.min !== s.max ? `${n(s.min)}–${n(s.max)}` : s.min == null ? `≤${n(s.max)}` : s.max == null ? `≥${n(s.min)}` : n(s.min);
  return `${s.currency ?? ""} ${range}${s.period ? PERIOD_ABBREVIATIONS[s.period] : ""}`.trim();
}

// Everything but letters, to compare a raw location with a workplace word ("On-site" ~ "onsite").
const NON_LETTERS_RE = /[^\p{L}]+/gu;
const lettersOf = (text: string) => text.replace(NON_LETTERS_RE, "").toLowerCase();

export function locationCell(p: Posting): string {
  const l = p.location;
  // A raw text that only restates the workplace ("REMOTE" beside remote) says nothing twice.
  const raw = l.raw && l.workplace && lettersOf(l.raw) === lettersOf(l.workplace) ? "" : l.raw;
  const place = [...l.cities, ...l.countries, ...l.regions].join(", ") || raw || "";
  return [l.workplace, place].filter(Boolean).join(" · ");
}

const DEFAULT_COLUMNS: Column[] = [
  { header: "TITLE", weight: 4, min: 12, cell: (p) => p.title ?? "" },
  { header: "COMPANY", weight: 2, min: 8, cell: (p) => p.company ?? "" },
  { header: "LOCATION", weight: 3, min: 10, cell: locationCell },
  { header: "SALARY", weight: 0, min: 18, cell: salaryCell },
  { header: "REQ", weight: 0, min: 3, align: "right", cell: (p) => String(p.requirements.length) },
];

/** Width when the terminal's is unknown or 0 (a pipe, some CI logs). */
const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 60;
/** Past this a row is mostly padding: a very wide window gets a table that reads as one. */
const MAX_WIDTH = 200;

// A run of whitespace, line breaks included: a cell is one line.
const WHITESPACE_RUN_RE = /\s+/g;

/** Cut to `width` columns with an ellipsis, then pad. */
export function fit(text: string, width: number, align?: "right"): string {
  let s = visible(text.replace(WHITESPACE_RUN_RE, " "));
  if (stringWidth(s) > width) {
    while (s.length && stringWidth(s) > width - 1) s = s.slice(0, -1);
    s += "…";
  }
  const pad = " ".repeat(Math.max(0, width - stringWidth(s)));
  return align === "right" ? pad + s : s + pad;
}

function layout(columns: Column[], total: number): number[] {
  const gaps = columns.length - 1;
  const fixed = columns.reduce((sum, c) => sum + c.min, 0) + gaps;
  const free = Math.max(0, total - fixed);
  const weights = columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  return columns.map((c) => c.min + Math.floor((free * c.weight) / weights));
}

export function tableFormatter(sink: Sink, options: FormatOptions): Formatter {
  // The caller decided colour from its own stdout and env; chalk's guess from process.stdout may differ.
  const paint = new Chalk({ level: options.color ? Math.max(chalk.level, 1) as 1 | 2 | 3 : 0 });
  const columns: Column[] = options.fields?.length
    ? options.fields.map((f) => ({ header: f.toUpperCase(), weight: 1, min: 6, cell: (p: Posting) => cellText(valueAt(p, f)) }))
    : DEFAULT_COLUMNS;
  const widths = layout(columns, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, options.columns || DEFAULT_WIDTH)) - 1);
  let rows = 0;
  let withSalary = 0;
  // The last cell is not padded: trailing blanks only lengthen a line (and wrap a narrower window).
  const row = (cells: string[]) => cells.join(" ").trimEnd();
  sink.write(paint.bold(row(columns.map((c, i) => fit(c.header, widths[i], c.align)))) + "\n");
  return {
    write(posting) {
      rows++;
      if (posting.salary) withSalary++;
      const cells = columns.map((c, i) => fit(c.cell(posting), widths[i], c.align));
      if (!options.fields?.length) {
        cells[0] = paint.cyan(cells[0]);
        cells[3] = posting.salary ? paint.green(cells[3]) : cells[3];
      }
      sink.write(row(cells) + "\n");
    },
    end() {
      if (options.summary === false) return;
      sink.write(paint.dim(`${rows} posting${rows === 1 ? "" : "s"}, ${withSalary} with a salary`) + "\n");
    },
  };
}
