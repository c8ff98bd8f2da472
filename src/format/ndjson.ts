// ndjson: one compact object per line, written as each posting is done; --fields cuts each
// posting to the fields named (fields.ts project).
import { project } from "./fields.js";
import type { Formatter, FormatOptions, Sink } from "./types.js";

export function ndjsonFormatter(sink: Sink, options?: FormatOptions): Formatter {
  const fields = options?.fields?.length ? options.fields : undefined;
  return {
    write: (posting) => sink.write(JSON.stringify(fields ? project(posting, fields) : posting) + "\n"),
    end: () => {},
  };
}
