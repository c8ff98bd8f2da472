// json: one array of postings, streamed element by element (memory stays flat).
import type { Formatter, Sink } from "./types.js";

// Every line break of one pretty-printed posting, to indent it inside the array.
const NEWLINE_RE = /\n/g;

export function jsonFormatter(sink: Sink): Formatter {
  let count = 0;
  return {
    write(posting) {
      const body = JSON.stringify(posting, null, 2).replace(NEWLINE_RE, "\n  ");
      sink.write((count++ === 0 ? "[\n  " : ",\n  ") + body);
    },
    end() {
      sink.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}
