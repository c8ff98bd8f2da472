// `--shard K/N` (spelled as vitest and playwright spell it): N machines given the same arguments
// each take one share of the inputs, and together every input exactly once. An input's share is
// a hash of its path relative to the argument that found it (Input.rel), not of its place in the
// list: adding or removing a file moves no other file to another share, and the share does not
// depend on the folder the argument was given from (a checkout on another machine).
import { sep } from "node:path";
import { type Input, type InputError, isInputError } from "./inputs.js";
import { UsageError } from "./io.js";

export interface Shard {
  /** 1-based, as the user writes it. */
  index: number;
  count: number;
}

// "K/N": two whole numbers, K first.
const SHARD_RE = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/;

/** Reads `--shard K/N`; a malformed or out-of-range value is a usage error. */
export function parseShard(value: string): Shard {
  const m = SHARD_RE.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard "${value}": expected K/N with 1 <= K <= N (e.g. --shard 2/4)`);
  }
  return { index, count };
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `text`: stable across machines, Node versions and
 * runs (unlike a seeded hash), and spread well enough over a few shards for paths that differ
 * only in a digit or two.
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche (murmur3's fmix32): FNV's low bits alone follow the last characters.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** What decides an input's share: its path under its argument, with `/` on every system. */
function shardKey(input: Input | InputError): string {
  if (isInputError(input)) return input.display;
  if (input.kind === "stdin") return "-";
  return sep === "/" ? input.rel : input.rel.split(sep).join("/");
}

/** 1-based share of one input among `count`. */
export function shardOf(input: Input | InputError, count: number): number {
  return (stableHash(shardKey(input)) % count) + 1;
}

/**
 * The inputs of one share, in their order. No shard: all of them. A path given that does not
 * exist is a mistake in the command line every share makes: each one reports it.
 */
export function inShard<T extends Input | InputError>(inputs: readonly T[], shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...inputs];
  return inputs.filter((input) => (isInputError(input) && input.usage) || shardOf(input, shard.count) === shard.index);
}
