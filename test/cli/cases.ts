// The CLI cases, run by cli.test.ts through run() from the source and from the built bundle, and
// those marked `process` also by spawning the bin. Each case gets a fresh workspace
// (harness.ts makeWorkspace) and checks exit code and streams.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { parsePosting } from "../../src/index.js";
import { PostingSchema } from "../../src/schema.js";
import { type RunResult, posting, writeFiles } from "./harness.js";

export interface CliCase {
  name: string;
  args: string[];
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  setup?(dir: string): void;
  code: number;
  check?(result: RunResult, dir: string): void;
  /**
   * Also run as a process: what the case shows depends on what only a process has (a real pipe
   * on stdin, stdout that is not a terminal, the exit status, colour read from the environment,
   * a parse error the option parser reports).
   */
  process?: true;
}

// An ANSI colour escape.
const ANSI_RE = /\x1b\[\d+m/;

const lines = (s: string) => s.split("\n").filter(Boolean);
const ndjson = (s: string) => lines(s).map((l) => PostingSchema.parse(JSON.parse(l)));

/** An expected file for posts/a.md as `check --update` would write it (file relative to its folder). */
function writeExpected(dir: string, change: (p: Record<string, unknown>) => void = () => {}): void {
  const p = parsePosting(readFileSync(join(dir, "posts/a.md")), { file: "a.md" }) as unknown as Record<string, unknown>;
  change(p);
  writeFileSync(join(dir, "posts/a.expected.json"), JSON.stringify(p, null, 2) + "\n");
}

export const CASES: CliCase[] = [
  {
    name: "ndjson by default when stdout is not a terminal, folders recursive, sorted, relative paths kept",
    process: true,
    args: ["posts"],
    code: 0,
    check({ stdout, stderr }) {
      const postings = ndjson(stdout);
      expect(postings.map((p) => p.file)).toEqual(["posts/a.md", "posts/noext", "posts/sub/b.txt"]);
      expect(postings.map((p) => p.title)).toEqual(["Alpha Engineer", "Gamma Writer", "Beta Designer"]);
      expect(stderr).toBe("");
    },
  },
  {
    name: "json is one array of postings",
    args: ["-f", "json", "posts"],
    code: 0,
    check({ stdout }) {
      const all = JSON.parse(stdout) as unknown[];
      expect(all.map((p) => PostingSchema.parse(p).file)).toEqual(["posts/a.md", "posts/noext", "posts/sub/b.txt"]);
    },
  },
  {
    name: "json with no postings is an empty array",
    process: true,
    args: ["--format", "json", "posts/skip.json"],
    setup: (dir) => writeFileSync(join(dir, "posts/skip.json"), "\u0000\u0001binary"),
    code: 1,
    check({ stdout }) {
      expect(JSON.parse(stdout)).toEqual([]);
    },
  },
  {
    name: "csv: RFC 4180 rows, --fields picks the columns",
    args: ["-f", "csv", "--fields", "file,title,salary.min", "-"],
    stdin: posting('Engineer, "Platform"'),
    code: 0,
    check({ stdout }) {
      expect(stdout.split("\r\n")).toEqual(["file,title,salary.min", '-,"Engineer, ""Platform""",', ""]);
    },
  },
  {
    name: "table: header, one row per posting, a summary; no colour with NO_COLOR",
    process: true,
    args: ["-f", "table", "posts"],
    code: 0,
    check({ stdout }) {
      const rows = lines(stdout);
      expect(rows[0]).toMatch(/^TITLE +COMPANY +LOCATION +SALARY +REQ$/);
      expect(rows.slice(1, 4).map((r) => r.split(/ {2,}/)[0])).toEqual(["Alpha Engineer", "Gamma Writer", "Beta Designer"]);
      expect(rows[4]).toBe("3 postings, 0 with a salary");
      expect(stdout).not.toMatch(ANSI_RE);
    },
  },
  {
    name: "table: FORCE_COLOR turns colour on",
    process: true,
    args: ["-f", "table", "posts/a.md"],
    env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    code: 0,
    check: ({ stdout }) => expect(stdout).toMatch(ANSI_RE),
  },
  {
    name: "table: --no-color beats FORCE_COLOR",
    process: true,
    args: ["-f", "table", "--no-color", "posts/a.md"],
    env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    code: 0,
    check: ({ stdout }) => expect(stdout).not.toMatch(ANSI_RE),
  },
  {
    name: "table: --fields picks the columns",
    args: ["-f", "table", "--fields", "file,title", "posts/a.md"],
    code: 0,
    check: ({ stdout }) => expect(lines(stdout)[1]).toMatch(/^posts\/a\.md +Alpha Engineer/),
  },
  {
    name: "piped stdin with no path is one posting, file '-'",
    process: true,
    args: [],
    stdin: posting("From Stdin"),
    code: 0,
    check: ({ stdout }) => expect(ndjson(stdout).map((p) => [p.file, p.title])).toEqual([["-", "From Stdin"]]),
  },
  {
    name: "'-' reads stdin among other paths, in order",
    process: true,
    args: ["posts/a.md", "-"],
    stdin: posting("From Stdin"),
    code: 0,
    check: ({ stdout }) => expect(ndjson(stdout).map((p) => p.file)).toEqual(["posts/a.md", "-"]),
  },
  {
    name: "a glob expands to posting files",
    args: ["posts/**/*.txt"],
    code: 0,
    check: ({ stdout }) => expect(ndjson(stdout).map((p) => p.file)).toEqual(["posts/sub/b.txt"]),
  },
  {
    name: "unknown option: exit 2, one line on stderr, nothing on stdout",
    process: true,
    args: ["--bogus", "posts"],
    code: 2,
    check({ stdout, stderr }) {
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^jobparse: unknown option '--bogus'/);
    },
  },
  {
    name: "an unknown format is a usage error",
    args: ["-f", "yaml", "posts"],
    code: 2,
    check: ({ stderr }) => expect(stderr).toMatch(/^jobparse: .*yaml/),
  },
  {
    name: "an unknown --fields name is a usage error",
    args: ["-f", "csv", "--fields", "title,pay", "posts"],
    code: 2,
    check: ({ stderr }) => expect(stderr).toMatch(/^jobparse: --fields: unknown field pay/),
  },
  {
    name: "no such path: exit 2, one stderr line for it, and every other input still comes out",
    process: true,
    args: ["posts/a.md", "nope.md", "posts/noext"],
    code: 2,
    check({ stdout, stderr }) {
      expect(ndjson(stdout).map((p) => p.file)).toEqual(["posts/a.md", "posts/noext"]);
      expect(stderr).toBe("jobparse: nope.md: no such file or directory\n");
    },
  },
  {
    name: "binary file, dangling symlink and directory loop: one line each, exit 1, the good input still comes out",
    process: true,
    args: ["bad"],
    code: 1,
    check({ stdout, stderr }) {
      expect(ndjson(stdout).map((p) => p.file)).toEqual(["bad/good.md"]);
      const errors = lines(stderr).sort();
      expect(errors).toHaveLength(3);
      expect(errors[0]).toMatch(/^jobparse: bad\/binary\.md: not a text file/);
      expect(errors[1]).toMatch(/^jobparse: bad\/dangling\.md: no such file/);
      expect(errors[2]).toMatch(/^jobparse: bad\/loop: directory loop/);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  },
  {
    name: "a device named on the command line (/dev/zero never ends) is refused, the good input still comes out",
    process: true,
    args: ["bad/good.md", "/dev/zero"],
    code: 1,
    check({ stdout, stderr }) {
      expect(ndjson(stdout).map((p) => p.file)).toEqual(["bad/good.md"]);
      expect(stderr).toBe("jobparse: /dev/zero: not a regular file (device or socket)\n");
    },
  },
  {
    name: "empty and whitespace-only files are all-null postings with a warning, not failures",
    args: ["empty"],
    setup: (dir) => writeFiles(dir, { "empty/a.md": "", "empty/b.txt": " \r\n\t\n" }),
    code: 0,
    check({ stdout, stderr }) {
      const ps = ndjson(stdout);
      expect(ps.map((p) => [p.file, p.title, p.warnings.length > 0])).toEqual([
        ["empty/a.md", null, true],
        ["empty/b.txt", null, true],
      ]);
      expect(stderr).toBe("");
    },
  },
  {
    name: "--out writes one JSON per posting mirroring the folder, stdout empty, summary on stderr",
    args: ["posts", "-o", "out"],
    code: 0,
    check({ stdout, stderr }, dir) {
      expect(stdout).toBe("");
      expect(stderr).toBe("jobparse: wrote 3 postings to out\n");
      expect(readdirSync(join(dir, "out"), { recursive: true }).map(String).sort()).toEqual(["a.json", "noext.json", "sub", "sub/b.json"]);
      const b = PostingSchema.parse(JSON.parse(readFileSync(join(dir, "out/sub/b.json"), "utf8")));
      expect(b.file).toBe("posts/sub/b.txt");
    },
  },
  {
    name: "--out with --quiet prints nothing",
    args: ["posts/a.md", "-q", "-o", "out"],
    code: 0,
    check({ stdout, stderr }, dir) {
      expect(stdout + stderr).toBe("");
      expect(existsSync(join(dir, "out/a.json"))).toBe(true);
    },
  },
  {
    name: "--out from stdin writes stdin.json",
    process: true,
    args: ["-", "--out", "out"],
    stdin: posting("Piped"),
    code: 0,
    check: (_r, dir) => expect(JSON.parse(readFileSync(join(dir, "out/stdin.json"), "utf8")).title).toBe("Piped"),
  },
  {
    name: "--out refuses to overwrite an input (exit 2, input untouched)",
    args: ["in.json", "-o", "."],
    setup: (dir) => writeFiles(dir, { "in.json": posting("Posting in a .json file") }),
    code: 2,
    check({ stderr }, dir) {
      expect(stderr).toMatch(/^jobparse: --out: .*in\.json: would overwrite the input in\.json/);
      expect(readFileSync(join(dir, "in.json"), "utf8")).toBe(posting("Posting in a .json file"));
    },
  },
  {
    name: "--out refuses two inputs that would write one file",
    args: ["x/a.md", "y/a.txt", "-o", "out"],
    setup: (dir) => writeFiles(dir, { "x/a.md": posting("One"), "y/a.txt": posting("Two") }),
    code: 2,
    check({ stderr }, dir) {
      expect(stderr).toMatch(/both x\/a\.md and y\/a\.txt would be written there/);
      expect(existsSync(join(dir, "out"))).toBe(false);
    },
  },
  {
    name: "check without expected files says so and passes",
    args: ["check", "posts"],
    code: 0,
    check({ stdout }) {
      expect(stdout).toContain("posts/a.md: no expected file (posts/a.expected.json); not compared");
      expect(lines(stdout).at(-1)).toBe("check: 3 postings, 3 without expected file");
    },
  },
  {
    name: "check --strict fails postings without expected files",
    args: ["check", "--strict", "posts/a.md"],
    code: 1,
  },
  {
    name: "check --update creates expected files with a portable `file`, pretty JSON and a final newline",
    args: ["check", "--update", "posts"],
    code: 0,
    check({ stdout }, dir) {
      expect(lines(stdout).at(-1)).toBe("check: 3 postings, 3 created");
      const text = readFileSync(join(dir, "posts/sub/b.expected.json"), "utf8");
      expect(text.endsWith("}\n")).toBe(true);
      expect(text).toContain('\n  "title": "Beta Designer",\n');
      expect(JSON.parse(text).file).toBe("b.txt");
      expect(existsSync(join(dir, "posts/noext.expected.json"))).toBe(true);
    },
  },
  {
    name: "check passes when the posting parses to its expected file",
    args: ["check", "posts/a.md"],
    setup: (dir) => writeExpected(dir),
    code: 0,
    check: ({ stdout }) => expect(stdout).toBe("check: 1 posting, 1 passed\n"),
  },
  {
    name: "check prints a diff per field, missing and extra list items, and fails",
    process: true,
    args: ["check", "posts"],
    setup: (dir) =>
      writeExpected(dir, (p) => {
        p.title = "Alpha Engineer II";
        p.skills = [...(p.skills as string[]), "COBOL on Mars"];
      }),
    code: 1,
    check({ stdout }) {
      expect(stdout).toContain('posts/a.md:1: title: expected "Alpha Engineer II", got "Alpha Engineer"\n');
      expect(stdout).toMatch(/^posts\/a\.md(:\d+)?: skills: 1 missing \(expected \d+ items, got \d+\)\n {4}- "COBOL on Mars"\n/m);
      expect(lines(stdout).at(-1)).toBe("check: 3 postings, 1 failed, 2 without expected file");
    },
  },
  {
    name: "check --update rewrites a stale expected file, then check passes",
    args: ["check", "--update", "posts/a.md"],
    setup: (dir) => writeExpected(dir, (p) => (p.title = "Old")),
    code: 0,
    check({ stdout }, dir) {
      expect(stdout).toContain("posts/a.md: updated posts/a.expected.json");
      expect(JSON.parse(readFileSync(join(dir, "posts/a.expected.json"), "utf8")).title).toBe("Alpha Engineer");
    },
  },
  {
    name: "check --require names the file and the missing field",
    args: ["check", "--require", "title,salary", "posts/a.md"],
    code: 1,
    check: ({ stdout }) => expect(lines(stdout)).toContain("posts/a.md: salary: required, but null"),
  },
  {
    name: "check --require with an unknown field is a usage error",
    args: ["check", "--require", "pay", "posts"],
    code: 2,
  },
  {
    name: "check --reporter json is one object with a summary and the findings",
    args: ["check", "--reporter", "json", "--require", "salary", "posts/a.md"],
    code: 1,
    check({ stdout }) {
      const report = JSON.parse(stdout);
      expect(report.summary).toMatchObject({ total: 1, fail: 1 });
      expect(report.results[0].findings[0]).toMatchObject({ rule: "require", field: "salary" });
    },
  },
  {
    name: "check --reporter github writes annotations",
    args: ["check", "--reporter", "github", "--require", "salary", "posts/a.md"],
    code: 1,
    check: ({ stdout }) => expect(lines(stdout)[0]).toBe("::error file=posts/a.md,title=jobparse check::salary: required, but null"),
  },
  {
    name: "check: an unreadable input is one stderr line and fails the check",
    args: ["check", "bad"],
    code: 1,
    check: ({ stderr }) => expect(lines(stderr)).toHaveLength(3),
  },
  {
    name: "schema prints the JSON Schema, marked as generated",
    args: ["schema"],
    code: 0,
    check({ stdout }) {
      const schema = JSON.parse(stdout);
      expect(schema.$comment).toMatch(/Generated by `jobparse schema`/);
      expect(Object.keys(schema.properties)).toContain("experienceYears");
    },
  },
  {
    name: "validate accepts NDJSON and JSON arrays of postings",
    args: ["validate", "all.ndjson", "all.json"],
    setup(dir) {
      const ps = ["a.md", "sub/b.txt"].map((f) => parsePosting(readFileSync(join(dir, "posts", f)), { file: f }));
      writeFiles(dir, { "all.ndjson": ps.map((p) => JSON.stringify(p)).join("\n") + "\n", "all.json": JSON.stringify(ps) });
    },
    code: 0,
    check: ({ stderr }) => expect(stderr).toBe("validate: 4 documents, all valid\n"),
  },
  {
    name: "validate: one stderr line per invalid document with file, line/index and the zod issue",
    args: ["validate", "-q", "bad.ndjson", "bad.json"],
    setup(dir) {
      const p = parsePosting(readFileSync(join(dir, "posts/a.md")), { file: "a.md" });
      const bad = { ...p, title: 5, location: { ...p.location, countries: ["usa"] } };
      writeFiles(dir, {
        "bad.ndjson": [JSON.stringify(p), JSON.stringify(bad), "{oops"].join("\n") + "\n",
        "bad.json": JSON.stringify([p, { ...p, seniority: "guru" }]),
      });
    },
    code: 1,
    check({ stderr }) {
      const errors = lines(stderr);
      expect(errors).toHaveLength(3);
      expect(errors[0]).toMatch(/^jobparse: bad\.ndjson:2: title: .*expected string.*; location\.countries\.0: ISO 3166-1 alpha-2/);
      expect(errors[1]).toMatch(/^jobparse: bad\.ndjson:3: not JSON/);
      expect(errors[2]).toMatch(/^jobparse: bad\.json\[1\]: seniority: /);
    },
  },
  {
    name: "validate reads stdin",
    process: true,
    args: ["validate"],
    stdin: '{"file":"-"}\n',
    code: 1,
    check: ({ stderr }) => expect(stderr).toMatch(/^jobparse: -: title: /),
  },
  {
    name: "explain shows each field with its source line",
    args: ["explain", "posts/a.md"],
    code: 0,
    check({ stdout }) {
      expect(stdout).toMatch(/^title +"Alpha Engineer"\n +from line 1 \(\w+\):\n +1 │ # Alpha Engineer\n/m);
      expect(stdout).toMatch(/^salary +null\n +\(not found\)/m);
    },
  },
  {
    name: "--explain FILE is the same view",
    args: ["--explain", "posts/a.md"],
    code: 0,
    check: ({ stdout }) => expect(stdout).toMatch(/^explain: posts\/a\.md\n/),
  },
  {
    name: "explain --format json gives value and source lines per field",
    args: ["explain", "-f", "json", "posts/a.md"],
    code: 0,
    check: ({ stdout }) => expect(JSON.parse(stdout).fields.title).toEqual({ value: "Alpha Engineer", source: expect.objectContaining({ line: 1, lines: [{ n: 1, text: "# Alpha Engineer" }] }) }),
  },
  {
    name: "--help goes to stdout, exit 0",
    process: true,
    args: ["--help"],
    code: 0,
    check: ({ stdout }) => expect(stdout).toMatch(/Usage: jobparse/),
  },
];
