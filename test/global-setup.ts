// Builds a private copy of the CLI once per test run, so tests that spawn the bin never run a
// stale dist/ (nor race a parallel `npm run build`). Spawned tests get its folder via inject("cliDir").
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder of the test build; `node <cliDir>/run.cjs …` is the bin. */
    cliDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "jobparse-cli-"));
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", dir], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "inherit" });
  project.provide("cliDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
