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
    this.entries.set(key, value);
    return value;
  }
}
