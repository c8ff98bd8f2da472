// title (SPEC §1): the text of the link in a `# [Title](url)` header, else frontmatter
// `title`, else the first heading, else a `Title:`-style field, else (plain text) the first
// short stand-alone line that is not a `Key: value` field. Kept as written.
import type { PostingDoc } from "../core/document.js";
import { findField } from "../core/document.js";
import type { Extracted, Found } from "../core/types.js";

const TITLE_FIELD_KEYS = ["title", "job title", "position", "role", "job", "position title", "job position"];
/** A stand-alone line longer than this is prose, not a title. */
const MAX_TITLE_CHARS = 140;
// Sentence-ending punctuation: a line ending so is prose.
const SENTENCE_END_RE = /[.!?]$/;

function standAloneLine(doc: PostingDoc): Found | undefined {
  const fieldLines = new Set(doc.fields.map((f) => f.line));
  for (const block of doc.blocks.slice(0, 12)) {
    if (block.kind !== "paragraph" || block.lines.length !== 1) continue;
    if (fieldLines.has(block.line)) continue;
    const text = block.text;
    if (text.length > MAX_TITLE_CHARS || SENTENCE_END_RE.test(text) || text.endsWith(":")) continue;
    // "Company | Role | Location" HN first lines hold the company too; a line with no pipes wins.
    if (text.includes(" | ")) continue;
    return { text, line: block.line, via: "body" };
  }
  return undefined;
}

export function extractTitle(doc: PostingDoc): Extracted<string | null> {
  const fm = doc.frontmatter?.title;
  const heading = doc.blocks.find((b) => b.kind === "heading");
  const field = findField(doc, TITLE_FIELD_KEYS);
  const found: Found | undefined =
    doc.header.title ??
    (typeof fm === "string" && fm.trim() ? { text: fm.trim(), line: 1, via: "frontmatter" } : undefined) ??
    (heading ? { text: heading.text, line: heading.line, via: "section" } : undefined) ??
    (field ? { text: field.value, line: field.line, via: "field" } : undefined) ??
    standAloneLine(doc);
  if (!found) return { value: null };
  return { value: found.text, from: { line: found.line, via: found.via, text: found.text } };
}
