// Pre-parse limits (issue 6 "Hostile text must finish in linear time"): the markdown parser
// (micromark) is superlinear on some shapes no posting has — thousands of nested `>`/list
// containers, thousands of emphasis/link marks in one paragraph — and GFM's autolink and
// table constructs are quadratic in a paragraph's length. Before parsing, lines beyond the
// caps below are rewritten (the container markers and inline marks past a cap are dropped,
// the text stays), and a
// document with a giant paragraph is parsed without GFM. Real postings never reach the caps
// (corpus maxima: 2 container markers and 6 columns of indentation on a line, 128 marks and
// 3,088 characters in a paragraph), so they parse exactly as before. Each cap that fires adds
// one warning naming the first line it fired on.

/** Nested containers (`>`, list markers) kept on one line; deeper markers are dropped. */
export const MAX_CONTAINER_DEPTH = 10;
/** Columns of leading indentation kept on one line (a list nested by indentation). */
export const MAX_INDENT_COLUMNS = 40;
/** Emphasis/link/code marks kept in one paragraph; later ones are dropped. */
export const MAX_INLINE_MARKS = 2000;
/** A paragraph (lines between blank lines) longer than this turns GFM off for the document. */
export const MAX_GFM_RUN_CHARS = 50_000;

export interface Limited {
  text: string;
  /** False when a giant paragraph would make GFM's constructs quadratic. */
  gfm: boolean;
  warnings: string[];
}

// A line with nothing but whitespace: the end of a paragraph.
const BLANK_LINE_RE = /^[ \t]*$/;
// A code fence opening or closing (after any container prefix).
const FENCE_RE = /^(?:`{3,}|~{3,})/;
// Characters that open or close inline markdown (emphasis, links, code, strikethrough, html) or
// start a character reference (`&amp;`), counted by code; a backslash and the character after it
// are an escape, already text. A paragraph of tens of thousands of references costs micromark
// time that grows with their square (it merges the text between them one splice at a time).
const MARK_CODES = new Set([..."*_[]`~<&"].map((c) => c.charCodeAt(0)));
const BACKSLASH = 0x5c;
const LINE_FEED = 0x0a;

/** True when a backslash at `i` escapes the character after it (anything but a line end). */
const escapesNext = (text: string, i: number) => text.charCodeAt(i) === BACKSLASH && i + 1 < text.length && text.charCodeAt(i + 1) !== LINE_FEED;

const isDigit = (c: string) => c >= "0" && c <= "9";
const isBlank = (c: string | undefined) => c === " " || c === "\t";

/**
 * Splits a line's leading container prefix into parts: whitespace runs and markers (`>`, `-`,
 * `*`, `+`, `1.`, `1)` followed by a blank or the end). Returns the parts and where text starts.
 */
function containerPrefix(line: string, from = 0): { parts: string[]; markers: number; columns: number; end: number } {
  const parts: string[] = [];
  let markers = 0;
  let columns = 0;
  let i = from;
  while (i < line.length) {
    const c = line[i];
    if (isBlank(c)) {
      let j = i;
      while (isBlank(line[j])) columns += line[j++] === "\t" ? 4 : 1;
      parts.push(line.slice(i, j));
      i = j;
    } else if (c === ">") {
      parts.push(">");
      markers++;
      i++;
    } else if ((c === "-" || c === "*" || c === "+") && (i + 1 === line.length || isBlank(line[i + 1]))) {
      parts.push(c);
      markers++;
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j - i < 9 && isDigit(line[j])) j++;
      if ((line[j] === "." || line[j] === ")") && (j + 1 === line.length || isBlank(line[j + 1]))) {
        parts.push(line.slice(i, j + 1));
        markers++;
        i = j + 1;
      } else break;
    } else break;
  }
  return { parts, markers, columns, end: i };
}

/**
 * A container prefix cut to the caps: markers past the depth cap are dropped with their
 * whitespace (they are markup, not text, and escaping them would cost micromark an escape
 * token each — superlinear by the million); whitespace runs are shortened to the indent cap.
 */
function cappedPrefix(parts: string[]): string {
  let out = "";
  let kept = 0;
  let columns = 0;
  for (const part of parts) {
    if (isBlank(part[0])) {
      if (kept > MAX_CONTAINER_DEPTH) continue;
      const room = Math.max(MAX_INDENT_COLUMNS - columns, 1);
      const run = part.length > room ? part.slice(0, room) : part;
      columns += run.length;
      out += run;
    } else if (kept++ < MAX_CONTAINER_DEPTH) out += part;
  }
  return kept > MAX_CONTAINER_DEPTH && !isBlank(out[out.length - 1]) ? `${out} ` : out;
}

/**
 * The marks in `text`, counted by hand: a regex match object per mark made a 16 MB line of
 * them peak at 800 MB.
 */
function countMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    if (escapesNext(text, i)) i++;
    else if (MARK_CODES.has(text.charCodeAt(i))) marks++;
  }
  return marks;
}

/**
 * `text` without the marks that come after the paragraph's first MAX_INLINE_MARKS (`seen` of
 * them before this line), escapes kept. Built from character codes: a replace callback per mark
 * made a 16 MB line of them peak at 800 MB.
 */
function dropMarksPast(text: string, seen: number): string {
  const kept = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (escapesNext(text, i)) {
      kept[n++] = code;
      kept[n++] = text.charCodeAt(++i);
    } else if (!MARK_CODES.has(code) || ++seen <= MAX_INLINE_MARKS) kept[n++] = code;
  }
  const parts: string[] = [];
  for (let at = 0; at < n; at += 8192) parts.push(String.fromCharCode(...kept.subarray(at, Math.min(at + 8192, n))));
  return parts.join("");
}

export function limitMarkup(text: string): Limited {
  const lines = text.split("\n");
  const warnings: string[] = [];
  let depthLine = 0;
  let marksLine = 0;
  let gfmLine = 0;
  let runMarks = 0;
  let runChars = 0;
  let inFence = false;
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    if (BLANK_LINE_RE.test(line)) {
      runMarks = 0;
      runChars = 0;
      continue;
    }
    runChars += line.length + 1;
    if (runChars > MAX_GFM_RUN_CHARS && !gfmLine) gfmLine = n + 1;
    // micromark skips a byte-order mark that opens the text, so the markers after it nest
    // ("\ufeff\ufeff" + "- " × 5,000 took 5.4 s when the second mark hid them from the cap).
    const from = n === 0 && line.startsWith("\ufeff") ? 1 : 0;
    const prefix = containerPrefix(line, from);
    if (prefix.markers > MAX_CONTAINER_DEPTH || prefix.columns > MAX_INDENT_COLUMNS) {
      line = line.slice(0, from) + cappedPrefix(prefix.parts) + line.slice(prefix.end);
      if (!depthLine) depthLine = n + 1;
    }
    const body = line.slice(Math.min(prefix.end, line.length));
    if (FENCE_RE.test(body.trimStart())) inFence = !inFence;
    if (!inFence) {
      const marks = countMarks(body);
      if (runMarks + marks > MAX_INLINE_MARKS) {
        const head = line.length - body.length;
        // Dropped, not escaped: an escape is a token of its own, and a million of them in one
        // paragraph take micromark minutes.
        line = line.slice(0, head) + dropMarksPast(body, runMarks);
        if (!marksLine) marksLine = n + 1;
      }
      runMarks += marks;
    }
    if (line !== lines[n]) {
      lines[n] = line;
      changed = true;
    }
  }
  if (depthLine) warnings.push(`Nesting deeper than ${MAX_CONTAINER_DEPTH} levels or ${MAX_INDENT_COLUMNS} columns (from line ${depthLine}); deeper markers dropped`);
  if (marksLine) warnings.push(`More than ${MAX_INLINE_MARKS} markdown marks in one paragraph (from line ${marksLine}); later marks dropped`);
  if (gfmLine) warnings.push(`A paragraph longer than ${MAX_GFM_RUN_CHARS} characters (line ${gfmLine}); read the posting without GFM tables and autolinks`);
  return { text: changed ? lines.join("\n") : text, gfm: !gfmLine, warnings };
}
