// `npm run bench` (issue 5 "Speed and scale"): measures, in one run on this machine, jobparse
// against the floor of its AST design and prints one table with the targets:
//   (a) jobparse over the corpus, --format ndjson to /dev/null: wall time, postings/s
//   (b) bare unified().use(remarkParse).parse() over the same files on one core
//   (b2) the same bare parse on every core (one process per core, an equal share of files each):
//        the floor of any design that parses every posting with remark on this machine
//   (c) jobparse on one posting vs `node -e 0` (median of --runs, interleaved)
//   (d) peak resident memory of (a), and of the same run on 4× the corpus (flat = streaming)
//   (e) repair on vs off, when src/cli reads JOBPARSE_NO_REPAIR (skipped otherwise)
//   (f) one 8 MB posting (corpus postings concatenated) vs bare parse of the same text
//   (g) --cache: a second run over the unchanged corpus, and one after 1 % of the files changed,
//       each against (a); the output must be the bytes of an uncached run (on a copy of the corpus)
//   (h) HTML pages vs the same pages as markdown: a 200 KB page (corpus postings rendered to
//       HTML inside a site's chrome: nav, header, footer, scripts, styles) vs its markdown
//   (s) `jobparse stats` over the corpus against (a): the summary must cost little beyond the parse
// It builds a private copy of the CLI first (scripts/build.mjs --out), so it measures the
// source as it is. Skips with a message when ../shared/corpus/remotewlb is absent.
//   node scripts/bench.mjs [--corpus DIR] [--cli FILE] [--runs N] [--repeat N] [--no-4x] [--no-big]
//                          [--only b,c,d,e,f,g,h,s]   (a) always runs; --only keeps just the listed rows
import { spawn, execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_CORPUS = resolve(ROOT, "../shared/corpus/remotewlb");
// Files a folder walk picks up (cli/inputs.ts POSTING_EXTENSIONS, plus no extension).
const POSTING_FILE_RE = /(\.(md|markdown|mdx|txt)|(^|\/)[^./]+)$/i;
// The line the memory probe prints on exit.
const MAXRSS_RE = /^JP_MAXRSS (\d+)$/m;
const BIG_POSTING_BYTES = 8 * 1024 * 1024;
const HTML_PAGE_BYTES = 200 * 1024;
// A markdown line's kind, for the page generator: heading, list item, or text.
const MD_HEADING_RE = /^(#{1,6})\s+(.*)$/;
const MD_ITEM_RE = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
// Characters HTML reads as markup.
const HTML_SPECIAL_RE = /[&<>]/g;


function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const hasFlag = (name) => process.argv.includes(name);
const only = argValue("--only")?.split(",");
/** Whether the row(s) of `letter` are measured this time. */
const want = (letter) => !only || only.includes(letter);

/** Every posting file under `dir`, sorted like the CLI's folder walk. */
function postingFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith(".") && !e.name.endsWith(".expected.json") && POSTING_FILE_RE.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const escapeHtml = (s) => s.replace(HTML_SPECIAL_RE, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);

/**
 * (g): markdown postings as one HTML page of about `bytes`, the way a careers site serves one:
 * headings, lists and paragraphs inside <main>, wrapped in a navigation bar, a footer, a
 * stylesheet and scripts, each block in a classed <div> as page builders write them.
 * Returns the page and the markdown it was made from.
 */
function htmlPageOf(texts, bytes) {
  const chrome = `<header class="site-header"><nav class="nav">${Array.from({ length: 12 }, (_, i) => `<a class="nav-link" href="/section-${i}">Section ${i}</a>`).join("")}</nav></header>`;
  const script = `<script>window.__DATA__ = ${JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, slug: `item-${i}`, title: `Item ${i}` })) })};</script>`;
  const style = `<style>${Array.from({ length: 300 }, (_, i) => `.c${i} { margin: ${i % 7}px; color: #${(i * 4099).toString(16).padStart(6, "0").slice(0, 6)}; }`).join("\n")}</style>`;
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>${style}${script}</head><body>${chrome}<main class="content">`;
  const tail = `</main><footer class="site-footer"><p>© Example 2026 · Imprint · Privacy</p></footer><script src="/app.js"></script></body></html>`;
  let body = "";
  const markdown = [];
  for (const text of texts) {
    if (head.length + body.length + tail.length >= bytes) break;
    markdown.push(text);
    let list = false;
    for (const line of text.split("\n")) {
      const h = MD_HEADING_RE.exec(line);
      const item = MD_ITEM_RE.exec(line);
      if (list && !item) {
        body += "</ul>";
        list = false;
      }
      if (h) body += `<div class="block block-heading"><h${h[1].length} class="title">${escapeHtml(h[2])}</h${h[1].length}></div>\n`;
      else if (item) {
        if (!list) body += `<ul class="list">`;
        list = true;
        body += `<li class="list-item"><span class="text">${escapeHtml(item[1])}</span></li>\n`;
      } else if (line.trim()) body += `<div class="block block-text"><p class="paragraph">${escapeHtml(line)}</p></div>\n`;
    }
    if (list) body += "</ul>";
  }
  return { html: head + body + tail, markdown: markdown.join("\n\n") };
}

// ---- child modes: run in a fresh process so each figure has its own heap and start-up ----

/**
 * (b), (b2) and (f): bare remark parse of files (from a list file), one core; prints ms of
 * parsing. With `share` k/n it parses every n-th file from the k-th (one process of (b2)).
 */
async function bareParseChild(listFile, share) {
  const { unified } = await import("unified");
  const { default: remarkParse } = await import("remark-parse");
  const [k, n] = share ? share.split("/").map(Number) : [0, 1];
  const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean).filter((_, i) => i % n === k);
  const processor = unified().use(remarkParse);
  const start = performance.now();
  let nodes = 0;
  for (const file of files) nodes += processor.parse(readFileSync(file, "utf8")).children.length;
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, files: files.length, nodes }) + "\n");
}

if (process.argv[2] === "--bare-child") {
  await bareParseChild(process.argv[3], process.argv[4]);
  process.exit(0);
}

// ---- measuring helpers ----

function run(cmd, args, { env, stdout = "ignore" } = {}) {
  return new Promise((resolvePromise, reject) => {
    const out = stdout === "ignore" ? "ignore" : "pipe";
    const child = spawn(cmd, args, { stdio: ["ignore", out, "pipe"], env: { ...process.env, ...env } });
    let err = "";
    let data = "";
    // Decoded as a stream: a character whose bytes straddle two pipe chunks would otherwise
    // read as two U+FFFD, and a byte-identical output would compare as different.
    child.stderr.setEncoding("utf8");
    child.stdout?.setEncoding("utf8");
    child.stderr.on("data", (c) => (err += c));
    child.stdout?.on("data", (c) => (data += c));
    const start = performance.now();
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, ms: performance.now() - start, stderr: err, stdout: data }));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (ms) => `${ms.toFixed(0)} ms`;
const fmtMB = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const ok = (pass) => (pass ? "yes" : "NO");

// ---- main ----

const corpus = resolve(argValue("--corpus", DEFAULT_CORPUS));
if (!existsSync(corpus)) {
  console.log(`bench: skipped: no corpus at ${corpus} (it lives in ../shared beside the repo).`);
  process.exit(0);
}
const runs = Number(argValue("--runs", "10"));
const work = mkdtempSync(join(tmpdir(), "jobparse-bench-"));
try {
  let cli = argValue("--cli");
  if (!cli) {
    const out = join(work, "build");
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs"), "--out", out], { cwd: ROOT, stdio: "inherit" });
    } catch {
      console.error("bench: the build failed (above); fix it, or bench an existing build with --cli DIR/run.cjs");
      process.exit(1);
    }
    cli = join(out, "run.cjs");
  }
  cli = resolve(cli);
  // Prints the process's peak RSS on exit (worker threads share it, so this covers them).
  const probe = join(work, "maxrss-probe.mjs");
  writeFileSync(probe, 'import { writeSync } from "node:fs";\nprocess.on("exit", () => writeSync(2, `\\nJP_MAXRSS ${process.resourceUsage().maxRSS}\\n`));\n');

  const files = postingFiles(corpus);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const listFile = join(work, "files.txt");
  writeFileSync(listFile, files.join("\n"));
  console.error(`bench: ${files.length} postings, ${(bytes / 1e6).toFixed(1)} MB in ${corpus}; cli ${cli}`);

  const jobparse = async (paths, env) => {
    const r = await run(process.execPath, ["--import", probe, cli, ...paths, "--format", "ndjson", "--quiet"], { env });
    const rss = Number(MAXRSS_RE.exec(r.stderr)?.[1] ?? NaN);
    if (r.code !== 0 && r.code !== 1) throw new Error(`jobparse exited ${r.code}: ${r.stderr.slice(0, 500)}`);
    return { ms: r.ms, rss, failed: (r.stderr.match(/^jobparse: /gm) ?? []).length };
  };

  // (a) and (b) alternate --repeat times and the fastest of each counts: on a shared machine a
  // busy moment slows one run, never speeds it up.
  const repeat = Number(argValue("--repeat", "2"));
  const cores = (await import("node:os")).availableParallelism();
  let a;
  let b;
  let b2;
  for (let i = 0; i < repeat; i++) {
    console.error(`bench: (a) jobparse over the corpus (${i + 1}/${repeat}) …`);
    const ai = await jobparse([corpus]);
    if (!a || ai.ms < a.ms) a = { ...ai, rss: Math.max(ai.rss, a?.rss ?? 0) };
    else a.rss = Math.max(a.rss, ai.rss);
    if (!want("b")) continue;
    console.error(`bench: (b) bare remark parse, one core (${i + 1}/${repeat}) …`);
    const bi = JSON.parse((await run(process.execPath, [fileURLToPath(import.meta.url), "--bare-child", listFile], { stdout: "pipe" })).stdout);
    if (!b || bi.ms < b.ms) b = bi;
    console.error(`bench: (b2) bare remark parse, ${cores} processes (${i + 1}/${repeat}) …`);
    // Parse time of the slowest share, like (b) counts parse time only.
    const shares = await Promise.all(Array.from({ length: cores }, (_, k) => run(process.execPath, [fileURLToPath(import.meta.url), "--bare-child", listFile, `${k}/${cores}`], { stdout: "pipe" })));
    const b2i = Math.max(...shares.map((r) => JSON.parse(r.stdout).ms));
    if (!b2 || b2i < b2) b2 = b2i;
  }

  const one = files[Math.floor(files.length / 2)];
  const nodeMs = [];
  const oneMs = [];
  const loadMs = [];
  if (want("c")) console.error(`bench: (c) cold start, ${runs} runs each …`);
  // Interleaved, so a busy moment on the machine hits all three alike.
  for (let i = 0; want("c") && i < runs + 1; i++) {
    const n = await run(process.execPath, ["-e", "0"]);
    const j = await run(process.execPath, [cli, one, "--format", "ndjson"]);
    const v = await run(process.execPath, [cli, "--version"]);
    if (i === 0) continue; // warm the file cache, not a sample
    nodeMs.push(n.ms);
    oneMs.push(j.ms);
    loadMs.push(v.ms);
  }

  let a4;
  if (!hasFlag("--no-4x") && want("d")) {
    console.error("bench: (d) jobparse over 4× the corpus …");
    a4 = await jobparse([corpus, corpus, corpus, corpus]);
  }

  const repairSwitch = readdirSync(join(ROOT, "src/cli"), { recursive: true })
    .filter((f) => extname(String(f)) === ".ts")
    .some((f) => readFileSync(join(ROOT, "src/cli", String(f)), "utf8").includes("JOBPARSE_NO_REPAIR"));
  let aNoRepair;
  if (repairSwitch && want("e")) {
    console.error("bench: (e) repair off …");
    aNoRepair = await jobparse([corpus], { JOBPARSE_NO_REPAIR: "1" });
  }

  let big;
  if (!hasFlag("--no-big") && want("f")) {
    console.error("bench: (f) one 8 MB posting …");
    const parts = [];
    let size = 0;
    for (const f of files) {
      if (size >= BIG_POSTING_BYTES) break;
      const text = readFileSync(f, "utf8");
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
    const bigFile = join(work, "big-posting.md");
    writeFileSync(bigFile, parts.join("\n\n"));
    const bigList = join(work, "big.txt");
    writeFileSync(bigList, bigFile);
    const bareBig = await run(process.execPath, [fileURLToPath(import.meta.url), "--bare-child", bigList], { stdout: "pipe" });
    // Past the default --max-bytes on purpose: this row measures how cost grows with size.
    const jp = await jobparse([bigFile, "--max-bytes", String(BIG_POSTING_BYTES * 2)]);
    big = { mb: size / 1024 / 1024, parts: parts.length, bareMs: JSON.parse(bareBig.stdout).ms, jpMs: jp.ms, rss: jp.rss };
  }

  let cached;
  if (want("g")) {
    // On a copy, so that 1 % of the files can be changed; its own cache folder.
    const copy = join(work, "corpus-copy");
    cpSync(corpus, copy, { recursive: true });
    const cacheDir = join(work, "cache");
    const digest = async (args) => {
      const r = await run(process.execPath, ["--import", probe, cli, copy, "--format", "ndjson", "--quiet", ...args], { stdout: "pipe" });
      if (r.code !== 0 && r.code !== 1) throw new Error(`jobparse exited ${r.code}: ${r.stderr.slice(0, 500)}`);
      return { ms: r.ms, rss: Number(MAXRSS_RE.exec(r.stderr)?.[1] ?? NaN), sha: createHash("sha256").update(r.stdout).digest("hex"), stdout: r.stdout, stderr: r.stderr, code: r.code };
    };
    // A cached run that prints other bytes than an uncached one is a bug: keep both outputs and
    // say where they part, so that a difference seen once can be read afterwards.
    const explain = (name, got, want) => {
      if (got.sha === want.sha) return;
      const saved = join(tmpdir(), `jobparse-bench-${name}-${process.pid}`);
      mkdirSync(saved, { recursive: true });
      for (const [k, r] of Object.entries({ cached: got, uncached: want })) {
        writeFileSync(join(saved, `${k}.ndjson`), r.stdout);
        writeFileSync(join(saved, `${k}.stderr`), `exit ${r.code}\n${r.stderr}`);
      }
      const a = got.stdout.split("\n");
      const b = want.stdout.split("\n");
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.error(`bench: (g) ${name}: output differs from an uncached run at line ${i + 1} (${a.length} vs ${b.length} lines; exit ${got.code} vs ${want.code}); both kept in ${saved}`);
    };
    console.error("bench: (g) --cache: a first run fills the cache …");
    const uncached = await digest([]);
    const first = await digest(["--cache-location", cacheDir]);
    console.error("bench: (g) --cache: the same corpus again …");
    const again = await digest(["--cache-location", cacheDir]);
    const copied = postingFiles(copy);
    const touched = copied.filter((_, i) => i % 100 === 99);
    // A changed line at the end: each of these files must be parsed again.
    for (const f of touched) appendFileSync(f, "\n- Writes tests.\n");
    console.error(`bench: (g) --cache: after changing ${touched.length} files …`);
    const afterTouch = await digest(["--cache-location", cacheDir]);
    const uncachedTouched = await digest([]);
    explain("first-run", first, uncached);
    explain("second-run", again, uncached);
    explain("after-touch", afterTouch, uncachedTouched);
    cached = { first, again, afterTouch, touched: touched.length, same: again.sha === uncached.sha && first.sha === uncached.sha && afterTouch.sha === uncachedTouched.sha };
  }

  let stats;
  if (want("s")) {
    console.error("bench: (s) jobparse stats over the corpus …");
    const r = await run(process.execPath, ["--import", probe, cli, "stats", corpus, "--format", "json", "--quiet"]);
    if (r.code !== 0 && r.code !== 1) throw new Error(`jobparse stats exited ${r.code}: ${r.stderr.slice(0, 500)}`);
    stats = { ms: r.ms, rss: Number(MAXRSS_RE.exec(r.stderr)?.[1] ?? NaN) };
  }

  let page;
  if (want("h")) {
    console.error("bench: (h) a 200 KB HTML page vs its markdown …");
    const { html, markdown } = htmlPageOf(files.slice(0, 400).map((f) => readFileSync(f, "utf8")), HTML_PAGE_BYTES);
    const htmlFile = join(work, "page.html");
    const mdFile = join(work, "page.md");
    writeFileSync(htmlFile, html);
    writeFileSync(mdFile, markdown);
    const htmlMs = [];
    const mdMs = [];
    // Interleaved, so a busy moment hits both alike.
    for (let i = 0; i < 5; i++) {
      htmlMs.push((await run(process.execPath, [cli, htmlFile, "--format", "ndjson"])).ms);
      mdMs.push((await run(process.execPath, [cli, mdFile, "--format", "ndjson"])).ms);
    }
    page = { kb: html.length / 1024, mdKb: markdown.length / 1024, htmlMs: median(htmlMs), mdMs: median(mdMs) };
  }

  const rate = (n, ms) => `${Math.round((n * 1000) / ms)} postings/s`;
  const nodeMed = median(nodeMs);
  const oneMed = median(oneMs);
  const rows = [["(a) jobparse, corpus → ndjson /dev/null", `${fmtS(a.ms)}, ${rate(files.length, a.ms)}`, "", ""]];
  if (b) {
    rows.push(
      ["(b) bare remark parse, 1 core", `${fmtS(b.ms)}, ${rate(files.length, b.ms)}`, "", ""],
      ["a / b (time)", (a.ms / b.ms).toFixed(2), "≤ 0.7", ok(a.ms / b.ms <= 0.7)],
      [`(b2) bare remark parse, ${cores} processes at once`, `${fmtS(b2)}, ${rate(files.length, b2)}`, "", ""],
      ["b2 / b: the floor of a / b on this machine", (b2 / b.ms).toFixed(2), "", ""],
      ["a / b2 (time)", (a.ms / b2).toFixed(2), "≤ 1.25", ok(a.ms / b2 <= 1.25)],
    );
  }
  if (oneMs.length) {
    rows.push(
      ["(c) jobparse, one posting (median)", fmtMs(oneMed), "", ""],
      ["    jobparse --version (loading only)", fmtMs(median(loadMs)), "", ""],
      ["    node -e 0 (median)", fmtMs(nodeMed), "", ""],
      ["c / node", (oneMed / nodeMed).toFixed(2), "≤ 2.5", ok(oneMed / nodeMed <= 2.5)],
    );
  }
  rows.push(["(d) peak RSS of (a), 1× corpus", fmtMB(a.rss), "≤ 300 MB", ok(a.rss / 1024 <= 300)]);
  if (a4) rows.push([`    peak RSS, 4× corpus (${files.length * 4} postings)`, `${fmtMB(a4.rss)} (${fmtS(a4.ms)}, ${rate(files.length * 4, a4.ms)})`, "flat", ok(a4.rss <= a.rss * 1.25)]);
  if (aNoRepair) rows.push(["(e) repair off (JOBPARSE_NO_REPAIR=1)", `${fmtS(aNoRepair.ms)} vs ${fmtS(a.ms)} on`, "", ""]);
  else if (!repairSwitch) rows.push(["(e) repair on vs off", "skipped: src/cli has no JOBPARSE_NO_REPAIR switch", "", ""]);
  if (big) {
    rows.push([`(f) one ${big.mb.toFixed(1)} MB posting (${big.parts} joined), jobparse`, `${fmtMs(big.jpMs)} (whole process), RSS ${fmtMB(big.rss)}`, "", ""]);
    rows.push(["    bare remark parse of the same text", fmtMs(big.bareMs), "", ""]);
    rows.push(["f / bare", (big.jpMs / big.bareMs).toFixed(2), "≤ 3", ok(big.jpMs / big.bareMs <= 3)]);
  }
  if (cached) {
    const { first, again, afterTouch, touched } = cached;
    rows.push(
      ["(g) --cache, first run (fills the cache)", `${fmtS(first.ms)}, RSS ${fmtMB(first.rss)}`, "≤ 300 MB", ok(first.rss / 1024 <= 300)],
      ["    second run, corpus unchanged / a", `${fmtS(again.ms)} = ${(again.ms / a.ms).toFixed(3)}, RSS ${fmtMB(again.rss)}`, "≤ 0.1", ok(again.ms / a.ms <= 0.1)],
      [`    after changing 1 % (${touched} files) / a`, `${fmtS(afterTouch.ms)} = ${(afterTouch.ms / a.ms).toFixed(3)}`, "≤ 0.15", ok(afterTouch.ms / a.ms <= 0.15)],
      ["    output = an uncached run's (bytes)", cached.same ? "identical" : "DIFFERENT", "identical", ok(cached.same)],
    );
  }
  if (stats) rows.push(["(s) jobparse stats over the corpus / a", `${fmtS(stats.ms)} = ${(stats.ms / a.ms).toFixed(2)}, RSS ${fmtMB(stats.rss)}`, "≤ 1.1", ok(stats.ms / a.ms <= 1.1)]);
  if (page) {
    rows.push([`(h) HTML pages vs the same pages as markdown: ${page.kb.toFixed(0)} KB page`, `${fmtMs(page.htmlMs)} (whole process, median of 5)`, "", ""]);
    rows.push([`    its ${page.mdKb.toFixed(0)} KB of markdown`, fmtMs(page.mdMs), "", ""]);
    rows.push(["h / markdown", (page.htmlMs / page.mdMs).toFixed(2), "< 3", ok(page.htmlMs / page.mdMs < 3)]);
  }
  if (a.failed) rows.push(["inputs that failed in (a)", String(a.failed), "", ""]);

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ["measure", "value", "target", "met"][i].length));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(`\njobparse bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${(await import("node:os")).availableParallelism()} cores, ${files.length} postings (${(bytes / 1e6).toFixed(1)} MB)\n`);
  console.log(line(["measure", "value", "target", "met"]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
} finally {
  rmSync(work, { recursive: true, force: true });
}
