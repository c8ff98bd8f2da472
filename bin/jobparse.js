#!/usr/bin/env node
// The command: everything lives in dist/cli.js (built from src/cli by `npm run build`).
import { main } from "../dist/cli.js";

main();
