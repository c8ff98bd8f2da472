// `node scripts/hostile.mjs` (issue 6 "Hostile text must finish in linear time"): generates each
// hostile input — an 8 MB posting, 20,000 levels of nested `>` / `-`, lines of 200,000 repeated
// tokens aimed at the regexes, 200,000 repeated lines — and times, in a fresh child process per
// input, a bare remark parse of its text against parsePosting on the same text. Prints one row
// per input with both times and their ratio against the targets: < 10 s and ≤ 3× the bare parse.
// HTML shapes (malformed and misnested tags, a page of only scripts, 50,000 nested <div>s, a 20 MB
// page, a <script> inside a posting's list, runs of <span>s, entity storms…) are each read as a
// `.html` page and as an HTML block in a `.md` posting, timed against the bare HTML parse, and
// also at a quarter of their size: their time per character must not grow with the page.
// A report, not a test: times depend on the machine. Needs no corpus (the 8 MB posting is
// built from corpus postings when ../shared/corpus/remotewlb exists, else from a generated one).
//   node scripts/hostile.mjs [--only SUBSTRING]... [--reps N] [--timeout SECONDS]
//   node scripts/hostile.mjs --dump NAME FILE      (one input's text, to profile it)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpus/remotewlb");
const MAX_SECONDS = 10;
const MAX_RATIO = 3;
/** Time per character of a shape at full size over that at a quarter size at most: 1 is linear, 4 quadratic. */
const MAX_GROWTH = 2;
const TOKENS = 200_000;
const LEVELS = 20_000;
const BIG_BYTES = 8 * 1024 * 1024;

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

// A posting shaped like the job board's, used when there is no corpus.
const SAMPLE_POSTING = `# [Senior Backend Engineer](https://example.com/jobs/1)
### Example Corp
#### \`💰 USD 120000.0~150000.0\` \`🌎 Remote (US, Canada)\`

**Location:** Remote, United States
**Employment type:** Full-time

## About the role
We build things with **Node.js**, *PostgreSQL* and [Kubernetes](https://k8s.io).

## Requirements
- 5+ years of experience with TypeScript
  - Bonus: Go, Rust
- At least 3 years of AWS

## Nice to have
> Experience with Kafka, Terraform | a table | here

| Perk | Value |
|------|-------|
| PTO  | 30 days |

## Benefits
1. Health insurance
2. $2,000 learning budget / year

Apply here: https://example.com/apply
`;

/** About `bytes` of posting text: corpus postings joined, else the sample repeated. */
function bigPosting(bytes) {
  const parts = [];
  let size = 0;
  if (existsSync(CORPUS)) {
    const names = readdirSync(CORPUS, { recursive: true }).map(String).filter((n) => n.endsWith(".md")).sort();
    for (const name of names) {
      if (size >= bytes) break;
      const text = readFileSync(join(CORPUS, name), "utf8");
      parts.push(text);
      size += text.length;
    }
  }
  while (size < bytes) {
    parts.push(SAMPLE_POSTING);
    size += SAMPLE_POSTING.length;
  }
  return parts.join("\n\n");
}

const repeat = (token, n = TOKENS) => token.repeat(n);

// Tokens aimed at the patterns of extract/ and normalize/: money, years, places, links, markdown.
const TOKEN_LINES = {
  "$1,": "$1,",
  "1 ": "1 ",
  spaces: " ",
  tabs: "\t",
  "[": "[",
  "](": "](",
  "*": "*",
  "_": "_",
  "`": "`",
  "::": ":",
  "|": "|",
  "#": "#",
  ">": ">",
  "<": "<",
  "\\": "\\",
  "&": "&",
  "-": "-",
  "(": "(",
  "Location: ": "Location: ",
  "Salary: ": "Salary: ",
  "a: ": "a: ",
  "5+ years ": "5+ years ",
  "at least ": "at least ",
  "3-5 ": "3-5 ",
  "Senior ": "Senior ",
  "Sr. ": "Sr. ",
  "Remote ": "Remote ",
  "Remote, ": "Remote, ",
  "San Francisco, ": "San Francisco, ",
  "https://a": "https://a",
  "www.a.": "www.a.",
  "a@b.": "a@b.",
  "ðŸ": "ðŸ",
  "â€™": "â€™",
  "Ã©": "Ã©",
  "‚Äô": "‚Äô",
  "€1.000 ": "€1.000 ",
  "1k-": "1k-",
  "$1k-$2k ": "$1k-$2k ",
  "USD ": "USD ",
  "up to ": "up to ",
  "100,000 ": "100,000 ",
  "1.": "1.",
  "1 000 ": "1 000 ",
  "k": "k",
  "full-time ": "full-time ",
  "Apply here ": "Apply here ",
  "Node.js ": "Node.js ",
  "C++ ": "C++ ",
  "a ": "a ",
  "a.": "a.",
  "a,": "a,",
  ",": ",",
  "(a) ": "(a) ",
  "!": "!",
  "💰": "💰",
  "\u200b": "\u200b",
  "\u00a0": "\u00a0",
};

// Where a token line is put: a body line, a `Key:` field, the title heading, a requirement item.
const CONTEXTS = {
  line: (s) => `${s}x\n`,
  field: (s) => `Salary: ${s}x\nLocation: ${s}x\n`,
  title: (s) => `# ${s}x\n### ${s}\n#### \`💰 ${s}\` \`🌎 ${s}\`\n`,
  item: (s) => `## Requirements\n- ${s}x\n`,
};

// ---- HTML shapes: each made in code at about `bytes` characters ----

/** Characters of an HTML shape: under the parser's cap (core/html.ts MAX_HTML_CHARS), where a superlinear step would show. */
const HTML_BYTES = 480 * 1024;
const HUGE_HTML_BYTES = 20 * 1024 * 1024;
const NESTED_DIVS = 50_000;

/** Levels of a nesting shape at `bytes`: NESTED_DIVS at full size. */
const nested = (bytes) => Math.round((bytes / HTML_BYTES) * NESTED_DIVS);

/** `unit(i)` repeated until the text has about `bytes` characters. */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = unit(i);
    parts.push(s);
    size += s.length;
  }
  return parts.join("");
}

// The body of a page in each hostile shape; `bytes` sets its size (n in `unit(i)`).
const HTML_SHAPES = {
  "unclosed, misnested tags": (bytes) => fill(bytes, (i) => `<div><p><b>Item ${i} <i>of <ul><li>the <table><td>list</b></i></p><span>`),
  "only <script>/<style>": (bytes) => fill(bytes, (i) => (i % 2 ? `<script>var a${i} = "<div>" + "</li>"; if (a < b) {}</script>` : `<style>.c${i} > li { color: red }</style>`)),
  "50,000 nested <div>": (bytes) => `${"<div>".repeat(nested(bytes))}Senior Engineer${"</div>".repeat(nested(bytes))}`,
  "50,000 nested <div><span> unclosed": (bytes) => `${"<div><span>".repeat(nested(bytes))}Senior Engineer`,
  "<script> inside a posting's list": (bytes) =>
    `<h2>Requirements</h2><ul>${fill(bytes, (i) => `<li>${i}+ years of Go<script>document.write("<li>x</li>")</script></li>`)}</ul>`,
  "many attributes": (bytes) => `<div ${fill(bytes, (i) => `data-a${i}="${i}" `)}>Remote, US</div>`,
  "huge text node": (bytes) => `<p>${fill(bytes, () => "Senior engineer, Remote (US), $120k-$150k, 5+ years. ")}</p>`,
  "all <span>s": (bytes) => `<div>${fill(bytes, (i) => `<span>Word ${i}</span>`)}</div>`,
  "all <span>s, one a line": (bytes) => fill(bytes, (i) => `<span class="s${i % 7}">Requirements ${i}</span>\n`),
  "entity storm": (bytes) => `<p>${fill(bytes, (i) => (i % 3 ? "&amp;&lt;&#x1F4B0;&nbsp;" : "&notanentity&#99999999;&"))}</p>`,
  "table of 50,000 cells": (bytes) => `<table>${fill(bytes, (i) => `${i % 10 ? "" : "<tr>"}<td>Cell ${i}</td>`)}</table>`,
  "definition list storm": (bytes) => `<dl>${fill(bytes, (i) => `<dt>Location:</dt><dd>Remote ${i}</dd>`)}</dl>`,
  "headings storm": (bytes) => fill(bytes, (i) => `<h${(i % 6) + 1}>Requirements</h${(i % 6) + 1}><p>x</p>`),
  "nested lists storm": (bytes) => fill(bytes, (i) => `<ul><li>Go ${i}<ul><li>Rust</li></ul></li></ul>`),
  "20 MB page (divs, spans, cells)": (bytes) =>
    fill((bytes / HTML_BYTES) * HUGE_HTML_BYTES, (i) => `<div class="row"><span>Item ${i}</span><table><tr><td>Remote</td><td>$${i}</td></tr></table></div>\n`),
};

/** A whole page around a shape's body (read as a `.html` file). */
const htmlPage = (body) =>
  `<!doctype html>\n<html><head><title>Backend Engineer | Acme</title></head><body>\n<h1>Backend Engineer</h1>\n${body}\n</body></html>\n`;
/** A markdown posting with the shape's body as an HTML block (read as a `.md` file). */
const markdownWithHtml = (body) => `# Backend Engineer\n\nAcme is hiring.\n\n${body}\n\n## Requirements\n- 5+ years of Go\n`;

/** Every hostile input: name → a function making its text (made in the child, not sent over). */
function cases() {
  const all = {
    "8 MB posting": () => bigPosting(BIG_BYTES),
    "20,000 nested > (one line)": () => `${repeat("> ", LEVELS)}text\n`,
    "2,000 nested > (one more per line)": () => Array.from({ length: 2000 }, (_, i) => `${">".repeat(i + 1)} x`).join("\n") + "\n",
    "20,000 nested - (one line)": () => `${repeat("- ", LEVELS)}text\n`,
    "20,000 nested * 1. (one line)": () => `${repeat("* 1. ", LEVELS)}text\n`,
    "20,000 nested > - (one line)": () => `${repeat("> - ", LEVELS)}text\n`,
    // A byte-order mark is stripped by jobparse and a second one by micromark (found by the fuzz).
    "2 BOMs + 20,000 nested -": () => `\ufeff\ufeff${repeat("- ", LEVELS)}text\n`,
    "2,000 nested - by indentation": () => Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n") + "\n",
    "20,000 nested [ (links)": () => `${repeat("[", LEVELS)}x${repeat("](a)", LEVELS)}\n`,
    "20,000 nested ** emphasis": () => `${repeat("**a ", LEVELS)}x${repeat(" b**", LEVELS)}\n`,
    "200,000 lines 'Location: x'": () => repeat("Location: Remote, US\n"),
    "200,000 lines '- 5+ years'": () => `## Requirements\n${repeat("- 5+ years of Go\n")}`,
    "200,000 headings": () => repeat("## Requirements\n**Nice to have**\n", TOKENS / 2),
    "200,000 table rows": () => `| a | b |\n|---|---|\n${repeat("| $1 | Remote |\n")}`,
    "200,000 blank-separated paragraphs": () => repeat("Senior $100k Remote\n\n"),
  };
  for (const [label, body] of Object.entries(HTML_SHAPES)) {
    all[`html: ${label} (.html)`] = Object.assign(() => htmlPage(body(HTML_BYTES)), { file: "page.html", quarter: () => htmlPage(body(HTML_BYTES / 4)) });
    all[`html: ${label} (.md)`] = Object.assign(() => markdownWithHtml(body(HTML_BYTES)), { file: "posting.md", quarter: () => markdownWithHtml(body(HTML_BYTES / 4)) });
  }
  for (const [label, token] of Object.entries(TOKEN_LINES)) {
    for (const [where, wrap] of Object.entries(CONTEXTS)) all[`200,000 × '${label}' (${where})`] = () => wrap(repeat(token));
  }
  return all;
}

// ---- child: one input, bare parse then parsePosting, prints JSON ----

async function child(name, libFile, reps) {
  const make = cases()[name];
  const text = make();
  const { unified } = await import("unified");
  const { default: remarkParse } = await import("remark-parse");
  const { fromHtml } = await import("hast-util-from-html");
  const { parsePosting } = await import(libFile);
  // A page read as HTML is measured against the bare HTML parse, a markdown text against remark's.
  const bare = make.file?.endsWith(".html") ? { parse: (t) => fromHtml(t) } : unified().use(remarkParse);
  const options = make.file ? { file: make.file } : {};
  const time = (fn) => {
    let best = Infinity;
    for (let i = 0; i < reps; i++) {
      const start = performance.now();
      fn();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  // jobparse first: on some inputs the bare parse itself never finishes (remark is
  // superlinear on deep nesting), and the parent's time limit then stops only that half.
  let warnings = [];
  const parseMs = time(() => (warnings = parsePosting(text, options).warnings));
  const limit = warnings.find((w) => /deeper than|marks in one|without GFM|longer than|line by line|nests too deeply/.test(w)) ?? null;
  // The same shape at a quarter of its size: a linear reading takes about a quarter of the time.
  let growth = null;
  if (make.quarter) {
    const small = make.quarter();
    const smallMs = time(() => parsePosting(small, options));
    growth = { smallChars: small.length, smallMs };
  }
  process.stdout.write(JSON.stringify({ chars: text.length, parseMs, warning: limit, growth }) + "\n");
  let bareError = null;
  let bareMs = NaN;
  try {
    bareMs = time(() => bare.parse(text));
  } catch (err) {
    bareError = String(err?.message ?? err).slice(0, 80);
  }
  process.stdout.write(JSON.stringify({ bareMs, bareError }) + "\n");
}

// `--dump NAME FILE`: writes one input's text to FILE, for profiling it on its own.
if (process.argv[2] === "--dump") {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(process.argv[4], cases()[process.argv[3]]());
  process.exit(0);
}

if (process.argv[2] === "--child") {
  await child(process.argv[3], process.argv[4], Number(process.argv[5]));
  process.exit(0);
}

// ---- parent ----

/** Bundles src/index.ts so the children time the source as it is. */
async function buildLibrary(dir) {
  const { build } = await import("esbuild");
  const outfile = join(dir, "index.mjs");
  await build({
    entryPoints: [join(ROOT, "src/index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return outfile;
}

function runChild(name, libFile, reps, timeoutMs) {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", name, libFile, String(reps)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (c) => (out += c));
    proc.stderr.on("data", (c) => (err += c));
    const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs);
    proc.on("close", (code, signal) => {
      clearTimeout(timer);
      const [ours, bare] = out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
      // Only the bare parse was stopped: it took longer than the time limit.
      if (ours && !bare && signal === "SIGKILL") done({ ...ours, bareMs: timeoutMs, bareError: `did not finish in ${timeoutMs / 1000} s` });
      else if (code === 0 && ours && bare) done({ ...ours, ...bare });
      else done({ failed: signal === "SIGKILL" ? `killed after ${timeoutMs / 1000} s` : `exit ${code}: ${err.trim().split("\n").slice(0, 3).join(" | ").slice(0, 200)}` });
    });
  });
}

// --only may be given more than once: inputs whose name contains any of them.
const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--only" ? [a] : []));
const reps = Number(argValue("--reps", "1"));
const timeoutMs = Number(argValue("--timeout", "60")) * 1000;
const dir = mkdtempSync(join(tmpdir(), "jobparse-hostile-"));
try {
  const libFile = await buildLibrary(dir);
  const names = Object.keys(cases()).filter((n) => only.length === 0 || only.some((o) => n.includes(o)));
  const fmt = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "—");
  console.log(`${"input".padEnd(46)} ${"chars".padStart(9)} ${"remark".padStart(8)} ${"jobparse".padStart(9)} ${"ratio".padStart(6)}  ok`);
  let failures = 0;
  let worst = { ratio: 0, name: "" };
  let slowest = { ms: 0, name: "" };
  for (const name of names) {
    const r = await runChild(name, libFile, reps, timeoutMs);
    if (r.failed) {
      failures++;
      console.log(`${name.padEnd(46)} FAILED ${r.failed}`);
      continue;
    }
    // Below 50 ms of bare parsing the ratio is noise: start-up of the regex engine, the JIT.
    const ratio = r.parseMs / Math.max(r.bareMs || 0, 50);
    // Time per character at full size against a quarter of it (below 50 ms, noise too).
    const growth = r.growth ? (r.parseMs / r.chars) / (Math.max(r.growth.smallMs, 50) / r.growth.smallChars) : null;
    const linear = growth === null || growth <= MAX_GROWTH;
    // An HTML shape is read by a parse, a conversion to mdast and passes over the tree: its bare
    // parse is a floor, not a ratio target (and overflows the stack on deep nesting); it must be linear.
    const pass = r.parseMs < MAX_SECONDS * 1000 && (r.growth ? linear : ratio <= MAX_RATIO);
    if (!pass) failures++;
    if (ratio > worst.ratio) worst = { ratio, name };
    if (r.parseMs > slowest.ms) slowest = { ms: r.parseMs, name };
    const note = [
      growth !== null && `${growth.toFixed(1)}× the time per char of a quarter-size page`,
      r.bareError && `bare parse: ${r.bareError}`,
      r.warning && `limit: ${r.warning.slice(0, 40)}…`,
    ].filter(Boolean).join("; ");
    console.log(
      `${name.padEnd(46)} ${String(r.chars).padStart(9)} ${fmt(r.bareMs).padStart(8)} ${fmt(r.parseMs).padStart(9)} ${ratio.toFixed(2).padStart(6)}  ${pass ? "yes" : "NO"}${note ? `  (${note})` : ""}`,
    );
  }
  console.log(`\n${names.length} inputs, ${failures} over target (< ${MAX_SECONDS} s, and ≤ ${MAX_RATIO}× the bare parse, or for HTML shapes ≤ ${MAX_GROWTH}× the time per character of a quarter-size page)`);
  console.log(`worst ratio ${worst.ratio.toFixed(2)}× (${worst.name}); slowest ${fmt(slowest.ms)} (${slowest.name})`);
  process.exitCode = failures ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
