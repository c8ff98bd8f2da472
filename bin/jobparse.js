#!/usr/bin/env node
// The command: everything lives in dist/ (built from src/cli by `npm run build`). CommonJS
// (bin/package.json), so a start-up never loads Node's ES module loader (see scripts/build.mjs).
require("../dist/cli.cjs").main();
