// dist/worker.js, what tinypool starts each pool thread with (cli/pool.ts): the worker of the
// bundle beside it, through the same code cache as the command (cli/code-cache.ts).
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.js";

export default loadBundle(fileURLToPath(new URL(".", import.meta.url))).exports.parseBatchInWorker;
