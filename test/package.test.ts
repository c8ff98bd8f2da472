// Install anywhere: the package as `npm pack` makes it, installed into a scratch project the way
// another repository (or its CI) would, gives a working `npx jobparse` and library import. The
// consumer has no esbuild, so dist/ must be in the tarball and `prepare` must not run there
// (npm's arborist runs prepare only for linked folders, and pacote for a git dependency before
// packing it; a tarball was built when it was packed).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "jobparse-pack-"));
// A whole node_modules to remove: more than the default hook time on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

const version = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }).version;
// npm's error codes for a registry it cannot reach (no network in a sandbox, a proxy refusing).
const NETWORK_ERROR_RE = /\b(ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|E403|E407)\b/;

async function npm(args: string[], cwd: string) {
  // No colour or progress in the logs the assertions read; the parent `npm test` env is kept.
  return run("npm", args, { cwd, env: { ...process.env, NO_COLOR: "1", npm_config_progress: "false", npm_config_update_notifier: "false" }, maxBuffer: 16 * 1024 * 1024 });
}

/** Why this test cannot run here, or undefined. */
async function missing(): Promise<string | undefined> {
  try {
    await npm(["--version"], work);
  } catch {
    return "npm is not on PATH";
  }
  if (!existsSync(join(repo, "dist/cli.cjs")) || !existsSync(join(repo, "dist/index.js"))) return "dist/ is not built (npm ci or npm run build)";
  return undefined;
}

describe("the packed package", () => {
  it("installs from its tarball into another project: npx jobparse --version, a parse, the library", { timeout: 180_000 }, async ({ skip }) => {
    const why = await missing();
    if (why) return skip(why);
    // --ignore-scripts: pack dist/ as built; prepare (the build) is not this test's to run.
    const packed = await npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], repo);
    const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["bin/jobparse.js", "bin/package.json", "dist/cli.cjs", "dist/jobparse.cjs", "dist/worker.js", "dist/index.js", "package.json"]));
    expect(paths.filter((p) => p.startsWith("src/") || p.startsWith("test/") || p.startsWith("scripts/"))).toEqual([]);

    const project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
    const tarball = join(work, filename);
    // Offline first: after `npm ci` every dependency is in npm's cache. Scripts stay on, so a
    // prepare that ran (it needs scripts/build.mjs and esbuild, neither shipped) would fail here.
    try {
      await npm(["install", "--offline", "--no-audit", "--no-fund", tarball], project);
    } catch (offline) {
      if (!NETWORK_ERROR_RE.test(String((offline as { stderr?: string }).stderr))) throw offline;
      try {
        await npm(["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], project);
      } catch (online) {
        const stderr = String((online as { stderr?: string }).stderr);
        if (NETWORK_ERROR_RE.test(stderr)) return skip(`dependencies are not in npm's cache and the registry is unreachable: ${NETWORK_ERROR_RE.exec(stderr)?.[0]}`);
        throw online;
      }
    }

    // What the consumer has: the built package and its runtime dependencies, no build tools.
    expect(existsSync(join(project, "node_modules/jobparse/dist/cli.cjs"))).toBe(true);
    expect(existsSync(join(project, "node_modules/esbuild"))).toBe(false);
    expect((await run("npx", ["--no", "--", "jobparse", "--version"], { cwd: project })).stdout.trim()).toBe(version);
    // npx runs the link npm made in node_modules/.bin; the other runs use that link directly
    // (each npx start is ~0.8 s of CPU for npm itself).
    const bin = (args: string[], env: Record<string, string> = {}) => run(join(project, "node_modules/.bin/jobparse"), args, { cwd: project, env: { ...process.env, NO_COLOR: "1", ...env } });
    writeFileSync(join(project, "backend.md"), "# Backend Engineer\n\nWe run a small shipping company.\n\n## Requirements\n\n- Writes Go every day\n");
    const parsed = JSON.parse((await bin(["-f", "json", "backend.md"])).stdout) as { title: string; file: string }[];
    expect(parsed).toEqual([expect.objectContaining({ file: "backend.md", title: "Backend Engineer" })]);
    // Past 16 files the pool's workers start from dist/worker.js inside node_modules.
    for (let i = 0; i < 20; i++) writeFileSync(join(project, `many-${i}.md`), `# Role ${i}\n\nA posting.\n`);
    const many = await bin(["-f", "ndjson", "."], { JOBPARSE_JOBS: "2" });
    expect(many.stdout.trim().split("\n")).toHaveLength(21);
    const library = await run(process.execPath, ["--input-type=module", "-e", "import { parsePosting } from 'jobparse'; console.log(parsePosting('# Data Analyst\\n').title)"], { cwd: project });
    expect(library.stdout.trim()).toBe("Data Analyst");
  });
});
