// Worker-pool entry (bundled to dist/worker.js, run by tinypool from cli/pool.ts): takes a
// batch of files, reads each itself — so bytes never cross threads — and parses it. Batches,
// not single files: tinypool's per-task cost (a message each way and a process.memoryUsage()
// call, ~1.2 ms here) was 8 % of each worker's time at one posting per task. Never throws: a
// read or parse failure comes back as `{ reason }`, the same result the in-process path gives.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { contentHash } from "./cache.js";
import { parseBytes, reasonOfError, type HashedResult } from "./parse-input.js";

/** One task: the file to read and the path to show for it (SPEC §1 "file"). */
export interface WorkerTask {
  path: string;
  display: string;
  /** Bigger files are handed back to the main thread, whose heap has no cap. */
  maxBytes: number;
  /** Send back the hash of the bytes parsed (`--cache`): the key its result is kept under. */
  hash?: boolean;
}

/** What a worker answers: a result, or "too big for a worker: parse it in the main thread". */
export type WorkerResult = HashedResult | { tooBig: true };

/** One task of the pool: consecutive files, answered in the same order. */
export type WorkerBatch = WorkerTask[];

export default function parseBatchInWorker(batch: WorkerBatch): WorkerResult[] {
  return batch.map(parseInWorker);
}

function parseInWorker(task: WorkerTask): WorkerResult {
  let bytes: Uint8Array;
  try {
    // Sync read: the worker has nothing else to do meanwhile, and it saves an event-loop hop.
    // Sized before it is read: a huge file goes to the main thread, which refuses it unread.
    const fd = openSync(task.path, "r");
    try {
      const info = fstatSync(fd);
      if (!info.isFile() || info.size > task.maxBytes) return { tooBig: true };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return { reason: reasonOfError(err) };
  }
  if (bytes.length > task.maxBytes) return { tooBig: true };
  try {
    const result = parseBytes(bytes, task.display);
    return task.hash ? { ...result, hash: contentHash(bytes) } : result;
  } catch (err) {
    return { reason: `could not be parsed: ${(err as Error)?.message ?? String(err)}` };
  }
}
