#!/usr/bin/env node
// Corpus report (issue "Extraction accuracy"): runs the built CLI over a folder of postings
// (default ../shared/corpus/remotewlb) and prints, per field, how many postings got a value;
// then the most common raw salary badges and location statements that produced nothing, with
// sample files per miss — the tool that finds misses in bulk.
//
// It also counts the postings that have a requirements / responsibilities section (a heading
// stem in pt/es/de/fr, scripts/section-stems.mjs) and how many of those got a non-empty list.
//
//   npm run corpus-report [-- DIR | --corpus DIR] [--top 15] [--samples 3] [--json]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hasSection, STEMS } from "./section-stems.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
// The folder: `--corpus DIR`, or the first argument that is no option or option value (`-- ../shared/corpus/intl/pt`).
const VALUED_OPTIONS = new Set(["--corpus", "--top", "--samples"]);
const positional = args.find((a, i) => !a.startsWith("--") && !VALUED_OPTIONS.has(args[i - 1]));
const corpus = resolve(opt("--corpus", positional ?? join(root, "..", "shared", "corpus", "remotewlb")));
const top = Number(opt("--top", "15"));
const samples = Number(opt("--samples", "3"));
const bin = process.env.JOBPARSE_BIN ?? join(root, "bin", "jobparse.js");

if (!existsSync(corpus)) {
  console.log(`corpus-report: skipped — no corpus at ${corpus} (it lives in ../shared beside the repo)`);
  process.exit(0);
}
if (!process.env.JOBPARSE_BIN && !existsSync(join(root, "dist", "cli.js"))) {
  console.error("corpus-report: dist/cli.js is missing; run `npm run build` first");
  process.exit(2);
}

// The job board's salary badge inside the header's fourth line.
const SALARY_BADGE_RE = /`💰\s*([^`]{1,200})`/u;

const has = {
  title: (p) => p.title != null,
  company: (p) => p.company != null,
  applyUrl: (p) => p.applyUrl != null,
  "location.raw": (p) => p.location.raw != null,
  "location.workplace": (p) => p.location.workplace != null,
  "location.countries": (p) => p.location.countries.length > 0,
  "location.regions": (p) => p.location.regions.length > 0,
  "location.cities": (p) => p.location.cities.length > 0,
  "location (country or region)": (p) => p.location.countries.length + p.location.regions.length > 0,
  salary: (p) => p.salary != null,
  employmentType: (p) => p.employmentType != null,
  seniority: (p) => p.seniority != null,
  experienceYears: (p) => p.experienceYears != null,
  requirements: (p) => p.requirements.length > 0,
  niceToHave: (p) => p.niceToHave.length > 0,
  responsibilities: (p) => p.responsibilities.length > 0,
  benefits: (p) => p.benefits.length > 0,
  skills: (p) => p.skills.length > 0,
  "any warning": (p) => p.warnings.length > 0,
};
const counts = Object.fromEntries(Object.keys(has).map((k) => [k, 0]));
const misses = { salaryBadge: new Map(), location: new Map(), warnings: new Map() };
// Per section kind: postings with such a section, and how many of them got a non-empty list.
const sections = Object.fromEntries(Object.keys(STEMS).map((k) => [k, { have: 0, found: 0, missed: [] }]));
const note = (map, key, file) => {
  const entry = map.get(key) ?? { n: 0, files: [] };
  entry.n++;
  if (entry.files.length < samples) entry.files.push(file);
  map.set(key, entry);
};

const started = process.hrtime.bigint();
const child = spawn(process.execPath, [bin, "--format", "ndjson", "--quiet", corpus], { stdio: ["ignore", "pipe", "pipe"] });
let stderrLines = 0;
createInterface({ input: child.stderr }).on("line", () => stderrLines++);
let total = 0;
for await (const line of createInterface({ input: child.stdout })) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  total++;
  for (const [k, test] of Object.entries(has)) if (test(p)) counts[k]++;
  const source = readFileSync(resolve(p.file), "utf8");
  for (const [kind, re] of Object.entries(STEMS)) {
    if (!hasSection(source, re)) continue;
    sections[kind].have++;
    if (p[kind].length) sections[kind].found++;
    else if (sections[kind].missed.length < samples) sections[kind].missed.push(p.file);
  }
  if (!p.salary) {
    const badge = SALARY_BADGE_RE.exec(source.slice(0, 2000));
    if (badge) note(misses.salaryBadge, badge[1].trim(), p.file);
  }
  if (p.location.raw && !p.location.countries.length && !p.location.regions.length && !p.location.cities.length) {
    note(misses.location, p.location.raw, p.file);
  }
  for (const w of p.warnings) note(misses.warnings, w.replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"'), p.file);
}
const code = await new Promise((res) => child.on("close", res));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const pct = (n) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;
const report = { corpus, total, exitCode: code, stderrLines, seconds, coverage: counts, sections };
if (args.includes("--json")) {
  console.log(JSON.stringify(report));
  process.exit(0);
}
console.log(`\n${total} postings from ${corpus} in ${seconds.toFixed(1)} s (exit ${code}, ${stderrLines} stderr lines)\n`);
console.log("field                          postings with a value");
for (const [k, n] of Object.entries(counts)) console.log(`${k.padEnd(30)} ${String(n).padStart(6)}  ${pct(n).padStart(6)}`);
const show = (title, map) => {
  const rows = [...map.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, top);
  console.log(`\n${title} (${[...map.values()].reduce((s, e) => s + e.n, 0)} postings, ${map.size} distinct)`);
  for (const [text, { n, files }] of rows) console.log(`${String(n).padStart(5)}  ${JSON.stringify(text)}\n       e.g. ${files.join("\n            ")}`);
};
console.log("\nsections (postings with such a heading, pt/es/de/fr stems)   found a list");
for (const [kind, { have, found, missed }] of Object.entries(sections)) {
  const share = have ? `${((100 * found) / have).toFixed(1)}%` : "-";
  console.log(`${kind.padEnd(30)} ${String(found).padStart(6)} / ${have}  ${share.padStart(6)}${missed.length ? `\n       missed e.g. ${missed.join("\n                   ")}` : ""}`);
}
show("Salary badges that produced no salary", misses.salaryBadge);
show("Location statements that produced no country, region or city", misses.location);
show("Most common warnings", misses.warnings);
