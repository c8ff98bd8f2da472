// Single-byte code pages (Windows-1252, Mac Roman): the characters they show for bytes
// 0x80–0xFF, from the generated table, and decoding bytes through Windows-1252 the way browsers
// do (its five unassigned bytes pass through as C1 controls). Node's own TextDecoder reads
// "windows-1252" as ISO-8859-1, so it cannot serve here.
import { MAC_ROMAN_HIGH, WINDOWS_1252_HIGH } from "./data/code-pages.generated.js";

export const CODE_PAGE_HIGH_HALVES = { "windows-1252": WINDOWS_1252_HIGH, macintosh: MAC_ROMAN_HIGH } as const;
export type SingleByteCodePage = keyof typeof CODE_PAGE_HIGH_HALVES;

const NO_CHARACTER = "\ufffd";

/** Byte 0x80 + i → its character; unassigned bytes become the C1 control of the same value. */
const WINDOWS_1252_DECODE: string[] = [...WINDOWS_1252_HIGH].map((c, i) => (c === NO_CHARACTER ? String.fromCharCode(0x80 + i) : c));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b < 0x80 ? String.fromCharCode(b) : WINDOWS_1252_DECODE[b - 0x80];
  }
  return out;
}
