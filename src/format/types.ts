// What every formatter shares: a sink for text, and the begin/write/end life of one run.
// A formatter writes postings to a stream and never decides a value.
import type { Posting } from "../schema.js";

export interface Sink {
  write(chunk: string): void;
}

export interface FormatOptions {
  /** Columns of table/csv, or the fields json/ndjson keep, as dotted paths ("location.countries"). */
  fields?: string[];
  color: boolean;
  /** Terminal width for the table. */
  columns?: number;
  /** The table's closing "N postings, …" line; off with --quiet. */
  summary?: boolean;
}

export interface Formatter {
  write(posting: Posting): void;
  end(): void;
}
