// `--out DIR` (SPEC §2): one `<name>.json` per posting, mirroring the input's place under its
// argument (out/<rel minus extension>.json; stdin → out/stdin.json). Every file is written to a
// temp file beside it and renamed into place, so a killed run never leaves a partial JSON file.
// Plans are made before anything is written: two inputs aiming at one file, or an output that
// would overwrite an input or an expected file beside an input (what `check` compares with),
// stop the run as a usage error (exit 2) with nothing written.
//
// Input names are untrusted, and so is what already sits in DIR: each target's folders are
// walked from DIR down, created one at a time, and a symbolic link on the way (or at the
// target) is refused, so nothing is written outside DIR; the temp file is opened with
// O_NOFOLLOW | O_EXCL. One folder at a time also keeps the real error: Node's recursive mkdir
// reports a read-only file system as "no such file or directory".
import { close, lstat, mkdir, open, realpath, rename, rm, writeFile } from "../fs-async.js";
import { constants, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Posting } from "../../schema.js";
import type { Input } from "../inputs.js";

// Only what makes a name safe inside DIR: `..` segments would climb out of it.
const PARENT_SEGMENT_RE = /(^|[\\/])\.\.(?=[\\/]|$)/g;

export interface OutPlan {
  /** Absolute output path for each input's display path. */
  target(input: Input): string;
  /** DIR, absolute: nothing is written outside it. */
  root: string;
}

/** A write refused because a symbolic link is on the way to the target. */
export class SymlinkRefusedError extends Error {
  readonly code = "ESYMLINK";
  constructor(path: string) {
    super(`refused: ${path} is a symbolic link (--out writes only inside its folder)`);
  }
}

// A name check compares postings with: never overwritten by --out.
const EXPECTED_NAME_RE = /\.expected\.json$/;

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
  const inputFolders = new Set([...inputPaths].map((p) => dirname(p)));
  for (const input of inputs) {
    const target = join(root, outName(input));
    const key = real(target);
    if (inputPaths.has(key)) return { error: `${target}: would overwrite the input ${input.display}; choose another --out folder` };
    if (EXPECTED_NAME_RE.test(key) && inputFolders.has(dirname(key))) {
      return { error: `${target}: would overwrite an expected file beside an input (written for ${input.display}); choose another --out folder` };
    }
    const other = byTarget.get(key);
    if (other) return { error: `${target}: both ${other.display} and ${input.display} would be written there` };
    byTarget.set(key, input);
    targets.set(input, target);
  }
  return { root, target: (input) => targets.get(input) ?? join(root, outName(input)) };
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

/** lstat, or null when nothing is there. */
async function entryAt(path: string) {
  try {
    return await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/** A folder that must be a real folder: created when missing, refused when a link. */
async function ensureFolder(path: string): Promise<void> {
  let info = await entryAt(path);
  if (!info) {
    try {
      await mkdir(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    info = await lstat(path);
  }
  if (info.isSymbolicLink()) throw new SymlinkRefusedError(path);
  if (!info.isDirectory()) throw Object.assign(new Error(`${path} is not a directory`), { code: "ENOTDIR" });
}

/** Creates `root` (the user's DIR, links in it allowed) and every folder from it to `target`'s. */
async function ensureFoldersInside(root: string, target: string): Promise<void> {
  const parts = relative(root, dirname(target)).split(sep).filter(Boolean);
  if (parts[0] === "..") throw new Error(`${target} is outside ${root}`);
  // DIR itself is the user's choice, link or not; below it, no link is followed.
  await mkdirUpTo(root);
  let at = await realpath(root);
  for (const part of parts) {
    at = join(at, part);
    await ensureFolder(at);
  }
}

/** mkdir -p of the user's DIR, one folder at a time so the real error surfaces. */
async function mkdirUpTo(path: string): Promise<void> {
  const info = await entryAt(path);
  if (info) return;
  const parent = dirname(path);
  if (parent !== path) await mkdirUpTo(parent);
  try {
    await mkdir(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}

/**
 * Writes `posting` to `target` atomically: a temp file in the same folder, then rename. With
 * `root`, the folders from root to target are made here and none may be a symbolic link.
 */
export async function writePostingFile(target: string, posting: Posting, options: { root?: string } = {}): Promise<void> {
  if (options.root) await ensureFoldersInside(options.root, target);
  else await mkdirUpTo(dirname(target));
  const there = await entryAt(target);
  if (there?.isSymbolicLink()) throw new SymlinkRefusedError(target);
  const temp = join(dirname(target), `.${process.pid}-${++tempCounter}.jobparse-tmp`);
  pending.add(temp);
  try {
    // O_NOFOLLOW | O_EXCL: a link planted at the temp name is never followed or reused.
    const fd = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await writeFile(fd, JSON.stringify(posting, null, 2) + "\n");
    } finally {
      await close(fd);
    }
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
