// Builds dist/: esbuild bundles the CLI (fast cold start: one file, no module resolution at
// run time) and the library; tsc writes the library's type declarations.
//   node scripts/build.mjs              full build into dist/
//   node scripts/build.mjs --out DIR    CLI only, into DIR, plus DIR/run.js to start it
//                                       (a private build that a parallel `dist/` rebuild cannot break)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const outIndex = process.argv.indexOf("--out");
const privateOut = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
const outdir = privateOut ?? "dist";

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
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
const entryPoints = privateOut
  ? { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" }
  : { cli: "src/cli/main.ts", index: "src/index.ts", worker: "src/cli/worker.ts" };
// tinypool stays outside the bundle: it starts its workers from its own entry/worker.js, found
// beside its own module file. It is loaded only for many files (cli/pool.ts). dist/ finds it
// in the package's node_modules; a private build outside the repo gets its absolute path.
const tinypoolPath = createRequire(import.meta.url).resolve("tinypool");
const externalTinypool = {
  name: "external-tinypool",
  setup(b) {
    b.onResolve({ filter: /^tinypool$/ }, () => ({ path: privateOut ? tinypoolPath : "tinypool", external: true }));
  },
};
await build({ ...common, entryPoints, outdir, splitting: true, chunkNames: "chunks/[name]-[hash]", plugins: [externalTinypool] });
if (privateOut) {
  writeFileSync(`${outdir}/run.js`, 'import { main } from "./cli.js";\nmain();\n');
} else {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "--emitDeclarationOnly", "-p", "tsconfig.json"], { stdio: "inherit" });
}
