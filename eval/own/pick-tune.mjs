#!/usr/bin/env node
// Picks the job-board TUNING set (eval/own/board-tune.jsonl), reproducibly.
// Usage: node eval/own/pick-tune.mjs [sharedRoot]   (default ../shared)
// Excludes every file in the dev labels and in the held-out eval/own/board.jsonl, and every
// file whose title line equals one of theirs (the board lists one posting under several
// categories and months: a copy of a held-out posting would leak it into tuning).
// A seeded PRNG (mulberry32, seed 20261214) shuffles the sorted remaining list; the first 30.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32, shuffled, walk } from "./seeded.mjs";

const ROOT = process.argv[2] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 20261214;
const COUNT = 30;

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).file);
const excluded = new Set([...filesOf(join(ROOT, "eval/dev/labels.jsonl")), ...filesOf(join(HERE, "board.jsonl"))]);
// The title line and the company line: the same posting filed twice has both.
const key = (f) => readFileSync(join(ROOT, f), "utf8").split("\n").slice(0, 2).map((l) => l.replace(/\(https?:[^)]*\)/g, "").trim().toLowerCase()).join("|");
const excludedKeys = new Set([...excluded].filter((f) => f.startsWith("corpus/remotewlb/")).map(key));

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const board = walk(join(ROOT, "corpus/remotewlb")).map(rel)
  .filter((f) => f.endsWith(".md") && !excluded.has(f)).sort();
const picks = [];
const keys = new Set(excludedKeys);
for (const f of shuffled(board, mulberry32(SEED))) {
  if (picks.length === COUNT) break;
  const k = key(f);
  if (keys.has(k)) continue; // a copy of a held-out or dev posting, or of an earlier pick
  keys.add(k);
  picks.push(f);
}
console.log(`# board tuning set: ${COUNT} of ${board.length} (seed ${SEED})`);
for (const f of picks) console.log(f);
