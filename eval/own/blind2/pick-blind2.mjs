#!/usr/bin/env node
// Picks the blind2 HN and careers-page sets, reproducibly.
// Usage: node /work/blind2/pick-blind2.mjs [sharedRoot=/work/shared] [mainRoot=/work/main]
// mulberry32 seeded shuffle (Fisher-Yates, same as /work/main/eval/own/seeded.mjs) over the
// byte-sorted eligible files; excluded: every `file` in shared/eval/dev/labels.jsonl,
// main/eval/own/*.jsonl and main/eval/*/labels.jsonl.
//   HN:    corpus/hn/**/*.txt (llm-classified.jsonl is not a posting), seed 20261222, 40 candidates printed
//   pages: corpus/pages/* except SOURCES.md, seed 20261223, all printed in order
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { mulberry32, shuffled, walk } from "../seeded.mjs";

const ROOT = process.argv[2] ?? "/work/shared";
const MAIN = process.argv[3] ?? "/work/main";

const filesOf = (path) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim())
  .map((l) => JSON.parse(l).file);

const labelFiles = [join(ROOT, "eval/dev/labels.jsonl")];
for (const f of readdirSync(join(MAIN, "eval/own"))) if (f.endsWith(".jsonl")) labelFiles.push(join(MAIN, "eval/own", f));
for (const d of readdirSync(join(MAIN, "eval"))) {
  const p = join(MAIN, "eval", d, "labels.jsonl");
  if (existsSync(p)) labelFiles.push(p);
}
const taken = new Set(labelFiles.flatMap(filesOf));
const rel = (p) => relative(ROOT, p).split("\\").join("/");
const byteSort = (a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b)));

const hn = walk(join(ROOT, "corpus/hn")).map(rel)
  .filter((f) => f.endsWith(".txt") && !taken.has(f)).sort(byteSort);
const pages = walk(join(ROOT, "corpus/pages")).map(rel)
  .filter((f) => !f.endsWith("/SOURCES.md") && !taken.has(f)).sort(byteSort);

console.log(`# excluded label files: ${labelFiles.map((p) => relative("/work", p)).join(", ")} (${taken.size} files)`);
console.log(`# HN candidates in order (seed 20261222): 40 of ${hn.length} eligible`);
shuffled(hn, mulberry32(20261222)).slice(0, 40).forEach((f, i) => console.log(`hn ${i + 1} ${f}`));
console.log(`# pages in order (seed 20261223): all ${pages.length} eligible`);
shuffled(pages, mulberry32(20261223)).forEach((f, i) => console.log(`pages ${i + 1} ${f}`));
