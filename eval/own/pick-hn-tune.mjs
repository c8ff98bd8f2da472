#!/usr/bin/env node
// Picks the Hacker News tuning set (eval/own/hn-tune.jsonl), reproducibly.
// Usage: node eval/own/pick-hn-tune.mjs [sharedRoot]   (default ../shared)
// A seeded PRNG (mulberry32, seed 20261208) shuffles the sorted list of corpus/hn comments left
// after removing every file of eval/dev/labels.jsonl and of the held-out eval/own/hn.jsonl; it
// prints an ordered list of 40 candidates. The labeller takes them in that order, skipping
// comments that are not job posts, until 25 are labelled. Same seed and corpus, same picks.
import { readFileSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32, shuffled, walk } from "./seeded.mjs";

const ROOT = process.argv[2] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 20261208;
const CANDIDATES = 40;

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean)
  .map((l) => JSON.parse(l).file);
const taken = new Set([...filesOf(join(ROOT, "eval/dev/labels.jsonl")), ...filesOf(join(HERE, "hn.jsonl"))]);

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const hn = walk(join(ROOT, "corpus/hn")).map(rel)
  .filter((f) => f.endsWith(".txt") && !taken.has(f)).sort();

console.log(`# hn tuning candidates, in order: ${CANDIDATES} of ${hn.length} (seed ${SEED})`);
for (const f of shuffled(hn, mulberry32(SEED)).slice(0, CANDIDATES)) console.log(f);
