// Mojibake repair (SPEC §1 "Text"; issue 4 "Text repair"). Owns undoing a wrong decoding:
// UTF-8 bytes that were shown through a single-byte code page (Windows-1252 with its five
// unassigned bytes as C1 controls, ISO-8859-1, Mac Roman), once or twice, in all or only some
// lines of a posting. A run is re-encoded to bytes and decoded as UTF-8, and the result is kept
// only where the evidence says the text was damaged; good text (Kraków, café, ½, emoji, CJK,
// an intended `Â£` in an otherwise clean posting) never changes.
import { CODE_PAGE_HIGH_HALVES, type SingleByteCodePage } from "./code-pages.js";

export interface Repair {
  text: string;
  warnings: string[];
}

interface CodePage {
  name: string;
  /** Non-ASCII character → the byte it shows (0x80–0xFF). */
  toByte: Map<number, number>;
  /** The same map as a table indexed by UTF-16 code unit, 0 for none: the scan's hot lookup. */
  byteOf: Uint8Array;
  /** A lead character directly followed by a continuation character: the cheap pre-check. */
  pairRe: RegExp;
}

/** The characters a code page shows for bytes 0x80–0xFF, with `fallback` for what it cannot map. */
function upperHalf(encoding: SingleByteCodePage, fallback: Record<number, number[]>): Map<number, number> {
  const shown = CODE_PAGE_HIGH_HALVES[encoding];
  const map = new Map<number, number>();
  for (let i = 0; i < 128; i++) {
    const c = shown.charCodeAt(i);
    if (c !== 0xfffd) map.set(c, i + 0x80);
  }
  for (const [byte, chars] of Object.entries(fallback)) for (const c of chars) map.set(c, Number(byte));
  return map;
}

/** A `[leads][continuations]` pattern for one code page, from its byte map. */
function pairPattern(toByte: Map<number, number>): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  let leads = "";
  let conts = "";
  for (const [c, b] of toByte) {
    if (b >= 0xc2 && b <= 0xf4) leads += hex(c);
    else if (b <= 0xbf) conts += hex(c);
  }
  return new RegExp(`[${leads}][${conts}]`);
}

// Windows-1252 with its five unassigned bytes passing through as C1 controls (as browsers do),
// merged with ISO-8859-1, whose 0x80–0x9F are all C1 controls: one reverse map serves both.
const WINDOWS_1252_UNASSIGNED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const LATIN1_C1 = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [0x80 + i, [0x80 + i]]));
// Mac Roman: iconv-lite has the pre-1998 table; also accept what newer tables show:
// Ω (U+03A9) at 0xBD, € at 0xDB and the Apple logo (U+F8FF) at 0xF0.
const MAC_ROMAN_EXTRA = { 0xbd: [0x03a9], 0xdb: [0x20ac], 0xf0: [0xf8ff] };

const WINDOWS_1252_BYTES = upperHalf("windows-1252", LATIN1_C1);
const MAC_ROMAN_BYTES = upperHalf("macintosh", MAC_ROMAN_EXTRA);
// A Windows-1252/ISO-8859-1 UTF-8 lead character directly followed by a continuation character (`Ã©`).
const WINDOWS_1252_PAIR_RE = pairPattern(WINDOWS_1252_BYTES);
// A Mac Roman UTF-8 lead character directly followed by a continuation character (`√©`).
const MAC_ROMAN_PAIR_RE = pairPattern(MAC_ROMAN_BYTES);

function byteTable(toByte: Map<number, number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [c, b] of toByte) table[c] = b;
  return table;
}

const CODE_PAGES: readonly CodePage[] = [
  { name: "Windows-1252", toByte: WINDOWS_1252_BYTES, byteOf: byteTable(WINDOWS_1252_BYTES), pairRe: WINDOWS_1252_PAIR_RE },
  { name: "Mac Roman", toByte: MAC_ROMAN_BYTES, byteOf: byteTable(MAC_ROMAN_BYTES), pairRe: MAC_ROMAN_PAIR_RE },
];
const C1_ONLY_IN_LATIN1 = (c: number) => c >= 0x80 && c <= 0x9f && !WINDOWS_1252_UNASSIGNED.includes(c);

// Every character any code page shows for bytes 0x80–0xFF (a repaired run may legitimately be one).
const REPERTOIRE = new Set<number>(CODE_PAGES.flatMap((cp) => [...cp.toByte.keys()]));

// A letter of any script.
const LETTER_RE = /\p{L}/u;
// What a combining mark may sit on: a letter, digit, symbol or another mark.
const MARK_BASE_RE = /[\p{L}\p{N}\p{S}\p{M}]/u;
// A combining mark (accents, variation selectors, keycaps).
const MARK_RE = /\p{M}/u;
// A code point no text should contain: unassigned or private use.
const UNUSABLE_RE = /[\p{Cn}\p{Co}]/u;
// The Latin Extended-B letters living languages write: Azerbaijani Ə, Vietnamese ơ ư, pinyin
// ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ, Danish Ǻ Ǽ Ǿ, Romanian ș ț.
const LATIN_EXTENDED_B_IN_USE_RE = /[\u018f\u01a0\u01a1\u01af\u01b0\u01cd-\u01dc\u01fa-\u01ff\u0218-\u021b]/;
// A letter of the Latin script (ligatures such as ﬀ, Latin Extended-C/D/E, fullwidth Latin).
const LATIN_LETTER_RE = /\p{Script=Latin}/u;
// A symbol (emoji, dingbats, ©, ™): distinctive enough to repair inside otherwise clean lines.
const SYMBOL_RE = /\p{S}/u;

type Verdict = "plausible" | "doubtful";

/** What a decoded code point is on its own; "mark" and "letter" are judged by their neighbours. */
type Kind = Verdict | "mark" | "letter";

function kindOf(cp: number, decoded: string): Kind {
  if (cp >= 0x80 && cp <= 0x9f) return "doubtful"; // a C1 control: only as one step of double damage
  if (cp >= 0x1f000 && cp <= 0x1faff) return "plausible"; // emoji, even ones newer than this Node
  if (UNUSABLE_RE.test(decoded)) return "doubtful";
  if (MARK_RE.test(decoded)) return "mark";
  if (REPERTOIRE.has(cp) || (cp >= 0xa0 && cp < 0x180)) return "plausible"; // Latin-1, Latin Extended-A
  if (LATIN_EXTENDED_B_IN_USE_RE.test(decoded)) return "plausible"; // ș ț ơ ư ǎ …
  // The rest of Latin Extended-B, IPA and spacing modifiers: what clean text gives by chance
  // (Mac Roman "«Ça" would read as "ǂa", Windows-1252 "CAFÉ”" as "CAFɔ").
  if (cp < 0x370) return "doubtful";
  if (LATIN_LETTER_RE.test(decoded)) return "plausible"; // Vietnamese, ligatures (eﬀective)
  if (cp >= 0x2000 && cp < 0x2c00) return "plausible"; // punctuation, currency, arrows, symbols
  // CJK mixes with Latin words; another script's letter depends on what it is glued to.
  if (LETTER_RE.test(decoded)) return cp >= 0x2e80 && cp < 0xa000 ? "plausible" : "letter";
  return "plausible";
}

// What the scan needs to know of a decoded code point, packed in one number and cached per
// code point: hostile text repeats one run 200,000 times.
const KIND_PLAUSIBLE = 1;
const KIND_DOUBTFUL = 2;
const KIND_MARK = 3;
const KIND_LETTER = 4;
const KIND_MASK = 7;
/** A symbol (emoji, ©, ™) or general punctuation: repaired even inside otherwise clean lines. */
const INFO_DISTINCTIVE_CHAR = 8;
const KIND_CODES: Record<Kind, number> = { plausible: KIND_PLAUSIBLE, doubtful: KIND_DOUBTFUL, mark: KIND_MARK, letter: KIND_LETTER };
const INFO_BMP = new Uint8Array(0x10000);
const INFO_ASTRAL = new Map<number, number>();

function infoOf(cp: number): number {
  let info = cp < 0x10000 ? INFO_BMP[cp] : (INFO_ASTRAL.get(cp) ?? 0);
  if (info === 0) {
    const decoded = String.fromCodePoint(cp);
    info = KIND_CODES[kindOf(cp, decoded)] | ((cp >= 0x2000 && cp < 0x2070) || SYMBOL_RE.test(decoded) ? INFO_DISTINCTIVE_CHAR : 0);
    if (cp < 0x10000) INFO_BMP[cp] = info;
    else INFO_ASTRAL.set(cp, info);
  }
  return info;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Whether a combining mark may sit on this code point (-1: the line's start). */
const MARK_BASES = new Map<number, boolean>();
function isMarkBase(cp: number): boolean {
  if (cp < 0) return false;
  let base = MARK_BASES.get(cp);
  if (base === undefined) MARK_BASES.set(cp, (base = MARK_BASE_RE.test(String.fromCodePoint(cp))));
  return base;
}

/** How believable a decoded code point is, between the code point before it (-1: none) and the UTF-16 unit after (-1: none). */
function isPlausible(info: number, prev: number, next: number): boolean {
  const kind = info & KIND_MASK;
  if (kind === KIND_MARK) return isMarkBase(prev);
  // Another script's letter is believable unless it sits glued to an ASCII letter ("l’équipe"
  // through Mac Roman would give an Armenian letter between "l" and "quipe").
  if (kind === KIND_LETTER) return !isAsciiLetter(prev) && !isAsciiLetter(next);
  return kind === KIND_PLAUSIBLE;
}

/** Length of the UTF-8 sequence a lead byte starts, 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Flags of one run (Runs.flags); the low three bits hold its length in UTF-16 units (2–4).
const LENGTH_MASK = 7;
const PLAUSIBLE = 8;
/** Distinctive enough to repair even in a line with clean non-ASCII (punctuation, emoji). */
const DISTINCTIVE = 16;
const LATIN1 = 32;

/**
 * Runs found through one code page, in growable typed arrays rather than an object per run:
 * hostile text has one run per two characters (200,000 `Ã©` on a line), and objects and
 * strings made the repair GC-bound.
 */
class Runs {
  count = 0;
  /** Where each run starts in the text. */
  offset = new Int32Array(64);
  codePoint = new Int32Array(64);
  flags = new Uint8Array(64);

  push(offset: number, codePoint: number, flags: number): void {
    if (this.count === this.offset.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.offset = grow(this.offset);
      this.codePoint = grow(this.codePoint);
      this.flags = grow(this.flags);
    }
    this.offset[this.count] = offset;
    this.codePoint[this.count] = codePoint;
    this.flags[this.count++] = flags;
  }
}

/**
 * The UTF-8 sequence at `i` of `text` shown through `page`, appended to `runs`; its code point,
 * or -1 when there is none. `prev` is the code point before it, -1 at the line's start.
 */
function pushRunAt(runs: Runs, text: string, i: number, lineEnd: number, page: CodePage, prev: number): number {
  const lead = page.byteOf[text.charCodeAt(i)];
  if (lead === 0) return -1;
  const n = sequenceLength(lead);
  if (n === 0 || i + n > lineEnd) return -1;
  let cp = lead & (0xff >> (n + 1));
  let latin1 = C1_ONLY_IN_LATIN1(text.charCodeAt(i));
  for (let k = 1; k < n; k++) {
    const c = text.charCodeAt(i + k);
    const b = page.byteOf[c];
    if (b === 0 || b > 0xbf) return -1;
    // Overlong, surrogate and beyond-U+10FFFF forms are not UTF-8.
    if (k === 1 && ((lead === 0xe0 && b < 0xa0) || (lead === 0xed && b > 0x9f) || (lead === 0xf0 && b < 0x90) || (lead === 0xf4 && b > 0x8f))) return -1;
    cp = (cp << 6) | (b & 0x3f);
    latin1 ||= C1_ONLY_IN_LATIN1(c);
  }
  const info = infoOf(cp);
  const plausible = isPlausible(info, prev, i + n < lineEnd ? text.charCodeAt(i + n) : -1);
  const distinctive = plausible && n >= 3 && (info & INFO_DISTINCTIVE_CHAR) !== 0;
  runs.push(i, cp, n | (plausible ? PLAUSIBLE : 0) | (distinctive ? DISTINCTIVE : 0) | (latin1 ? LATIN1 : 0));
  return cp;
}

/** One line with a non-ASCII character, as scanned through one code page. */
interface LineScan {
  /** The line's runs: indexes [first, last) into the plan's runs. */
  first: number;
  last: number;
  /** Non-ASCII characters that are not part of any run: evidence of clean text. */
  unexplained: number;
  plausible: number;
  distinctive: number;
  /** Which of its runs the plan repairs. */
  repair: "none" | "all" | "distinctive";
}

/** Every line with a non-ASCII character, scanned for runs through `page`. */
function scan(text: string, page: CodePage, runs: Runs): LineScan[] {
  const out: LineScan[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const scanned: LineScan = { first: runs.count, last: 0, unexplained: 0, plausible: 0, distinctive: 0, repair: "none" };
    let prev = -1;
    for (let i = lineStart; i < lineEnd; ) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        prev = c;
        i++;
        continue;
      }
      const cp = pushRunAt(runs, text, i, lineEnd, page, prev);
      if (cp >= 0) {
        const flags = runs.flags[runs.count - 1];
        if (flags & PLAUSIBLE) scanned.plausible++;
        if (flags & DISTINCTIVE) scanned.distinctive++;
        prev = cp;
        i += flags & LENGTH_MASK;
      } else {
        scanned.unexplained++;
        // A high surrogate takes the unit after it along; that unit (a lone surrogate never
        // counts as a letter or a mark's base) is what the next run sees before it.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < lineEnd) {
          prev = text.codePointAt(i)!;
          if (prev === c) prev = text.charCodeAt(i + 1);
          i += 2;
        } else {
          prev = c;
          i++;
        }
      }
    }
    scanned.last = runs.count;
    if (scanned.last > scanned.first || scanned.unexplained > 0) out.push(scanned);
    lineStart = lineEnd + 1;
  }
  return out;
}

interface Plan {
  page: CodePage;
  runs: Runs;
  lines: LineScan[];
  /** How many runs the plan repairs. */
  chosen: number;
}

/** Which runs to repair through `page`, weighing the whole document's evidence. */
function plan(text: string, page: CodePage): Plan {
  const runs = new Runs();
  const lines = scan(text, page, runs);
  let plausible = 0;
  let unexplained = 0;
  let distinctive = 0;
  for (const l of lines) {
    plausible += l.plausible;
    unexplained += l.unexplained;
    if (l.unexplained === 0) distinctive += l.distinctive;
  }
  // Damaged: a distinctive run (â€™, ðŸŒŽ) in a wholly damaged line, or more runs than
  // characters that read as clean. A line mixing clean text and distinctive runs gets those
  // runs repaired but is no evidence about the other lines.
  const damaged = distinctive > 0 || plausible > unexplained;
  // Wholly damaged: no clean character at all, so even doubtful-only lines are repaired.
  const whole = unexplained === 0 && plausible >= 2;
  let chosen = 0;
  for (const l of lines) {
    if (l.unexplained === 0 && damaged && (l.plausible > 0 || whole)) {
      l.repair = "all";
      chosen += l.last - l.first;
    } else if (l.unexplained > 0 && l.distinctive > 0) {
      l.repair = "distinctive";
      chosen += l.distinctive;
    }
  }
  return { page, runs, lines, chosen };
}

/** Calls `visit` with each run the plan repairs (an index into its runs), in text order. */
function forEachChosen({ runs, lines }: Plan, visit: (r: number) => void): void {
  for (const line of lines) {
    if (line.repair === "none") continue;
    const only = line.repair === "distinctive" ? DISTINCTIVE : 0;
    for (let r = line.first; r < line.last; r++) if ((runs.flags[r] & only) === only) visit(r);
  }
}

/** Whether a Uint16Array's bytes are UTF-16LE as they lie. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The text with the chosen runs replaced. Written into one UTF-16 buffer: joining a string
 * part per run was most of the repair's time on a line of 200,000 runs. A run's decoded
 * character is never longer than the run, so the buffer is the text's length.
 */
function apply(text: string, chosen: Plan): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  let at = 0;
  const { runs } = chosen;
  forEachChosen(chosen, (r) => {
    for (const end = runs.offset[r]; at < end; at++) out[n++] = text.charCodeAt(at);
    const cp = runs.codePoint[r];
    if (cp < 0x10000) out[n++] = cp;
    else {
      out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    }
    at += runs.flags[r] & LENGTH_MASK;
  });
  for (; at < text.length; at++) out[n++] = text.charCodeAt(at);
  // Node's UTF-16LE decoding keeps lone surrogates as they are (a TextDecoder would not).
  const bytes = Buffer.from(out.buffer, 0, n * 2);
  if (!LITTLE_ENDIAN) bytes.swap16();
  return bytes.toString("utf16le");
}

/**
 * At most how many runs a plan through `page` can repair: a run starts with a lead character
 * directly followed by a continuation character, and in a line holding a character the page
 * cannot show (clean text, emoji), only distinctive runs, three bytes or more, are repaired.
 */
function mostRunsRepairable(text: string, page: CodePage): number {
  let bound = 0;
  let pairs = 0;
  let longPairs = 0;
  let unshowable = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      bound += unshowable ? longPairs : pairs;
      pairs = longPairs = 0;
      unshowable = false;
    } else if (c >= 0x80) {
      const lead = page.byteOf[c];
      if (lead === 0) unshowable = true;
      else if (lead >= 0xc2 && lead <= 0xf4) {
        const next = page.byteOf[text.charCodeAt(i + 1)];
        if (next >= 0x80 && next <= 0xbf) {
          pairs++;
          if (lead >= 0xe0) longPairs++;
        }
      }
    }
  }
  return bound;
}

/** Passes allowed: each undoes one wrong decoding (Windows-1252 twice needs two; three covers thrice). */
const MAX_PASSES = 3;

export function repairMojibake(text: string): Repair {
  const warnings: string[] = [];
  let previous = "";
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Fast path: no lead character directly followed by a continuation character.
    const pages = CODE_PAGES.filter((p) => p.pairRe.test(text));
    if (pages.length === 0) break;
    let best: Plan | null = null;
    for (const p of pages) {
      // A page that cannot repair more runs than the best so far cannot win (a tie keeps the
      // earlier page, and repairing none is no plan), so its full scan is skipped: on lines of
      // 200,000 `Ã©`, Mac Roman finds runs too, and beside emoji neither page would repair them.
      if (mostRunsRepairable(text, p) <= (best?.chosen ?? 0)) continue;
      const candidate = plan(text, p);
      if (candidate.chosen > (best?.chosen ?? 0)) best = candidate;
    }
    if (!best) break;
    text = apply(text, best);
    let latin1 = false;
    const { flags } = best.runs;
    forEachChosen(best, (r) => (latin1 ||= (flags[r] & LATIN1) !== 0));
    const name = latin1 && best.page.name === "Windows-1252" ? "ISO-8859-1" : best.page.name;
    warnings.push(`Repaired text decoded as ${name}${name === previous ? " again" : ""} (${best.chosen} places)`);
    previous = name;
  }
  // A repaired byte-order mark (`ï»¿`) at the start is an encoding artefact, not text.
  if (warnings.length > 0 && text.startsWith("\ufeff")) text = text.slice(1);
  return { text, warnings };
}
