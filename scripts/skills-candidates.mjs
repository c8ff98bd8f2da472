// Report: words of a corpus that look like technology names but are not in the skills vocabulary
// (src/normalize/data/skills.ts), by how many postings name them — to grow the table from what
// postings actually say. With --found, instead lists how often each vocabulary skill is found,
// with sample contexts, to spot false positives.
//   node scripts/skills-candidates.mjs DIR [--top 300] [--found] [--skill NAME]
import { build } from "esbuild";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--") && args[i - 1] !== "--found"));
if (!dir) {
  console.error("usage: node scripts/skills-candidates.mjs DIR [--top N] [--found] [--skill NAME]");
  process.exit(2);
}
const top = Number(opt("--top", "300"));

// Bundle the matcher in memory so the report always uses the current vocabulary.
const bundled = await build({ entryPoints: ["src/normalize/skills.ts"], bundle: true, format: "esm", platform: "node", write: false });
const { findSkills, skillKeys } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);
const keys = skillKeys();

function* files(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

// A word that looks like a product name: inner capitals (GraphQL), a dot or digit inside
// (Socket.io, Neo4j), or a capitalised word.
const WORD_RE = /[A-Za-z][A-Za-z0-9]*(?:[.+#-][A-Za-z0-9]+)*[+#]*/g;
// Inner capital, digit or dot: stronger signs of a product name than a leading capital.
const TECHY_RE = args.includes("--all-caps-words") ? /^[A-Z]/ : /[a-z][A-Z]|[A-Za-z][0-9]|\.[a-z]|^[A-Z]{2,6}$/;

const docFreq = new Map();
const lowerFreq = new Map();
const found = new Map();
const skill = opt("--skill");
for (const file of files(dir)) {
  const text = readFileSync(file, "utf8").slice(0, 200_000);
  if (args.includes("--found") || skill) {
    const seen = new Set();
    for (const m of findSkills(text)) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      const e = found.get(m.name) ?? { n: 0, samples: [] };
      e.n++;
      if (e.samples.length < (skill ? 40 : 3)) e.samples.push(text.slice(Math.max(0, m.index - 50), m.index + 40).replace(/\s+/g, " "));
      found.set(m.name, e);
    }
    continue;
  }
  const seen = new Set();
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (w === w.toLowerCase()) {
      lowerFreq.set(w, (lowerFreq.get(w) ?? 0) + 1);
      continue;
    }
    if (seen.has(w) || keys.has(w.toLowerCase()) || !TECHY_RE.test(w)) continue;
    seen.add(w);
    docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  }
}

if (skill) {
  for (const s of found.get(skill)?.samples ?? []) console.log(s);
} else if (found.size) {
  for (const [name, e] of [...found].sort((a, b) => b[1].n - a[1].n)) console.log(`${String(e.n).padStart(5)}  ${name.padEnd(24)} ${e.samples.join(" ‖ ")}`);
} else {
  const rows = [...docFreq].filter(([w]) => (lowerFreq.get(w.toLowerCase()) ?? 0) < 5).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [w, n] of rows) console.log(`${String(n).padStart(5)}  ${w}`);
}
