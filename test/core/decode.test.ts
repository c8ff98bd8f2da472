// core/decode.ts — SPEC §1 "Text", issue 4: bytes → text, whatever encoding the file was saved in.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, looksBinary, normalizeNewlines, sniffUtf16 } from "../../src/core/decode.js";

const TEXT = "# Café Manager – Zürich\nSalary: CHF 6’500 per month 💰\n";
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const bytes = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe("decodeBytes", () => {
  it.each([
    ["UTF-8", utf8(TEXT), TEXT, "UTF-8"],
    ["UTF-8 with BOM", cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT)), TEXT, "UTF-8"],
    ["UTF-16LE with BOM", cat(new Uint8Array([0xff, 0xfe]), bytes(TEXT, "utf-16le")), TEXT, "UTF-16LE"],
    ["UTF-16BE with BOM", cat(new Uint8Array([0xfe, 0xff]), bytes(TEXT, "utf-16be")), TEXT, "UTF-16BE"],
    ["UTF-16LE without BOM", bytes(TEXT, "utf-16le"), TEXT, "UTF-16LE"],
    ["UTF-16BE without BOM", bytes(TEXT, "utf-16be"), TEXT, "UTF-16BE"],
    ["Windows-1252", bytes("Café – Zürich, 6’500 €", "windows-1252"), "Café – Zürich, 6’500 €", "Windows-1252"],
    ["Latin-1", bytes("Málaga, Señor, Ørsted", "latin1"), "Málaga, Señor, Ørsted", "Windows-1252"],
  ])("%s", (_name, input, text, encoding) => {
    const decoded = decodeBytes(input);
    expect(decoded).toMatchObject({ ok: true, text, encoding });
  });

  it("reads only the lines that are not UTF-8 as Windows-1252", () => {
    const input = cat(utf8("Kraków 🌎\n"), bytes("Zürich – Genève\n", "windows-1252"), utf8("naïve café\n"));
    const decoded = decodeBytes(input);
    expect(decoded).toMatchObject({ ok: true, text: "Kraków 🌎\nZürich – Genève\nnaïve café\n", encoding: "UTF-8+Windows-1252" });
    expect(decoded.ok && decoded.warnings).toEqual(["Bytes are not valid UTF-8 on 1 lines; read those as Windows-1252, the rest as UTF-8"]);
  });

  it.each([
    ["NUL bytes scattered in binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ["control characters", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
    ["16-bit numbers that look like UTF-16 but decode to controls", new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? (i % 7) + 1 : 0)))],
  ])("refuses %s", (_name, input) => {
    expect(decodeBytes(input)).toEqual({ ok: false, reason: "not a text file (binary content)" });
  });
});

describe("sniffUtf16 / looksBinary", () => {
  it.each([
    [bytes("Hello, world", "utf-16le"), "utf-16le", false],
    [bytes("Hello, world", "utf-16be"), "utf-16be", false],
    [utf8("Hello, world"), null, false],
    [new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x00, 0x44, 0x00, 0x00]), null, true],
    [new Uint8Array([]), null, false],
    // One stray NUL in a few bytes is no UTF-16, whatever the line ending shifts it to.
    [utf8("> \u0000---\n"), null, true],
    [utf8("> \u0000---\r\n"), null, true],
  ])("%o → %s, binary %s", (input, utf16, binary) => {
    expect(sniffUtf16(input)).toBe(utf16);
    expect(looksBinary(input)).toBe(binary);
  });
});

describe("normalizeNewlines", () => {
  it.each([
    ["a\r\nb\rc\nd", "a\nb\nc\nd"],
    ["\r\n\r\n", "\n\n"],
    ["no breaks", "no breaks"],
  ])("%j → %j", (input, output) => {
    expect(normalizeNewlines(input)).toBe(output);
  });
});
