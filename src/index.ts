// The library (SPEC §3): parsePosting and the Posting type, nothing else.
export { parsePosting } from "./core/pipeline.js";
export type { Posting } from "./schema.js";
