// The formats of the main command (SPEC §2), by name. Each is loaded when a run asks for it:
// the table's string-width alone (Intl.Segmenter, an RGI_Emoji regex) cost ~30 ms of every
// start-up, table or not (issue 5 target c).
import type { Formatter, FormatOptions, Sink } from "./types.js";

type FormatterFactory = (sink: Sink, options: FormatOptions) => Formatter;

const FORMATS = {
  table: async () => (await import("./table.js")).tableFormatter,
  json: async () => (await import("./json.js")).jsonFormatter,
  ndjson: async () => (await import("./ndjson.js")).ndjsonFormatter,
  csv: async () => (await import("./csv.js")).csvFormatter,
  jsonld: async () => (await import("./jsonld.js")).jsonldFormatter,
  "jsonld-script": async () => (await import("./jsonld.js")).jsonldScriptFormatter,
} satisfies Record<string, () => Promise<FormatterFactory>>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export async function createFormatter(name: FormatName, sink: Sink, options: FormatOptions): Promise<Formatter> {
  return (await FORMATS[name]())(sink, options);
}
export type { Formatter, FormatOptions, Sink } from "./types.js";
