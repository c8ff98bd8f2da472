// paths / globs / stdin → inputs (SPEC §2). Folders are walked recursively for posting files;
// a glob is expanded with tinyglobby. An input that cannot be used is data (an InputError the
// caller prints as one line), never a throw.
import { readdir, stat, realpath } from "./fs-async.js";
import { join, relative, isAbsolute, extname, basename } from "node:path";
import { expandGlob } from "./globs.js";
import { reasonOfError } from "./parse-input.js";

/** Extensions of posting files inside folders; files with no extension count too. */
export const POSTING_EXTENSIONS = new Set([".md", ".markdown", ".mdx", ".txt", ".html", ".htm"]);

/**
 * One posting to read. `display` is the path as the user gave it (the posting's `file`);
 * `rel` is where it sits under the argument that found it — relative to a folder argument, to
 * a glob's fixed prefix, or the bare name for a file argument — which `--out` mirrors.
 */
export type Input = { kind: "file"; path: string; display: string; rel: string } | { kind: "stdin"; display: "-" };
export interface InputError {
  display: string;
  reason: string;
  /** A path that does not exist at all is a usage error (exit 2), not a failed input. */
  usage?: boolean;
}

function isPostingFile(name: string): boolean {
  if (name.endsWith(".expected.json")) return false;
  const ext = extname(name).toLowerCase();
  return POSTING_EXTENSIONS.has(ext) || (ext === "" && !name.startsWith("."));
}

/** Display a found path the way the user gave its root: relative stays relative. */
function displayPath(root: string, given: string, found: string): string {
  return found === root ? given : join(given, relative(root, found));
}

async function walkFolder(
  root: string,
  given: string,
  dir: string,
  seen: Set<string>,
  out: (Input | InputError)[],
): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    out.push({ display: displayPath(root, given, dir), reason: reasonOfError(err) });
    return;
  }
  if (seen.has(real)) {
    out.push({ display: displayPath(root, given, dir), reason: "directory loop (already visited)" });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ display: displayPath(root, given, dir), reason: reasonOfError(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await stat(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch (err) {
        out.push({ display: displayPath(root, given, full), reason: reasonOfError(err) });
        continue;
      }
    }
    if (isDir) await walkFolder(root, given, full, seen, out);
    else if (isFile && isPostingFile(entry.name)) out.push({ kind: "file", path: full, display: displayPath(root, given, full), rel: relative(root, full) });
  }
}

/** Expands the command line's paths into inputs, in the order given (folders sorted). */
export async function resolveInputs(cwd: string, paths: readonly string[]): Promise<(Input | InputError)[]> {
  const out: (Input | InputError)[] = [];
  for (const given of paths) {
    if (given === "-") {
      out.push({ kind: "stdin", display: "-" });
      continue;
    }
    const full = isAbsolute(given) ? given : join(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException)?.code;
      const matches = code === "ENOENT" ? await expandGlob(cwd, given) : null;
      if (matches) {
        if (!matches.files.length) out.push({ display: given, reason: "no file matches this pattern", usage: true });
        const base = join(isAbsolute(given) ? "" : cwd, matches.base);
        for (const m of matches.files) if (isPostingFile(basename(m))) out.push({ kind: "file", path: m, display: isAbsolute(given) ? m : relative(cwd, m), rel: relative(base, m) });
        continue;
      }
      out.push({ display: given, reason: reasonOfError(err), usage: code === "ENOENT" });
      continue;
    }
    if (info.isDirectory()) await walkFolder(full, given, full, new Set(), out);
    // A device (/dev/zero, /dev/random) never ends: reading it would fill memory. A FIFO
    // (`jobparse <(curl …)`) is read like a file, as cat would.
    else if (info.isCharacterDevice() || info.isBlockDevice() || info.isSocket()) out.push({ display: given, reason: "not a regular file (device or socket)" });
    else out.push({ kind: "file", path: full, display: given, rel: basename(full) });
  }
  return out;
}

/**
 * The usage line for a run that found nothing to read: a CI job must not go green having
 * checked nothing (eslint's "No files matching"). Undefined when there is an input.
 */
export function nothingFound(paths: readonly string[], inputs: readonly (Input | InputError)[]): string | undefined {
  if (inputs.length) return undefined;
  const exts = [...POSTING_EXTENSIONS].join(", ");
  return `no posting files found in ${paths.join(", ")} (looked for ${exts} and files with no extension)`;
}

export function isInputError(x: Input | InputError): x is InputError {
  return "reason" in x;
}
