// applyUrl (SPEC §1): the title link (`# [Title](url)`), else an apply URL field or frontmatter
// (`applicationURL`, `Apply:`), else an apply link in the body ("CLICK TO APPLY", "Apply here",
// "Please apply via the form below (at <https://…>)", a "To apply" heading or "Apply:" line
// followed by the URL), else the URL segment of a segmented header line unless it is a home page,
// else null. A link whose text names something else ("the SDK") in a
// sentence that mentions applying is not an apply link.
import type { Block, PostingDoc } from "../core/document.js";
import type { Extracted } from "../core/types.js";
import { ANY_ROLE_NOUN_RE } from "../normalize/role-words.js";
import { APPLY_INVITATION_WORDS } from "../normalize/apply-words.js";
import { WordPattern } from "../normalize/latin1-classes.js";
import { isAtsUrl } from "../normalize/company-name-patterns.js";

const APPLY_FIELD_KEYS = ["applicationurl", "application url", "apply url", "applyurl", "apply", "apply here", "application", "apply link", "how to apply", "to apply", "apply_url", "application_url"];
/** Blocks scanned and characters per block (hostile input). */
const MAX_BLOCKS = 400;
const MAX_BLOCK_CHARS = 3000;

// Link text that is itself an invitation to apply ("APPLY", "Apply here", "Fill out this form!",
// "Submit your application", "Application form"). "Application" inside a job's name ("Application
// Security Engineer", a job board's "similar jobs" cards) is no invitation.
const APPLY_LINK_TEXT_RE = /\bapply\b|\bthis form\b|\bapplication form\b|^(?:(?:click|tap)\s+here\s+to\s+)?(?:(?:submit|start|send|complete|online|your|an?|the|job|my)\s+){0,3}application(?:\s+(?:link|page|here))?\s*[.!:→»>]*$/i;
// A sentence or line that invites applying (not "applying", "applicants" or a privacy notice).
const APPLY_TEXT_RE = /\bapply\b|\bapplication form\b/i;
// The same invitation in Portuguese, Spanish, German or French (normalize/apply-words.ts).
const LOCAL_APPLY_TEXT_RE = new WordPattern(`(?<![\\p{L}])(?:${Object.values(APPLY_INVITATION_WORDS).flat().join("|")})`, "iu");
// Privacy-policy and similar notices link to pages that are not the application.
const NOT_APPLY_RE = /\bprivacy\b|\bpolicy\b|\bterms\b/i;
// A heading or line that announces the apply link on the next block: "To apply", "Apply:", "How to apply?".
const APPLY_LEAD_RE = /^(?:to apply|apply(?: here| now)?|how to apply|application)\s*[:?!]?$/i;
// The same lead as a heading in Portuguese, Spanish, German or French ("## Como se candidatar",
// "## Cómo postular", "## Bewerbung", "## Vous souhaitez candidater ?"): the section under it holds the link.
const LOCAL_APPLY_HEADING_RE =
  /^(?:como (?:se )?candidatar(?:-se)?|como aplicar|candidate-se|candidatura|c[óo]mo (?:aplicar|postular(?:se)?)|para (?:postular|aplicar)|postulaci[óo]n|post[úu]late|bewerbung|so bewirbst du dich|jetzt bewerben|bewirb dich(?: jetzt)?|comment postuler|postuler|candidature|vous souhaitez (?:nous rejoindre|candidater|postuler))\b[^]{0,40}$/i;
// Words of a link to a posting or an application form, in those languages and English.
const POSTING_LINK_RE = /(?:vagas?|ofertas?|offres?|poste|stelle|stellenanzeige|jobs?|formul[áa]rio|formulaire|candidat|postul|bewerb|emploi|empleo)/i;
/** Blocks read under such a heading for its link. */
const MAX_LOCAL_APPLY_BLOCKS = 3;
// An absolute http(s) URL inside prose.
const URL_RE = /https?:\/\/[^\s<>()"'\]]{1,2000}[^\s<>()"'\].,;:!?]/;
// Every such URL in a text (matchAll copies it, so one pattern serves every call).
const URLS_RE = new RegExp(URL_RE.source, "g");
// A block that is one http(s) URL and nothing else.
const URL_ONLY_RE = /^https?:\/\/\S+$/i;
// An http(s) URL value.
const HTTP_RE = /^https?:\/\//i;
// A link target that is a page: an http(s) URL or a path on the page's own site ("/apply?role=…",
// "../send-application/", "apply.html"), which a careers page's "Apply" button often is. Not an
// in-page anchor ("#apply", the form further down), an e-mail address or a script.
const SITE_PATH_RE = /^(?:\/(?!\/)|\.{1,2}\/|[\w-]+(?:[./][\w-]+)*\/?(?:[?#]|$))/;
// A scheme other than http(s): mailto:, tel:, javascript:.
const OTHER_SCHEME_RE = /^[a-z][a-z0-9+.-]*:/i;
// Cloudflare's stand-in for a mailto: link on a saved page ("../cdn-cgi/l/email-protection#0369…"): an e-mail address.
const EMAIL_PROTECTION_RE = /\/cdn-cgi\/l\/email-protection/i;
// A block that is one URL, after at most a short label ("All Jobs: https://…", "Openings → https://…").
const JOBS_LINE_RE = /^(?:[\p{L} ]{1,30}[:→-]\s*)?(https?:\/\/\S+)$/u;
// A URL of a jobs page: an applicant-tracking host or a jobs/careers path.
const JOBS_PAGE_RE = /^https?:\/\/(?:[^/]*\b(?:ashbyhq|greenhouse|lever|workable|recruitee|breezy|bamboohr|smartrecruiters|teamtailor|personio|jobvite|wellfound|ycombinator\.com\/companies)\b|[^/]*\bjobs?\.|[^?#]*\/(?:jobs?|careers?|positions|openings|join|apply)\b)/i;
// A template's stand-in address ("applicationUrl: https://example.com"): no link at all.
const PLACEHOLDER_URL_RE = /^https?:\/\/(?:www\.)?(?:example\.(?:com|org|net)|localhost)(?:[:/?#]|$)/i;
/** Words besides its links a block after an apply lead may hold for its first link to be taken. */
const MAX_LEAD_OTHER_WORDS = 6;
// A site's home page ("https://acme.ai", "https://www.acme.com/"): the company's, not the posting's.
const HOME_PAGE_RE = /^https?:\/\/[^/?#]+\/?$/i;

/** `url` leads to a page one can apply on: an http(s) URL or a path on the site. */
function isPageLink(url: string): boolean {
  if (EMAIL_PROTECTION_RE.test(url)) return false;
  return HTTP_RE.test(url) || (!OTHER_SCHEME_RE.test(url) && SITE_PATH_RE.test(url));
}

/**
 * The first link of the blocks to an applicant-tracking host, with its block: a link there is the
 * application whatever its text says ("View the role", the job's name); a site's navigation never
 * leaves for the ATS.
 */
function atsLink(blocks: readonly Block[]): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    const link = block.links.find((l) => isAtsUrl(l.url) && !PLACEHOLDER_URL_RE.test(l.url));
    if (link) return { url: link.url, block };
  }
  return undefined;
}

/** A URL in the block that stands for itself: a bare URL in text or an autolink. */
function bareUrl(block: Block): string | undefined {
  const auto = block.links.find((l) => HTTP_RE.test(l.url) && (l.text === l.url || HTTP_RE.test(l.text)));
  if (auto) return auto.url;
  const linkTexts = new Set(block.links.map((l) => l.text));
  const m = URL_RE.exec(block.text.slice(0, MAX_BLOCK_CHARS));
  return m && !linkTexts.has(m[0]) ? m[0] : undefined;
}

/**
 * The link a block after an apply lead gives: a bare URL, a link to a jobs page or worded as an
 * invitation, or the link of a block that is little more than its links ("[Kano](…)"). Prose
 * linking to something else is not it ("How to apply" / "First, create your profile on [Muck
 * Rack]. Second, send us an email…").
 */
function leadTarget(block: Block): string | undefined {
  const bare = bareUrl(block);
  if (bare) return bare;
  const links = block.links.filter((l) => isPageLink(l.url));
  const jobs = links.find((l) => JOBS_PAGE_RE.test(l.url) || APPLY_LINK_TEXT_RE.test(l.text));
  if (jobs) return jobs.url;
  let rest = block.text.slice(0, MAX_BLOCK_CHARS);
  for (const l of links) rest = rest.replace(l.text, " ");
  return rest.split(/\s+/).filter(Boolean).length <= MAX_LEAD_OTHER_WORDS ? links[0]?.url : undefined;
}

/**
 * A block that is only a link to a jobs page ("https://jobs.ashbyhq.com/acme", "All jobs: https://…"):
 * with no apply wording anywhere, that is where one applies (HN comments end with one).
 */
function jobsPageLine(blocks: readonly Block[]): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    const m = JOBS_LINE_RE.exec(block.text.slice(0, MAX_BLOCK_CHARS));
    if (m && JOBS_PAGE_RE.test(m[1])) return { url: m[1], block };
  }
  return undefined;
}

/**
 * The same line by line inside blocks, or a role's line ending in its own link ("Senior Robotics
 * Engineer: https://…", "Product Manager | Remote US | $120K. https://…", "Growth Marketer job
 * description: https://…"): HN comments list a link per role, and the first role's link goes with
 * the first role and its pay. Read after the header's own URL, which names the posting's page.
 */
function roleLinkLines(blocks: readonly Block[], headerLines: ReadonlySet<number>): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    for (const [i, line] of (block.lines.length > 1 ? block.lines : [block.text]).entries()) {
      if (headerLines.has(block.line + i)) continue;
      const own = JOBS_LINE_RE.exec(line.slice(0, MAX_BLOCK_CHARS));
      if (own && JOBS_PAGE_RE.test(own[1])) return { url: own[1], block };
      const url = roleLinkLine(line.slice(0, MAX_BLOCK_CHARS));
      if (url) return { url, block };
    }
  }
  return undefined;
}

// A line's leading text and the link (or links, comma-separated) it ends with.
const ENDS_IN_LINK_RE = /^(.*?)\s*[:→»|.–—-]*\s*(https?:\/\/[^\s<>()"'\],]+[^\s<>()"'\].,;:!?])(?:\s*,\s*https?:\/\/\S+)*\s*$/;
// Words that make a line's text a pointer to postings ("Full job postings:", "Open roles:").
const POSTINGS_WORD_RE = /\b(?:jobs?|postings?|openings?|roles?|positions?|job description)\b/i;
/** Longest text before a role's link: a role line with its place and pay, not a paragraph. */
const MAX_ROLE_LINE_CHARS = 200;
/** Words before a link a role's name may take ("Senior Software Engineer, Android"), unless cut into segments. */
const MAX_ROLE_LINE_WORDS = 12;
// Segment separators of a role line ("Product Manager | Remote US | $120K", "Engineer - $160k - Go").
const ROLE_LINE_SEPARATOR_RE = /\s[|–—-]\s/;

function roleLinkLine(line: string): string | undefined {
  const m = ENDS_IN_LINK_RE.exec(line);
  if (!m || HOME_PAGE_RE.test(m[2])) return undefined;
  const lead = m[1].replace(/^[\s/*•·-]+/, "");
  if (!lead || lead.length > MAX_ROLE_LINE_CHARS || APPLY_TEXT_RE.test(lead) || NOT_APPLY_RE.test(lead)) return undefined;
  // "…our open-source developer tooling at docs.acme.org and https://github.com/…" is prose.
  if (lead.split(/\s+/).length > MAX_ROLE_LINE_WORDS && !ROLE_LINE_SEPARATOR_RE.test(lead)) return undefined;
  return ANY_ROLE_NOUN_RE.test(lead) || POSTINGS_WORD_RE.test(lead) ? m[2] : undefined;
}

/**
 * The first web link of the blocks up to the next heading that leads to the posting or a form: a jobs
 * page, or a link whose text or address says so ("la fiche de poste", "/offre-emploi/", "formulário") —
 * not the team's page the same section mentions ("[L'équipe](…/la-tribu/) répondra à vos questions").
 */
function sectionLink(blocks: readonly Block[]): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    if (block.kind === "heading") return undefined;
    if (NOT_APPLY_RE.test(block.text.slice(0, MAX_BLOCK_CHARS))) continue;
    const links = [...block.links.filter((l) => HTTP_RE.test(l.url)), ...(bareUrl(block) ? [{ text: "", url: bareUrl(block) as string }] : [])];
    // A line that is only a URL, under the apply heading, is where one applies ("https://bit.ly/3AKVqfs").
    const alone = URL_ONLY_RE.test(block.text) ? links[0] : undefined;
    const link = alone ?? links.find((l) => JOBS_PAGE_RE.test(l.url) || POSTING_LINK_RE.test(`${l.text} ${l.url}`));
    if (link) return { url: link.url, block };
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
    const link = block.links.find((l) => (APPLY_LINK_TEXT_RE.test(l.text) || LOCAL_APPLY_TEXT_RE.test(l.text)) && isPageLink(l.url));
    if (link) return { value: link.url, from: { line: block.line, via: "body", text } };
    const bare = APPLY_TEXT_RE.test(text) ? bareUrl(block) : undefined;
    if (bare) return { value: bare, from: { line: block.line, via: "body", text } };
    // "Si te interesa participar en el proceso de selección [pulsa aquí](…)": one link in an invitation.
    const webLinks = block.links.filter((l) => isPageLink(l.url));
    if (webLinks.length === 1 && block.kind !== "heading" && LOCAL_APPLY_TEXT_RE.test(text)) return { value: webLinks[0].url, from: { line: block.line, via: "body", text } };
    // "To apply:", or a heading or `…:` line inviting applying whose links follow ("Please apply through these links:").
    const lead = APPLY_LEAD_RE.test(text) || (APPLY_TEXT_RE.test(text) && (block.kind === "heading" || text.endsWith(":")));
    const next = lead ? blocks[i + 1] : undefined;
    const nextUrl = next && leadTarget(next);
    if (next && nextUrl) return { value: nextUrl, from: { line: next.line, via: "body", text: next.text } };
    if (block.kind === "heading" && LOCAL_APPLY_HEADING_RE.test(text)) {
      const under = sectionLink(blocks.slice(i + 1, i + 1 + MAX_LOCAL_APPLY_BLOCKS));
      if (under) return { value: under.url, from: { line: under.block.line, via: "body", text: under.block.text } };
    }
  }
  const h = doc.header;
  const headerLines = new Set([h.title, h.company, h.location, h.salary, h.role, h.url].flatMap((f) => (f ? [f.line] : [])));
  const role = roleLinkLines(blocks, headerLines);
  const jobs = jobsPageLine(blocks);
  // A jobs-page line beats the header's URL; a role's link before it ("Senior Robotics Engineer: …"
  // then "Mechanical Engineer: …") is the first of the same list.
  const listed = jobs && role && role.block.line <= jobs.block.line ? role : jobs;
  if (listed) return { value: listed.url, from: { line: listed.block.line, via: "body", text: listed.block.text } };
  // A segmented header's URL, when it is a page of its own and not the company's home page.
  const segment = doc.header.url;
  if (segment && !HOME_PAGE_RE.test(segment.text)) return { value: segment.text, from: { line: segment.line, via: "header", text: segment.text } };
  if (role) return { value: role.url, from: { line: role.block.line, via: "body", text: role.block.text } };
  // A header-line post (HN) that signs off with a bare link of its own (the job's page or document).
  const last = blocks.at(-1);
  const sign = doc.header.segmented && last && last !== blocks[0] ? /^https?:\/\/\S+$/.exec(last.text) : null;
  if (last && sign && !HOME_PAGE_RE.test(sign[0])) return { value: sign[0], from: { line: last.line, via: "body", text: last.text } };
  const posting = postingLink(blocks);
  if (posting) return { value: posting.url, from: { line: posting.block.line, via: "body", text: posting.block.text } };
  const ats = atsLink(blocks);
  if (ats) return { value: ats.url, from: { line: ats.block.line, via: "body", text: ats.block.text } };
  return { value: null };
}

// Words before a link that say it is the posting itself ("Full mission briefing:", "Read the full spec
// here:", "check out the job listing at", "There's also a full JD here:", "Info/application here:").
const POSTING_LEAD_RE = /\b(?:full (?:spec|jd|job description|description|details|briefing|posting)|(?:mission|role) briefing|job (?:description|listing|post(?:ing)?|details)|jd|more details|application)\b[^.!?]{0,30}$/i;

/**
 * With no apply wording and no link listed on its own line, the first link in the prose that is
 * the posting: a jobs page by its address ("For more details: https://careers.acme.com/…/job/"),
 * or any page the words before it call the posting ("Read the full spec here: https://…").
 */
function postingLink(blocks: readonly Block[]): { url: string; block: Block } | undefined {
  for (const block of blocks) {
    const text = block.text.slice(0, MAX_BLOCK_CHARS);
    if (NOT_APPLY_RE.test(text)) continue;
    for (const m of text.matchAll(URLS_RE)) {
      const url = m[0];
      if (HOME_PAGE_RE.test(url) || PLACEHOLDER_URL_RE.test(url)) continue;
      if (JOBS_PAGE_RE.test(url) || POSTING_LEAD_RE.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return { url, block };
    }
  }
  return undefined;
}
