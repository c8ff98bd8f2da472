// The block structure of text read line by line, without micromark (issue 6): for the part of a
// giant posting past markdown.ts MAX_MARKDOWN_CHARS, and for markdown nested too deeply to
// parse. Headings, list items, fenced code and plain paragraphs are recognised by their first
// characters, so the sections and their items still reach the extractors (no item is lost);
// inline markup is left as text, and lists do not nest.
import type { Root, RootContent } from "mdast";

// The opening of an ATX heading: up to three spaces, one to six `#`, then blanks or the end.
const HEADING_OPEN_RE = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
// A list item: indentation, a bullet or a number with `.`/`)`, a space, its text.
const ITEM_LINE_RE = /^[ \t]{0,100}(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.{0,20000})$/;
// A line that is one bold run, `**Nice to have**` / `__Benefits__`: a label, as remark reads it.
const BOLD_LINE_RE = /^(\*\*|__)(\S(?:.{0,200}\S)?)\1$/;
// A code fence opening or closing: up to three spaces, three or more backticks or tildes.
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
// A line of whitespace only.
const BLANK_RE = /^[ \t]*$/;

type Point = { line: number; column: number };

/**
 * Blocks the line reader builds at most. Past micromark's share, a posting of millions of
 * one-word list lines (8 MB of `- a`) took 2.4 GB; with this cap no single posting nears 1 GB,
 * and no real posting comes near the cap (the corpus's longest has a few hundred blocks).
 */
export const MAX_LINE_BLOCKS = 100_000;

/** A line-read tree, and the line where reading stopped when the text held more blocks. */
export type LineTreeRoot = Root & { cutAtLine?: number };

/** The warning for a line-read tree that stopped at MAX_LINE_BLOCKS, or null when it read all. */
export function cutWarning(tree: LineTreeRoot): string | null {
  return tree.cutAtLine === undefined ? null : `More than ${MAX_LINE_BLOCKS} blocks read line by line; the text from line ${tree.cutAtLine} on was not read`;
}

/** A heading's text without its closing `#`s (`## Benefits ##`), trimmed — by hand, as a
 * pattern for "blanks, hashes, end" would retry every blank of a long run of them. */
function headingText(rest: string): string {
  const text = rest.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === text.length || (end > 0 && text[end - 1] !== " " && text[end - 1] !== "\t")) return text;
  return text.slice(0, end).trimEnd();
}

/** `text` as headings, one-item lists and paragraphs; its lines numbered from `firstLine`. */
export function lineTree(text: string, firstLine = 1, maxBlocks = MAX_LINE_BLOCKS): LineTreeRoot {
  const children: RootContent[] = [];
  const lines = text.split("\n");
  const at = (index: number): Point => ({ line: firstLine + index - 1, column: 1 });
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const value = lines.slice(start, end).join("\n");
    const bold = start === end - 1 ? BOLD_LINE_RE.exec(value) : null;
    const position = { start: at(start + 1), end: at(end) };
    const content: RootContent = bold ? { type: "strong", children: [{ type: "text", value: bold[2] }] } : { type: "text", value };
    children.push({ type: "paragraph", children: [content] as never, position });
    start = -1;
  };
  let fence: { mark: string; from: number } | null = null;
  let cutAtLine: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (children.length >= maxBlocks) {
      cutAtLine = firstLine + i;
      start = -1;
      fence = null;
      break;
    }
    const line = lines[i];
    const position = { start: at(i + 1), end: at(i + 1) };
    const fenceMark = FENCE_RE.exec(line)?.[1];
    if (fence) {
      // Inside a code block nothing is markup, up to a fence of the same character, as long.
      if (fenceMark && fenceMark[0] === fence.mark[0] && fenceMark.length >= fence.mark.length) {
        const value = lines.slice(fence.from + 1, i).join("\n");
        children.push({ type: "code", lang: null, meta: null, value, position: { start: at(fence.from + 1), end: at(i + 1) } });
        fence = null;
      }
      continue;
    }
    const heading = HEADING_OPEN_RE.exec(line);
    const item = heading ? null : ITEM_LINE_RE.exec(line);
    if (fenceMark) {
      flush(i);
      fence = { mark: fenceMark, from: i };
    } else if (heading) {
      flush(i);
      const depth = heading[1].length as 1 | 2 | 3 | 4 | 5 | 6;
      children.push({ type: "heading", depth, children: [{ type: "text", value: headingText(line.slice(heading[0].length)) }], position });
    } else if (item) {
      flush(i);
      const paragraph: RootContent = { type: "paragraph", children: [{ type: "text", value: item[1] }], position };
      children.push({ type: "list", ordered: false, spread: false, children: [{ type: "listItem", spread: false, children: [paragraph as never], position }], position });
    } else if (BLANK_RE.test(line)) flush(i);
    else if (start < 0) start = i;
  }
  // An unclosed fence runs to the end, as in markdown.
  const open = fence as { mark: string; from: number } | null;
  if (open) children.push({ type: "code", lang: null, meta: null, value: lines.slice(open.from + 1).join("\n"), position: { start: at(open.from + 1), end: at(lines.length) } });
  flush(lines.length);
  return cutAtLine === undefined ? { type: "root", children } : { type: "root", children, cutAtLine };
}
