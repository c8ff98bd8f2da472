// Generates src/normalize/data/skill-candidates.generated.ts: technology names the hand vocabulary
// (src/normalize/data/skills.ts) lacks, taken from maintained data instead of typed by hand —
// GitHub linguist's programming languages (linguist-languages) and the technologies devicon draws
// whose brand simple-icons spells (title and "aka" aliases). All three packages and the English
// word list are devDependencies: the CLI loads only the generated file, where each name matches
// only exactly as spelled (normalize/skills.ts), never in another case.
// What is kept:
//   - not already a name or alias of the hand table (the table wins, with its matching rules);
//   - not an ordinary English word, single or every word of a phrase (word-list), unless ALLOW says so;
//   - a linguist name must look like a technology's (an inner capital, digit or symbol: "GDScript",
//     "MQL5"), or be in ALLOW: a plain capitalised word ("Janet", "Cairo") is as often a person or place;
//   - not an acronym of four letters or fewer ("ATS", "ASL", "EQ" are hiring and HR words), unless ALLOW;
//   - not in BLOCK (reviewed: companies and networks that are no skills, file names, words the list lacks).
// Run after a dependency update; test/normalize/skill-candidates.test.ts fails while the committed
// file and the data disagree.
//   node scripts/gen-skill-candidates.mjs [--check]
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import wordListPath from "word-list";

const require = createRequire(import.meta.url);
const OUT = new URL("../src/normalize/data/skill-candidates.generated.ts", import.meta.url);

// Reviewed: kept although a filter above would drop them (plain capitalised names that are only technologies).
const ALLOW = new Set([
  "Zig", "Nim", "Gleam", "Koka", "Idris", "Agda", "Coq", "Raku", "Haxe", "Fortran", "Pascal", "Smalltalk", "Verilog", "VHDL",
  "Solidity", "Vyper", "Cairo Zero", "Move", "Mojo", "Odin", "Starlark", "Jsonnet", "Dhall", "Bicep", "Terraform", "Ballerina",
  "GLSL", "HLSL", "ABAP", "COBOL", "APL", "AWK",
]);
// Reviewed: dropped although the data lists them — companies and networks postings name as employers,
// channels or venues, generic file names, and ordinary words or names the word list lacks.
const BLOCK = new Set([
  "Dockerfile", "Makefile", "Batchfile", "Procfile", "Vim Script", "Emacs Lisp", "Move", "Cairo", "Cairo Zero", "Janet", "Isabelle",
  "Jolie", "Dylan", "Frege", "Leo", "Max", "Grace", "Jasmin", "Genie", "Flix", "Jac", "Jai", "Hare", "Koka", "Clarion", "Harbour",
  "Apple", "Google", "Microsoft", "Facebook", "LinkedIn", "Twitter", "X", "YouTube", "Instagram", "Slack", "Discord", "Zoom", "Skype",
  "Trello", "Behance", "Dribbble", "Medium", "Reddit", "Stack Overflow", "Twitch", "WhatsApp", "Telegram", "Meta", "Amazon", "Windows",
  "Windows 8", "Windows 11", "Ubuntu Touch", "Codepen", "CodePen", "Devicon", "Simple Icons", "Gitter", "Chrome", "Firefox", "Safari",
  "Opera", "Edge", "Android", "Apple", "Ionic", "Oracle", "IBM", "Intel", "AMD", "NVIDIA", "Samsung", "Sony", "Nintendo", "Xbox",
  "PlayStation", "Uber", "Airbnb", "Netflix", "Spotify", "PayPal", "Stripe", "Shopify", "Salesforce", "SAP", "Dell", "HP", "Cisco",
  "Nano", "Hugo", "Talos", "LeetCode", "JetBrains", "Mattermost", "Jamstack", "Kaggle", "Hack",
]);

function fold(s) {
  return s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, "");
}

const words = new Set(readFileSync(wordListPath, "utf8").split("\n"));
const isWord = (w) => words.has(w.toLowerCase());
// A technology-looking name: an inner capital (GDScript), a digit (MQL5) or a symbol (F*, Cap'n Proto).
const TECHY_RE = /\p{Ll}\p{Lu}|\p{L}\p{N}|\p{N}\p{L}|[^\p{L}\p{N}\s]/u;
// An acronym of up to four capitals.
const SHORT_ACRONYM_RE = /^[\p{Lu}\p{N}]{1,4}$/u;
// Blanks between the words of a name.
const BLANKS_RE = /\s+/;

const bundled = await build({ entryPoints: [new URL("../src/normalize/data/skills.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "node", write: false, logLevel: "warning" });
const { SKILL_VOCABULARY } = await import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`);
const known = new Set();
for (const e of SKILL_VOCABULARY) for (const s of [e.name, ...(e.aliases ?? []), ...(e.cased ?? []), ...(e.guarded ?? []), ...(e.exact ?? [])]) known.add(fold(s));

/** Why a name is dropped, or null when it is kept. */
function dropped(name, fromLinguist) {
  if (BLOCK.has(name)) return "blocked";
  if (known.has(fold(name))) return "known";
  if (ALLOW.has(name)) return null;
  if (fold(name).length < 3) return "short";
  if (SHORT_ACRONYM_RE.test(name)) return "acronym";
  const parts = name.split(BLANKS_RE);
  if (parts.every(isWord)) return "english";
  if (fromLinguist && !TECHY_RE.test(name)) return "plain";
  return null;
}

const rows = new Map();
const add = (name, aliases, fromLinguist) => {
  if (dropped(name, fromLinguist) || rows.has(name)) return;
  const kept = aliases.filter((a) => a !== name && !known.has(fold(a)) && !BLOCK.has(a) && fold(a).length >= 3 && !SHORT_ACRONYM_RE.test(a) && !a.split(BLANKS_RE).every(isWord));
  rows.set(name, [name, ...new Set(kept)]);
};

for (const lang of Object.values(require("linguist-languages"))) {
  if (lang.type === "programming") add(lang.name, [], true);
}
const devicon = new Set();
for (const d of require("devicon/devicon.json")) for (const n of [d.name, ...(d.altnames ?? [])]) devicon.add(fold(n));
const icons = require("simple-icons/icons.json");
for (const icon of Array.isArray(icons) ? icons : icons.icons) {
  if (devicon.has(fold(icon.slug ?? icon.title)) || devicon.has(fold(icon.title))) add(icon.title, icon.aliases?.aka ?? [], false);
  // devicon names a JavaScript library with its ".js" ("inertiajs") where simple-icons has the brand
  // alone ("Inertia"): the library is the technology, spelled as its community writes it.
  else if (devicon.has(`${fold(icon.title)}js`) && !icon.title.toLowerCase().endsWith("js") && !known.has(fold(icon.title))) add(`${icon.title}.js`, [icon.title, ...(icon.aliases?.aka ?? [])], false);
}

const sorted = [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const out = `// GENERATED by scripts/gen-skill-candidates.mjs from linguist-languages, devicon and simple-icons — do not edit.
// Technology names the hand vocabulary lacks, each [name, ...aliases]; matched only exactly as spelled.
export const GENERATED_SKILLS: readonly (readonly string[])[] = ${JSON.stringify(sorted, null, 0).replace(/\],\[/g, "],\n  [").replace(/^\[\[/, "[\n  [").replace(/\]\]$/, "],\n]")};
`;
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== out) {
    console.error("skill-candidates.generated.ts is out of date: run node scripts/gen-skill-candidates.mjs");
    process.exit(1);
  }
  console.log(`${sorted.length} names, up to date`);
} else {
  writeFileSync(OUT, out);
  console.log(`${sorted.length} names`);
}
