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
//   node scripts/fuzz.mjs [--count 20000] [--batch 1000] [--seed 1] [--cli FILE] [--keep]
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpus/remotewlb");
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
const totals = { inputs: 0, postings: 0, refused: 0, unexpectedRefusals: 0, crashes: 0, schemaFailures: 0, ms: 0 };
const crashes = [];
const slowest = [];
const byMutation = new Map();
try {
  for (let done = 0; done < COUNT; done += BATCH) {
    const n = Math.min(BATCH, COUNT - done);
    const dir = join(work, `batch-${done}`);
    mkdirSync(dir);
    const meta = new Map();
    for (let i = 0; i < n; i++) {
      const name = `${String(done + i).padStart(6, "0")}.md`;
      const input = makeInput(files, cache);
      writeFileSync(join(dir, name), input.bytes);
      meta.set(name, { ...input, bytes: input.bytes.length });
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
      const name = m[1].split("/").pop();
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
    totals.crashes = crashes.length;
    console.log(
      `batch ${done / BATCH + 1}: ${n} inputs in ${(run.ms / 1000).toFixed(1)} s — ${out.length} postings, ${totals.refused} refused so far, ${crashes.length} crashes, ${totals.schemaFailures} schema failures`,
    );
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${totals.inputs} inputs (${files.length ? `mutated from ${files.length} corpus postings + generated` : "generated"}, seed ${SEED}) in ${(totals.ms / 1000).toFixed(0)} s`);
  console.log(`postings out: ${totals.postings}; refused with one stderr line: ${totals.refused} (as binary without a binary mutation: ${totals.unexpectedRefusals})`);
  console.log(`crashes: ${crashes.length}; schema failures: ${totals.schemaFailures}`);
  for (const c of crashes.slice(0, 20)) console.log(`  CRASH ${c.what} (${c.batch})\n    ${c.detail.replace(/\n/g, "\n    ")}`);
  console.log("slowest inputs (gap before their output line):");
  for (const s of slowest) console.log(`  ${(s.ms / 1000).toFixed(2)} s  ${s.file}  ${s.bytes} bytes  [${s.applied}]`);
  process.exitCode = crashes.length || totals.schemaFailures ? 1 : 0;
} finally {
  if (KEEP) console.log(`inputs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
