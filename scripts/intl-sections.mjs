#!/usr/bin/env node
// Section coverage per language: over ../shared/corpus/intl/<lang>/ (or --corpus DIR, whose
// subfolders are languages), how many postings have a requirements / responsibilities section
// and how many of those got a non-empty list. "Has a section" is judged independently of the
// heading table: a short line (a heading, a bold line, a `Label:` line or a bare line) holding a
// word stem that names such a section in that language.
//
//   node scripts/intl-sections.mjs [--corpus DIR] [--misses]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { hasSection, postingFiles, STEMS } from "./section-stems.mjs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
// ../shared beside the main checkout, ../../shared beside a worktree under wt/.
const shared = [join(root, "..", "shared"), join(root, "..", "..", "shared")].find((d) => existsSync(d)) ?? join(root, "..", "shared");
const corpus = resolve(corpusAt >= 0 ? args[corpusAt + 1] : join(shared, "corpus", "intl"));
const showMisses = args.includes("--misses");
if (!existsSync(corpus)) {
  console.log(`intl-sections: skipped — no corpus at ${corpus} (it lives in ../shared beside the repo)`);
  process.exit(0);
}

const languages = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const bin = join(root, "bin", "jobparse.js");
let failed = false;
for (const lang of languages) {
  const files = postingFiles(join(corpus, lang));
  const out = execFileSync(process.execPath, [bin, "--format", "ndjson", "--quiet", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  const parsed = new Map(out.trim().split("\n").filter(Boolean).map((l) => { const p = JSON.parse(l); return [resolve(p.file), p]; }));
  const cells = [];
  for (const [field, re] of Object.entries(STEMS)) {
    let have = 0;
    let found = 0;
    const misses = [];
    for (const f of files) {
      if (!hasSection(readFileSync(f, "utf8"), re)) continue;
      have++;
      if (parsed.get(resolve(f))?.[field]?.length) found++;
      else misses.push(f.slice(corpus.length + 1));
    }
    const pct = have ? (100 * found) / have : 100;
    if (pct < 90) failed = true;
    cells.push(`${field} ${found}/${have} (${pct.toFixed(0)} %)`);
    if (showMisses && misses.length) cells.push(`\n    missed: ${misses.join(", ")}\n   `);
  }
  console.log(`${lang.padEnd(4)} ${String(files.length).padStart(3)} postings   ${cells.join("   ")}`);
}
process.exitCode = failed ? 1 : 0;
