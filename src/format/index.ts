// The formats of the main command (SPEC §2), by name.
import type { Formatter, FormatOptions, Sink } from "./types.js";
import { jsonFormatter } from "./json.js";
import { ndjsonFormatter } from "./ndjson.js";
import { csvFormatter } from "./csv.js";
import { tableFormatter } from "./table.js";
import { jsonldFormatter } from "./jsonld.js";

export const FORMATS = {
  table: tableFormatter,
  json: jsonFormatter,
  ndjson: ndjsonFormatter,
  csv: csvFormatter,
  jsonld: jsonldFormatter,
} satisfies Record<string, (sink: Sink, options: FormatOptions) => Formatter>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function createFormatter(name: FormatName, sink: Sink, options: FormatOptions): Formatter {
  return FORMATS[name](sink, options);
}
export type { Formatter, FormatOptions, Sink } from "./types.js";
