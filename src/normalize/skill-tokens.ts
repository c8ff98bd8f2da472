// Word tokens of posting text for the skills lookup (normalize/skills.ts). A token is what
// TOKEN_RE below matches; it is scanned by hand because the corpus has ~5 M of them and the
// scan, not the lookup, was the cost: a regex match and two strings per word (issue 5). Most
// words are plain ASCII and start no vocabulary key: they are hashed while scanned, checked
// against a bit set of the keys' first words, and never become strings unless a rule reads them.
//
// The reference pattern, matched exactly (test/normalize/skill-tokens.test.ts compares):
//   /\.?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.\-'’](?=[\p{L}\p{N}]))*(?:[+#]{2,}|#|\+(?![A-Za-z]))?/gu
// letters/digits with inner `.`/`-`/`'`/`’`/`_` (Node.js, cert-manager, fp-ts), an optional
// leading dot (.NET) and trailing `+`/`#` (C++, C#), but not one `+` that joins two words
// (Go+Postgres, React+TS). A token glued to `#` or `@` is a hashtag
// or handle (#LI-JS1, @golang) and is dropped.

export class Token {
  private cachedText?: string;
  private cachedLower?: string;
  /** The lower-cased text is the first word of some vocabulary key. */
  startsKey = false;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return (this.cachedText ??= this.source.slice(this.start, this.end));
  }

  /** The text lower-cased: every lookup and cue word compares it. */
  get lower(): string {
    return (this.cachedLower ??= this.text.toLowerCase());
  }
}

/** The first words of the vocabulary keys, with a bit set of their hashes to rule most words out unseen. */
export class KeyStarts {
  private readonly bits = new Int32Array(BLOOM_BITS / 32);

  constructor(readonly words: ReadonlySet<string>) {
    for (const word of words) {
      let hash = HASH_SEED;
      for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
      this.bits[(hash & (BLOOM_BITS - 1)) >>> 5] |= 1 << (hash & 31);
    }
  }

  mayHave(hash: number): boolean {
    return (this.bits[(hash & (BLOOM_BITS - 1)) >>> 5] & (1 << (hash & 31))) !== 0;
  }
}

// Bits in the KeyStarts set: ~1,300 first words leave under 1 % of other words to a real lookup.
const BLOOM_BITS = 1 << 18;
// FNV-1a over lower-cased UTF-16 units.
const HASH_SEED = 0x811c9dc5 | 0;
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

// A hyphen inside a token: always split at (cert-manager = "cert manager", Go-to = "Go" "to").
const HYPHEN_RE = /-/;
// Inner separators a token is split at when the whole is not the start of a vocabulary key.
const COMPOUND_SPLIT_RE = /['’_]/;
// A separator after a token's first character that tokenize() may split at (a leading dot is .NET's).
const INNER_SEPARATOR_RE = /.['’_.]/s;
// A dot inside a token, split at after the other separators ("skills.Python").
const DOT_SPLIT_RE = /\./;
// A dot after a part's first character.
const INNER_DOT_RE = /.\./s;
// A version number glued to a name: Python3, Vue3, HTML5, Angular2+ (the name is tried without it).
const TRAILING_VERSION_RE = /^(.*[\p{L}#+])\d+\+?$/u;
// One letter or digit that is not ASCII (\p{L}/\p{N} of the reference pattern).
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;
const DOT = 0x2e;
const PLUS = 0x2b;
const HASH_MARK = 0x23;
const AT = 0x40;
const RIGHT_QUOTE = 0x2019;

// What each ASCII character is to the scan; everything else is NONE.
const NONE = 0;
const WORD = 1;
const MARK = 2; // `.`, `-`, `'`: inside a token when a letter or digit follows
const JOIN = 3; // `_`: always inside a token
const TAIL = 4; // `+`, `#`: only at a token's end
const ASCII_CLASS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? WORD : ".-'".includes(ch) ? MARK : ch === "_" ? JOIN : "+#".includes(ch) ? TAIL : NONE;
}

/** An ASCII letter (not a digit: "C++17", "Angular2+" keep their marks). */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Non-ASCII BMP units already classified: 0 unknown, 1 letter/digit, 2 other. Filled on use.
const BMP_WORD = new Uint8Array(0x10000);

/** Length (1 or 2 units) of the letter or digit at `i`, 0 when there is none. */
function wordLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CLASS[c] === WORD ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (BMP_WORD[c] === 0) BMP_WORD[c] = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return BMP_WORD[c] === 1 ? 1 : 0;
}

/**
 * Calls `then(start, end, hash)` for each token of the reference pattern not glued to `#`/`@`.
 * `hash` is the token's lower-cased hash when it is plain ASCII letters and digits, else null.
 */
export function scanTokens(text: string, then: (start: number, end: number, hash: number | null) => void): void {
  const length = text.length;
  let p = 0;
  while (p < length) {
    let c = text.charCodeAt(p);
    // A token starts at a letter or digit, or at a dot before one (.NET).
    const opensToken = c < 0x80 ? ASCII_CLASS[c] === WORD || (c === DOT && wordLength(text, p + 1) > 0) : wordLength(text, p) > 0;
    if (!opensToken) {
      p++;
      continue;
    }
    const start = p;
    let hash = HASH_SEED;
    let plain = c !== DOT;
    if (!plain) p++;
    while (p < length) {
      c = text.charCodeAt(p);
      if (c < 0x80) {
        const kind = ASCII_CLASS[c];
        if (kind === WORD) hash = hashStep(hash, c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
        else if (kind === JOIN || (kind === MARK && wordLength(text, p + 1) > 0)) plain = false;
        else break;
        p++;
      } else {
        const w = c === RIGHT_QUOTE ? (wordLength(text, p + 1) > 0 ? 1 : 0) : wordLength(text, p);
        if (!w) break;
        plain = false;
        p += w;
      }
    }
    const nameEnd = p;
    const plainName = plain;
    for (c = text.charCodeAt(p); c === PLUS || c === HASH_MARK; c = text.charCodeAt(p)) {
      plain = false;
      p++;
    }
    // One `+` between two words joins them ("Go+Postgres", "React+TS"); it ends no name as C++ ends.
    if (p === nameEnd + 1 && text.charCodeAt(nameEnd) === PLUS && isAsciiLetter(text.charCodeAt(p))) {
      p = nameEnd;
      plain = plainName;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before !== HASH_MARK && before !== AT) then(start, p, plain ? hash : null);
  }
}

/** Calls `then` with each non-empty part of `t` split at `separator` (one character). */
export function splitAt(t: Token, separator: RegExp, then: (part: Token) => void): void {
  let offset = t.start;
  for (const part of t.text.split(separator)) {
    if (part) then(new Token(t.source, offset, offset + part.length));
    offset += part.length + 1;
  }
}

/** Calls `then` with each token split at hyphens; `hash` as scanTokens gives it (null for parts). */
function eachHyphenToken(text: string, then: (t: Token, hash: number | null) => void): void {
  scanTokens(text, (start, end, hash) => {
    const t = new Token(text, start, end);
    if (hash === null && t.text.includes("-")) splitAt(t, HYPHEN_RE, (part) => then(part, null));
    else then(t, hash);
  });
}

/** Raw tokens split at hyphens: the same for vocabulary forms and posting text. */
export function hyphenTokens(text: string): Token[] {
  const out: Token[] = [];
  eachHyphenToken(text, (t) => out.push(t));
  return out;
}

/** Tokens of posting text; a compound that starts no vocabulary key is split ("Velero-backup", "Python's", "x.Go"). */
export function tokenize(text: string, starts: KeyStarts): Token[] {
  const out: Token[] = [];
  const startsKey = (t: Token) => starts.words.has(t.lower);
  const push = (t: Token, isStart: boolean) => {
    if (!isStart && endsLikeVersion(t)) {
      const v = TRAILING_VERSION_RE.exec(t.text);
      if (v && v[1].length >= 2 && starts.words.has(v[1].toLowerCase())) {
        const name = new Token(text, t.start, t.start + v[1].length);
        name.startsKey = true;
        out.push(name);
        return;
      }
    }
    t.startsKey = isStart;
    out.push(t);
  };
  eachHyphenToken(text, (t, hash) => {
    if (hash !== null) push(t, starts.mayHave(hash) && startsKey(t));
    else if (startsKey(t)) push(t, true);
    else if (!INNER_SEPARATOR_RE.test(t.text)) push(t, false);
    else {
      splitAt(t, COMPOUND_SPLIT_RE, (part) => {
        if (startsKey(part)) push(part, true);
        else if (!INNER_DOT_RE.test(part.text)) push(part, false);
        else splitAt(part, DOT_SPLIT_RE, (p) => push(p, startsKey(p)));
      });
    }
  });
  return out;
}

/** Ends in a digit or `+`: the only tokens TRAILING_VERSION_RE can match (most words skip it). */
function endsLikeVersion(t: Token): boolean {
  const last = t.source.charCodeAt(t.end - 1);
  return (last >= 0x30 && last <= 0x39) || last === PLUS;
}
