// json: one array of postings, streamed element by element (memory stays flat); --fields
// cuts each posting to the fields named (fields.ts project).
import { project } from "./fields.js";
import type { Formatter, FormatOptions, Sink } from "./types.js";

// Every line break of one pretty-printed posting, to indent it inside the array.
const NEWLINE_RE = /\n/g;

export function jsonFormatter(sink: Sink, options?: FormatOptions): Formatter {
  let count = 0;
  const fields = options?.fields?.length ? options.fields : undefined;
  return {
    write(posting) {
      const body = JSON.stringify(fields ? project(posting, fields) : posting, null, 2).replace(NEWLINE_RE, "\n  ");
      sink.write((count++ === 0 ? "[\n  " : ",\n  ") + body);
    },
    end() {
      sink.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}
