// location (SPEC §1 "location"; issue 3 "Location"). Reads nothing from `earlier`; salary reads
// its countries. `raw` precedence: the job-board header badge (`🌎 …`) > a `Location:` field or
// frontmatter > a place in the title ("(Remote - USA/ Canada)") > an HN-style "A | B | C" first
// line. Countries, regions and cities come from that statement (a `Location:` field fills in
// what the header leaves out); body phrases ("open to candidates in the US or Canada") add
// countries and regions only when the statement names neither. workplace: the statement, else a
// `Remote:` field, else body sentences ("fully remote", "3 days a week in the office").
import { FACT_SPLIT_RE, factSegments, type Block, type PostingDoc, type Field } from "../core/document.js";
import { SUMMARY_KEY_RE } from "../normalize/frontmatter-keys.js";
import type { Earlier, Extracted, Found } from "../core/types.js";
import type { Location, Workplace } from "../schema.js";
import { WordPattern } from "../normalize/latin1-classes.js";
import { parseLocationText, type CaReading, type ParsedLocation, type ParseLocationOptions } from "../normalize/location-text.js";
import { bodyWorkplace, hiringTagWorkplace, officeWorkplace, remoteFieldWorkplace, remoteOrOffice } from "../normalize/workplace.js";
import { BODY_PLACE_CUES, INLINE_PLACE_OF_WORK_RE, isDetailLabel, isJoinedLocationLabel, isLocationLabel, isWorkplaceLabel, JOB_PLACE_WORDS, mayNamePlaceOfWork, NOT_JOB_PLACE_WORDS, PROSE_PLACE_PREPOSITIONS } from "../normalize/location-labels.js";
import { foldPlace } from "../normalize/fold.js";

/** Body text scanned for workplace sentences and place phrases. */
const MAX_BODY_CHARS = 60_000;
/** Blocks searched for a location label ("## Local", "Standort: Berlin"); they sit near the top. */
const MAX_LABEL_BLOCKS = 200;
/** Blocks read under a location heading for its value. */
const MAX_LABEL_VALUE_BLOCKS = 3;
/** Text read per block or line when looking for a label (hostile input: very long lines). */
const MAX_LABEL_LINE_CHARS = 300;
// A table cell's label that ends with its colon ("Location:").
const TERM_COLON_RE = /\s*:\s*$/;
/** Blocks read under a details heading ("### Detalles": place, workplace, hours, start, pay…). */
const MAX_DETAIL_ITEMS = 10;
/** Text read after a place phrase ("based in …"). */
const MAX_CUE_TAIL_CHARS = 90;

// Keys of a location field: "Location", "Job location", "Locations", "Where you'll be working/Location".
const LOCATION_KEY_RE = /(?:^|[\s/])(?:job\s?|work\s?|office\s?|primary\s?)?locations?(?:\s?\(s\))?$|^based in$/;
// A label line: a short key, a colon (spaced the French way or not), then the value if any: "Lieu : Paris",
// "Localização: São Paulo", "Local:" (the value on the next line).
const LABEL_LINE_RE = /^([^:：]{1,40}?)\s*[:：]\s*(.*)$/;
// Emoji (but not a flag, which names a country) opening a details item: "🏢 remoto", "📍 Lisboa".
const LEADING_PICTOGRAPHS_RE = /^(?:[\s*•·-]|\p{Extended_Pictographic}|\uFE0F|\u200D)+/u;
// Articles that may stand between a place phrase and the country ("depuis la France", "em todo o Brasil").
const LOCAL_ARTICLES = String.raw`(?:la|le|les|l['’]|el|los|las|o|a|os|as|die|der|dem|den)`;
// Two to four capitals: a title's bracketed abbreviation, possibly of the words before it.
const INITIALS_RE = /^[A-Z]{2,4}$/;
// Keys of a remote yes/no field: "Remote", "Remote work", "Remote OK".
const REMOTE_KEY_RE = /^remote(?:\s(?:work|ok|friendly|policy|option))?$/;
// The job board's workplace tag before the place, with no space after its comma: "remote,India - Remote",
// "hybrid,Paris or Remote from France" (an author's "Remote, CA" is a statement, not a tag).
const BOARD_TAG_RE = /^(remote|hybrid|onsite|on-site),(?=\S)/i;
// A parenthesised or bracketed part of a title: "Senior Engineer II (Remote - USA/ Canada)", and the
// job boards' place tag "[São Paulo/SP] PHP Developer", "[REMOTO ou BH] Desenvolvedor iOS".
const TITLE_PAREN_RE = /[([]([^()[\]]{1,80})[)\]]/g;
// A place closing a title after "in"/"à"/"em"/"en"/"no"/"na": "… Full Stack à Toulouse", "Engineer in Austin".
const TITLE_AT_PLACE_RE = /\s(?:in|à|em|en|no|na)\s+(\p{Lu}[^,()[\]|]{1,40})$/u;
// What separates a title's parts: a spaced dash or pipe ("Développeur H/F - Lille - CDI"); not a
// comma, which joins a city to its state ("Newport Beach, CA").
const TITLE_SEPARATOR_RE = /\s[-–—|]\s/;
// The last dash-, comma- or pipe-separated part of a title: "Backend Engineer - Remote US".
const TITLE_TAIL_RE = /(?:\s[-–—|]\s|,\s)([^-–—|,()]{1,60})$/;
// Separators of an HN first line: "Company | Role | REMOTE (US) | $120k".
const PIPE_SPLIT_RE = /\s+\|\s+/;
// Where the job itself is based: "This is a full time job based in our NYC headquarters", "a full-time
// position based in our office in downtown Portland, OR", "You're based in the SF Bay Area". The
// subject must be the job or the hire: "We're a company based in London" names the company's seat.
const JOB_BASED_RE = /\b(?:(?:position|role|job|opening|internship|you(?:'re|’re| are| will be|'ll be|’ll be)?)\b[^.;:!?\n]{0,40}?\bbased|(?:work|working)\s+(?:from|at|out\s+of)\s+our)\s+(?:(?:in|at|out\s+of)\s+)?(?:the\s+|our\s+)?/gi;
// The clause after such a phrase names an office: "our peaceful office in downtown Portland", "our NYC headquarters".
const OFFICE_WORD_RE = /\b(?:office|offices|headquarters|HQ|studio|campus|hub)\b/i;
// A residence phrase ("You're based in …") names the place itself, with no office word.
const RESIDENT_SUBJECT_RE = /^you/i;
// A place phrase of the body: "based in", "open to candidates in", "remote within", "authorized to work in".
const PLACE_CUE_RE =
  /\b(?:(?:based|located|living|residing|reside|resident|live)\s+(?:anywhere\s+)?(?:in|within)|open\s+to\s+(?:(?:candidates|applicants|residents|anyone|people|everyone|talent)\s+)?(?:(?:based|located|living)\s+)?(?:in|from|across)|remote(?:ly)?\s+(?:(?:from\s+)?anywhere\s+)?(?:in|within|from|across)|(?:hiring|hire)\s+(?:(?:candidates|talent|engineers|people)\s+)?(?:in|from|across)|(?:authorized|eligible|authorization)\s+to\s+work\s+(?:in|within))\s+(?:the\s+)?/gi;
// "based/located/living in" must be about the candidate ("you", "candidates", "must be"), not the company's office.
const RESIDENCE_CUE_RE = /^(?:based|located|living|residing|reside|resident|live)/i;
// Who a residence phrase is about: the candidate.
const CANDIDATE_SUBJECT_RE = /\b(?:you|you're|you’re|candidates?|applicants?|must|should|residents?|individuals|people|anyone|employees|talent|need to|required to|if|team members)\b/i;
// A place phrase that announces a list after a colon: "able to hire in the following countries: Australia, …".
const FOLLOWING_LIST_RE = /^(?:all\s+)?(?:of\s+)?(?:the\s+)?following\s+(?:countries|locations|states|regions|territories)\b[^:\n]{0,40}[:：]\s*/i;
/** Text read of such a list (Wikimedia's runs to 39 countries). */
const MAX_LIST_CHARS = 600;
// "anywhere" in a place phrase ("remote from anywhere in the world").
const ANYWHERE_RE = /\banywhere\b/i;
// Where a place phrase's tail ends: the end of its sentence or clause.
const CLAUSE_END_RE = /[.;:!?\n]/;
// Words of the document that tell a lone "CA" is Canada.
const CANADA_HINT_RE = /\b(?:Canada|Canadian|CAD|Ontario|Quebec|British Columbia|Alberta|Toronto|Vancouver)\b/g;
// Words of the document that tell a lone "CA" is California.
const CALIFORNIA_HINT_RE = /\b(?:California|Californian|United States|USA|U\.S\.|USD|Los Angeles|San Francisco|San Diego)\b/g;

interface Statement extends Found {
  parsed: ParsedLocation;
}

function namesPlace(p: ParsedLocation): boolean {
  return p.countries.length > 0 || p.regions.length > 0 || p.cities.length > 0;
}

function caHint(doc: PostingDoc): CaReading | undefined {
  const text = doc.text.slice(0, MAX_BODY_CHARS);
  const canada = text.match(CANADA_HINT_RE)?.length ?? 0;
  const california = text.match(CALIFORNIA_HINT_RE)?.length ?? 0;
  return canada > california ? "CA" : california > canada ? "US" : undefined;
}

function headerStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  const found = doc.header.location;
  if (!found || !found.text.trim()) return undefined;
  const tag = BOARD_TAG_RE.exec(found.text);
  const parsed = parseLocationText(tag ? found.text.slice(tag[0].length) : found.text, options);
  // The board's tag says how the job is worked only when the place text itself does not.
  if (!parsed.workplace && tag) parsed.workplace = tag[1].toLowerCase().replace("-", "") as Workplace;
  return { ...found, parsed };
}

function locationFields(doc: PostingDoc): Field[] {
  return doc.fields.filter((f) => LOCATION_KEY_RE.test(f.key));
}

function fieldStatement(fields: readonly Field[], options: ParseLocationOptions): Statement | undefined {
  for (const field of fields) {
    const parsed = parseLocationText(field.value, options);
    if (namesPlace(parsed) || parsed.workplace) return { text: field.value, line: field.line, via: field.via === "frontmatter" ? "frontmatter" : "field", parsed };
  }
  return undefined;
}

/** The first statement of a parsed value that names a place or a workplace. */
function valueStatement(text: string, line: number, via: Statement["via"], options: ParseLocationOptions): Statement | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const parsed = parseLocationText(value, options);
  // A region among unknown words is a name's part ("Americas Avenue Business Center"), not a place.
  const place = parsed.countries.length > 0 || parsed.cities.length > 0 || (parsed.regions.length > 0 && parsed.unknownWords === 0);
  return place || parsed.workplace ? { text: value, line, via, parsed } : undefined;
}

/**
 * A location given under a label in any language of the label table: "## Local" or "**Lugar**" with
 * the place in the blocks below, "Local" alone on a line with the place on the next, or a label line
 * whose key the ASCII field reader does not take ("Localização: São Paulo", "Lieu : Lyon").
 */
function labelStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  const blocks = doc.blocks.slice(0, MAX_LABEL_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if ((block.kind === "heading" || block.emphasized) && isDetailLabel(block.text)) {
      const found = detailsStatement(blocks.slice(i + 1, i + 1 + MAX_DETAIL_ITEMS), options);
      if (found) return found;
      continue;
    }
    if (block.kind === "heading" || block.emphasized) {
      const label = LABEL_LINE_RE.exec(block.text.slice(0, MAX_LABEL_LINE_CHARS));
      if (label && label[2] && isLocationLabel(label[1])) {
        const found = valueStatement(label[2], block.line, "field", options);
        if (found) return found;
        continue;
      }
      const heading = (label ? label[1] : block.text).slice(0, MAX_LABEL_LINE_CHARS);
      // Under a joined heading ("Location and Work Hours") a line about the other particular
      // ("Monday to Friday", "80% in-office") is not the place; the first place is, unless a line
      // before it makes the job remote ("This position is 100% remote": an office named after it
      // is one the staff may use, not the job's place).
      const joined = !isLocationLabel(heading) && isJoinedLocationLabel(heading);
      if (!joined && !isLocationLabel(heading)) continue;
      for (const next of blocks.slice(i + 1, i + 1 + (joined ? MAX_DETAIL_ITEMS : MAX_LABEL_VALUE_BLOCKS))) {
        if (next.kind === "heading" || next.emphasized) break;
        const found = valueStatement(next.text.slice(0, MAX_LABEL_LINE_CHARS), next.line, "body", options);
        if (found && (!joined || namesPlace(found.parsed) || found.parsed.workplace === "remote")) return found;
      }
      continue;
    }
    if (block.kind === "row") {
      const found = rowStatement(block, blocks[i + 1], options);
      if (found) return found;
      continue;
    }
    if (block.kind !== "paragraph" && block.kind !== "item") continue;
    for (let j = 0; j < block.lines.length; j++) {
      const line = block.lines[j].slice(0, MAX_LABEL_LINE_CHARS);
      const label = LABEL_LINE_RE.exec(line);
      const key = label ? label[1] : line;
      const inline = mayNamePlaceOfWork(line) ? INLINE_PLACE_OF_WORK_RE.exec(line) : null;
      const inlineFound = inline ? valueStatement(inline[1], block.line + j, "body", options) : undefined;
      if (inlineFound) return inlineFound;
      if (!isLocationLabel(key)) continue;
      // The value on the same line, else on the next line of the block ("Local" / "Curitiba - Centro").
      const value = label?.[2] || (block.lines[j + 1] ?? "").slice(0, MAX_LABEL_LINE_CHARS);
      const found = valueStatement(value, block.line + j, label?.[2] ? "field" : "body", options);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A facts table's place: a two-cell row "Location | Aarhus, Denmark", or the cell under a
 * "Location" column header in the next row of as many cells.
 */
function rowStatement(row: Block, next: Block | undefined, options: ParseLocationOptions): Statement | undefined {
  const cells = row.text.slice(0, MAX_LABEL_LINE_CHARS).split(" | ");
  const inRow = cells.length === 2 && isLocationLabel(cells[0].replace(TERM_COLON_RE, "")) ? valueStatement(cells[1], row.line, "field", options) : undefined;
  if (inRow) return inRow;
  const column = cells.findIndex((cell) => isLocationLabel(cell.replace(TERM_COLON_RE, "")));
  if (column < 0 || next?.kind !== "row") return undefined;
  const below = next.text.slice(0, MAX_LABEL_LINE_CHARS).split(" | ");
  return below.length === cells.length ? valueStatement(below[column], next.line, "field", options) : undefined;
}

/** The items under a details heading that are only a place or a workplace ("🇲🇽 CDMX", "🏢 remoto"), as one statement. */
function detailsStatement(items: readonly Block[], options: ParseLocationOptions): Statement | undefined {
  const parts: { text: string; line: number }[] = [];
  for (const item of items) {
    if (item.kind === "heading" || item.emphasized) break;
    for (const [j, line] of item.lines.entries()) {
      const text = line.slice(0, MAX_LABEL_LINE_CHARS).replace(LEADING_PICTOGRAPHS_RE, "").trim();
      const parsed = text ? parseLocationText(text, options) : null;
      if (parsed && (namesPlace(parsed) || parsed.workplace) && parsed.unknownWords === 0) parts.push({ text, line: item.line + j });
    }
  }
  if (!parts.length) return undefined;
  const text = parts.map((p) => p.text).join(", ");
  return { text, line: parts[0].line, via: "body", parsed: parseLocationText(text, options) };
}

/** Whether `piece` is the initials of the words just before it ("Account Executive (AE)"). */
function isInitialsOf(piece: string, before: string): boolean {
  if (!INITIALS_RE.test(piece)) return false;
  const words = before.trim().split(/\s+/).slice(-piece.length);
  return words.length === piece.length && words.map((w) => w[0]?.toUpperCase()).join("") === piece;
}

function titleStatement(doc: PostingDoc, options: ParseLocationOptions, earlierTitle: string | null | undefined): Statement | undefined {
  // The extracted title: a careers page's frontmatter title ("… Full Stack à Toulouse") as well as a heading.
  const title = earlierTitle ? { text: earlierTitle, line: doc.header.title?.line ?? 1 } : doc.header.title;
  if (!title) return undefined;
  // "Account Executive (AE)" spells out its own initials, not the Emirates.
  const pieces = [...title.text.matchAll(TITLE_PAREN_RE)].filter((m) => !isInitialsOf(m[1], title.text.slice(0, m.index))).map((m) => m[1]);
  const tail = TITLE_TAIL_RE.exec(title.text);
  if (tail) pieces.push(tail[1]);
  const atPlace = TITLE_AT_PLACE_RE.exec(title.text);
  if (atPlace) pieces.push(atPlace[1]);
  // Every separated part after the role, the bracketed ones taken out: "Développeur (H/F) - Lille - CDI",
  // "Backend Developer (w/m/d) Remote oder Berlin", "Desenvolvedor - São Paulo/SP (Híbrido)".
  pieces.push(...title.text.replace(TITLE_PAREN_RE, " - ").split(TITLE_SEPARATOR_RE).slice(1).reverse());
  let workplaceOnly: Statement | undefined;
  for (const piece of pieces) {
    const parsed = parseLocationText(piece, options);
    if (parsed.unknownWords !== 0) continue;
    if (namesPlace(parsed)) {
      // A workplace in one part and the place in another ("São Paulo/SP (Híbrido)"): both are the statement.
      if (!workplaceOnly || parsed.workplace) return { text: piece.trim(), line: title.line, via: "title", parsed };
      return { text: `${piece.trim()} (${workplaceOnly.text})`, line: title.line, via: "title", parsed: { ...parsed, workplace: workplaceOnly.parsed.workplace } };
    }
    if (parsed.workplace) workplaceOnly ??= { text: piece.trim(), line: title.line, via: "title", parsed };
  }
  return workplaceOnly;
}

/**
 * The line of facts a page puts right under its title ("New York, United States", "Remote /
 * Toronto, ON", "Islamabad, Pakistan | Full Time"): the first line's parts that are only a place
 * or a workplace.
 */
function subtitleStatement(doc: PostingDoc, options: ParseLocationOptions, earlierTitle: string | null | undefined): Statement | undefined {
  // The template's summary of the page in its frontmatter holds the same facts ("£50,000 - £60,000 | Belfast, Northern Ireland").
  const summaries = doc.fields.filter((f) => f.via === "frontmatter" && SUMMARY_KEY_RE.test(f.key)).flatMap((f) => f.value.split(FACT_SPLIT_RE).map((text) => ({ text, line: f.line })));
  const places = [...factSegments(doc, earlierTitle), ...summaries].filter((part) => {
    const parsed = parseLocationText(part.text, options);
    return (namesPlace(parsed) || parsed.workplace) && parsed.unknownWords === 0;
  });
  if (!places.length) return undefined;
  const line = places[0].line;
  const text = places.filter((p) => p.line === line).map((p) => p.text).join(" | ");
  return { text, line, via: "body", parsed: parseLocationText(text, options) };
}

/** The clause after a cue that ends at `at` in `text`: up to the end of its sentence or clause. */
function clauseAfter(text: string, at: number): string {
  const tail = text.slice(at, at + MAX_CUE_TAIL_CHARS);
  const end = CLAUSE_END_RE.exec(tail);
  return end ? tail.slice(0, end.index) : tail;
}

/** The body's sentence saying where the job is based (JOB_BASED_RE), when nothing else states a place. */
function jobBasedStatement(body: string, options: ParseLocationOptions): Statement | undefined {
  for (const m of body.matchAll(JOB_BASED_RE)) {
    const tail = clauseAfter(body, (m.index ?? 0) + m[0].length);
    // The company's office, or the hire's own place ("You're based in the SF Bay Area").
    if (!OFFICE_WORD_RE.test(tail) && !RESIDENT_SUBJECT_RE.test(m[0])) continue;
    const parsed = parseLocationText(tail, { ...options, ignoreWeakWorldwide: true });
    if (parsed.countries.length || parsed.cities.length) return { text: tail.trim(), line: 0, via: "body", parsed: { ...parsed, workplace: null } };
  }
  return undefined;
}

// Where the employer's office or seat is: "a studio based in Gdańsk, Poland", "our offices & workshop
// in Bristol", a perk line "Offices in San Francisco and Toronto", "join our Bristol team", "in the Kyiv office",
// and where office days are worked: "hybrid work in downtown SF", "onsite in Austin".
const SEAT_CUE_RE =
  /(?:\b(?:hybrid|on-?site|in[- ]office|in[- ]person)\s+(?:(?:work|working|role|position)\s+)?(?:in|at)(?:\s+(?:our|downtown|central|midtown))?|\b(?:based|located|headquartered|situated)\s+in|\bour\s+(?:[\w&-]+\s+){0,3}?(?:office|offices|headquarters|HQ|studio|workshop|campus)(?:\s+(?:is|are))?(?:\s+(?:located|based))?\s+in|^\s*offices\s+in|\b((?:join|in|at)\s+(?:our|the)))\s+(?:the\s+)?/gim;
// Read when those name none: an office or team named by its place, with or without "our" ("a small
// R&D team in Oulu", "expand our team in Belfast", "one of the coolest office spaces in Munich").
const NAMED_OFFICE_CUE_RE = /\b(?:office(?:\s+spaces?)?|offices|headquarters|HQ|studio|workshop|campus|team)(?:\s+(?:is|are))?(?:\s+(?:located|based))?\s+in\s+(?:the\s+)?/gi;
// The place's own words at the start of the text after such a cue: "Oulu" of "Oulu that is doing…".
const PLACE_WORDS_RE = new WordPattern(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*`, "u");
// Words before an office or team that make it someone else's, or any one ("every dental office in America").
const OTHERS_OFFICE_RE = /\b(?:every|each|any|your|their|his|her|client|clients|customer|customers)(?:['’]s?)?\s+(?:[\w&-]+\s+){0,2}$/i;
/** Characters read before an office word for its owner. */
const MAX_OWNER_CHARS = 40;
// A town the gazetteer lacks, named with its state or country: "Troy, NY", "Bend, Oregon".
const TOWN_AND_AREA_RE = new WordPattern(String.raw`^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2},\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}*)?`, "u");
// After "join our"/"in the", the place must name an office or team: "our Bristol team", "the Kyiv office"
// (not "in the Virginia House of Delegates").
const PLACE_OF_OFFICE_RE = new WordPattern(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:office|offices|team|headquarters|HQ|studio|campus|hub)\b`, "u");

/**
 * A careers page that states no place anywhere else names the employer's office or seat in its
 * prose; the job is there (the caller skips it for a remote job).
 */
function seatStatement(body: string, options: ParseLocationOptions): Statement | undefined {
  for (const m of body.matchAll(SEAT_CUE_RE)) {
    const tail = clauseAfter(body, (m.index ?? 0) + m[0].length);
    if (m[1] && !PLACE_OF_OFFICE_RE.test(tail)) continue;
    const found = seatAfter(tail, options);
    if (found) return found;
  }
  for (const m of body.matchAll(NAMED_OFFICE_CUE_RE)) {
    const at = m.index ?? 0;
    // "every dental office in America", "your team in Berlin": offices that are not the employer's.
    const before = body.slice(Math.max(0, at - MAX_OWNER_CHARS), at);
    if (OTHERS_OFFICE_RE.test(before.slice(before.lastIndexOf("\n") + 1))) continue;
    const found = seatAfter(clauseAfter(body, at + m[0].length), options);
    if (found) return { ...found, text: PLACE_WORDS_RE.exec(found.text)?.[0] ?? found.text };
  }
  return undefined;
}

/** The place at the start of the text after a seat cue: a known place, else a town with its state ("Troy, NY"). */
function seatAfter(tail: string, options: ParseLocationOptions): Statement | undefined {
  const parsed = parseLocationText(tail, { ...options, stopAtUnknown: true, ignoreWeakWorldwide: true });
  if (parsed.countries.length || parsed.cities.length) return { text: tail.split(PLACE_END_RE, 1)[0].trim(), line: 0, via: "body", parsed: { ...parsed, regions: [], workplace: null } };
  const town = TOWN_AND_AREA_RE.exec(tail)?.[0];
  const townParsed = town ? parseLocationText(town, options) : undefined;
  return town && townParsed?.countries.length && townParsed.cities.length ? { text: town, line: 0, via: "body", parsed: { ...townParsed, regions: [], workplace: null } } : undefined;
}

// Separators of a page title's parts: "Backend Engineer Jobs | GO-FOOD | Bangalore | GO-JEK Careers".
const PAGE_TITLE_SPLIT_RE = /\s+[|»·–—-]\s+/;
// A part's closing place after "in": "Heidi hiring Senior Engineer in Melbourne, Victoria, Australia".
const PAGE_TITLE_AT_PLACE_RE = /\sin\s+(\p{Lu}[^|»·()[\]]{1,60})$/u;

/**
 * The place an HTML page's <title> names — a part that is only a place, or the place closing a
 * part after "in" — read when the page's text states none: the publisher's metadata, as a
 * careers page's frontmatter is.
 */
function pageTitleStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  const title = doc.header.titleTag;
  if (!title) return undefined;
  for (const part of title.text.split(PAGE_TITLE_SPLIT_RE)) {
    for (const piece of [part, PAGE_TITLE_AT_PLACE_RE.exec(part)?.[1]]) {
      const parsed = piece ? parseLocationText(piece, options) : undefined;
      if (piece && parsed && namesPlace(parsed) && parsed.unknownWords === 0) return { text: piece.trim(), line: title.line, via: "title", parsed };
    }
  }
  return undefined;
}

function pipeLineStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  const first = doc.blocks[0];
  if (!first || !PIPE_SPLIT_RE.test(first.lines[0])) return undefined;
  const parts = first.lines[0].split(PIPE_SPLIT_RE).filter((part) => {
    const parsed = parseLocationText(part, options);
    return (namesPlace(parsed) || parsed.workplace) && parsed.unknownWords === 0;
  });
  if (!parts.length) return undefined;
  const text = parts.join(" | ");
  return { text, line: first.line, via: "body", parsed: parseLocationText(text, options) };
}

/** Countries and regions of the body's place phrases ("open to candidates in the US or Canada"). */
function bodyPlaces(body: string, options: ParseLocationOptions): { countries: string[]; regions: ParsedLocation["regions"] } {
  const countries: string[] = [];
  const regions: ParsedLocation["regions"] = [];
  for (const m of body.matchAll(PLACE_CUE_RE)) {
    const at = m.index ?? 0;
    if (RESIDENCE_CUE_RE.test(m[0]) && !CANDIDATE_SUBJECT_RE.test(body.slice(Math.max(0, at - 50), at))) continue;
    const after = at + m[0].length;
    const list = FOLLOWING_LIST_RE.exec(body.slice(after, after + MAX_CUE_TAIL_CHARS));
    // The list the phrase announces is the place statement: its countries come first, in its order.
    if (list) {
      const start = after + list[0].length;
      const line = body.slice(start, start + MAX_LIST_CHARS).split("\n", 1)[0];
      const parsed = parseLocationText(line, { ...options, ignoreWeakWorldwide: true });
      const rest = countries.filter((cc) => !parsed.countries.includes(cc));
      countries.length = 0;
      countries.push(...parsed.countries, ...rest);
      for (const r of parsed.regions) if (!regions.includes(r)) regions.push(r);
      continue;
    }
    const tail = clauseAfter(body, after);
    const parsed = parseLocationText(tail, { ...options, stopAtUnknown: true, ignoreWeakWorldwide: true });
    // "wherever you live in the world" is a pay policy; only "anywhere in the world" opens the job to it.
    if (!ANYWHERE_RE.test(m[0] + tail)) parsed.regions = parsed.regions.filter((r) => r !== "Worldwide");
    for (const cc of parsed.countries) if (!countries.includes(cc)) countries.push(cc);
    for (const r of parsed.regions) if (!regions.includes(r)) regions.push(r);
  }
  const local = localPlaceCueRe(options.language);
  for (const m of local ? body.matchAll(local) : []) {
    const tail = clauseAfter(body, (m.index ?? 0) + m[0].length);
    const parsed = parseLocationText(tail, { ...options, stopAtUnknown: true, ignoreWeakWorldwide: true });
    for (const cc of parsed.countries) if (!countries.includes(cc)) countries.push(cc);
    for (const r of parsed.regions) if (r !== "Worldwide" && !regions.includes(r)) regions.push(r);
  }
  return { countries, regions };
}

const prosePlaceRes = new Map<string, RegExp>();
// Capitalised words in a row, with the small words inside place names ("Rio de Janeiro", "Frankfurt am Main").
const CAPITALISED_RUN_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:de|do|da|dos|das|del|la|le|am|an|im|sur|upon)\s)?\p{Lu}[\p{L}'’.-]*)*/u;
// Where a place named in prose ends, for its raw text: "Bern, unsere legendären Teamevents".
const PLACE_END_RE = /[,(]/;

/**
 * A pt/es/de/fr posting that states no place anywhere else: the first city its summary or prose
 * names after a preposition of place ("Office an der Aare in Bern", "Vaga para São Paulo").
 */
function proseStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  const language = options.language;
  if (language !== "pt" && language !== "es" && language !== "de" && language !== "fr") return undefined;
  let re = prosePlaceRes.get(language);
  if (!re) prosePlaceRes.set(language, (re = new RegExp(String.raw`(?<![\p{L}])(?:${PROSE_PLACE_PREPOSITIONS[language]})\s+(?=\p{Lu})`, "gu")));
  const summaries = doc.fields.filter((f) => f.via === "frontmatter" && SUMMARY_KEY_RE.test(f.key));
  const texts = [...summaries.map((f) => ({ text: f.value, line: f.line })), ...doc.blocks.map((b) => ({ text: b.text, line: b.line }))];
  const words = proseWordRes(language);
  let read = 0;
  let first: Statement | undefined;
  for (const { text, line } of texts) {
    if ((read += text.length) > MAX_BODY_CHARS) break;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const tail = clauseAfter(text, at + m[0].length);
      const parsed = parseLocationText(tail, { ...options, stopAtUnknown: true, ignoreWeakWorldwide: true });
      if (!parsed.cities.length) continue;
      // A city opening a longer proper name ("en Madrid Software Crafters", a meetup) names no place of work;
      // a district glued to it by a hyphen ("in Berlin-Mitte") is still the city.
      const name = CAPITALISED_RUN_RE.exec(tail)?.[0];
      const isLongerName = (text: string) => parseLocationText(text, options).unknownWords > 0;
      if (name && isLongerName(name) && isLongerName(name.split("-", 1)[0])) continue;
      // "fundada em Recife", "clientes en México y Chile": the company's story or its clients, not the job.
      const before = foldPlace(clauseBefore(text, at));
      if (words.notJob.test(before)) continue;
      // The rest of the clause is prose: a remote word there ("Zürich, mobiles Arbeiten ist teilweise möglich")
      // is as often a perk as the whole job (the body's sentences say which); "à Genève, sur site" is the job's.
      const workplace = parsed.workplace === "remote" ? null : parsed.workplace;
      const found: Statement = { text: tail.split(PLACE_END_RE, 1)[0].trim(), line, via: "body", parsed: { ...parsed, workplace } };
      // A sentence about the job itself ("A vaga é presencial em Campinas") beats an earlier mention.
      if (words.job.test(foldPlace(sentenceAround(text, at)))) return found;
      first ??= found;
    }
  }
  return first;
}

const proseWordCache = new Map<string, { job: RegExp; notJob: RegExp }>();

/** Whole-word patterns (folded) of the job-place and not-job-place words of a language. */
function proseWordRes(language: "pt" | "es" | "de" | "fr"): { job: RegExp; notJob: RegExp } {
  let res = proseWordCache.get(language);
  if (!res) {
    const alternatives = (list: readonly string[]) => new RegExp(String.raw`\b(?:${list.map((w) => foldPlace(w)).join("|")})\b`);
    proseWordCache.set(language, (res = { job: alternatives(JOB_PLACE_WORDS[language]), notJob: alternatives(NOT_JOB_PLACE_WORDS[language]) }));
  }
  return res;
}

/** Characters read around a place for the words of its sentence. */
const MAX_SENTENCE_CHARS = 160;
// Where a sentence ends (a full stop before a space, not the dot of "D.C." or "3.5").
const SENTENCE_BREAK_RE = /[.!?;](?=\s)|\n/g;

/** The clause before `at`, back to the previous sentence end. */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - MAX_SENTENCE_CHARS), at);
  const breaks = [...head.matchAll(SENTENCE_BREAK_RE)];
  return breaks.length ? head.slice((breaks.at(-1)!.index ?? 0) + 1) : head;
}

/** The sentence holding `at`: its clause before and its text after, to the next sentence end. */
function sentenceAround(text: string, at: number): string {
  const tail = text.slice(at, at + MAX_SENTENCE_CHARS);
  SENTENCE_BREAK_RE.lastIndex = 0;
  const end = SENTENCE_BREAK_RE.exec(tail);
  SENTENCE_BREAK_RE.lastIndex = 0;
  return clauseBefore(text, at) + (end ? tail.slice(0, end.index) : tail);
}

const localPlaceCueRes = new Map<string, RegExp>();

/** The body place phrases of a pt/es/de/fr posting, with an article after them skipped ("depuis la France"). */
function localPlaceCueRe(language: string | undefined): RegExp | null {
  if (language !== "pt" && language !== "es" && language !== "de" && language !== "fr") return null;
  let re = localPlaceCueRes.get(language);
  if (!re) localPlaceCueRes.set(language, (re = new RegExp(String.raw`(?<![\p{L}])(?:${BODY_PLACE_CUES[language]})\s+(?:${LOCAL_ARTICLES}\s+)?`, "giu")));
  return re;
}

/** Blocks read under a workplace label for its value (a template's tag list has a few items). */
const MAX_WORKPLACE_VALUE_BLOCKS = 4;

/** A workplace label's value that names a place too ("Modalidade: Híbrido (SP)", "Modalidad: Remoto desde Chile"). */
function workplaceFieldStatement(doc: PostingDoc, options: ParseLocationOptions): Statement | undefined {
  for (const f of doc.fields) {
    if (!isWorkplaceLabel(f.key)) continue;
    const parsed = parseLocationText(f.value, options);
    if (parsed.workplace && namesPlace(parsed) && parsed.unknownWords === 0) return { text: f.value, line: f.line, via: "field", parsed };
  }
  return undefined;
}

/** The workplace a label alone states: `Modalidad: Remoto`, or "#### Alocação" over "- Híbrido". */
function workplaceLabelValue(doc: PostingDoc, options: ParseLocationOptions): Workplace | null {
  for (const f of doc.fields) {
    const workplace = isWorkplaceLabel(f.key) ? parseLocationText(f.value, options).workplace : null;
    if (workplace) return workplace;
  }
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if ((blocks[i].kind !== "heading" && !blocks[i].emphasized) || !isWorkplaceLabel(blocks[i].text)) continue;
    for (const next of blocks.slice(i + 1, i + 1 + MAX_WORKPLACE_VALUE_BLOCKS)) {
      if (next.kind === "heading" || next.emphasized) break;
      const workplace = parseLocationText(next.text, options).workplace;
      if (workplace) return workplace;
    }
  }
  return null;
}

/** Longest first line read as a bare workplace statement when nothing else states one. */
const MAX_OPENING_STATEMENT_CHARS = 60;

export function extractLocation(doc: PostingDoc, earlier: Earlier): Extracted<Location> {
  // The hint scans the whole text: only worked out if a place is ambiguous, then kept.
  let hint: { reading: CaReading | undefined } | undefined;
  const options: ParseLocationOptions = { ambiguousCa: () => (hint ??= { reading: caHint(doc) }).reading, language: earlier.language ?? undefined };
  const fields = locationFields(doc);
  const header = headerStatement(doc, options);
  const field = fieldStatement(fields, options) ?? labelStatement(doc, options);
  const body = doc.plainText.slice(0, MAX_BODY_CHARS);
  const statement =
    header ??
    field ??
    subtitleStatement(doc, options, earlier.title) ??
    titleStatement(doc, options, earlier.title) ??
    pipeLineStatement(doc, options) ??
    workplaceFieldStatement(doc, options) ??
    proseStatement(doc, options) ??
    jobBasedStatement(body, options) ??
    pageTitleStatement(doc, options);
  const value: Location = { raw: statement?.text ?? null, workplace: null, countries: [], regions: [], cities: [] };
  const warnings: string[] = [];
  if (statement) {
    const p = statement.parsed;
    Object.assign(value, { workplace: p.workplace, countries: [...p.countries], regions: [...p.regions], cities: [...p.cities] });
    // A `Location:` field completes a header that names no place ("Remote" + "Location: US");
    // a header that names one keeps its own places ("remote,India" + "Location: Remote/Bangalore"
    // adds no city: eval audit note).
    if (field && statement === header) {
      const f = field.parsed;
      if (!namesPlace(p)) Object.assign(value, { countries: [...f.countries], regions: [...f.regions], cities: [...f.cities] });
      value.workplace ??= f.workplace;
    }
  }
  // A statement that names only places leaves the workplace to the title ("Software Engineer II (Remote)"
  // with header "Canada - PST Working Hours Preferred").
  if (!value.workplace && statement && statement.via !== "title") value.workplace = titleStatement(doc, options, earlier.title)?.parsed.workplace ?? null;
  const remoteField = doc.fields.find((f) => REMOTE_KEY_RE.test(f.key));
  if (!value.workplace && remoteField) value.workplace = remoteFieldWorkplace(remoteField.value);
  if (!value.workplace) value.workplace = workplaceLabelValue(doc, options);
  // "Santa Cruz, CA | ONSITE" over "Be in the Santa Cruz office 3 days per week": the office is
  // required some days, not all, so the body's count of days makes it hybrid.
  if (value.workplace === "onsite" && bodyWorkplace(body) === "hybrid") value.workplace = "hybrid";
  if (!value.workplace) value.workplace = bodyWorkplace(body);
  if (!value.workplace) value.workplace = hiringTagWorkplace(body);
  // The office sentences are written in pt/es/de/fr: an English posting is not read for them.
  if (!value.workplace && options.language !== "en") value.workplace = officeWorkplace(body);
  // A short first line that is only a workplace statement ("Remote or Netherlands", "(AU ONLY / REMOTE)").
  const opening = doc.blocks[0]?.lines[0];
  if (!value.workplace && opening && opening.length <= MAX_OPENING_STATEMENT_CHARS) value.workplace = parseLocationText(opening, options).workplace;
  // Last, a page that states no place names the employer's office or seat, unless the job is remote
  // with no office offered beside it ("Remote or San Francisco" keeps its city).
  const seat = statement || (value.workplace === "remote" && !remoteOrOffice(body)) ? undefined : seatStatement(body, options);
  if (seat) Object.assign(value, { raw: seat.text, countries: [...seat.parsed.countries], cities: [...seat.parsed.cities] });
  if (!value.countries.length && !value.regions.length) {
    const found = bodyPlaces(body, options);
    if (found.countries.length || found.regions.length) {
      value.countries = found.countries;
      value.regions = found.regions;
      warnings.push(`Location ${statement ? `"${statement.text}" names no country or region` : "not stated"}; used the body's: ${[...found.countries, ...found.regions].join(", ")}`);
    }
  }
  // A job open to the whole world ("Location: Global", "anywhere in the world") is worked remotely.
  if (!value.workplace && value.regions.length === 1 && value.regions[0] === "Worldwide" && !value.countries.length && !value.cities.length) value.workplace = "remote";
  const from = statement ?? seat;
  return { value, from: from ? { line: from.line, via: from.via, text: from.text } : undefined, warnings };
}
