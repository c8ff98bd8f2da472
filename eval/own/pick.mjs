#!/usr/bin/env node
// Picks the postings of the own held-out label sets, reproducibly.
// Usage: node eval/own/pick.mjs [sharedRoot]   (default ../shared, i.e. /work/shared from a worktree)
// Prints two lists: 40 job-board postings (corpus/remotewlb) and an ordered list of
// Hacker News candidates; the labeller takes the HN candidates in that order, skipping
// comments that are not job posts (replies, meta comments), until 15 are labelled.
// Files already in eval/dev/labels.jsonl are excluded. Same seed, same corpus -> same picks.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { mulberry32, shuffled, walk } from "./seeded.mjs";

const ROOT = process.argv[2] ?? "../shared";
const SEED = 20261207;
const BOARD_COUNT = 40;
const HN_CANDIDATES = 40; // more than 15 so non-posts can be skipped in order

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
