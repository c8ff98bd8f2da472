// A LinkedIn job page copied as text (SPEC §1 "Input formats": publisher data): its page title
// "Role | Company | LinkedIn" opens the copy, then the site's navigation, then the job's top card —
// "Hamburg, Hamburg, Germany · Reposted 4 months ago · Over 100 people clicked apply" and a line
// of its workplace and type run together ("On-siteFull-time"). The card is LinkedIn's own data
// about the job, so it is the header, in whatever language the posting below it is written.
import type { Block, PostingHeader } from "./document.js";
import type { Found } from "./types.js";

/** Blocks read for the top card after the page title (the navigation comes first). */
const MAX_CARD_BLOCKS = 30;

// The page title: role, company, then the site's name.
const PAGE_TITLE_RE = /^(.{2,140}?)\s+\|\s+(.{1,80}?)\s+\|\s+LinkedIn\b/;
// The top card's place line: the place, then when it was posted ("· Reposted 4 months ago", "· 2 weeks ago").
const CARD_PLACE_RE = /^([^·|]{2,100}?)\s+·\s+(?:(?:Re)?posted\b|\d{1,3}\s+\w+\s+ago\b)/i;
// The top card's facts line: a workplace word and an employment type, each optional, written together.
const CARD_FACTS_RE = /^(On-site|Hybrid|Remote)?\s*(Full-time|Part-time|Contract|Temporary|Internship|Volunteer)?$/;

/** The header a LinkedIn page copy's title and top card give, or null when the text is no such copy. */
export function linkedInHeader(blocks: readonly Block[]): PostingHeader | null {
  const first = blocks[0];
  const titleLine = first?.lines[0] ?? first?.text;
  const title = titleLine ? PAGE_TITLE_RE.exec(titleLine) : null;
  if (!first || !title) return null;
  const at = (text: string, line: number): Found => ({ text, line, via: "header" });
  const header: PostingHeader = { publisher: true, title: at(title[1].trim(), first.line), company: at(title[2].trim(), first.line) };
  let workplace = "";
  let place = "";
  let placeLine = 0;
  for (const block of blocks.slice(1, MAX_CARD_BLOCKS)) {
    block.lines.forEach((line, i) => {
      const text = line.trim();
      const card = place ? null : CARD_PLACE_RE.exec(text);
      if (card) [place, placeLine] = [card[1].trim(), block.line + i];
      const facts = text ? CARD_FACTS_RE.exec(text) : null;
      if (!facts || header.employmentType || workplace) return;
      workplace = facts[1] ?? "";
      if (facts[2]) header.employmentType = at(facts[2], block.line + i);
    });
    if (place && (workplace || header.employmentType)) break;
  }
  if (place) header.location = at(workplace ? `${place} (${workplace})` : place, placeLine);
  else if (workplace) header.location = at(workplace, header.employmentType?.line ?? first.line);
  return header;
}
