#!/usr/bin/env node
// Picks the blind2 JOB-BOARD set (board-blind2.jsonl), reproducibly.
// Usage: node /work/blind2/board-pick-blind2.mjs [sharedRoot]   (default /work/shared)
// mulberry32 (seed 20261221) shuffles the sorted list of corpus/remotewlb/**/*.md files left after
// removing every file in /work/shared/eval/dev/labels.jsonl, /work/main/eval/own/*.jsonl and
// /work/main/eval/*/labels.jsonl; the shuffled list is dealt out by category (the folder under
// corpus/remotewlb, sorted) and the first 3 of each category are taken whose title line (first
// non-empty line, link URL removed, trimmed, lower case) equals none of the labelled board files'
// title lines nor that of an earlier pick. Same approach as /work/main/eval/own/pick-tune.mjs --set 2.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { mulberry32, shuffled, walk } from "../seeded.mjs";


const ROOT = process.argv[2] ?? "/work/shared";
const SEED = 20261221;
const PER = 3;
const labelFiles = [
  join(ROOT, "eval/dev/labels.jsonl"),
  ...readdirSync("/work/main/eval/own").filter((n) => n.endsWith(".jsonl")).sort().map((n) => join("/work/main/eval/own", n)),
  ...readdirSync("/work/main/eval").sort().map((d) => join("/work/main/eval", d, "labels.jsonl"))
    .filter((p) => { try { return statSync(p).isFile(); } catch { return false; } }),
];
const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).file);
const excluded = new Set(labelFiles.flatMap(filesOf));
const titleKey = (f) => {
  const lines = readFileSync(join(ROOT, f), "utf8").split("\n");
  const first = lines.find((l) => l.trim() !== "") ?? "";
  return first.replace(/\(https?:[^)]*\)/g, "").trim().toLowerCase();
};
const excludedKeys = new Set([...excluded].filter((f) => f.startsWith("corpus/remotewlb/")).map(titleKey));

const rel = (p) => relative(ROOT, p).split("\\").join("/");
const board = walk(join(ROOT, "corpus/remotewlb")).map(rel).filter((f) => f.endsWith(".md") && !excluded.has(f)).sort();
const order = shuffled(board, mulberry32(SEED));
const category = (f) => f.split("/")[2];
const cats = [...new Set(board.map(category))].sort();
const picks = [];
const skipped = [];
const keys = new Set(excludedKeys);
for (const c of cats) {
  let taken = 0;
  for (const f of order.filter((x) => category(x) === c)) {
    if (taken === PER) break;
    const k = titleKey(f);
    if (keys.has(k)) { skipped.push(`${f}  (title line: ${k})`); continue; }
    keys.add(k);
    picks.push(f);
    taken++;
  }
}
console.log(`# label files excluded (${labelFiles.length}): ${labelFiles.join(", ")}`);
console.log(`# ${excluded.size} labelled files; ${excludedKeys.size} board title lines`);
console.log(`# blind2 board set: ${picks.length} of ${board.length} eligible (seed ${SEED})`);
for (const f of picks) console.log(f);
console.log(`# skipped (title line equals a labelled file's or an earlier pick's):`);
for (const s of skipped) console.log(`#   ${s}`);
