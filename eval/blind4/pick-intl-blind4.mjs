// Reproducible pick for intl-blind4: node /work/blind4/pick-intl-blind4.mjs
// Reads pick-intl/candidates.tsv (lang, repo, path, commit: every candidate file of the candidate
// repositories, listed as described in intl-blind4.md), sorts each language's rows as "repo:path"
// strings, shuffles them with a fresh mulberry32(SEED) per language (Fisher-Yates) and prints them
// in order. The labeller takes them in that order, skipping files that are not a single job
// posting and files beyond 2 per repository, until 5 per language (or the list runs out).
import { readFileSync } from "node:fs";
const SEED = 20261224;
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
// Round 2 (pick-intl/candidates-round2.tsv): a Spanish candidate found after round 1 ran out at 2
// usable es postings (only two es repositories); shuffled the same way, taken after round 1.
for (const [file, langs] of [["./pick-intl/candidates.tsv", ["pt", "es", "de", "fr"]], ["./pick-intl/candidates-round2.tsv", ["es"]]]) {
const rows = readFileSync(new URL(file, import.meta.url), "utf8").trim().split("\n").map((l) => l.split("\t"));
console.log(`# ${file}`);
for (const lang of langs) {
  const list = rows.filter((r) => r[0] === lang).sort((a, b) => { const x = a[1] + ":" + a[2], y = b[1] + ":" + b[2]; return x < y ? -1 : x > y ? 1 : 0; });
  const rnd = mulberry32(SEED);
  for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
  console.log(`## ${lang}`);
  list.forEach((r, i) => console.log(`${i + 1}\t${r[1]}\t${r[2]}\t${r[3]}`));
}
}
