// `--out DIR` (SPEC §2): one `<name>.json` per posting, mirroring the input's place under its
// argument (out/<rel minus extension>.json; stdin → out/stdin.json). Every file is written to a
// temp file beside it and renamed into place, so a killed run never leaves a partial JSON file.
// Plans are made before anything is written: two inputs aiming at one file, or an output that
// would overwrite an input, stop the run as a usage error (exit 2) with nothing written.
import { mkdir, rename, rm, writeFile } from "../fs-async.js";
import { realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import type { Posting } from "../../schema.js";
import type { Input } from "../inputs.js";

// Only what makes a name safe inside DIR: `..` segments would climb out of it.
const PARENT_SEGMENT_RE = /(^|[\\/])\.\.(?=[\\/]|$)/g;

export interface OutPlan {
  /** Absolute output path for each input's display path. */
  target(input: Input): string;
}

/** Where one input's JSON goes, relative to DIR. */
export function outName(input: Input): string {
  if (input.kind === "stdin") return "stdin.json";
  const rel = input.rel.replace(PARENT_SEGMENT_RE, "$1_");
  const ext = extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel) + ".json";
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: compare the absolute path of its nearest existing parent + the rest.
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}

/** Checks the plan; returns the usage error to print, or the plan. */
export function planOut(cwd: string, dir: string, inputs: readonly Input[]): { error: string } | OutPlan {
  const root = isAbsolute(dir) ? dir : resolve(cwd, dir);
  const targets = new Map<Input, string>();
  const byTarget = new Map<string, Input>();
  const inputPaths = new Set(inputs.flatMap((i) => (i.kind === "file" ? [real(i.path)] : [])));
  for (const input of inputs) {
    const target = join(root, outName(input));
    const key = real(target);
    if (inputPaths.has(key)) return { error: `${target}: would overwrite the input ${input.display}; choose another --out folder` };
    const other = byTarget.get(key);
    if (other) return { error: `${target}: both ${other.display} and ${input.display} would be written there` };
    byTarget.set(key, input);
    targets.set(input, target);
  }
  return { target: (input) => targets.get(input) ?? join(root, outName(input)) };
}

// A name that says "one file of data": `-o out.json` meant `> out.json`, not a folder named so.
const DATA_FILE_NAME_RE = /\.(json|ndjson|jsonl|csv)$/i;

/** Why `dir` cannot be the --out folder (a data file's name, or an existing file), if it cannot. */
export function outNotAFolder(cwd: string, dir: string): string | undefined {
  const why = DATA_FILE_NAME_RE.test(dir) ? "looks like a file name" : isFile(resolve(cwd, dir)) ? "is an existing file" : undefined;
  const format = DATA_FILE_NAME_RE.exec(dir)?.[1].toLowerCase().replace("jsonl", "ndjson") ?? "json";
  return why && `--out takes a folder (one <name>.json per posting) and ${dir} ${why}; to write one file, use the shell: jobparse … -f ${format} > ${dir}`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Temp files being written right now, removed if the run is interrupted. */
const pending = new Set<string>();
let tempCounter = 0;

/** Writes `posting` to `target` atomically: a temp file in the same folder, then rename. */
export async function writePostingFile(target: string, posting: Posting): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${process.pid}-${++tempCounter}.jobparse-tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, JSON.stringify(posting, null, 2) + "\n");
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  } finally {
    pending.delete(temp);
  }
}

/** Removes temp files of writes still in flight (on SIGINT, before exiting). */
export async function removePendingTempFiles(): Promise<void> {
  await Promise.all([...pending].map((p) => rm(p, { force: true })));
}
