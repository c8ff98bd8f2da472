// Glob patterns on the command line ("postings/**/*.md"), for inputs.ts and validate's files.
// A path is expanded only when it does not exist as given, and tinyglobby is loaded only then:
// its walker (fdir) require()s picomatch from disk when loaded, ~10 ms of every start-up.

export interface GlobMatches {
  /** Matching files, absolute, sorted. */
  files: string[];
  /** The fixed folder the pattern starts from ("posts/**\/*.md" → "posts"), so --out mirrors below it. */
  base: string;
}

/** The files `pattern` matches under `cwd`, or null when `pattern` is no glob. */
export async function expandGlob(cwd: string, pattern: string): Promise<GlobMatches | null> {
  const { glob, isDynamicPattern } = await import("tinyglobby");
  if (!isDynamicPattern(pattern)) return null;
  const files = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
  const fixed: string[] = [];
  for (const part of pattern.split("/").slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return { files, base: fixed.join("/") || (pattern.startsWith("/") ? "/" : ".") };
}
