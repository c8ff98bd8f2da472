// HTML reading stays linear in the page's size (core/html.ts). hast-util-to-mdast joins sibling
// text nodes one at a time, splicing each out of its parent and scanning the joined text again,
// so a block of thousands of <span>s was quadratic (480 KB of them took 9 s). The page's text
// runs are joined, in place, before the conversion: these tests check the tree the converter
// gets holds no such run, by its structure, not by timing.
import { describe, expect, it } from "vitest";
import { fromHtml } from "hast-util-from-html";
import type { Root as HastRoot, RootContent } from "hast";
import { mdastOf } from "../../src/core/html.js";
import { parsePosting } from "../../src/index.js";

/** The longest run of sibling text nodes, and the <span>s, in a hast tree. */
function textRuns(tree: HastRoot): { longestRun: number; spans: number } {
  let longestRun = 0;
  let spans = 0;
  const stack: (HastRoot | RootContent)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "element" && node.tagName === "span") spans++;
    if (!("children" in node)) continue;
    let run = 0;
    for (const child of node.children) {
      run = child.type === "text" ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
      stack.push(child);
    }
  }
  return { longestRun, spans };
}

const SKILLS = Array.from({ length: 2000 }, (_, i) => `<span class="tag">Skill${i}</span>`).join(" ");

describe("runs of inline elements reach the converter as one text", () => {
  it("2,000 <span>s side by side are one text node when converted", () => {
    const tree = fromHtml(`<p>Tools: ${SKILLS}</p><p><span>Five</span> <font>years</font> <small>of <b>MIG</b></small></p>`, { fragment: true });
    expect(textRuns(tree).spans).toBe(2001);
    const mdast = mdastOf(tree);
    expect(textRuns(tree)).toEqual({ longestRun: 1, spans: 0 });
    // The text reads as before: the words of the unwrapped elements, spaced as on the page.
    const second = mdast.children[1];
    expect(second.type === "paragraph" && second.children.map((c) => ("value" in c ? c.value : c.type))).toEqual(["Five years of ", "strong"]);
  });

  it("a .html page and an HTML block in a .md posting read their <span>s' text", () => {
    const html = `<!doctype html><html><head><title>Welder</title></head><body><h1>Welder</h1><p>Tools: ${SKILLS}</p><h2>Requirements</h2><ul><li><span>Five</span> <font>years</font> <small>of MIG</small></li></ul></body></html>`;
    expect(parsePosting(html, { file: "job.html" }).requirements).toEqual(["Five years of MIG"]);
    const md = `# Welder\n\n<div>Tools: ${SKILLS}</div>\n\n## Requirements\n\n<ul><li><span>Five</span> <span>years</span> of MIG</li></ul>\n`;
    expect(parsePosting(md, { file: "job.md" }).requirements).toEqual(["Five years of MIG"]);
  });
});
