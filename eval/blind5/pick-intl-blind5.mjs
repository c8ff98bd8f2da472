// Seeded pick for intl-blind5. Usage: node pick-intl-blind5.mjs [seed]
// Input: pick-intl/candidates.tsv (lang, repo, path, commit) — every candidate file found, one line each;
//        pick-intl/nonpostings.tsv (repo, path, reason) — candidates read and found not to be a job posting.
// Rule: per language (pt, es, de, fr), sort candidates by repo+path, shuffle with mulberry32(seed)
// (one PRNG stream, languages shuffled in that order), then walk the shuffled list and take a file unless
// it is a non-posting or its repository already gave 2 files in that language; stop at 4 per language.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const here = dirname(fileURLToPath(import.meta.url));
const seed = Number(process.argv[2] ?? 20261231);
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rand = mulberry32(seed);
const rows = readFileSync(join(here, "pick-intl/candidates.tsv"), "utf8").trim().split("\n").map((l) => { const [lang, repo, path, commit] = l.split("\t"); return { lang, repo, path, commit }; });
const skipFile = join(here, "pick-intl/nonpostings.tsv");
const skip = new Map(existsSync(skipFile) ? readFileSync(skipFile, "utf8").trim().split("\n").filter(Boolean).map((l) => { const [repo, path, reason] = l.split("\t"); return [repo + "\t" + path, reason]; }) : []);
const out = [];
for (const lang of ["pt", "es", "de", "fr"]) {
  const list = rows.filter((r) => r.lang === lang).sort((a, b) => (a.repo + "\t" + a.path < b.repo + "\t" + b.path ? -1 : 1));
  for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
  const perRepo = new Map(); let taken = 0;
  list.forEach((r, k) => {
    let status;
    const key = r.repo + "\t" + r.path;
    if (taken >= 4) status = "not reached";
    else if (skip.has(key)) status = "SKIP non-posting: " + skip.get(key);
    else if ((perRepo.get(r.repo) ?? 0) >= 2) status = "skip: repository already gave 2";
    else { status = "TAKE"; taken++; perRepo.set(r.repo, (perRepo.get(r.repo) ?? 0) + 1); }
    out.push([lang, k + 1, status, r.repo, r.path, r.commit].join("\t"));
  });
}
writeFileSync(join(here, "pick-intl/shuffle.txt"), out.join("\n") + "\n");
console.log(out.join("\n"));
