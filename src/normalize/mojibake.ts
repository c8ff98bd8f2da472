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
// An ASCII letter: a non-Latin letter glued to one is not how real text reads.
const ASCII_LETTER_RE = /[A-Za-z]/;
// The Latin Extended-B letters living languages write: Azerbaijani Ə, Vietnamese ơ ư, pinyin
// ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ, Danish Ǻ Ǽ Ǿ, Romanian ș ț.
const LATIN_EXTENDED_B_IN_USE_RE = /[\u018f\u01a0\u01a1\u01af\u01b0\u01cd-\u01dc\u01fa-\u01ff\u0218-\u021b]/;
// A letter of the Latin script (ligatures such as ﬀ, Latin Extended-C/D/E, fullwidth Latin).
const LATIN_LETTER_RE = /\p{Script=Latin}/u;
// A symbol (emoji, dingbats, ©, ™): distinctive enough to repair inside otherwise clean lines.
const SYMBOL_RE = /\p{S}/u;

type Verdict = "plausible" | "doubtful";

/** What one decoded code point is, cached: a line of 200,000 `â€™` decodes one character 200,000 times. */
const DECODED = new Map<number, string>();
function decodedOf(cp: number): string {
  let s = DECODED.get(cp);
  if (s === undefined) DECODED.set(cp, (s = String.fromCodePoint(cp)));
  return s;
}

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

/** kindOf per code point, cached (hostile text repeats one run 200,000 times). */
const KINDS = new Map<number, Kind>();

/** How believable a decoded code point is, between the text before and after the run. */
function judge(cp: number, decoded: string, prev: string, next: string): Verdict {
  let kind = KINDS.get(cp);
  if (kind === undefined) KINDS.set(cp, (kind = kindOf(cp, decoded)));
  if (kind === "mark") return prev !== "" && MARK_BASE_RE.test(prev) ? "plausible" : "doubtful";
  // Another script's letter is believable unless it sits glued to an ASCII letter ("l’équipe"
  // through Mac Roman would give an Armenian letter between "l" and "quipe").
  if (kind === "letter") return ASCII_LETTER_RE.test(prev) || ASCII_LETTER_RE.test(next) ? "doubtful" : "plausible";
  return kind;
}

/** Length of the UTF-8 sequence a lead byte starts, 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Flags of one run (Runs.flags).
const PLAUSIBLE = 1;
/** Distinctive enough to repair even in a line with clean non-ASCII (punctuation, emoji). */
const DISTINCTIVE = 2;
const LATIN1 = 4;

/**
 * Every run of a text, in parallel arrays rather than an object per run: hostile text has one
 * run per three characters (200,000 `â€™` on a line), and objects made the repair GC-bound.
 */
interface Runs {
  /** Offsets in the whole text where each run starts and ends. */
  start: number[];
  end: number[];
  decoded: string[];
  flags: number[];
}

/** The UTF-8 sequence at `i` of `text` shown through `page`, appended to `runs`; false when there is none. */
function pushRunAt(runs: Runs, text: string, i: number, lineEnd: number, page: CodePage, prev: string): boolean {
  const lead = page.byteOf[text.charCodeAt(i)];
  if (lead === 0) return false;
  const n = sequenceLength(lead);
  if (n === 0 || i + n > lineEnd) return false;
  let cp = lead & (0xff >> (n + 1));
  let latin1 = C1_ONLY_IN_LATIN1(text.charCodeAt(i));
  for (let k = 1; k < n; k++) {
    const c = text.charCodeAt(i + k);
    const b = page.byteOf[c];
    if (b === 0 || b > 0xbf) return false;
    // Overlong, surrogate and beyond-U+10FFFF forms are not UTF-8.
    if (k === 1 && ((lead === 0xe0 && b < 0xa0) || (lead === 0xed && b > 0x9f) || (lead === 0xf0 && b < 0x90) || (lead === 0xf4 && b > 0x8f))) return false;
    cp = (cp << 6) | (b & 0x3f);
    latin1 ||= C1_ONLY_IN_LATIN1(c);
  }
  const decoded = decodedOf(cp);
  const next = i + n < lineEnd ? text.charAt(i + n) : "";
  const plausible = judge(cp, decoded, prev, next) === "plausible";
  const distinctive = plausible && n >= 3 && ((cp >= 0x2000 && cp < 0x2070) || SYMBOL_RE.test(decoded));
  runs.start.push(i);
  runs.end.push(i + n);
  runs.decoded.push(decoded);
  runs.flags.push((plausible ? PLAUSIBLE : 0) | (distinctive ? DISTINCTIVE : 0) | (latin1 ? LATIN1 : 0));
  return true;
}

interface LineScan {
  /** The line's runs: indexes [first, last) into Runs. */
  first: number;
  last: number;
  /** Non-ASCII characters that are not part of any run: evidence of clean text. */
  unexplained: number;
  plausible: number;
  distinctive: number;
}

/** Every line with a non-ASCII character, scanned for runs through `page`. */
function scan(text: string, page: CodePage, runs: Runs): LineScan[] {
  const out: LineScan[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const scanned: LineScan = { first: runs.start.length, last: 0, unexplained: 0, plausible: 0, distinctive: 0 };
    let prev = "";
    for (let i = lineStart; i < lineEnd; ) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        prev = text[i++];
        continue;
      }
      if (pushRunAt(runs, text, i, lineEnd, page, prev)) {
        const r = runs.start.length - 1;
        if (runs.flags[r] & PLAUSIBLE) scanned.plausible++;
        if (runs.flags[r] & DISTINCTIVE) scanned.distinctive++;
        prev = runs.decoded[r];
        i = runs.end[r];
      } else {
        scanned.unexplained++;
        const width = c >= 0xd800 && c <= 0xdbff && i + 1 < lineEnd ? 2 : 1;
        prev = text.slice(i, i + width);
        i += width;
      }
    }
    scanned.last = runs.start.length;
    if (scanned.last > scanned.first || scanned.unexplained > 0) out.push(scanned);
    lineStart = lineEnd + 1;
  }
  return out;
}

interface Plan {
  page: CodePage;
  runs: Runs;
  /** Indexes into `runs` of the runs to repair, in text order. */
  chosen: number[];
}

/** Which runs to repair through `page`, weighing the whole document's evidence. */
function plan(text: string, page: CodePage): Plan {
  const runs: Runs = { start: [], end: [], decoded: [], flags: [] };
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
  const chosen: number[] = [];
  for (const l of lines) {
    if (l.unexplained === 0 && damaged && (l.plausible > 0 || whole)) {
      for (let r = l.first; r < l.last; r++) chosen.push(r);
    } else if (l.unexplained > 0) {
      for (let r = l.first; r < l.last; r++) if (runs.flags[r] & DISTINCTIVE) chosen.push(r);
    }
  }
  return { page, runs, chosen };
}

/** UTF-16 units turned into a string per call (String.fromCharCode takes them as arguments). */
const CHARS_PER_CALL = 8192;

/**
 * The text with the chosen runs replaced. Written into one UTF-16 buffer: joining a string
 * part per run was most of the repair's time on a line of 200,000 runs. A run's decoded
 * character is never longer than the run, so the buffer is the text's length.
 */
function apply(text: string, { runs, chosen }: Plan): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  let at = 0;
  for (const r of chosen) {
    for (const end = runs.start[r]; at < end; at++) out[n++] = text.charCodeAt(at);
    const decoded = runs.decoded[r];
    for (let k = 0; k < decoded.length; k++) out[n++] = decoded.charCodeAt(k);
    at = runs.end[r];
  }
  for (; at < text.length; at++) out[n++] = text.charCodeAt(at);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHARS_PER_CALL) parts.push(String.fromCharCode(...out.subarray(i, Math.min(i + CHARS_PER_CALL, n))));
  return parts.join("");
}

/** How many lead characters of `page` are directly followed by one of its continuation characters. */
function pairCount(text: string, page: CodePage): number {
  let count = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const lead = page.byteOf[text.charCodeAt(i)];
    if (lead >= 0xc2 && lead <= 0xf4) {
      const next = page.byteOf[text.charCodeAt(i + 1)];
      if (next >= 0x80 && next <= 0xbf) count++;
    }
  }
  return count;
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
      // A page cannot choose more runs than it has lead–continuation pairs; when that is no
      // more than the best so far it cannot win (a tie keeps the earlier page), so its full
      // scan is skipped — on a line of 200,000 `Ã©` both pages found 200,000 runs.
      if (best && pairCount(text, p) <= best.chosen.length) continue;
      const candidate = plan(text, p);
      if (candidate.chosen.length > (best?.chosen.length ?? 0)) best = candidate;
    }
    if (!best) break;
    text = apply(text, best);
    const { flags } = best.runs;
    const latin1 = best.page.name === "Windows-1252" && best.chosen.some((r) => flags[r] & LATIN1);
    const name = latin1 ? "ISO-8859-1" : best.page.name;
    warnings.push(`Repaired text decoded as ${name}${name === previous ? " again" : ""} (${best.chosen.length} places)`);
    previous = name;
  }
  // A repaired byte-order mark (`ï»¿`) at the start is an encoding artefact, not text.
  if (warnings.length > 0 && text.startsWith("\ufeff")) text = text.slice(1);
  return { text, warnings };
}
