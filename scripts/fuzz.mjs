// `npm run fuzz` (issue 6 "A fuzz/stress script"): runs thousands of generated and mutated
// postings through the CLI and reports crashes, schema failures and the slowest inputs.
// Inputs: corpus postings (../shared/corpus/remotewlb) mutated — truncated, lines spliced in
// from other postings, blocks duplicated, random bytes and NULs inserted, encoding damaged
// (Latin-1/UTF-16/mojibake/invalid UTF-8), newlines stripped, giant lines, CRLF — plus
// generated markdown soup. Without the corpus it says so and fuzzes generated inputs only.
// Each batch is written to a temp folder and parsed by one CLI run (`--format ndjson`); every
// output line is checked with `jobparse validate`. A crash is an exit code other than 0/1, a
// stack trace on stderr, an internal "could not be parsed" error, or an input that neither
// came out nor got its one stderr line. Seeded: the same --seed gives the same inputs.
//
// The hostile-text family (--hostile, share of inputs, default 0.2): postings written by an
// attacker — terminal escapes, C1 controls, BiDi overrides, spreadsheet formula triggers, HTML
// comment and script openers — in every field, some under file names holding them too. Each
// batch's hostile inputs are also printed as csv, jsonld and table, and the invariants checked:
// no value holds a control or BiDi override character, no csv cell starts a formula, no jsonld
// string holds a raw < > & U+2028 U+2029, the table and every stderr line hold no raw control.
// Each broken invariant is a finding, counted with the crashes.
//   node scripts/fuzz.mjs [--count 20000] [--batch 1000] [--seed 1] [--hostile 0.2] [--corpus DIR] [--cli FILE] [--keep]
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(process.argv.includes("--corpus") ? process.argv[process.argv.indexOf("--corpus") + 1] : resolve(ROOT, "../shared/corpus/remotewlb"));
// A per-input line of the CLI: `jobparse: <path>: <reason>`.
const ERROR_LINE_RE = /^jobparse: (.+?\.md): (.+)$/;
// A stack frame printed on stderr: an internal error escaped.
const STACK_FRAME_RE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;
// A character Latin-1 cannot encode (a UTF-16 code unit above U+00FF).
const NOT_LATIN1_RE = /[^\u0000-\u00ff]/g;
// Reasons that are the right answer for what the mutation made (binary content).
const EXPECTED_REASON_RE = /^not a text file/;

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const COUNT = Number(argValue("--count", "20000"));
const BATCH = Number(argValue("--batch", "1000"));
const SEED = Number(argValue("--seed", "1"));
const KEEP = process.argv.includes("--keep");
const HOSTILE_SHARE = Number(argValue("--hostile", "0.2"));

// ---- seeded randomness (mulberry32) ----
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

// ---- inputs ----

function corpusFiles() {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true })
    .filter((f) => String(f).endsWith(".md"))
    .sort()
    .map((f) => join(CORPUS, String(f)));
}

const GENERATED_SEED = `# [Senior Backend Engineer](https://example.com/jobs/1)
### Example Corp
#### \`💰 USD 120000.0~150000.0\` \`🌎 Remote (US, Canada)\`

**Location:** Remote, United States
Salary: $120k - $150k / year

## Requirements
- 5+ years of experience with TypeScript and Node.js
  - Postgres, k8s, AWS

## Benefits
| Perk | Value |
|------|-------|
| PTO  | 30 days |

Apply here: https://example.com/apply
`;

// Markdown and posting pieces for generated soup.
const PIECES = ["#", "## ", "*", "**", "_", "- ", "  - ", "1. ", "> ", "[", "](", ")", "|", "`", "```", "$", "€", "£", "k", "1", "5", "120",
  "1,000", " ", "\n", "\n\n", ":", "Salary: ", "Location: ", "Remote", "Senior ", "5+ years ", "Requirements", "Benefits", "https://a.b/",
  "🌎", "💰", "ðŸŒŽ", "â€™", "Ã©", "‚Äô", "\u00a0", "\u200b", "<br>", "&amp;", "\\", "Node.js", "Postgres", "Canada", "LATAM"];

function soup() {
  let s = "";
  const n = 20 + int(400);
  for (let i = 0; i < n; i++) s += pick(PIECES);
  return Buffer.from(s, "utf8");
}

const lines = (buf) => buf.toString("utf8").split("\n");
const utf8 = (s) => Buffer.from(s, "utf8");

/** Mutations: name → (bytes, another posting's bytes) → bytes. */
const MUTATIONS = {
  truncate: (b) => b.subarray(0, int(b.length + 1)),
  truncateMidChar: (b) => {
    // Cut inside a multi-byte character when there is one.
    const at = b.findIndex((x, i) => i > int(b.length) && x >= 0x80);
    return at > 0 ? b.subarray(0, at + 1) : b.subarray(0, int(b.length + 1));
  },
  splice: (b, other) => {
    const a = lines(b);
    const o = lines(other);
    const from = int(o.length);
    a.splice(int(a.length + 1), int(3), ...o.slice(from, from + 1 + int(20)));
    return utf8(a.join("\n"));
  },
  duplicateBlock: (b) => {
    const a = lines(b);
    const from = int(a.length);
    const block = a.slice(from, from + 1 + int(15));
    const times = 1 + int(20);
    a.splice(int(a.length + 1), 0, ...Array.from({ length: times }, () => block).flat());
    return utf8(a.join("\n"));
  },
  randomBytes: (b) => {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + int(30); i < n && out.length; i++) out[int(out.length)] = int(256);
    return out;
  },
  nul: (b) => {
    const at = int(b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.alloc(1 + int(4)), b.subarray(at)]);
  },
  // As a Latin-1 save writes it: '?' for what Latin-1 cannot encode. Buffer's "latin1" keeps a
  // character's low byte instead, so 200 × U+200B became 200 vertical-tab controls and the
  // input was rightly refused as binary — a refusal the mutation made, not the parser.
  latin1: (b) => Buffer.from(b.toString("utf8").replace(NOT_LATIN1_RE, "?"), "latin1"),
  mojibake: (b) => utf8(Buffer.from(b.toString("utf8"), "utf8").toString("latin1")),
  doubleMojibake: (b) => MUTATIONS.mojibake(MUTATIONS.mojibake(b)),
  utf16: (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString("utf8"), "utf16le")]),
  utf16NoBom: (b) => Buffer.from(b.toString("utf8"), "utf16le"),
  invalidUtf8Line: (b) => {
    // A line saved as Windows-1252 in a UTF-8 file: `Salary: £50k` with a lone 0xA3 byte.
    const at = Math.max(0, b.indexOf(0x0a, int(b.length + 1)));
    return Buffer.concat([b.subarray(0, at), Buffer.from([0x0a, 0x53, 0x61, 0x6c, 0x61, 0x72, 0x79, 0x3a, 0x20, 0xa3, 0x35, 0x30, 0x6b]), b.subarray(at)]);
  },
  stripNewlines: (b) => utf8(b.toString("utf8").replace(/\n/g, pick([" ", "", "\t"]))),
  crlf: (b) => utf8(b.toString("utf8").replace(/\n/g, "\r\n")),
  cr: (b) => utf8(b.toString("utf8").replace(/\n/g, "\r")),
  giantLine: (b) => {
    const a = lines(b);
    const line = a[int(a.length)] || "Senior $1,000 ";
    a.splice(int(a.length + 1), 0, line.repeat(Math.min(1 + int(3000), Math.ceil(300_000 / (line.length + 1)))));
    return utf8(a.join("\n"));
  },
  deepNesting: (b) => utf8(`${pick(["> ", "- ", "* ", "  ", "> - "]).repeat(1 + int(5000))}${b.toString("utf8")}`),
  markFlood: (b) => utf8(`${b.toString("utf8")}\n${pick(["*", "_", "[", "](", "`", "|", "<", "~", "\\", "$1,", "1 "]).repeat(1 + int(50_000))}`),
  bom: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  empty: () => Buffer.alloc(0),
  whitespace: () => utf8(pick([" ", "\n", "\t", "\u00a0", "\u200b"]).repeat(int(200))),
  soupInsert: (b) => {
    const at = int(b.length + 1);
    return Buffer.concat([b.subarray(0, at), soup(), b.subarray(at)]);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

// ---- the hostile-text family ----

// What an attacker puts in a posting's text: terminal escapes (retitle, clear, OSC 8 link,
// CSI via C1), C1 controls, BiDi overrides and isolates, formula triggers, HTML openers.
const HOSTILE_PIECES = [
  "\x1b]0;PWNED\x07", "\x1b[2J", "\x1b[31m", "\x1b]8;;https://evil.example\x1b\\", "\x1b]8;;\x1b\\", "\x9b2J", "\x9d0;t\x9c", "\x85", "\x7f",
  "\x08", "\x0b", "\x0c", "\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029",
  "=HYPERLINK(\"https://evil.example\",\"x\")", "=IMPORTXML(A1)", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "\uff1d1",
  "<!--", "<script>", "</script>", "<svg onload=alert(1)>", "-->", "&amp;", "&", "<", ">", "</", "<\\/",
];
// The same pieces where a value starts: formula triggers and openers lead.
const LEADS = ["=", "+", "-", "@", "\t", "\r", "<!--", "</script>", "\u202e", "\x1b]0;x\x07", ""];
const WORDS = ["Senior", "Backend", "Engineer", "Acme", "Corp", "Remote", "Berlin", "Go", "Rust", "SQL", "health", "insurance", "$120k", "equity"];

function hostileText(words = 3) {
  let s = pick(LEADS);
  for (let i = 0; i < words; i++) s += (random() < 0.5 ? pick(HOSTILE_PIECES) : "") + pick(WORDS) + " ";
  return s + (random() < 0.5 ? pick(HOSTILE_PIECES) : "");
}

const hostileList = () => Array.from({ length: 1 + int(4) }, () => `- ${hostileText(2 + int(4))}`).join("\n");

/** A posting with hostile text in every field. */
function hostilePosting() {
  return utf8(
    [
      `# ${hostileText(3)}`,
      "",
      `Company: ${hostileText(2)}`,
      `Location: ${hostileText(2)}`,
      `Salary: ${pick(LEADS)}$${100 + int(100)},000 - $${200 + int(100)},000 ${pick(HOSTILE_PIECES)}`,
      `Apply: https://example.com/${pick(["a", "\x1b[2J", "<script>", "\u202e"])}`,
      "",
      "## Responsibilities",
      hostileList(),
      "",
      "## Requirements",
      hostileList(),
      "",
      "## Nice to have",
      hostileList(),
      "",
      "## Benefits",
      hostileList(),
      "",
      `Skills: ${hostileText(3)}`,
      "",
    ].join("\n"),
  );
}

// A file name an attacker could give: escapes, BiDi, a newline and a forged workflow command.
const HOSTILE_NAME_PARTS = ["", "\x1b[2J", "\u202e", "\n::error::FORGED", "\x9b", "\r"];

// What an escaped name looks like in a visible() line: controls, BiDi, separators as \xNN/\uNNNN.
const NOT_VISIBLE_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const shown = (s) => s.replace(NOT_VISIBLE_RE, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));

// Invariants of the family.
const UNSAFE_VALUE_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const RAW_IN_LINE_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const FORMULA_START_RE = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const HTML_UNSAFE_RE = /[<>&\u2028\u2029]/;

function stringsOf(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** RFC 4180 cells of a csv text (quoted cells may hold commas, quotes and line breaks). */
function csvCells(text) {
  const cells = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return cells;
        cell += text.slice(i, q);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === ",") i++;
    else if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (text[i] === "\n" || text[i] === "\r") i++;
  }
  return cells;
}

/** Findings of the hostile family over one batch's hostile folder. */
async function hostileFindings(cli, dir, mainRun) {
  const found = [];
  const add = (what, detail) => found.push({ batch: dir, what: `hostile: ${what}`, detail: shown(String(detail)).slice(0, 300) });
  for (const line of mainRun.stdout.split("\n").filter(Boolean)) {
    let p;
    try {
      p = JSON.parse(line);
    } catch {
      continue;
    }
    for (const s of stringsOf({ ...p, file: "" })) if (UNSAFE_VALUE_RE.test(s)) add("a value holds a control or BiDi character", `${p.file}: ${s}`);
  }
  for (const line of mainRun.stderr.split("\n").filter(Boolean)) {
    if (!line.startsWith("jobparse: ") || RAW_IN_LINE_RE.test(line)) add("a raw stderr line", line);
  }
  const csv = await runCli(cli, ["--format", "csv", "--no-color", dir]);
  for (const cell of csvCells(csv.stdout)) if (FORMULA_START_RE.test(cell) && cell !== "-") add("a csv cell starts a formula", cell);
  const jsonld = await runCli(cli, ["--format", "jsonld", dir]);
  if (HTML_UNSAFE_RE.test(jsonld.stdout)) add("a raw < > & U+2028 U+2029 in jsonld", jsonld.stdout.match(/.{0,40}[<>&\u2028\u2029].{0,40}/)?.[0]);
  try {
    JSON.parse(jsonld.stdout);
  } catch (err) {
    add("jsonld is not JSON", err.message);
  }
  const table = await runCli(cli, ["--format", "table", "--no-color", "--fields", "file,title,company,requirements,benefits", dir]);
  for (const line of table.stdout.split("\n")) if (RAW_IN_LINE_RE.test(line)) add("a raw control in the table", line);
  for (const run of [csv, jsonld, table]) {
    for (const line of run.stderr.split("\n").filter(Boolean)) if (!line.startsWith("jobparse: ") || RAW_IN_LINE_RE.test(line)) add("a raw stderr line", line);
  }
  return found;
}
// Mutations whose output may rightly be refused as binary.
const MAY_BE_BINARY = new Set(["randomBytes", "nul", "utf16NoBom", "utf16"]);

/** One input: a mutated corpus posting (1–3 mutations) or generated soup. */
function makeInput(files, cache) {
  const read = (f) => cache.get(f) ?? (cache.set(f, readFileSync(f)), cache.get(f));
  if (!files.length || random() < 0.1) {
    const base = files.length ? read(pick(files)) : Buffer.from(GENERATED_SEED);
    const applied = ["generated"];
    let bytes = random() < 0.5 ? soup() : base;
    for (let i = 0, n = 1 + int(3); i < n; i++) {
      const m = pick(MUTATION_NAMES);
      applied.push(m);
      bytes = MUTATIONS[m](bytes, soup());
    }
    return { bytes, applied, source: "generated" };
  }
  const source = pick(files);
  let bytes = read(source);
  const applied = [];
  for (let i = 0, n = 1 + int(3); i < n; i++) {
    const m = pick(MUTATION_NAMES);
    applied.push(m);
    bytes = MUTATIONS[m](bytes, read(pick(files)));
  }
  return { bytes, applied, source };
}

// ---- running ----

function runCli(cli, args, { stdin, onLine } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
    let out = "";
    let err = "";
    let pendingLine = "";
    const start = performance.now();
    child.stdout.on("data", (c) => {
      out += c;
      if (!onLine) return;
      pendingLine += c;
      let nl;
      while ((nl = pendingLine.indexOf("\n")) >= 0) {
        onLine(pendingLine.slice(0, nl), performance.now() - start);
        pendingLine = pendingLine.slice(nl + 1);
      }
    });
    child.stderr.on("data", (c) => (err += c));
    if (stdin !== undefined) {
      child.stdin.on("error", () => {});
      child.stdin.end(stdin);
    }
    child.on("close", (code, signal) => done({ code, signal, stdout: out, stderr: err, ms: performance.now() - start }));
  });
}

function buildCli(dir) {
  const out = join(dir, "cli");
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--out", out], { cwd: ROOT, stdio: "inherit" });
  return join(out, "run.cjs");
}

const files = corpusFiles();
if (!files.length) console.log(`fuzz: no corpus at ${CORPUS}; fuzzing generated inputs only`);
const work = mkdtempSync(join(tmpdir(), "jobparse-fuzz-"));
const cli = argValue("--cli", undefined) ?? buildCli(work);
const cache = new Map();
const totals = { inputs: 0, postings: 0, refused: 0, unexpectedRefusals: 0, crashes: 0, schemaFailures: 0, ms: 0, hostile: 0, hostileFindings: 0 };
const crashes = [];
const slowest = [];
const byMutation = new Map();
try {
  for (let done = 0; done < COUNT; done += BATCH) {
    const n = Math.min(BATCH, COUNT - done);
    const dir = join(work, `batch-${done}`);
    mkdirSync(dir);
    const meta = new Map();
    // A name as stderr shows it (controls written out) → the name on disk.
    const byShownName = new Map();
    const hostileDir = join(dir, "hostile");
    mkdirSync(hostileDir);
    for (let i = 0; i < n; i++) {
      const hostile = random() < HOSTILE_SHARE;
      const name = `${String(done + i).padStart(6, "0")}${hostile ? pick(HOSTILE_NAME_PARTS) : ""}.md`;
      const input = hostile ? { bytes: hostilePosting(), applied: ["hostile"], source: "hostile" } : makeInput(files, cache);
      writeFileSync(join(hostile ? hostileDir : dir, name), input.bytes);
      meta.set(name, { ...input, bytes: input.bytes.length });
      byShownName.set(shown(name), name);
      if (hostile) totals.hostile++;
    }
    // Arrival gaps of output lines: how long each posting took (approximate with worker threads).
    let last = 0;
    const gaps = [];
    const run = await runCli(cli, ["--format", "ndjson", dir], {
      onLine(line, at) {
        try {
          gaps.push({ file: JSON.parse(line).file, ms: at - last });
        } catch {
          // Not JSON: validate reports it below.
        }
        last = at;
      },
    });
    totals.ms += run.ms;
    totals.inputs += n;
    const out = run.stdout.split("\n").filter(Boolean);
    totals.postings += out.length;
    const seen = new Set(gaps.map((g) => g.file.split("/").pop()));
    if ((run.code !== 0 && run.code !== 1) || run.signal) crashes.push({ batch: dir, what: `exit ${run.code ?? run.signal}`, detail: run.stderr.slice(-500) });
    if (STACK_FRAME_RE.test(run.stderr)) crashes.push({ batch: dir, what: "stack trace on stderr", detail: run.stderr.match(/.*\n(\s+at .*\n?){1,4}/)?.[0] ?? "" });
    for (const line of run.stderr.split("\n").filter(Boolean)) {
      const m = ERROR_LINE_RE.exec(line);
      if (!m) continue;
      const name = byShownName.get(m[1].split("/").pop()) ?? m[1].split("/").pop();
      seen.add(name);
      totals.refused++;
      const info = meta.get(name);
      if (!EXPECTED_REASON_RE.test(m[2])) crashes.push({ batch: dir, what: `internal error: ${m[2].slice(0, 200)}`, detail: `${name} ← ${info?.source} [${info?.applied.join(", ")}]` });
      else if (!info?.applied.some((a) => MAY_BE_BINARY.has(a))) {
        totals.unexpectedRefusals++;
        if (totals.unexpectedRefusals <= 5) console.log(`  refused as binary without a binary mutation: ${name} [${info?.applied.join(", ")}]`);
      }
    }
    for (const name of meta.keys()) if (!seen.has(name)) crashes.push({ batch: dir, what: "input lost (no output, no error line)", detail: `${name} [${meta.get(name).applied.join(", ")}]` });
    // Every posting printed must pass the schema: `jobparse validate` reads them from stdin.
    const validation = out.length ? await runCli(cli, ["validate", "-"], { stdin: run.stdout }) : { code: 0, stderr: "" };
    const invalid = validation.stderr.split("\n").filter((l) => l.startsWith("jobparse:"));
    if (validation.code !== 0) {
      totals.schemaFailures += Math.max(invalid.length, 1);
      crashes.push({ batch: dir, what: "schema failure", detail: invalid.slice(0, 3).join("\n") });
    }
    for (const g of gaps) {
      const info = meta.get(g.file.split("/").pop());
      slowest.push({ ...g, bytes: info?.bytes, applied: info?.applied.join(", ") ?? "" });
      for (const m of info?.applied ?? []) byMutation.set(m, (byMutation.get(m) ?? 0) + 1);
    }
    slowest.sort((a, b) => b.ms - a.ms).splice(10);
    const hostile = await hostileFindings(cli, hostileDir, run);
    totals.hostileFindings += hostile.length;
    crashes.push(...hostile);
    totals.crashes = crashes.length;
    console.log(
      `batch ${done / BATCH + 1}: ${n} inputs in ${(run.ms / 1000).toFixed(1)} s — ${out.length} postings, ${totals.refused} refused so far, ${crashes.length} crashes, ${totals.schemaFailures} schema failures, ${totals.hostileFindings} hostile-text findings`,
    );
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${totals.inputs} inputs (${files.length ? `mutated from ${files.length} corpus postings + generated` : "generated"}, seed ${SEED}) in ${(totals.ms / 1000).toFixed(0)} s`);
  console.log(`postings out: ${totals.postings}; refused with one stderr line: ${totals.refused} (as binary without a binary mutation: ${totals.unexpectedRefusals})`);
  console.log(`crashes: ${crashes.length} (hostile-text findings among them: ${totals.hostileFindings}, over ${totals.hostile} hostile inputs); schema failures: ${totals.schemaFailures}`);
  for (const c of crashes.slice(0, 20)) console.log(`  CRASH ${c.what} (${c.batch})\n    ${c.detail.replace(/\n/g, "\n    ")}`);
  console.log("slowest inputs (gap before their output line):");
  for (const s of slowest) console.log(`  ${(s.ms / 1000).toFixed(2)} s  ${shown(s.file)}  ${s.bytes} bytes  [${s.applied}]`);
  process.exitCode = crashes.length || totals.schemaFailures ? 1 : 0;
} finally {
  if (KEEP) console.log(`inputs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
