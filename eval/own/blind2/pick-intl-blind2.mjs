#!/usr/bin/env node
// Picks intl-blind2: per language, mulberry32(seed 20261224) shuffle over sorted eligible files.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { mulberry32, shuffled } from "../seeded.mjs";
const SEED = 20261224;
const labelFiles = ["/work/shared/eval/dev/labels.jsonl",
  ...readdirSync("/work/main/eval/own").filter(f => f.endsWith(".jsonl")).map(f => "/work/main/eval/own/" + f),
  ...readdirSync("/work/main/eval").filter(d => { try { readFileSync(`/work/main/eval/${d}/labels.jsonl`); return true; } catch { return false; } }).map(d => `/work/main/eval/${d}/labels.jsonl`)];
const excluded = new Set();
for (const f of labelFiles) for (const l of readFileSync(f, "utf8").split("\n").filter(Boolean)) excluded.add(JSON.parse(l).file);
console.log("# label files:", labelFiles.join(" "));
for (const lang of ["pt", "es", "de", "fr"]) {
  const files = readdirSync(`/work/shared/corpus/intl/${lang}`).filter(f => f !== "SOURCES.md").sort()
    .map(f => `corpus/intl/${lang}/${f}`).filter(f => !excluded.has(f));
  const rand = mulberry32(SEED);
  const order = shuffled(files, rand);
  console.log(`# ${lang}: ${files.length} eligible (seed ${SEED})`);
  for (const f of order) console.log(f);
}
