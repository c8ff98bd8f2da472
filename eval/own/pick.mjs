#!/usr/bin/env node
// Picks the postings of the own held-out label sets, reproducibly.
// Usage: node eval/own/pick.mjs [sharedRoot]   (default ../shared, i.e. /work/shared from a worktree)
// Prints two lists: 40 job-board postings (corpus/remotewlb) and an ordered list of
// Hacker News candidates; the labeller takes the HN candidates in that order, skipping
// comments that are not job posts (replies, meta comments), until 15 are labelled.
// Files already in eval/dev/labels.jsonl are excluded. Same seed, same corpus -> same picks.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = process.argv[2] ?? "../shared";
const SEED = 20261207;
const BOARD_COUNT = 40;
const HN_CANDIDATES = 40; // more than 15 so non-posts can be skipped in order

// mulberry32: a small seeded PRNG, so the picks do not depend on Math.random
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

const labelled = new Set(
  readFileSync(join(ROOT, "eval/dev/labels.jsonl"), "utf8")
    .split("\n").filter(Boolean).map((l) => JSON.parse(l).file),
);

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const board = walk(join(ROOT, "corpus/remotewlb")).map(rel)
  .filter((f) => f.endsWith(".md") && !labelled.has(f)).sort();
const hn = walk(join(ROOT, "corpus/hn")).map(rel)
  .filter((f) => f.endsWith(".txt") && !labelled.has(f)).sort();

const rand = mulberry32(SEED);
const boardPick = shuffled(board, rand).slice(0, BOARD_COUNT);
const hnPick = shuffled(hn, rand).slice(0, HN_CANDIDATES);

console.log(`# board: ${BOARD_COUNT} of ${board.length} (seed ${SEED})`);
for (const f of boardPick) console.log(f);
console.log(`# hn candidates, in order: ${HN_CANDIDATES} of ${hn.length} (seed ${SEED})`);
for (const f of hnPick) console.log(f);
