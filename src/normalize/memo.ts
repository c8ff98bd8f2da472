// A bounded cache for a pure function of one string (issue 5): headings, label lines and place
// names repeat across postings ("Requirements", "Remote - US"), so their classification is
// remembered. Bounded so a long run or a hostile input cannot grow it without limit: when full,
// the oldest entry goes.

export class StringMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    readonly max: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** compute(key), remembered. */
  get(key: string): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const value = this.compute(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(unshared(key), value);
    return value;
  }
}

/** Below this length V8 copies a substring; from it on, a substring is a view into its parent. */
const MIN_SLICE_LENGTH = 13;

/**
 * `s` as a string of its own. A substring of 13 or more characters is, in V8, a view that keeps
 * the whole string it was cut from alive: a remembered heading kept its posting's text, and
 * after 3,000 postings the memos held ~250 of them (~3 MB of every worker's heap, issue 5 (d)).
 */
export function unshared(s: string): string {
  return s.length < MIN_SLICE_LENGTH ? s : (" " + s).slice(1);
}
