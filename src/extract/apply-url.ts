// applyUrl (SPEC §1): the title link (`# [Title](url)`), else an apply URL field or frontmatter
// (`applicationURL`, `Apply:`), else an apply link in the body ("CLICK TO APPLY", "Apply here",
// "Please apply via the form below (at <https://…>)", a "To apply" heading or "Apply:" line
// followed by the URL), else the URL segment of a segmented header line unless it is a home page,
// else null. A link whose text names something else ("the SDK") in a
// sentence that mentions applying is not an apply link.
import type { Block, PostingDoc } from "../core/document.js";
import type { Extracted } from "../core/types.js";

const APPLY_FIELD_KEYS = ["applicationurl", "application url", "apply url", "applyurl", "apply", "apply here", "application", "apply link", "how to apply", "to apply", "apply_url", "application_url"];
/** Blocks scanned and characters per block (hostile input). */
const MAX_BLOCKS = 400;
const MAX_BLOCK_CHARS = 3000;

// Link text that is itself an invitation to apply ("APPLY", "Apply here", "Fill out this form!",
// "Submit your application", "Application form"). "Application" inside a job's name ("Application
// Security Engineer", a job board's "similar jobs" cards) is no invitation.
const APPLY_LINK_TEXT_RE = /\bapply\b|\bthis form\b|\bapplication form\b|^(?:(?:submit|start|send|complete|online|your|an?|the|job|my)\s+){0,3}application(?:\s+(?:link|page|here))?\s*[.!:→»>]*$/i;
// A sentence or line that invites applying (not "applying", "applicants" or a privacy notice).
const APPLY_TEXT_RE = /\bapply\b|\bapplication form\b/i;
// Privacy-policy and similar notices link to pages that are not the application.
const NOT_APPLY_RE = /\bprivacy\b|\bpolicy\b|\bterms\b/i;
// A heading or line that announces the apply link on the next block: "To apply", "Apply:", "How to apply?".
const APPLY_LEAD_RE = /^(?:to apply|apply(?: here| now)?|how to apply|application)\s*[:?!]?$/i;
// An absolute http(s) URL inside prose.
const URL_RE = /https?:\/\/[^\s<>()"'\]]{1,2000}[^\s<>()"'\].,;:!?]/;
// An http(s) URL value.
const HTTP_RE = /^https?:\/\//i;
// A block that is one URL, after at most a short label ("All Jobs: https://…", "Openings → https://…").
const JOBS_LINE_RE = /^(?:[\p{L} ]{1,30}[:→-]\s*)?(https?:\/\/\S+)$/u;
// A URL of a jobs page: an applicant-tracking host or a jobs/careers path.
const JOBS_PAGE_RE = /^https?:\/\/(?:[^/]*\b(?:ashbyhq|greenhouse|lever|workable|recruitee|breezy|bamboohr|smartrecruiters|teamtailor|personio|jobvite|wellfound|ycombinator\.com\/companies)\b|[^/]*\bjobs?\.|[^?#]*\/(?:jobs?|careers?|positions|openings|join|apply)\b)/i;
// A template's stand-in address ("applicationUrl: https://example.com"): no link at all.
const PLACEHOLDER_URL_RE = /^https?:\/\/(?:www\.)?(?:example\.(?:com|org|net)|localhost)(?:[:/?#]|$)/i;
/** Words of the block after an apply lead whose link is taken even when the link text says nothing of applying. */
const MAX_LEAD_NEXT_WORDS = 20;
// A site's home page ("https://acme.ai", "https://www.acme.com/"): the company's, not the posting's.
const HOME_PAGE_RE = /^https?:\/\/[^/?#]+\/?$/i;

/** A URL in the block that stands for itself: a bare URL in text or an autolink. */
function bareUrl(block: Block): string | undefined {
  const auto = block.links.find((l) => HTTP_RE.test(l.url) && (l.text === l.url || HTTP_RE.test(l.text)));
  if (auto) return auto.url;
  const linkTexts = new Set(block.links.map((l) => l.text));
  const m = URL_RE.exec(block.text.slice(0, MAX_BLOCK_CHARS));
  return m && !linkTexts.has(m[0]) ? m[0] : undefined;
}

function firstUrl(block: Block): string | undefined {
  return block.links.find((l) => HTTP_RE.test(l.url))?.url ?? URL_RE.exec(block.text.slice(0, MAX_BLOCK_CHARS))?.[0];
}

/**
 * A line that is only a link to a jobs page ("https://jobs.ashbyhq.com/acme", "All jobs: https://…"):
 * with no apply wording anywhere, that is where one applies (HN comments end with one).
 */
function jobsPageLine(blocks: readonly Block[]): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    const m = JOBS_LINE_RE.exec(block.text.slice(0, MAX_BLOCK_CHARS));
    if (m && JOBS_PAGE_RE.test(m[1])) return { url: m[1], block };
  }
  return undefined;
}

export function extractApplyUrl(doc: PostingDoc): Extracted<string | null> {
  const title = doc.header.titleUrl;
  if (title) return { value: title.text, from: { line: title.line, via: "header" } };
  const field = doc.fields.find((f) => APPLY_FIELD_KEYS.includes(f.key) && URL_RE.test(f.value) && !PLACEHOLDER_URL_RE.test(URL_RE.exec(f.value)?.[0] ?? ""));
  const fieldUrl = field && URL_RE.exec(field.value)?.[0];
  if (field && fieldUrl) return { value: fieldUrl, from: { line: field.line, via: field.via, text: field.value } };
  const blocks = doc.blocks.slice(0, MAX_BLOCKS);
  for (const [i, block] of blocks.entries()) {
    const text = block.text.slice(0, MAX_BLOCK_CHARS);
    if (NOT_APPLY_RE.test(text)) continue;
    const link = block.links.find((l) => APPLY_LINK_TEXT_RE.test(l.text) && HTTP_RE.test(l.url));
    if (link) return { value: link.url, from: { line: block.line, via: "body", text } };
    const bare = APPLY_TEXT_RE.test(text) ? bareUrl(block) : undefined;
    if (bare) return { value: bare, from: { line: block.line, via: "body", text } };
    // "To apply:", or a heading or `…:` line inviting applying whose links follow ("Please apply through these links:").
    const lead = APPLY_LEAD_RE.test(text) || (APPLY_TEXT_RE.test(text) && (block.kind === "heading" || text.endsWith(":")));
    const next = lead ? blocks[i + 1] : undefined;
    // The next block's link, when that block is the link's line and not prose linking elsewhere
    // ("How to apply" / "First, create your profile on [Muck Rack]. Second, send us an email…").
    const nextUrl = next && (next.text.split(" ").length <= MAX_LEAD_NEXT_WORDS ? firstUrl(next) : bareUrl(next));
    if (next && nextUrl) return { value: nextUrl, from: { line: next.line, via: "body", text: next.text } };
  }
  const jobs = jobsPageLine(blocks);
  if (jobs) return { value: jobs.url, from: { line: jobs.block.line, via: "body", text: jobs.block.text } };
  // A segmented header's URL, when it is a page of its own and not the company's home page.
  const segment = doc.header.url;
  if (segment && !HOME_PAGE_RE.test(segment.text)) return { value: segment.text, from: { line: segment.line, via: "header", text: segment.text } };
  return { value: null };
}
