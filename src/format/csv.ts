// csv: RFC 4180 via csv-stringify, a header row then one row per posting; lists joined "; ".
import { stringify } from "csv-stringify/sync";
import type { Formatter, FormatOptions, Sink } from "./types.js";
import { DEFAULT_CSV_FIELDS, cellText, valueAt } from "./fields.js";

export function csvFormatter(sink: Sink, options: FormatOptions): Formatter {
  const fields = options.fields?.length ? options.fields : DEFAULT_CSV_FIELDS;
  sink.write(stringify([fields], { record_delimiter: "windows" }));
  return {
    write(posting) {
      sink.write(stringify([fields.map((f) => cellText(valueAt(posting, f)))], { record_delimiter: "windows" }));
    },
    end() {},
  };
}
