// bytes → text (SPEC §1 "Text"; issue 4 "Text repair"). Byte-order marks pick UTF-8/UTF-16;
// UTF-16 without a BOM is recognised by its NUL bytes at every other position; bytes that are
// not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 for text), line by line, so a
// file where only some lines were saved in another encoding keeps its good UTF-8 lines.
// NUL bytes (outside UTF-16) or many control characters mean the input is not text at all.
// Mojibake (a wrong decoding that already happened upstream) is normalize/mojibake.ts's job.
import { decodeWindows1252 } from "../normalize/code-pages.js";

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** How much of the start of the input is sniffed for binary content and UTF-16. */
const SNIFF_BYTES = 8192;
/** UTF-16 without BOM: at least this share of code units has a NUL in one byte position… */
const UTF16_MIN_NUL_SHARE = 0.3;
/** …and at most this share has a NUL in the other. */
const UTF16_MAX_OTHER_NUL_SHARE = 0.02;
/**
 * …out of at least this many NULs: in a few bytes a stray NUL passes the shares by chance, and
 * one byte more (a CR before the LF) moved every later byte's position, so `> \0---` read as
 * UTF-16 with LF line ends and as binary with CRLF. A real UTF-16 posting has hundreds.
 */
const UTF16_MIN_NULS = 8;
/** Text has at most this share of C0 control characters. */
const MAX_CONTROL_SHARE = 0.1;

/** A C0 control that does not occur in text (tab, LF, CR, FF and ESC do). */
function isStrayControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b;
}

/** UTF-16 without a BOM, told by where the NUL bytes of its ASCII characters fall; else null. */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const units = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (units < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= UTF16_MIN_NULS && oddNul / units >= UTF16_MIN_NUL_SHARE && evenNul / units <= UTF16_MAX_OTHER_NUL_SHARE) return "utf-16le";
  if (evenNul >= UTF16_MIN_NULS && evenNul / units >= UTF16_MIN_NUL_SHARE && oddNul / units <= UTF16_MAX_OTHER_NUL_SHARE) return "utf-16be";
  return null;
}

/** Binary: a NUL byte, or more than 10 % C0 control characters, in the first 8 KiB (UTF-16 is text). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isStrayControl(b)) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

/** Decoded UTF-16 that is not text: NUL characters or many controls at its start. */
function decodedLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isStrayControl(c)) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", warnings: string[]): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  if (decodedLooksBinary(text)) return { ok: false, reason: "not a text file (binary content)" };
  return { ok: true, text, encoding: encoding.toUpperCase(), warnings };
}

/** True when some byte is outside ASCII. */
function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Each line as UTF-8 when it is valid UTF-8, else as Windows-1252. Counts the lines read as
 * Windows-1252 and the non-ASCII lines that were valid UTF-8 (none: the whole file is legacy).
 */
function decodeMixed(body: Uint8Array): { text: string; legacyLines: number; utf8Lines: number } {
  const parts: string[] = [];
  let legacyLines = 0;
  let utf8Lines = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    const line = body.subarray(start, end);
    try {
      parts.push(strictUtf8.decode(line));
      if (hasHighByte(line)) utf8Lines++;
    } catch {
      legacyLines++;
      parts.push(decodeWindows1252(line));
    }
    start = end + 1;
  }
  return { text: parts.join("\n"), legacyLines, utf8Lines };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes.subarray(2), "utf-16le", []);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes.subarray(2), "utf-16be", []);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf16 = sniffUtf16(body);
  if (utf16) return decodeUtf16(body, utf16, [`No byte-order mark; read as ${utf16.toUpperCase()}`]);
  if (looksBinary(body)) return { ok: false, reason: "not a text file (binary content)" };
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: "UTF-8", warnings: [] };
  } catch {
    const mixed = decodeMixed(body);
    const whole = mixed.utf8Lines === 0;
    return {
      ok: true,
      text: mixed.text,
      encoding: whole ? "Windows-1252" : "UTF-8+Windows-1252",
      warnings: [
        whole
          ? "Bytes are not valid UTF-8; read as Windows-1252"
          : `Bytes are not valid UTF-8 on ${mixed.legacyLines} lines; read those as Windows-1252, the rest as UTF-8`,
      ],
    };
  }
}

// CRLF and lone CR become LF so line numbers and paragraph breaks agree everywhere.
const LINE_ENDING_RE = /\r\n?/g;

export function normalizeNewlines(text: string): string {
  return text.replace(LINE_ENDING_RE, "\n");
}
