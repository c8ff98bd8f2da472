// title (SPEC §1): header link text, frontmatter, first role heading, field, stand-alone line.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractTitle } from "../../src/extract/title.js";

describe("title", () => {
  it.each([
    ["# [Senior Software Engineer, Deployment ](https://www.remotewlb.com/apply/x)  \n### Reddit\n", "Senior Software Engineer, Deployment"],
    ["---\ntitle: Hiring our next Community Manager\n---\n\n## Background and role context\n\nText.\n", "Hiring our next Community Manager"],
    ['---\ntitle: "Senior Node.js Developer "\n---\n\nText.\n', "Senior Node.js Developer"],
    ["# Hiring\n\n## Acme: Finance Admin\n\nText.\n", "Acme: Finance Admin"],
    ["# Lead Content Designer \n\n- Location: London\n", "Lead Content Designer"],
    ["Company: Faqta\nType: Full-time\n\nMedior Backend Developer (Node.js)\n\nFaqta builds things.\n", "Medior Backend Developer (Node.js)"],
    ["TextQL | Senior Software Engineer (FT) | ONSITE | New York City\n\nCompany: TextQL is great.\n", "Senior Software Engineer (FT)"],
    ["ReadWorks | REMOTE (US) | Contract\n\nWe're looking for a Senior Data Engineer to help us.\n", "Senior Data Engineer"],
    ["> write hello@acme.com to apply\n\n**Full-time job opportunity**\n", null],
    ["Company: Karma8\nLocation: Remote\n\nRussian-speaking team\n\nKarma8 builds storage.\n", null],
  ])("%j → %s", (text, expected) => {
    expect(extractTitle(buildDocument(text)).value).toBe(expected);
  });
});
