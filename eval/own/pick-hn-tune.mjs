#!/usr/bin/env node
// Picks the Hacker News tuning sets (eval/own/hn-tune.jsonl, eval/own/hn-tune2.jsonl), reproducibly.
// Usage: node eval/own/pick-hn-tune.mjs [sharedRoot] [--seed N] [--exclude labels.jsonl]…
//   (default root ../shared, default seed 20261208, the hn-tune.jsonl pick)
// A seeded PRNG (mulberry32) shuffles the sorted list of corpus/hn comments left after removing
// every file of eval/dev/labels.jsonl, of the eval/own/hn-tune3.jsonl (the first held-out set) and of each --exclude
// label file; it prints an ordered list of 40 candidates. The labeller takes them in that order,
// skipping comments that are not job posts, until the set is full. Same seed, exclusions and
// corpus, same picks.
//   hn-tune.jsonl:  node eval/own/pick-hn-tune.mjs /work/shared
//   hn-tune2.jsonl: node eval/own/pick-hn-tune.mjs /work/shared --seed 20261209 --exclude eval/own/hn-tune.jsonl
import { readFileSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { mulberry32, shuffled, walk } from "./seeded.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string", default: "20261208" }, exclude: { type: "string", multiple: true, default: [] } },
});
const ROOT = positionals[0] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = Number(values.seed);
const CANDIDATES = 40;

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean)
  .map((l) => JSON.parse(l).file);
const taken = new Set([
  ...filesOf(join(ROOT, "eval/dev/labels.jsonl")),
  ...filesOf(join(HERE, "hn-tune3.jsonl")),
  ...values.exclude.flatMap(filesOf),
]);

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const hn = walk(join(ROOT, "corpus/hn")).map(rel)
  .filter((f) => f.endsWith(".txt") && !taken.has(f)).sort();

console.log(`# hn tuning candidates, in order: ${CANDIDATES} of ${hn.length} (seed ${SEED})`);
for (const f of shuffled(hn, mulberry32(SEED)).slice(0, CANDIDATES)) console.log(f);
