// Builds dist/: esbuild bundles the CLI (fast cold start: one file, no module resolution at
// run time, plus a V8 code cache) and the library; tsc writes the library's type declarations.
//   node scripts/build.mjs              full build into dist/
//   node scripts/build.mjs --out DIR    CLI only, into DIR, plus DIR/run.cjs to start it (as bin/ does)
//                                       (a private build that a parallel `dist/` rebuild cannot break)
// The CLI is one CommonJS bundle, jobparse.cjs (src/cli/bundle.ts), because only a classic
// script can be compiled with a code cache on Node 20; cli.cjs (the bin's), cli.js and
// worker.js are small loaders that load it through src/cli/code-cache.ts, and
// scripts/warm-code-cache.mjs writes the cache after parsing the fixtures, so it holds the
// functions a posting needs.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const outIndex = process.argv.indexOf("--out");
const privateOut = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
const outdir = privateOut ?? "dist";

// Also removes the old code cache: V8 checks only a source's length, so a cache must never
// outlive the bundle it was made from.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const common = { bundle: true, platform: "node", target: "node20", sourcemap: true, logLevel: "warning" };
// Bundled CommonJS dependencies call require(); give an ESM bundle one.
const esmRequire = { js: "import { createRequire as __jpCreateRequire } from 'node:module'; const require = __jpCreateRequire(import.meta.url);" };
// tinypool stays outside the bundle: it starts its workers from its own entry/worker.js, found
// beside its own module file. It is loaded only for many files (cli/pool.ts). dist/ finds it
// in the package's node_modules; a private build outside the repo gets its absolute path.
const tinypoolPath = createRequire(import.meta.url).resolve("tinypool");
const externalTinypool = {
  name: "external-tinypool",
  setup(b) {
    b.onResolve({ filter: /^tinypool$/ }, () => ({ path: privateOut ? pathToFileURL(tinypoolPath).href : "tinypool", external: true }));
  },
};
// Modules the bundle's top level would run although one posting never needs them, loaded at
// their first use instead (with their own code, still in the bundle): yaml (~250 KB) and smol-toml (only for
// frontmatter; ~2 ms of every start), franc-min (its trigram tables are built when loaded, and
// only a posting that is not plainly English asks it) and commander's node:child_process (only for executable
// subcommands, which jobparse has none of; ~1.7 ms). `names` are what the importer uses.
const LAZY_MODULES = [
  { module: "yaml", importer: /[\\/]src[\\/]core[\\/]frontmatter\.ts$/, names: ["parse"] },
  { module: "smol-toml", importer: /[\\/]src[\\/]core[\\/]frontmatter\.ts$/, names: ["parse"] },
  { module: "franc-min", importer: /[\\/]src[\\/]extract[\\/]language\.ts$/, names: ["francAll"] },
  // The HTML parser and the hast → mdast converter (~400 KB with parse5 and its entity tables):
  // only for an HTML page or HTML inside markdown.
  { module: "hast-util-from-html", importer: /[\\/]src[\\/]core[\\/]html\.ts$/, names: ["fromHtml"] },
  { module: "hast-util-to-mdast", importer: /[\\/]src[\\/]core[\\/]html\.ts$/, names: ["toMdast"] },
  // node:crypto: only `--cache` hashes anything; loading it costs Node ~5 ms of start-up.
  { module: "node:crypto", importer: /[\\/]src[\\/]cli[\\/]cache\.ts$/, names: ["hash"] },
  { module: "node:child_process", importer: /[\\/]commander[\\/]lib[\\/]command\.js$/, names: ["spawn", "execFile", "fork", "exec", "spawnSync", "execSync", "execFileSync"] },
];
const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    b.onResolve({ filter: /^(yaml|smol-toml|hast-util-from-html|hast-util-to-mdast|franc-min|node:child_process|node:crypto)$/ }, (args) => {
      const lazy = LAZY_MODULES.find((m) => m.module === args.path && m.importer.test(args.importer));
      return lazy ? { path: lazy.module, namespace: "lazy-module", pluginData: { resolveDir: args.resolveDir } } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-module" }, (args) => {
      const { names, module } = LAZY_MODULES.find((m) => m.module === args.path);
      const load = `let loaded; const load = () => (loaded ??= require(${JSON.stringify(module)}));`;
      const exports = names.map((n) => `exports.${n} = (...a) => load().${n}(...a);`).join("\n");
      return { contents: `${load}\n${exports}\n`, loader: "js", resolveDir: args.pluginData.resolveDir };
    });
  },
};
// The bundle must be ASCII: code-cache.ts reads it as Latin-1, a plain copy into a one-byte
// string, where decoding it as UTF-8 (slow once any character is past U+007F) cost 3-4 ms of
// every start and of every worker's. esbuild escapes strings and cooked templates itself; what it keeps is
// escaped below in regex literals and comments (\uXXXX, the same character there), and here,
// before esbuild, in String.raw templates, where an escape would change the string: each
// character becomes a substitution of itself, `${"\u00e9"}`, so the value is unchanged.
const NON_ASCII_RE = /[^\u0000-\u007f]/g;
const hex4 = (c) => c.charCodeAt(0).toString(16).padStart(4, "0");
const asciiRawTemplates = {
  name: "ascii-raw-templates",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("String.raw`") || !/[^\u0000-\u007f]/.test(text)) return undefined;
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
      const spans = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === "String.raw") {
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const part of parts) spans.push([part.getStart(file), part.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [start, end] of spans.sort((x, y) => y[0] - x[0])) {
        out = out.slice(0, start) + out.slice(start, end).replace(NON_ASCII_RE, (c) => '${"\\u' + hex4(c) + '"}') + out.slice(end);
      }
      return { contents: out, loader: "ts" };
    });
  },
};
// An import() left in the bundle: V8 loses a script's import() callback when the script comes
// from a code cache ("A dynamic import callback was not specified"), so code-cache.ts passes
// the import() of dist/cli.js in as __jpImport.
// Stands in for the build id until the bundle's hash is known; 16 characters, as the hash kept.
const BUILD_ID_PLACEHOLDER = "jp-build-id-0000";
const DYNAMIC_IMPORT_RE = /\bimport\(("[^"]*")\)/g;
const cjs = await build({
  ...common,
  entryPoints: { jobparse: "src/cli/bundle.ts" },
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  plugins: [externalTinypool, lazyModules, asciiRawTemplates],
  // Minified (the source map still names the sources): every start reads the bundle and keeps it
  // as a string in each thread, and V8 parses from it whatever the code cache lacks. 2.59 MB ->
  // 1.50 MB; a one-posting run touched ~960 fewer pages (10.6 k -> 9.7 k minor faults).
  minify: true,
  // code-cache.ts passes the bundle's URL in; pool.ts finds worker.js beside it. The build id
  // (cli/build-info.ts) is a placeholder here, replaced below by a hash of the bundle.
  define: { "import.meta.url": "__jpImportMetaUrl", __JP_BUILD_ID__: JSON.stringify(BUILD_ID_PLACEHOLDER) },
  write: false,
});
// Characters past U+007F left in the bundle (comments, regex literals), as \u escapes, which
// mean the same character there. One character above U+00FF would make V8 hold the whole 2 MB
// source as UTF-16, twice the memory in the main thread and every worker; and code-cache.ts reads
// the bundle as Latin-1, which only ASCII makes the same as UTF-8 (see asciiRawTemplates).
const escaped = (c) => `\\u${hex4(c)}`;
// What asciiRawTemplates missed (a String.raw of a dependency) would change its value if escaped.
const RAW_TEMPLATE_RE = /String\.raw`(?:[^`\\]|\\.)*`/g;
for (const file of cjs.outputFiles) {
  const raw = file.path.endsWith(".cjs") ? file.text.match(RAW_TEMPLATE_RE)?.find((t) => /[^\u0000-\u007f]/.test(t)) : undefined;
  if (raw) throw new Error(`build: a String.raw template past ASCII in the bundle: ${raw.slice(0, 80)}`);
  let text = file.path.endsWith(".cjs") ? file.text.replace(DYNAMIC_IMPORT_RE, "__jpImport($1)").replace(NON_ASCII_RE, escaped) : undefined;
  // The build id: a hash of the bundle itself, so any change to the code gives a new one and
  // `--cache` never serves a result of another build. Same length as the placeholder, so the
  // source map stays right.
  if (text) text = text.split(BUILD_ID_PLACEHOLDER).join(createHash("sha256").update(text).digest("hex").slice(0, BUILD_ID_PLACEHOLDER.length));
  writeFileSync(file.path, text ?? file.contents);
}
const entryPoints = privateOut
  ? { cli: "src/cli/cli-entry.ts", worker: "src/cli/worker-entry.ts" }
  : { cli: "src/cli/cli-entry.ts", worker: "src/cli/worker-entry.ts", index: "src/index.ts" };
await build({ ...common, entryPoints, outdir, format: "esm", banner: esmRequire, external: ["./jobparse.cjs"] });
// cli.cjs: the same loader as CommonJS, what bin/jobparse.js requires. An ES module entry starts
// Node's ES module loader, which loads node:fs/promises and readline with it: ~3 ms of every
// run of the command (issue 5 target c). cli.js stays for programs that import the command.
await build({
  ...common,
  entryPoints: { cli: "src/cli/cli-entry.ts" },
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  define: { "import.meta.url": "__jpCliUrl" },
  banner: { js: 'const __jpCliUrl = require("node:url").pathToFileURL(__filename).href;' },
  external: ["./jobparse.cjs"],
});
execFileSync(process.execPath, ["scripts/warm-code-cache.mjs", outdir], { stdio: "inherit" });
if (privateOut) {
  writeFileSync(`${outdir}/run.cjs`, 'require("./cli.cjs").main();\n');
} else {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "--emitDeclarationOnly", "-p", "tsconfig.json"], { stdio: "inherit" });
}
