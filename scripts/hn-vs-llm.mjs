#!/usr/bin/env node
// HN corpus against the LLM's silver labels: runs the built CLI over ../shared/corpus/hn and
// compares two things with llm-classified.jsonl (an LLM pipeline's reading of each comment):
//   1. salary: of the comments the LLM says state a salary, how many get a salary from jobparse;
//   2. workplace: how often jobparse's location.workplace equals the LLM's `remote`, mapped to
//      SPEC workplace as below.
// Then it lists the disagreements, file by file, for reading by hand (docs/accuracy-hn.md says
// which of them the LLM gets wrong). Silver, not truth: a disagreement is a question, not a bug.
//
//   npm run hn-report [-- --corpus DIR] [--limit 40] [--json]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// ../shared beside the checkout; a worktree under /work/wt/NAME finds it one level further up.
const sharedHn = [join(root, "..", "shared"), join(root, "..", "..", "shared")].map((d) => join(d, "corpus", "hn")).find((d) => existsSync(d));
const corpus = resolve(opt("--corpus", sharedHn ?? join(root, "..", "shared", "corpus", "hn")));
const limit = Number(opt("--limit", "40"));
const bin = process.env.JOBPARSE_BIN ?? join(root, "bin", "jobparse.js");
const labelsPath = join(corpus, "llm-classified.jsonl");

if (!existsSync(labelsPath)) {
  console.log(`hn-report: skipped — no ${labelsPath} (the HN corpus lives in ../shared beside the repo)`);
  process.exit(0);
}
if (!process.env.JOBPARSE_BIN && !existsSync(join(root, "dist", "cli.js"))) {
  console.error("hn-report: dist/cli.js is missing; run `npm run build` first");
  process.exit(2);
}

// The LLM's `remote` values read as SPEC workplace: `fully_remote` is a job that may be worked
// fully remotely (SPEC "remote", which also covers "Remote or SF"); `hybrid` some office days;
// `onsite_only` office only; `not_mentioned` the text does not say (SPEC null).
const LLM_WORKPLACE = { fully_remote: "remote", hybrid: "hybrid", onsite_only: "onsite", not_mentioned: null };

// The labels name files relative to ../shared ("corpus/hn/2026-01/…"); key them by the part after "hn/".
const keyOf = (file) => file.replace(/^.*?corpus\/hn\//, "");
const llm = new Map();
for (const line of readFileSync(labelsPath, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  llm.set(keyOf(row.file), row);
}

const child = spawn(process.execPath, [bin, "--format", "ndjson", "--quiet", corpus], { stdio: ["ignore", "pipe", "inherit"] });
const stats = { total: 0, compared: 0, salaryStated: 0, salaryFound: 0, salaryExtra: 0, workplaceEqual: 0 };
const salaryMissed = [];
const salaryExtra = [];
const workplaceDiff = [];
for await (const line of createInterface({ input: child.stdout })) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  stats.total++;
  const row = llm.get(relative(corpus, resolve(p.file)).replace(/\\/g, "/"));
  if (!row) continue;
  stats.compared++;
  const firstLine = readFileSync(resolve(p.file), "utf8").split("\n", 1)[0].slice(0, 160);
  if (row.salary_mentioned) {
    stats.salaryStated++;
    if (p.salary) stats.salaryFound++;
    else salaryMissed.push({ file: row.file, llm: row.salary_band, firstLine });
  } else if (p.salary) {
    stats.salaryExtra++;
    salaryExtra.push({ file: row.file, ours: p.salary.raw, firstLine });
  }
  const expected = LLM_WORKPLACE[row.remote] ?? null;
  if (expected === p.location.workplace) stats.workplaceEqual++;
  else workplaceDiff.push({ file: row.file, llm: expected, ours: p.location.workplace, raw: p.location.raw, firstLine });
}
const code = await new Promise((res) => child.on("close", res));

const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const summary = {
  total: stats.total,
  compared: stats.compared,
  salaryRecall: stats.salaryFound / Math.max(1, stats.salaryStated),
  salaryFound: stats.salaryFound,
  salaryStated: stats.salaryStated,
  salaryWhereLlmSaysNone: stats.salaryExtra,
  workplaceAgreement: stats.workplaceEqual / Math.max(1, stats.compared),
  exitCode: code,
};
if (args.includes("--json")) {
  console.log(JSON.stringify({ ...summary, salaryMissed, salaryExtra, workplaceDiff }));
  process.exit(0);
}
const show = (title, rows, fmt) => {
  console.log(`\n${title}: ${rows.length}${rows.length > limit ? ` (first ${limit})` : ""}`);
  for (const r of rows.slice(0, limit)) console.log(`  ${r.file}\n      ${fmt(r)}\n      | ${r.firstLine}`);
};
show("Salary the LLM reads and jobparse does not", salaryMissed, (r) => `LLM: ${r.llm}`);
show("Salary jobparse reads where the LLM says none", salaryExtra, (r) => `ours: ${r.ours}`);
show("Workplace disagreements", workplaceDiff, (r) => `LLM: ${r.llm}  ours: ${r.ours}  (raw ${JSON.stringify(r.raw)})`);
console.log(`\n${stats.total} comments, ${stats.compared} with an LLM row (exit ${code})`);
console.log(`salary found where the LLM says one is stated: ${stats.salaryFound}/${stats.salaryStated} = ${pct(stats.salaryFound, stats.salaryStated)}  (target ≥ 90 %)`);
console.log(`salary found where the LLM says none:          ${stats.salaryExtra}`);
console.log(`workplace equal to the LLM's:                  ${stats.workplaceEqual}/${stats.compared} = ${pct(stats.workplaceEqual, stats.compared)}  (target ≥ 90 %)`);
