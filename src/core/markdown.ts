// text → mdast: the parse stage of the pipeline (unified + remark-parse). Each posting is parsed
// with only the syntax extensions it can use; long text is parsed in pieces so the cost stays
// linear, and text past MAX_MARKDOWN_CHARS is read line by line (core/line-tree.ts).
import type { Root, RootContent } from "mdast";
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfmTables from "./gfm-tables.js";
import { cutWarning, lineTree } from "./line-tree.js";
import { expandHtml, treeHasHtml } from "./html.js";

// Each syntax extension costs on every character of every posting (tables +12 %, frontmatter
// +5 % of the corpus parse), so a posting is parsed with only those it can use: tables when a
// line looks like a table's delimiter row (GFM requires one), frontmatter when the text opens
// with its fence. Processors are built on first use and kept for the process.
// A GFM table delimiter row: pipes, dashes, colons and blanks only (`| --- | :-: |`, `--- | ---`).
const TABLE_DELIMITER_ROW_RE = /^[ \t]*(?:\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?|:?-+:?[ \t]*\|[ \t|:-]*)[ \t]*$/m;
// Runs of blanks, made one blank before that test: its blank runs overlap (`[ \t]*` after
// `[ \t|:-]*`), so a line "|-" + 40,000 spaces + "x" took 6.6 s; every blank in it is a `*`
// run, so one blank matches wherever many did.
const BLANK_RUN_RE = /[ \t]{2,}/g;
// The opening fence of YAML or TOML frontmatter on the first line.
const FRONTMATTER_OPEN_RE = /^(?:---|\+\+\+)[ \t]*(?:\n|$)/;
const processors = new Map<string, Processor<Root>>();

/** The processor for `text`; `atStart` is false for a piece after the first (no frontmatter there). */
function processorFor(text: string, gfm: boolean, atStart = true): Processor<Root> {
  const tables = gfm && text.includes("|") && TABLE_DELIMITER_ROW_RE.test(text.replace(BLANK_RUN_RE, " "));
  const frontmatter = atStart && FRONTMATTER_OPEN_RE.test(text);
  const key = `${tables ? "t" : ""}${frontmatter ? "f" : ""}`;
  let processor = processors.get(key);
  if (!processor) {
    const p = unified().use(remarkParse);
    if (tables) p.use(remarkGfmTables);
    if (frontmatter) p.use(remarkFrontmatter, ["yaml", "toml"]);
    processor = p as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Text longer than this is parsed in pieces split at blank lines: micromark's cost grows faster
 * than the text (a 3 MB posting took 19 s and 750 MB whole), pieces keep it linear. No corpus
 * posting comes near it (the longest is under 40 KB).
 */
export const PARSE_CHUNK_CHARS = 128 * 1024;
/**
 * A piece also ends after this many lines: micromark's garbage grows with the blocks it reads,
 * not the characters (128 KB of one-word list items, 32,000 of them, peaked at 640 MB in one
 * piece). The longest corpus posting has about 400 lines.
 */
export const PARSE_CHUNK_LINES = 1_000;
// A fenced code block's opening or closing line: a blank line inside one is no place to split.
const FENCE_LINE_RE = /^ {0,3}(?:```|~~~)/gm;

/** The index just past the `count`-th line end after `from`, or the text's length when it has fewer lines. */
function afterLines(text: string, from: number, count: number): number {
  let at = from;
  for (let n = 0; n < count; n++) {
    const lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0) return text.length;
    at = lineEnd + 1;
  }
  return at;
}

/** The end of a piece that starts at `from`: whichever of its character and line caps comes first. */
const pieceCap = (text: string, from: number) => Math.min(from + PARSE_CHUNK_CHARS, afterLines(text, from, PARSE_CHUNK_LINES));

/**
 * The end of a piece that cannot stop at a line end (a giant line): a space within a piece's
 * length of `at` (two paragraphs read as well), or `at` itself, never inside a surrogate pair.
 */
function cutInLine(text: string, at: number): number {
  const space = text.indexOf(" ", at);
  if (space >= 0 && space - at <= PARSE_CHUNK_CHARS) return space + 1;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** Where to cut `text` after `from`: the first blank line past the piece's cap, outside a fence. */
function chunkEnd(text: string, from: number): number {
  let at = pieceCap(text, from);
  while (at < text.length) {
    let blank = text.indexOf("\n\n", at);
    // A giant paragraph or list with no blank line: cut at a line end (two blocks read as well).
    if (blank < 0 || blank > pieceCap(text, at)) blank = text.indexOf("\n", at);
    if (blank < 0 || blank - at > PARSE_CHUNK_CHARS) return cutInLine(text, at);
    const fences = text.slice(from, blank).match(FENCE_LINE_RE)?.length ?? 0;
    if (fences % 2 === 0) return blank + 1;
    at = blank + 2;
  }
  return text.length;
}

/** Moves every position in a subtree down by `lines` lines and `offset` characters. */
function shiftPositions(node: Root | RootContent, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
  }
  if ("children" in node) for (const child of node.children as RootContent[]) shiftPositions(child, lines, offset);
}

/**
 * Text past this many characters, or this many lines, is read line by line (core/line-tree.ts:
 * headings, list items, paragraphs), not by micromark: micromark reads 0.1–0.6 MB/s of dense
 * markup (a long list is the slowest) and its garbage grows with every block, so a giant posting
 * would take minutes and gigabytes. Ten times the longest corpus posting; every line is kept,
 * only inline markup and nesting are not read past it.
 */
export const MAX_MARKDOWN_CHARS = 256 * 1024;
export const MAX_MARKDOWN_LINES = 4_000;

/** `warnings` gets a line when the text was too long to read all of its markdown. */
export function parseMarkdown(text: string, options: { gfm?: boolean; warnings?: string[] } = {}): Root {
  const tree = parseMarkdownOnly(text, options);
  // HTML in the markdown (`<ul><li>…`, `<b>Label:</b>`) becomes the mdast it renders to; a
  // posting without any tag (most) never loads the HTML parser.
  if (text.includes("<") && treeHasHtml(tree.children)) expandHtml(tree);
  if (text.includes("~~")) dropStruckText(tree);
  return tree;
}

// GFM strikethrough, `~~Remote possible~~` (the parser runs without that extension, so it stays text).
const STRUCK_RE = /~~(?=\S)[^~\n]{1,500}?~~/g;

/** Struck-out text is text its author withdrew: not posting text. Iterative (deep nesting). */
function dropStruckText(root: Root): void {
  const stack: (Root | RootContent)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text" && node.value.includes("~~")) node.value = node.value.replace(STRUCK_RE, "");
    else if ("children" in node) for (const c of node.children as RootContent[]) stack.push(c);
  }
}

function parseMarkdownOnly(text: string, options: { gfm?: boolean; warnings?: string[] }): Root {
  const gfm = options.gfm !== false;
  if (pieceCap(text, 0) >= text.length) return processorFor(text, gfm).parse(text);
  const markdownEnd = Math.min(MAX_MARKDOWN_CHARS, afterLines(text, 0, MAX_MARKDOWN_LINES));
  const root: Root = { type: "root", children: [] };
  let lines = 0;
  for (let from = 0; from < text.length; ) {
    const plain = from >= markdownEnd;
    const end = plain ? text.length : chunkEnd(text, from);
    const piece = text.slice(from, end);
    if (plain) options.warnings?.push(`Text longer than ${MAX_MARKDOWN_CHARS} characters or ${MAX_MARKDOWN_LINES} lines (from line ${lines + 1}); the rest read line by line: headings, items, paragraphs`);
    // Read line by line, the piece is numbered where it stands; a parsed piece is moved there.
    const tree = plain ? lineTree(piece, lines + 1) : processorFor(piece, gfm, from === 0).parse(piece);
    const cut = plain ? cutWarning(tree) : null;
    if (cut) options.warnings?.push(cut);
    if (from > 0 && !plain) for (const child of tree.children) shiftPositions(child, lines, from);
    for (const child of tree.children) root.children.push(child);
    for (let i = piece.indexOf("\n"); i >= 0; i = piece.indexOf("\n", i + 1)) lines++;
    from = end;
  }
  return root;
}
