// HTML reading stays linear in the page's size (core/html.ts). hast-util-to-mdast joins sibling
// text nodes one at a time, splicing each out of its parent and scanning the joined text again,
// so a block of thousands of <span>s was quadratic (480 KB of them took 9 s). The page's text
// runs are joined before the conversion: these tests check the converter never gets such a run,
// by the tree it is given, not by timing.
import { describe, expect, it, vi } from "vitest";
import type { Root as HastRoot, Element, RootContent } from "hast";

const given: HastRoot[] = [];
vi.mock("hast-util-to-mdast", async (importOriginal) => {
  const actual = await importOriginal<typeof import("hast-util-to-mdast")>();
  return { ...actual, toMdast: (tree: HastRoot, options: Parameters<typeof actual.toMdast>[1]) => (given.push(tree), actual.toMdast(tree, options)) };
});
const { parsePosting } = await import("../../src/index.js");

/** The longest run of sibling text nodes, and the <span>s left, in the trees the converter was given. */
function textRuns(trees: HastRoot[]): { longestRun: number; spans: number } {
  let longestRun = 0;
  let spans = 0;
  const stack: (HastRoot | RootContent)[] = [...trees];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "element" && (node as Element).tagName === "span") spans++;
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
  it("a .html page of 2,000 <span>s", () => {
    given.length = 0;
    const html = `<!doctype html><html><head><title>Welder</title></head><body><h1>Welder</h1><p>Tools: ${SKILLS}</p><h2>Requirements</h2><ul><li><span>Five</span> <font>years</font> <small>of MIG</small></li></ul></body></html>`;
    const posting = parsePosting(html, { file: "job.html" });
    expect(given.length).toBeGreaterThan(0);
    expect(textRuns(given)).toEqual({ longestRun: 1, spans: 0 });
    // The text reads as it did: the words of the unwrapped elements, spaced as on the page.
    expect(posting.requirements).toEqual(["Five years of MIG"]);
  });

  it("an HTML block of 2,000 <span>s in a .md posting", () => {
    given.length = 0;
    const md = `# Welder\n\n<div>Tools: ${SKILLS}</div>\n\n<ul><li><span>Five</span> <span>years</span> of MIG</li></ul>\n`;
    parsePosting(md, { file: "job.md" });
    expect(given.length).toBeGreaterThan(0);
    expect(textRuns(given)).toEqual({ longestRun: 1, spans: 0 });
  });
});
