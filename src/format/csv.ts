// csv: RFC 4180 via csv-stringify, a header row then one row per posting. A list is one cell,
// its items joined with "; "; inside an item "\" is written "\\" and ";" is written "\;", so
// splitting at each ";" not after a "\" and unescaping gives the items back exactly
// (splitListCell, and the README's CSV lines).
// A cell a spreadsheet would run as a formula — it starts with =, +, -, @, a tab or a carriage
// return, or their full-width forms — gets a leading ' (OWASP's advice for CSV injection), so
// `=HYPERLINK(…)` from a posting stays text when the file is opened. csv-stringify's own
// escape_formulas does the same but also turns stdin's file name "-" into "'-"; a lone "-"
// evaluates to nothing, so it is left as it is.
import { stringify } from "csv-stringify/sync";
import type { Formatter, FormatOptions, Sink } from "./types.js";
import { DEFAULT_CSV_FIELDS, cellText, valueAt } from "./fields.js";

// The first character of a cell that a spreadsheet reads as the start of a formula.
const FORMULA_START_RE = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A cell a spreadsheet would evaluate, made text with a leading '. */
export function defuseFormula(cell: string): string {
  return FORMULA_START_RE.test(cell) && cell !== "-" ? `'${cell}` : cell;
}

const CSV_OPTIONS = { record_delimiter: "windows" } as const;

// The characters a list item escapes: the escape itself and the item separator.
const LIST_SPECIAL_RE = /[\\;]/g;
/** A list as one cell: items joined with "; ", "\" and ";" inside an item escaped. */
export function listCell(items: readonly unknown[]): string {
  return items.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x)).replace(LIST_SPECIAL_RE, "\\$&")).join("; ");
}

/** A list cell back to its items: the inverse of listCell (an empty cell is an empty list). */
export function splitListCell(cell: string): string[] {
  if (cell === "") return [];
  const items: string[] = [];
  let item = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === "\\" && i + 1 < cell.length) item += cell[++i];
    else if (c === ";") {
      items.push(item);
      item = "";
      if (cell[i + 1] === " ") i++;
    } else item += c;
  }
  items.push(item);
  return items;
}

const csvCell = (value: unknown) => (Array.isArray(value) ? listCell(value) : cellText(value));

export function csvFormatter(sink: Sink, options: FormatOptions): Formatter {
  const fields = options.fields?.length ? options.fields : DEFAULT_CSV_FIELDS;
  sink.write(stringify([fields], CSV_OPTIONS));
  return {
    write(posting) {
      sink.write(stringify([fields.map((f) => defuseFormula(csvCell(valueAt(posting, f))))], CSV_OPTIONS));
    },
    end() {},
  };
}
