// applyUrl (SPEC §1): the title link, else an apply link ("CLICK TO APPLY", "Apply here",
// an `Apply:` field), else null.
import type { PostingDoc } from "../core/document.js";
import type { Extracted } from "../core/types.js";

// Link text or a line that invites applying.
const APPLY_TEXT_RE = /\bapply\b|\bapplication form\b/i;
// An absolute http(s) URL inside prose.
const URL_RE = /https?:\/\/[^\s<>()"'\]]+[^\s<>()"'\].,;:!?]/;

export function extractApplyUrl(doc: PostingDoc): Extracted<string | null> {
  const title = doc.header.titleUrl;
  if (title) return { value: title.text, from: { line: title.line, via: "header" } };
  for (const block of doc.blocks) {
    const link = block.links.find((l) => APPLY_TEXT_RE.test(l.text) && /^https?:/i.test(l.url));
    if (link) return { value: link.url, from: { line: block.line, via: "body", text: block.text } };
    if (APPLY_TEXT_RE.test(block.text)) {
      const url = URL_RE.exec(block.text)?.[0] ?? block.links.find((l) => /^https?:/i.test(l.url))?.url;
      if (url) return { value: url, from: { line: block.line, via: "body", text: block.text } };
    }
  }
  // A heading-less "Apply:" line followed by the URL on the next block.
  const applyIndex = doc.blocks.findIndex((b) => /^apply( here| now)?:?$/i.test(b.text));
  const next = applyIndex >= 0 ? doc.blocks[applyIndex + 1] : undefined;
  const url = next && URL_RE.exec(next.text)?.[0];
  if (url) return { value: url, from: { line: next.line, via: "body" } };
  return { value: null };
}
