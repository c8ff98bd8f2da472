// The progress bar of a long run (issue 5): files done, rate and ETA, redrawn in place on
// stderr at most ten times a second. Only on a terminal: when stderr is a file or a pipe, or
// with --quiet, nothing is drawn (stdout holds data only, stderr only errors — SPEC §2).
// When stdout is the same terminal, the bar is wiped before each posting's output and drawn
// again after it, so output lines never start after a bar (cargo and npm draw theirs so).
import type { Writable } from "node:stream";

export interface ProgressSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One more input finished (and its output written): draws the bar when due or when cleared. */
  tick(): void;
  /** Wipe the bar so a line can be written to stderr; the next tick redraws it. */
  clear(): void;
  /** Wipe the bar for good. */
  done(): void;
}

const REDRAW_EVERY_MS = 100;
/** An ETA is shown once this much time has passed or this share of the files is done. */
const ETA_AFTER_MS = 2000;
const ETA_AFTER_SHARE = 0.05;
export const NO_PROGRESS: Progress = { tick() {}, clear() {}, done() {} };

/** "1:05" / "1:02:03" for a number of seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The bar's text for `done` of `total` inputs after `elapsedMs`, fitted to `columns`. */
export function progressLine(done: number, total: number, elapsedMs: number, columns = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  // The first files' rate (start-up, a cold cache) foretells nothing: no ETA until it settles.
  const settled = elapsedMs >= ETA_AFTER_MS || done >= total * ETA_AFTER_SHARE;
  const eta = settled && rate > 0 ? `  ETA ${formatDuration((total - done) / rate)}` : "";
  const text = ` ${done}/${total} files  ${Math.round(rate)}/s${eta}`;
  const width = Math.max(0, Math.min(40, columns - text.length - 3));
  if (!width) return text.trimStart().slice(0, Math.max(0, columns - 1));
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]${text}`;
}

export function createProgress(stderr: ProgressSink | Writable, total: number, options: { enabled: boolean; now?: () => number }): Progress {
  const sink = stderr as ProgressSink;
  if (!options.enabled || !sink.isTTY) return NO_PROGRESS;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let done = 0;
  let drawnAt = -Infinity;
  let drawn = false;
  const clear = () => {
    if (drawn) sink.write("\r\x1b[K");
    drawn = false;
  };
  return {
    tick() {
      done++;
      const t = now();
      // A bar taken away (for a line of output) comes back at once; else ten times a second.
      if (drawn && t - drawnAt < REDRAW_EVERY_MS && done < total) return;
      drawnAt = t;
      sink.write(`\r\x1b[K${progressLine(done, total, t - start, sink.columns || 80)}`);
      drawn = true;
    },
    clear,
    done: clear,
  };
}
