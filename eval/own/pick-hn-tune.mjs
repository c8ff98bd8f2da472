#!/usr/bin/env node
// Picks the Hacker News tuning set (eval/own/hn-tune.jsonl), reproducibly.
// Usage: node eval/own/pick-hn-tune.mjs [sharedRoot]   (default ../shared)
// A seeded PRNG (mulberry32, seed 20261208) shuffles the sorted list of corpus/hn comments left
// after removing every file of eval/dev/labels.jsonl and of the held-out eval/own/hn.jsonl; it
// prints an ordered list of 40 candidates. The labeller takes them in that order, skipping
// comments that are not job posts, until 25 are labelled. Same seed and corpus, same picks.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = process.argv[2] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 20261208;
const CANDIDATES = 40;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function shuffled(items, rand) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean)
  .map((l) => JSON.parse(l).file);
const taken = new Set([...filesOf(join(ROOT, "eval/dev/labels.jsonl")), ...filesOf(join(HERE, "hn.jsonl"))]);

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const hn = walk(join(ROOT, "corpus/hn")).map(rel)
  .filter((f) => f.endsWith(".txt") && !taken.has(f)).sort();

console.log(`# hn tuning candidates, in order: ${CANDIDATES} of ${hn.length} (seed ${SEED})`);
for (const f of shuffled(hn, mulberry32(SEED)).slice(0, CANDIDATES)) console.log(f);
