// bytes → text (SPEC §1 "Text"; issue "Text repair"). Byte-order marks pick UTF-8/UTF-16;
// bytes that are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 for text);
// NUL bytes or many control characters mean the input is not text at all.
import iconv from "iconv-lite";

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** How much of the start of the input is sniffed for binary content. */
const SNIFF_BYTES = 8192;

/** Binary: a NUL byte, or more than 10 % C0 control characters, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "UTF-16LE", warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "UTF-16BE", warnings: [] };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: "not a text file (binary content)" };
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: "UTF-8", warnings: [] };
  } catch {
    return {
      ok: true,
      text: iconv.decode(Buffer.from(body), "windows-1252"),
      encoding: "Windows-1252",
      warnings: ["Bytes are not valid UTF-8; read as Windows-1252"],
    };
  }
}

// CRLF and lone CR become LF so line numbers and paragraph breaks agree everywhere.
const LINE_ENDING_RE = /\r\n?/g;

export function normalizeNewlines(text: string): string {
  return text.replace(LINE_ENDING_RE, "\n");
}
