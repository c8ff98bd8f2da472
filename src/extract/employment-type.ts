// employmentType (SPEC §1): only when stated for this role. Precedence: a type field
// ("Type: Full-time", frontmatter `employmentType`, `hours`) > the title ("Freelance …", "… Intern")
// > the segments of a "Company | Role | Type" first line > a short bold line ("Full - Time /")
// > body prose that states the role's type ("full-time position", "6-month contract").
// Benefit eligibility ("All Full-Time Employees are eligible") and past experience
// ("2+ years in a full-time role") are not statements about this role.
import { factSegments, fieldKey, type Block, type PostingDoc } from "../core/document.js";
import { classifyHeading } from "../normalize/section-names.js";
import type { Earlier, Extracted, Provenance } from "../core/types.js";
import type { EmploymentType } from "../schema.js";
import { EMPLOYMENT_TYPE_WORDS, NOT_A_TYPE_PHRASES, OPTION_WORDS, PROSPECT_WORDS, PERMANENT_CONTRACT_WORDS, PROSE_AMBIGUOUS_TYPE_WORDS, ROLE_NOUNS, ROLE_NOUN_ADJECTIVES, TYPE_WORD_LANGUAGES, type TypeWordLanguage } from "../normalize/employment-types.js";
import { WordPattern } from "../normalize/latin1-classes.js";

const TYPE_FIELD_KEYS = [
  "type",
  "employment type",
  "employment",
  "job type",
  "contract type",
  "type of contract",
  "type of employment",
  "type of job",
  "type of position",
  "work type",
  "position type",
  // "Position: Full time" — a key naming the job, read for a type only when its value states one.
  "position",
  "role type",
  "engagement",
  "engagement type",
  "hours",
  "working time",
  "working hours",
  "schedule",
  "conditions",
  "commitment",
  "employmenttype",
  "employment_type",
  "job_type",
  "contract",
  "employment terms",
  "terms of employment",
  "job duration",
  "duration",
  // The same keys in the posting's language, as `Key: value` fields or as a heading over the value.
  "contratação", "tipo de contratação", "forma de contratação", "regime", "regime de contratação", "modelo de contratação",
  "modalidade de contratação", "tipo de vaga", "tipo de contrato", "modalidad de contratación", "modalidad", "jornada",
  "tipo de jornada", "anstellungsart", "vertragsart", "beschäftigungsart", "arbeitszeit", "art der anstellung", "type de contrat",
  "contrat", "type d'emploi", "temps de travail",
  // A job board's tag list ("## Labels" then "- CLT", "- Pleno", "- Remoto").
  "labels",
];
/** Blocks read under a type heading for its value (a tag list has a few items). */
const MAX_VALUE_BLOCKS = 8;
/** Text scanned per block / field / title (hostile input: lines of 200,000 characters). */
const MAX_SCAN_CHARS = 2000;
/** Words of a fact segment that is only a type ("Full Time", "Contract role"). */
const MAX_FACT_TYPE_WORDS = 3;
/** Body blocks scanned for a prose statement. */
const MAX_BODY_BLOCKS = 400;
const TYPE_WORDS = EMPLOYMENT_TYPE_WORDS.map((w) => `(${w.pattern})`).join("|");
// Any employment-type word; the capture group that matched names the type.
const TYPE_WORD_RE = new WordPattern(`(?<![\\w-])(?:${TYPE_WORDS})(?![\\w-])`, "i");
// The prose forms of a type word (no bare "ft"/"temp"/"permanent", which mean other things in prose);
// "contract-to-hire" whole, so "contract-to-hire position" reads as a contract before "hire" can stop it.
const PROSE_TYPE = String.raw`full[\s-]*-?[\s-]*time|part[\s-]*-?[\s-]*time|contract[\s-]to[\s-]hire|contract(?:or|ual)?|freelance|temporary|internship|fixed[\s-]term|seasonal`;
const ADJECTIVES = ROLE_NOUN_ADJECTIVES.join("|");
// A list item or line that opens with the type, alone or before a stop ("- Full time", "- Fulltime,
// flexible hours…", "Part-time / Remote"): a careers page's facts list, not a sentence.
const OPENING_TYPE_RE = new RegExp(String.raw`^(?:${PROSE_TYPE}|fulltime|permanent)(?=\s*(?:$|[,/;(]|\s[-–—]\s))`, "i");
// "full-time position", "full-time, permanent role", "part-time remote contract".
const TYPE_NOUN_RE = new RegExp(
  String.raw`\b(?:${PROSE_TYPE})(?:[\s,/&]+(?:and\s+)?(?:${ADJECTIVES}|${PROSE_TYPE})){0,2}\s+(?:${ROLE_NOUNS.join("|")})\b`,
  "i",
);
// "on a full-time basis" is covered above (basis); "this is a contract opportunity" too. Durations:
// "6-month contract", "12 month fixed-term contract", "3–6 months internship".
const DURATION_RE = /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?[\s-]*months?\s+(?:fixed[\s-]term\s+)?(contract|internship|engagement|assignment)\b/i;
// "We're seeking a skilled full-time Software Engineer", "hiring a part-time Data Analyst": the type
// before one role (singular, after "a"/"an"; "20 full-time engineers" describes the team).
const TYPE_ROLE_RE = new RegExp(
  String.raw`\ban?\s+(?:[\w-]+\s+){0,3}?(?:${PROSE_TYPE})\s+(?:[\w+#./-]+\s+){0,3}?(?:engineer|developer|designer|scientist|analyst|architect|administrator|consultant|writer|researcher|programmer|specialist|technician)(?![\w-])`,
  "i",
);
// "The job is full-time", "this position is a part-time one": the role said to be of a type.
const ROLE_IS_TYPE_RE = new RegExp(String.raw`\b(?:role|position|job)\s+is\s+(?:an?\s+)?(?:${PROSE_TYPE})\b`, "i");
// "this internship", "our contract" — the posting speaking of the role itself ("the contract"
// is too often "the contract of employment" or the contractor's duties).
const THIS_TYPE_RE = /\b(?:this|our)\s+(?:paid\s+|summer\s+|remote\s+)?(?:internship|contract|freelance)\b(?!\s+(?:employees?|staff|team|members?|workers?|of\s+employment))/i;
// What joins two types offered as alternatives: "CLT ou PJ", "Full-time or Contract", "CDI / CDD",
// "Vollzeit und Teilzeit möglich", "CLT e PJ" (two different types joined by "and" are a choice too).
const ALTERNATIVE_RE = /^\s*(?:ou|o|or|oder|\/|and|und|et|e|y|bzw\.?)\s*$/i;
// A slash list is a list of alternatives even past an item that is not a type word ("Fulltime /
// Partime / Contract"); a comma joins alternatives between full-time and part-time, which no role is at once.
const SLASH_LIST_RE = /^\s*\/(?:\s*[^\s\/,;|]{1,15}\s*\/)*\s*$/;
const COMMA_RE = /^\s*,\s*$/;
// A word every prose pattern above contains: the cheap test before the costly ones.
const PROSE_KEYWORD_RE = /full|part|contract|freelanc|temporar|intern|fixed|seasonal|month/i;
// Phrases holding a type word that never state a type ("buenas prácticas" is good practice).
const NOT_A_TYPE_RE = new WordPattern(`(?<![\\p{L}])(?:${NOT_A_TYPE_PHRASES.join("|")})(?![\\p{L}])`, "giu");
// "Contract of employment" / "employment contract" names the legal form, not a contract engagement.
const EMPLOYMENT_CONTRACT_RE = /\b(?:contract\s+of\s+employment|employment\s+contract)\b/gi;
// Words just before a match that make it past experience or benefit eligibility.
const NOT_THIS_ROLE_RE = /\b(?:years?|yrs|experience|previous|prior|past|former|eligible|eligibility|benefits?|employees?)\b[^.]{0,40}$/i;
// A block about past experience or the candidate's studies in pt/es/de/fr ("experiência com
// estágio", "Erfahrung aus einem Praktikum", "expérience en stage"): its type word is not this role's.
const NOT_THIS_ROLE_LOCAL_RE = /\b(?:experi[êeé]ncias?|erfahrung\w*|exp[ée]rience|anos|años|jahre|ans)\b/i;
// A type offered as an option, not the role's ("Temps partiel négociable", "Teilzeit möglich", "meio período possível").
const OPTION_WORD_RE = new WordPattern(String.raw`(?<![\p{L}])(?:${Object.values(OPTION_WORDS).join("|")})(?![\p{L}])`, "iu");
// The first prospect word of a line: the text after it speaks of what may follow the role.
const PROSPECT_WORD_RE = new WordPattern(String.raw`(?<![\p{L}])(?:${Object.values(PROSPECT_WORDS).join("|")})(?![\p{L}])`, "iu");

/** `text` up to its first prospect word ("Estágio com possibilidade de efetivação CLT" → "Estágio com "). */
function beforeProspect(text: string): string {
  const m = PROSPECT_WORD_RE.exec(text);
  return m ? text.slice(0, m.index) : text;
}
// Where a clause of a line ends: a type offered as an option is usually its own clause ("40 Stunden
// (Teilzeit möglich) und befristet").
const CLAUSE_SPLIT_RE = /[(),;]/;

/** `text` without the clauses that offer a type as an option: "(Teilzeit … möglich) und ist befristet" keeps "und ist befristet". */
function withoutOptionClauses(text: string): string {
  if (!OPTION_WORD_RE.test(text)) return text;
  return text.split(CLAUSE_SPLIT_RE).filter((clause) => !OPTION_WORD_RE.test(clause)).join(" ");
}
// German's elided compound offering two types: "Voll- oder Teilzeit", "Voll- und Teilzeit".
const ELIDED_ALTERNATIVE_RE = new WordPattern(String.raw`\p{L}-\s+(?:oder|und|bzw\.?)\s+\p{L}*zeit`, "iu");
// A label line about who gets benefits ("Benefits Full-Time Employees Receive") is not the role's type.
const ELIGIBILITY_LABEL_RE = /\b(?:employees?|benefits?|eligib\w*|perks?)\b/i;
// Six or more words (runs of letters and digits): too long for a label line, which has at most
// five ("Full - Time /"). A test, not a split: it runs on every heading and bold line.
const SIX_WORDS_RE = new WordPattern(String.raw`^[^\p{L}\p{N}]*(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){5}[\p{L}\p{N}]`, "u");

// Types that say how many hours, not how the hire is engaged.
const HOURS_TYPES: ReadonlySet<EmploymentType> = new Set(["full-time", "part-time"]);

const typeWordRes = new Map<string, WordPattern>();

/** The type-word pattern for a posting in `language`: English words (unless `localOnly`), plus
 *  that language's column (every column when the language is unknown); one capture group per
 *  EMPLOYMENT_TYPE_WORDS row (an empty one, `(?!)`, for a row with no word to match). */
function typeWordRe(language: string | null | undefined, localOnly = false): WordPattern {
  if (language === "en") return TYPE_WORD_RE;
  const own = TYPE_WORD_LANGUAGES.find((l) => l === language);
  const key = `${own ?? "any"}${localOnly ? ":local" : ""}`;
  let re = typeWordRes.get(key);
  if (!re) {
    const words = (w: (typeof EMPLOYMENT_TYPE_WORDS)[number]) => [...(localOnly ? [] : [w.pattern]), ...(own ? [w[own]] : TYPE_WORD_LANGUAGES.map((l) => w[l]))];
    const groups = EMPLOYMENT_TYPE_WORDS.map((w) => `(${words(w).filter(Boolean).join("|") || "(?!)"})`);
    // A hyphen closes a word when no letter follows it: "Vaga PJ- Remoto". Chinese writes no spaces
    // between words, so a Han character beside a word does not make it part of a longer one ("设计实习生").
    re = new WordPattern(`(?<!(?!\\p{Script=Han})[\\p{L}\\p{N}_-])(?:${groups.join("|")})(?!(?!\\p{Script=Han})[\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, "iu");
    typeWordRes.set(key, re);
  }
  return re;
}

/** The text between two different types joins them as alternatives. */
function isAlternative(between: string, a: EmploymentType, b: EmploymentType): boolean {
  if (ALTERNATIVE_RE.test(between) || SLASH_LIST_RE.test(between)) return true;
  return COMMA_RE.test(between) && HOURS_TYPES.has(a) && HOURS_TYPES.has(b);
}

/** The type a short text names, by EMPLOYMENT_TYPE_WORDS precedence, or null — also null when
 *  two types are offered as alternatives ("CLT ou PJ", "Full-time or Contract"). */
export function employmentTypeIn(text: string, language?: string | null, localOnly = false): EmploymentType | null {
  const cut = text.slice(0, MAX_SCAN_CHARS).replace(EMPLOYMENT_CONTRACT_RE, " ");
  const scan = cut.replace(NOT_A_TYPE_RE.for(cut), " ");
  // "Fachinformatiker (m/w/d) in Voll- oder Teilzeit": the elided compound offers both hours.
  if (ELIDED_ALTERNATIVE_RE.test(scan)) return null;
  // "23 month fixed term contract": a contract of a stated length, as "6-month contract" is (the
  // table reads a bare "fixed-term contract" as temporary).
  const duration = DURATION_RE.exec(scan)?.[1].toLowerCase();
  if (duration) return duration === "internship" ? "internship" : "contract";
  const re = typeWordRe(language, localOnly).for(scan);
  let best: number | null = null;
  let rest = scan;
  let previous: { index: number } | null = null;
  // Walk every type word so "Full-time contract" → contract (the table's precedence).
  for (let guard = 0; guard < 20; guard++) {
    const m = re.exec(rest);
    if (!m) break;
    const index = m.slice(1).findIndex((g) => g !== undefined);
    if (previous && index >= 0 && EMPLOYMENT_TYPE_WORDS[previous.index].type !== EMPLOYMENT_TYPE_WORDS[index].type && isAlternative(rest.slice(0, m.index), EMPLOYMENT_TYPE_WORDS[previous.index].type, EMPLOYMENT_TYPE_WORDS[index].type)) {
      return null;
    }
    if (index >= 0 && (best === null || index < best)) best = index;
    if (index >= 0) previous = { index };
    rest = rest.slice(m.index + m[0].length);
  }
  return best === null ? null : EMPLOYMENT_TYPE_WORDS[best].type;
}

function proseStatement(block: Block): string | null {
  const text = block.text.slice(0, MAX_SCAN_CHARS);
  // The prose patterns are costly; most blocks name no type word at all.
  if (!PROSE_KEYWORD_RE.test(text)) return null;
  for (const re of [TYPE_NOUN_RE, DURATION_RE, THIS_TYPE_RE, TYPE_ROLE_RE, ROLE_IS_TYPE_RE]) {
    const m = re.exec(text);
    if (m && !NOT_THIS_ROLE_RE.test(text.slice(Math.max(0, m.index - 60), m.index))) return m[0];
  }
  return null;
}

function isLabelLine(block: Block): boolean {
  if (!block.emphasized && block.kind !== "heading") return false;
  if (ELIGIBILITY_LABEL_RE.test(block.text.slice(0, MAX_SCAN_CHARS))) return false;
  return !SIX_WORDS_RE.test(block.text);
}

type Hit = { type: EmploymentType; from: Provenance };

/** A heading or label line that is a type key ("## Contratação", "**Regime**"), then the blocks
 *  under it up to the next heading: "CLT" on its own line is the value of the key above it. */
function headingValue(doc: PostingDoc, language: string | null | undefined): Hit | null {
  const blocks = doc.blocks.slice(0, MAX_BODY_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    // A bare key line over its value in one paragraph: "Contratação" then "CLT".
    if (block.kind === "paragraph" && block.lines.length > 1 && TYPE_FIELD_KEYS.includes(fieldKey(block.lines[0]))) {
      const value = block.lines.slice(1, 1 + MAX_VALUE_BLOCKS).join("\n");
      const type = employmentTypeIn(value, language);
      if (type) return { type, from: { line: block.line + 1, via: "body", text: value } };
    }
    if (!block.emphasized && block.kind !== "heading") continue;
    if (!TYPE_FIELD_KEYS.includes(fieldKey(block.text))) continue;
    for (const next of blocks.slice(i + 1, i + 1 + MAX_VALUE_BLOCKS)) {
      if (next.kind === "heading" || next.emphasized) break;
      // "## Conditions" over "- Temps partiel négociable après la période d'essai": an option, not the role's type.
      if (OPTION_WORD_RE.test(next.text)) continue;
      const type = employmentTypeIn(beforeProspect(next.text), language);
      if (type) return { type, from: { line: next.line, via: "body", text: next.text } };
    }
  }
  return null;
}

function firstHit(doc: PostingDoc, title: string | null | undefined, language: string | null | undefined): Hit | null {
  // Publisher data (a page's JSON-LD) states the type for the whole posting: it comes first.
  const stated = doc.header.publisher ? doc.header.employmentType : undefined;
  const publisher = stated ? employmentTypeIn(stated.text, language) : null;
  if (stated && publisher) return { type: publisher, from: { line: stated.line, via: "header", text: stated.text } };
  for (const field of doc.fields) {
    if (!TYPE_FIELD_KEYS.includes(field.key)) continue;
    const type = employmentTypeIn(field.value, language);
    if (type) return { type, from: { line: field.line, via: field.via, text: field.value } };
  }
  const fromHeading = headingValue(doc, language);
  if (fromHeading) return fromHeading;
  const fromTitle = title ? employmentTypeIn(title, language) : null;
  if (fromTitle) return { type: fromTitle, from: { line: doc.header.title?.line ?? 0, via: "title", text: title ?? undefined } };
  // A page's line of facts under its title: "Islamabad, Pakistan | Full Time".
  for (const fact of factSegments(doc, title)) {
    const type = fact.text.split(" ").length <= MAX_FACT_TYPE_WORDS ? employmentTypeIn(fact.text, language) : null;
    if (type) return { type, from: { line: fact.line, via: "body", text: fact.text } };
  }
  const segment = doc.header.employmentType;
  const segmentType = segment ? employmentTypeIn(segment.text) : null;
  if (segment && segmentType) return { type: segmentType, from: { line: segment.line, via: "header", text: segment.text } };
  const first = doc.blocks[0];
  if (first && first.lines[0]?.includes(" | ")) {
    for (const segment of first.lines[0].split(" | ").slice(1)) {
      const type = employmentTypeIn(segment, language);
      if (type) return { type, from: { line: first.line, via: "header", text: segment } };
    }
  }
  const blocks = doc.blocks.slice(0, MAX_BODY_BLOCKS);
  for (const block of blocks) {
    const type = isLabelLine(block) ? employmentTypeIn(block.text, language) : null;
    if (type) return { type, from: { line: block.line, via: "body", text: block.text } };
  }
  for (const block of blocks) {
    if (block.kind !== "item" && block.kind !== "paragraph") continue;
    const opening = OPENING_TYPE_RE.exec(block.text);
    const type = opening ? employmentTypeIn(opening[0]) : null;
    if (type) return { type, from: { line: block.line, via: "body", text: block.text } };
  }
  for (const block of blocks) {
    const statement = proseStatement(block);
    const type = statement ? employmentTypeIn(statement) : null;
    if (type) return { type, from: { line: block.line, via: "body", text: statement ?? undefined } };
  }
  return localWordInBody(blocks, language);
}

/**
 * In a posting written in pt/es/de/fr, the contract words of its language state the type
 * wherever they stand ("R$ 5000 (CLT)", "Vaga PJ - Remoto", "Salaire : 2100 € (CDI)", "in
 * Teilzeit, befristet"): they name a legal form of hiring, seldom anything else. The first block
 * naming one decides; a later block naming another type makes it unsure, and unsure is null.
 */
function localWordInBody(blocks: readonly Block[], language: string | null | undefined): Hit | null {
  const own = TYPE_WORD_LANGUAGES.find((l) => l === language);
  if (!own) return null;
  const ambiguous = ambiguousWordRe(own);
  const anyWord = typeWordRe(own, true);
  const permanent = permanentWordRe(own);
  let hit: Hit | null = null;
  let inBenefits = false;
  for (const block of blocks) {
    // A list item ending in ':' ("- Teilzeit & Sabbatical:" among the perks) is an item, not a new label.
    if (block.kind === "heading" || block.emphasized || (block.kind !== "item" && block.text.endsWith(":"))) inBenefits = classifyHeading(block.text)?.kind === "benefits";
    // Most blocks name no contract word: one test of the whole block spares each line the clause rules below.
    if (!anyWord.test(block.text) && !ELIDED_ALTERNATIVE_RE.test(block.text)) continue;
    for (const [i, line] of block.lines.entries()) {
      const text = withoutOptionClauses(beforeProspect(line.slice(0, MAX_SCAN_CHARS)));
      if (NOT_THIS_ROLE_LOCAL_RE.test(text)) continue;
      const clean = text.replace(ambiguous.for(text), " ");
      const type = employmentTypeIn(clean, own, true);
      // A type word and no type: two offered as alternatives ("Vollzeit/Teilzeit"), so unsure.
      if ((!type && anyWord.test(clean)) || ELIDED_ALTERNATIVE_RE.test(clean)) return null;
      // Reduced hours offered as a perk ("Optionen für Teilzeit" under benefits) are not the role's type.
      if (!type || (inBenefits && type === "part-time")) continue;
      if (hit && hit.type !== type) {
        // Hours and an engagement are no choice ("in Teilzeit … befristet", "tiempo completo … contrato autónomo"):
        // the engagement wins, as in one statement; two kinds of hours or two contracts leave it unsure.
        const found: Hit = { type, from: { line: block.line + i, via: "body", text } };
        const engaged: Hit[] = [hit, found].filter((h) => !HOURS_TYPES.has(h.type) || permanent.test(h.from.text ?? ""));
        if (engaged.length !== 1) return null;
        hit = engaged[0];
        continue;
      }
      hit ??= { type, from: { line: block.line + i, via: "body", text } };
    }
  }
  return hit;
}

const permanentWordRes = new Map<TypeWordLanguage, WordPattern>();

/** The permanent-contract words of `language` ("CLT", "CDI"), whole words. */
function permanentWordRe(language: TypeWordLanguage): WordPattern {
  let re = permanentWordRes.get(language);
  if (!re) permanentWordRes.set(language, (re = new WordPattern(String.raw`(?<![\p{L}])(?:${PERMANENT_CONTRACT_WORDS[language]})(?![\p{L}])`, "iu")));
  return re;
}

const ambiguousWordRes = new Map<TypeWordLanguage, WordPattern>();

/** The prose-ambiguous type words of `language` not right after a contract noun (removed before reading a line). */
function ambiguousWordRe(language: TypeWordLanguage): WordPattern {
  let re = ambiguousWordRes.get(language);
  if (!re) {
    const { words, contractNouns } = PROSE_AMBIGUOUS_TYPE_WORDS[language];
    re = new WordPattern(String.raw`(?<!(?:${contractNouns})\s{1,3})(?<![\p{L}\p{N}])(?:${words})(?![\p{L}\p{N}])`, "giu");
    ambiguousWordRes.set(language, re);
  }
  return re;
}

export function extractEmploymentType(doc: PostingDoc, earlier: Earlier): Extracted<EmploymentType | null> {
  const hit = firstHit(doc, earlier.title, earlier.language);
  return hit ? { value: hit.type, from: hit.from } : { value: null };
}
