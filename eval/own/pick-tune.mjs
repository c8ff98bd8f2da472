#!/usr/bin/env node
// Picks the job-board TUNING sets, reproducibly.
// Usage: node eval/own/pick-tune.mjs [sharedRoot] [--set 2]   (default root ../shared, set 1)
//   set 1 → eval/own/board-tune.jsonl: seed 20261214, the first 30 of one shuffled list.
//   set 2 → eval/own/board-tune2.jsonl: seed 20261216, also excludes set 1's files, and takes
//           3 from each of the 10 categories in turn (set 1 followed the corpus's mix, which is
//           mostly a few categories; the second set spreads over all of them).
// Excludes every file in the dev labels and in the eval/own/board-tune3.jsonl (the first held-out set), and every
// file whose title line equals one of theirs (the board lists one posting under several
// categories and months: a copy of a held-out posting would leak it into tuning).
// A seeded PRNG (mulberry32) shuffles the sorted remaining list.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32, shuffled, walk } from "./seeded.mjs";

const args = process.argv.slice(2);
const setAt = args.indexOf("--set");
const SET = setAt >= 0 ? Number(args.splice(setAt, 2)[1]) : 1;
if (SET !== 1 && SET !== 2) throw new Error(`pick-tune: --set must be 1 or 2, got ${SET}`);
const ROOT = args[0] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = SET === 1 ? 20261214 : 20261216;
const COUNT = 30;

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).file);
const excluded = new Set([
  ...filesOf(join(ROOT, "eval/dev/labels.jsonl")),
  ...filesOf(join(HERE, "board-tune3.jsonl")),
  ...(SET === 2 ? filesOf(join(HERE, "board-tune.jsonl")) : []),
]);
// The title line and the company line: the same posting filed twice has both.
const key = (f) => readFileSync(join(ROOT, f), "utf8").split("\n").slice(0, 2).map((l) => l.replace(/\(https?:[^)]*\)/g, "").trim().toLowerCase()).join("|");
const excludedKeys = new Set([...excluded].filter((f) => f.startsWith("corpus/remotewlb/")).map(key));

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const board = walk(join(ROOT, "corpus/remotewlb")).map(rel)
  .filter((f) => f.endsWith(".md") && !excluded.has(f)).sort();
const order = shuffled(board, mulberry32(SEED));
const category = (f) => f.split("/")[2];
// Set 2 deals the shuffled list out by category and takes them in turn, so each category
// gives COUNT / categories picks; set 1 takes the shuffled list as it comes.
const queues = SET === 1 ? [order] : [...new Set(board.map(category))].sort().map((c) => order.filter((f) => category(f) === c));
const perQueue = SET === 1 ? COUNT : COUNT / queues.length;
const picks = [];
const keys = new Set(excludedKeys);
for (const queue of queues) {
  let taken = 0;
  for (const f of queue) {
    if (taken === perQueue) break;
    const k = key(f);
    if (keys.has(k)) continue; // a copy of a held-out or dev posting, or of an earlier pick
    keys.add(k);
    picks.push(f);
    taken++;
  }
}
console.log(`# board tuning set ${SET}: ${picks.length} of ${board.length} (seed ${SEED})`);
for (const f of picks) console.log(f);
