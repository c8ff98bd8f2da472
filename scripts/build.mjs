// Builds dist/: esbuild bundles the CLI (fast cold start: one file, no module resolution at
// run time) and the library; tsc writes the library's type declarations.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __jpCreateRequire } from 'node:module'; const require = __jpCreateRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts", worker: "src/cli/worker.ts" }, outdir: "dist", splitting: true, chunkNames: "chunks/[name]-[hash]" });
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "--emitDeclarationOnly", "-p", "tsconfig.json"], { stdio: "inherit" });
