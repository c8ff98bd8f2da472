#!/usr/bin/env node
// Picks the job-board TUNING set (eval/own/board-tune.jsonl), reproducibly.
// Usage: node eval/own/pick-tune.mjs [sharedRoot]   (default ../shared)
// Excludes every file in the dev labels and in the held-out eval/own/board.jsonl, and every
// file whose title line equals one of theirs (the board lists one posting under several
// categories and months: a copy of a held-out posting would leak it into tuning).
// A seeded PRNG (mulberry32, seed 20261214) shuffles the sorted remaining list; the first 30.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = process.argv[2] ?? "../shared";
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED = 20261214;
const COUNT = 30;

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
