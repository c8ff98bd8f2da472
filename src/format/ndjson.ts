// ndjson: one compact object per line, written as each posting is done.
import type { Formatter, Sink } from "./types.js";

export function ndjsonFormatter(sink: Sink): Formatter {
  return {
    write: (posting) => sink.write(JSON.stringify(posting) + "\n"),
    end: () => {},
  };
}
