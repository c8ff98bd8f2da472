// How a posting's body names its hiring company (SPEC §1 "company", the body fallback):
// "About Standard Bots", "At Vanta, our mission", "Welcome to Welltech", "Deel and our family of
// companies", "Founded in 2012, Playson", "Rula’s business", "Prompt is revolutionizing…".
// Each pattern gives a candidate a weight; a candidate the text repeats gains more. A weak
// pattern alone never decides (a wrong company is worse than null). Also the last resort: an
// apply URL's or email's domain, kept only when the text itself writes that name.
import type { Block, PostingDoc } from "../core/document.js";
import { ATS_GENERIC_PARTS, ATS_HOSTS, GENERIC_SECOND_LEVEL_DOMAINS, LEGAL_FORMS, NON_COMPANY_HOSTS, NOT_A_NAME_FIRST_WORDS } from "./company-names.js";
import { COMPANY_INTRO_WORDS, INTRO_LANGUAGES, isIntroLanguage, type IntroLanguage } from "./company-intro-words.js";
import { parseLocationText } from "./location-text.js";
import { LATIN1_CLASSES, isLatin1Words } from "./latin1-classes.js";

/** The letter and digit classes a name pattern is written with. */
interface NameClasses {
  upper: string;
  lower: string;
  letter: string;
  digit: string;
}
const UNICODE_CLASSES: NameClasses = { upper: String.raw`\p{Lu}`, lower: String.raw`\p{Ll}`, letter: String.raw`\p{L}`, digit: String.raw`\p{N}` };

// Endings of a brand written as its own domain name in lower case ("daily.dev", "cal.com").
const DOMAIN_NAME_ENDINGS = "dev|io|ai|com|co|app|so|sh|xyz|tech";

/**
 * Up to four words of a name, "&" allowed between them ("Johnson & Johnson"). A word is
 * capitalised or a digit ("Vanta", "1Password", "G2i"), or camel-cased after a short lower-case
 * start ("rOpenSci", "dLocal", "eBay", "d-Matrix"), and ends on a letter or digit; or a brand that is
 * its domain name ("daily.dev").
 */
function nameOf({ upper, lower, letter, digit }: NameClasses, linked = false): string {
  const word = String.raw`(?:[${upper}${digit}](?:[${letter}${digit}&.+-]{0,30}[${letter}${digit}])?|[${lower}]{1,2}-?[${upper}][${letter}${digit}]{0,30}|[${lower}][${lower}${digit}-]{1,30}\.(?:${DOMAIN_NAME_ENDINGS}))`;
  return String.raw`(${word}(?: (?:& ${linked ? `|(?:${NAME_LINK_WORDS}) ` : ""})?${word}){0,3})`;
}

// The small words inside pt/es/de/fr names ("Democracia en Red", "Casa do Código", "Banco de Chile"),
// read in LINKED_NAME: where the sentence around the name ends it ("En Democracia en Red te buscamos").
const NAME_LINK_WORDS = String.raw`de|do|da|dos|das|del|en|von|der|du|des`;

// Whitespace between words. Block lines are collapsed to single spaces, so a bound of 5 changes
// no match; it keeps every quantifier finite (issue 6: no unbounded run for a regex to retry).
const SP = String.raw`\s{1,5}`;
const OPT_SP = String.raw`\s{0,5}`;
// What a company "is": the nouns that end "X is a leading … provider".
const COMPANY_NOUNS = String.raw`company|platform|provider|leader|startup|start-up|firm|organi[sz]ation|agency|consultancy|business|marketplace|studio|non-?profit|network|service|solution|fintech|pioneer|manufacturer|maker|group|brand|bank|lab|institute|foundation|software|technology|app|community|retailer|insurer|operator|publisher|partner|employer|innovator|team`;
// Verbs of a company introducing itself at the start of a paragraph.
const COMPANY_VERBS = String.raw`wants to|aims to|exists to|believes|is (?:committed|dedicated) to|builds|helps|provides|offers|creates|develops|makes|empowers|enables|powers|delivers|connects|is (?:revolutionizing|revolutionising|building|transforming|reimagining|redefining|changing|making|helping|creating|disrupting|on a mission|growing|working)`;
// The start of a sentence: the line's start or a stop and a space.
const SENTENCE_START = String.raw`(?:^|[.!?]${SP})`;
// The start of a clause: a sentence's, or a comma and a space ("Depuis 2007, Acme est…").
const CLAUSE_START = String.raw`(?:^|[.!?,]${SP})`;
// What a name's possessive is followed by in "Rula’s business", "One’s mission".
const POSSESSED = String.raw`core|mission|vision|goal|purpose|platform|products?|team|culture|values|business|customers|engineering|technology`;

interface NamePattern {
  /**
   * A cheap test every match passes (a literal or a small pattern; multiline where it uses `^`,
   * as it is also tested on all lines joined): `re` runs only on lines where it is found. Most lines name no company, and the `re`s — unanchored NAME runs tried
   * at every capital — cost ~200 ms per posting cold (compiling their Unicode classes
   * included) when run on every line.
   */
  cue: RegExp;
  /**
   * The pattern, with `NAME` for a name and `UPPER`, `LOWER`, `LETTER` for those classes (see written);
   * compiled on first use by patternRe: building all of them cost ~10 ms of every start-up.
   */
  source: string;
  weight: number;
  /** Match only headings, bold lines and `Label:` lines. */
  headingOnly?: boolean;
}

// Cue of "About Standard Bots", "Why JumpCloud?", "Life at Remote".
const ABOUT_CUE_RE = /^(?:About|Why|Life at|Working at|Careers at|Who is)\s/m;
// Symbols before a label's words: "🧳 Careers at daily.dev".
const LEADING_SYMBOLS_RE = /^[^\p{L}\p{N}]+/u;
// Pictographs closing a label: "Sobre Rever 🚀", "About Acme ✨" (a "?" or "!" stays: the patterns read it).
const TRAILING_PICTOGRAPHS_RE = /[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u;
/** Words a question line has at most to read as a label ("Why join Stylight?"). */
const MAX_QUESTION_LABEL_WORDS = 5;
// Cue of "At Vanta, our mission…", "Here at Wonders, we…".
const AT_CUE_RE = new RegExp(String.raw`(?:${SENTENCE_START}|\bHere )[Aa]t\s`, "m");
// Cue of "Welcome to Welltech".
const WELCOME_CUE_RE = /\bWelcome to\s/;
// Cue of "KodaDot is always hiring", "rOpenSci seeks a Community Manager".
const HIRING_CUE_RE = /\b(?:hiring|looking for|seeking|searching for|seeks|is recruiting)\b/;
// Cue of "We are Olsson, …", "Hi! We're Ontix.", "We are Holiday Extras Shortbreaks (part of …)".
const WE_ARE_CUE_RE = /\bWe(?:'re|’re| are) \p{Lu}/u;
// Cue of "Life at eHealth Africa means…".
const LIFE_AT_CUE_RE = /\b(?:Life|Working|Work) at\s/;
// Cue of "Founded in 2012, Playson".
const FOUNDED_IN_CUE_RE = /\b(?:Founded|Established|Started|Launched) in \d{4},/;
// Cue of "Playson, established in 2012, is…".
const NAME_FOUNDED_CUE_RE = new RegExp(String.raw`,${SP}(?:founded|established|started|launched) in \d{4}`);
// Cue of "Since 2007, Geoforce has been…".
const SINCE_CUE_RE = /\bSince \d{4},/;
// Cue of "As the world's largest NFT marketplace, OpenSea is…".
const AS_A_CUE_RE = new RegExp(String.raw`${SENTENCE_START}As (?:a|an|the|one of the)\b`, "m");
// Cue of "The Security Team at Rula".
const TEAM_AT_CUE_RE = /[Tt]eam at\s/;
// Cue of "Deel and our family of growing companies".
const FAMILY_CUE_RE = /\sand (?:our|its) family of/;
// Cue of "Join Deel".
const JOIN_CUE_RE = /\bJoin\s/;
// Cue of "Rula’s business" (the possessive and what follows it).
const POSSESSIVE_CUE_RE = new RegExp(String.raw`['’]s?${SP}(?:${POSSESSED})\b`);
// Cue of "Bounteous is a premier … consultancy", "Prompt is revolutionizing …": what follows the name.
const OPENING_NAME_CUE_RE = new RegExp(String.raw`\b(?:is|are)${SP}(?:a|an|the|one of the)\b|\b(?:${COMPANY_VERBS})\b`);

const NAME_PATTERNS: readonly NamePattern[] = [
  // "About Standard Bots", "Why JumpCloud?", "Why join Stylight?", "About the company - DevCycle", "Life at Remote".
  { cue: ABOUT_CUE_RE, source: String.raw`^(?:About|Why(?: join| work (?:at|for|with))?|Life at|Working at|Careers at|Who is)${SP}(?:the company${OPT_SP}[-–—:]${OPT_SP})?NAME${OPT_SP}[:?!.]{0,10}$`, weight: 3, headingOnly: true },
  // "At Vanta, our mission…", "Here at Wonders, we…".
  { cue: AT_CUE_RE, source: String.raw`(?:${SENTENCE_START}|\bHere )[Aa]t${SP}NAME${OPT_SP},?${SP}(?:we|our|you)\b`, weight: 3 },
  // "Welcome to Welltech".
  { cue: WELCOME_CUE_RE, source: String.raw`\bWelcome to${SP}NAME(?=[\s,.!:]|$)`, weight: 3 },
  // "KodaDot is always hiring", "rOpenSci seeks a Community Manager", and with an article, the
  // name's initials or an open-source project's group word after it: "The Electronic Frontier
  // Foundation (EFF) is seeking", "The DDEV community is seeking".
  { cue: HIRING_CUE_RE, source: String.raw`${SENTENCE_START}(?:The${SP})?NAME(?:${SP}\([A-Z]{2,8}\)|${SP}(?:community|project))?${SP}(?:(?:is|are)${SP}(?:always${SP}|now${SP}|currently${SP}|actively${SP})?(?:hiring|looking for|seeking|searching for)|seeks|is recruiting)\b`, weight: 3 },
  // "We are Olsson, a …", "Hi! We're Ontix.": the name and a stop right after it ("We're US-based",
  // "We are Generous, Ethical, …" are no names).
  { cue: WE_ARE_CUE_RE, source: String.raw`${SENTENCE_START}We(?:'re|’re| are)${SP}NAME(?=${OPT_SP}\(|,(?! [UPPER][LETTER]*,)|[.;](?:\s|$)|${SP}[—–-]${SP})`, weight: 3 },
  // "Life at eHealth Africa means…", "Working at Acme is…": the heading pattern's words in a sentence.
  { cue: LIFE_AT_CUE_RE, source: String.raw`${SENTENCE_START}(?:Life|Working|Work) at${SP}NAME${SP}(?:means|is|has)\b`, weight: 3 },
  // "Founded in 2012, Playson…", "Playson, established in 2012, is…".
  { cue: FOUNDED_IN_CUE_RE, source: String.raw`\b(?:Founded|Established|Started|Launched) in \d{4},${SP}NAME\b`, weight: 3 },
  { cue: NAME_FOUNDED_CUE_RE, source: String.raw`^NAME,${SP}(?:founded|established|started|launched) in \d{4}`, weight: 3 },
  // "Since 2007, Geoforce has been an industry leader".
  { cue: SINCE_CUE_RE, source: String.raw`${SENTENCE_START}Since \d{4},${SP}NAME${SP}(?:has|have|is|are)\b`, weight: 3 },
  // "As the world's first and largest NFT marketplace, OpenSea is pioneering…": an opening
  // apposition that calls the name a company.
  { cue: AS_A_CUE_RE, source: String.raw`${SENTENCE_START}As (?:a|an|the|one of the)\b[^,.]{0,100}?\b(?:${COMPANY_NOUNS})\b[^,.]{0,60},${SP}NAME${SP}(?:is|are|has|have|was|${COMPANY_VERBS})\b`, weight: 3 },
  // "The Security Team at Rula is responsible…", "Our Engineering team at Acme…".
  { cue: TEAM_AT_CUE_RE, source: String.raw`${SENTENCE_START}(?:The|Our)${SP}(?:[UPPER][LETTER&-]{0,30}${SP}){0,3}[Tt]eam at${SP}NAME(?=[\s,.!:]|$)`, weight: 3 },
  // "Deel and our family of growing companies".
  { cue: FAMILY_CUE_RE, source: String.raw`NAME${SP}and (?:our|its) family of`, weight: 3 },
  // "Join Deel", "Join Wrapbook and…" (Join Our Team / Join Us are stop words).
  { cue: JOIN_CUE_RE, source: String.raw`\bJoin${SP}NAME(?=[\s,.!:]|$)`, weight: 2 },
  // "Rula’s business", "One’s mission".
  { cue: POSSESSIVE_CUE_RE, source: String.raw`NAME(?:['’]s|(?<=s)['’])${SP}(?:${POSSESSED})\b`, weight: 2 },
  // A paragraph opening "Bounteous is a premier … consultancy", "Prompt is revolutionizing …".
  { cue: OPENING_NAME_CUE_RE, source: String.raw`^NAME(?:,[^,]{1,80},| \([^()]{1,60}\))?${SP}(?:(?:is|are)${SP}(?:a|an|the|one of the)\b[^.]{0,120}?\b(?:${COMPANY_NOUNS})\b|(?:${COMPANY_VERBS})\b)`, weight: 2 },
];

/**
 * The shapes of NAME_PATTERNS in a posting's own language (normalize/company-intro-words.ts):
 * "Na Firjan, nós…", "Somos a Acme", "Acme busca…", "Acme é uma empresa…", "## Sobre a Acme",
 * "Junte-se à Acme". A name they find must not be a place ("En Argentina buscamos…").
 */
function localPatternsOf(language: IntroLanguage): NamePattern[] {
  const w = COMPANY_INTRO_WORDS[language];
  return [
    // "Na Firjan, nós…", "En Mobiik estamos…", "Bei SignPath arbeiten wir…", "Chez Elao, nous…".
    { cue: new RegExp(String.raw`(?:^|[.!?]\s)(?:${w.at})\s`, "m"), source: String.raw`${SENTENCE_START}(?:${w.at})${SP}LINKED_NAME${OPT_SP},?${SP}(?:[LOWER]{1,20}${SP})?(?:${w.we})(?![LETTER])`, weight: 3 },
    // "Somos a Acme", "Wir sind SignPath", "Nous sommes Elao": weaker, the text must name it again.
    { cue: new RegExp(String.raw`(?:^|[.!?]\s)(?:${w.weAre})\s`, "m"), source: String.raw`${SENTENCE_START}(?:${w.weAre})${SP}NAME(?=${OPT_SP}[,.!:;–—-]|$|${SP}[LOWER])`, weight: 2 },
    // "Open Knowledge Foundation Deutschland sucht…", "commit42 recrute…", "Acme busca…".
    // An apposition naming what the company is may stand between ("Acme, empresa líder en pagos, busca…";
    // "Ronan, Responsable des opérations, recherche…" is a person), and the verb may close its sentence
    // ("A Acme está contratando!").
    { cue: new RegExp(String.raw`\s(?:${w.hiring})(?![\p{L}])`, "u"), source: String.raw`${CLAUSE_START}(?:(?:${w.article})${OPT_SP})?NAME(?: e\.V\.| S\.A\.| SAS| GmbH| Ltda\.?)?(?:,[^,]{0,60}?${companyNoun(w)}[^,]{0,60},)?${SP}(?:${w.hiring})(?![LETTER])`, weight: 3 },
    // "Somos Acme, una startup de pagos…", "Acme, ein Softwarehaus aus Köln, …": an apposition after the
    // name says what it is (weaker: a second mention, a legal form or a contact domain must back it). It
    // opens on the article or the noun itself: "Die Möglichkeit, in einem Team…" is no apposition.
    { cue: new RegExp(String.raw`,\s[^,.;:]{0,60}?(?:${w.nouns})`, "iu"), source: String.raw`${SENTENCE_START}(?:(?:${w.weAre}|${w.article})${SP})?NAME,${SP}(?:(?:${w.a})${SP}(?:[^,.;:]{0,50}?${SP})?)?${companyNoun(w)}`, weight: 2 },
    // "Platanus es una empresa de desarrollo…", "Elao est une agence…", also after an opening clause:
    // "Leader dans son secteur, Acme est le seul groupe…", "Pour accompagner sa croissance, Acme recrute…".
    // The noun capitalised too: "El IFARHU es una Institución Gubernamental…".
    { cue: new RegExp(String.raw`\s(?:${w.isA})\s`), source: String.raw`${CLAUSE_START}(?:(?:${w.article})${OPT_SP})?NAME(?:,[^,]{1,80},| \([^()]{1,60}\))?${SP}(?:${w.isA})\b[^.]{0,120}?${companyNoun(w)}`, weight: 2 },
    // A brand written in lower case opening its paragraph: "qatent est une startup…", "babymarkt ist ein
    // Unternehmen…" (weaker: the text must name it again; a pronoun is no name, see notNames).
    { cue: new RegExp(String.raw`^\p{Ll}[\p{Ll}\p{N}-]{2,30} (?:${w.isA})\s`, "mu"), source: String.raw`^([LOWER][LOWER\d-]{2,30})${SP}(?:${w.isA})\b[^.]{0,120}?${companyNoun(w)}`, weight: 2 },
    // "Boot-Start développe et intègre…", "Acme desarrolla…": a paragraph opening on what the name does
    // (weaker, as English "Prompt is revolutionizing…": the text must name it again). No article before
    // it: "Das Team entwickelt…" opens on a German noun.
    { cue: new RegExp(String.raw`\s(?:${w.does})\s`), source: String.raw`^NAME(?:,[^,]{1,80},| \([^()]{1,60}\))?${SP}(?:${w.does})(?![LETTER])`, weight: 2 },
    // "Fundada em 1993, a BRQ Digital Solutions é…", "Fondée en 2010, Elao…", as English "Founded in 2012, Playson".
    { cue: new RegExp(String.raw`(?:${w.founded}) \d{4},`), source: String.raw`(?:${w.founded})${SP}\d{4},${SP}(?:(?:${w.article.toLowerCase()}|${w.article})${SP})?NAME(?![LETTER])`, weight: 3 },
    // "## Sobre a Acme", "¿Qué es Dersu?", "Über SignPath", "À propos de Elao".
    { cue: new RegExp(String.raw`^(?:${w.about})\s`, "m"), source: String.raw`^(?:${w.about})${SP}NAME${OPT_SP}[:?!.]{0,10}$`, weight: 3, headingOnly: true },
    // "Junte-se à Acme", "Werde Teil des SignPath Teams".
    { cue: new RegExp(String.raw`(?:${w.join})\s`), source: String.raw`(?:${w.join})${SP}NAME`, weight: 2 },
  ];
}

/**
 * One of the nouns a company calls itself, as a word (lower case or capitalised); in a language
 * that compounds them, also as a compound's tail ("Softwareunternehmen", "IT-Dienstleister").
 */
function companyNoun(w: (typeof COMPANY_INTRO_WORDS)[IntroLanguage]): string {
  const word = String.raw`(?<![LETTER])(?:${w.nouns}|${capitalised(w.nouns)})(?![LETTER])`;
  return w.compoundNouns ? String.raw`(?:${word}|(?<=[LETTER]-?)(?:${w.nouns.toLowerCase()}|${w.nouns})(?![LETTER]))` : word;
}

/** An alternation of lower-case words with each word's first letter upper-cased ("empresa|grupo" → "Empresa|Grupo"). */
function capitalised(alternation: string): string {
  return alternation.split("|").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|");
}

const localPatterns = new Map<IntroLanguage, NamePattern[]>();
/** The about-heading pattern of each language, with the language whose stop words judge its name. */
let foreignAboutPatterns: Map<NamePattern, IntroLanguage> | undefined;

/**
 * A posting detected as English (or as no language) may still head its company section in another
 * ("## Sobre Rever" under English prose on a Mexican board): those headings are never English words,
 * so each language's about-heading pattern is read there too.
 */
function aboutPatternsOfEveryLanguage(): Map<NamePattern, IntroLanguage> {
  if (!foreignAboutPatterns) {
    foreignAboutPatterns = new Map();
    for (const language of INTRO_LANGUAGES) {
      const about = localPatternsFor(language).find((p) => p.headingOnly);
      if (about) foreignAboutPatterns.set(about, language);
    }
  }
  return foreignAboutPatterns;
}

/** The local patterns of `language`, built the first time a posting in it asks. */
function localPatternsFor(language: string | null | undefined): NamePattern[] {
  if (!isIntroLanguage(language)) return [];
  let patterns = localPatterns.get(language);
  if (!patterns) localPatterns.set(language, (patterns = localPatternsOf(language)));
  return patterns;
}

/** Blocks scanned and characters per line (hostile input). */
const MAX_BLOCKS = 300;
const MAX_BLOCK_CHARS = 3000;
/**
 * Characters of lines the patterns scan in all (issue 6: cap how much text one field scans).
 * The longest corpus posting has 21 KB of text, so no real posting reaches it.
 */
const MAX_SCAN_CHARS = 60_000;
/** Characters of plain text in which a candidate's mentions are counted. */
const MAX_MENTION_CHARS = 60000;
/** A candidate needs this score; one strong pattern (3) reaches it, a weaker one needs repeats. */
const MIN_SCORE = 3;
// A bare name at the start of a prose field value: "TextQL is working to…".
const LEADING_NAME: NamePattern = { cue: /\s(?:is|are|builds|helps|provides|makes|was)\b/, source: String.raw`^NAME${SP}(?:is|are|builds|helps|provides|makes|was)\b`, weight: 0 };
// A leading article before a name's words.
const LEADING_THE_RE = /^The\s+/;
// An all-capitals short name ("OCF"), possibly the acronym of a longer one.
const ACRONYM_RE = /^[A-Z]{2,6}$/;
// A letter or digit: decides whether a mention stands alone as a word.
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
// URLs and emails in text: host captured.
const URL_HOST_RE = /https?:\/\/([a-z0-9.-]{1,100})(\/[^\s)\]>"']{0,200})?/gi;
const EMAIL_HOST_RE = /\b[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})\b/gi;
// The host of one http(s) URL.
const ATS_URL_HOST_RE = /^https?:\/\/([a-z0-9.-]{1,100})/i;
// A line that invites applying or names a careers page.
// (in pt/es/de/fr too: "envie seu CV", "Envía tu CV", "postulate", "Bewerbung an", "candidature à").
const APPLY_CONTEXT_RE = /(?<![\p{L}])(?:apply|application|careers?|jobs|email|e-mail|send|contact|write|env[ií]\p{L}*|cv|candidat\p{L}*|curr[íi]culo|postula\p{L}*|bewerbung|bewirb|lebenslauf|postuler|contato|contacto|kontakt)(?![\p{L}])/iu;

function isNameLike(name: string, language?: string | null): boolean {
  const first = name.split(" ")[0].toLowerCase();
  if (NOT_A_NAME_FIRST_WORDS.has(first) || /^\d+$/.test(name)) return false;
  return !isIntroLanguage(language) || !COMPANY_INTRO_WORDS[language].notNames.includes(first);
}

// Two or three capitals, the shape of an ISO country code.
const INITIALISM_RE = /^[A-Z]{2,3}$/;
/** Country codes that prose writes as the country's name. */
const COUNTRY_CODES_WRITTEN_AS_NAMES: ReadonlySet<string> = new Set(["USA", "UK", "EUA", "EU", "UE", "UAE", "EAU"]);

/**
 * A name a local pattern found that is a place or a workplace word ("En Argentina buscamos", "Na Remoto");
 * a name that only holds a place among other words is a name ("Open Knowledge Foundation Deutschland").
 */
function isPlaceName(name: string): boolean {
  // "SGS", "GTT": an initialism that is also some country's ISO code is a company unless it is one of
  // the few codes text writes for a country ("En USA buscamos…").
  if (INITIALISM_RE.test(name) && !COUNTRY_CODES_WRITTEN_AS_NAMES.has(name)) return false;
  const parsed = parseLocationText(name);
  return (parsed.countries.length + parsed.regions.length + parsed.cities.length > 0 && parsed.unknownWords === 0) || parsed.workplace !== null;
}

function isLabelBlock(block: Block): boolean {
  if (block.kind === "heading" || block.emphasized || block.text.endsWith(":") || block.leadingEmphasis === block.text) return true;
  // A short question on a line of its own heads what follows ("Why join Stylight?").
  return block.kind === "paragraph" && block.lines.length === 1 && block.text.endsWith("?") && block.text.split(" ").length <= MAX_QUESTION_LABEL_WORDS;
}

/** How often `name` stands as a word in `text`. */
function mentions(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0 && count < 10; at = text.indexOf(name, at + name.length)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (!WORD_CHAR_RE.test(before) && !WORD_CHAR_RE.test(after)) count++;
  }
  return count;
}

/**
 * A candidate that is an acronym the text introduces for a longer name ("Open Collective
 * Foundation (OCF) is…", then "OCF is…") counts for the longer name, whose initials it must be.
 */
function mergeAcronyms(scores: Map<string, { score: number; first: BodyName }>, plain: string) {
  for (const [acronym, entry] of [...scores]) {
    // The cheap test first: the text must write "(OCF)" for the long pattern to find anything.
    if (!ACRONYM_RE.test(acronym) || !plain.includes(`(${acronym})`)) continue;
    // "The Electronic Frontier Foundation (EFF)": the article is not part of the name.
    const full = new RegExp(String.raw`${nameOf(UNICODE_CLASSES)}${SP}\(${acronym}\)`, "u").exec(plain)?.[1]?.replace(LEADING_THE_RE, "");
    const initials = full?.split(" ").filter((w) => w !== "&").map((w) => w[0]).join("");
    if (!full || initials !== acronym || !isNameLike(full)) continue;
    scores.delete(acronym);
    const into = scores.get(full);
    if (into) into.score += entry.score;
    else scores.set(full, { score: entry.score, first: { ...entry.first, name: full } });
  }
}

export interface BodyName {
  name: string;
  line: number;
  evidence: string;
}

interface ScannedLine {
  text: string;
  block: Block;
  label: boolean;
}

// A short label opening a line, before its colon and the text: "About Compiler: Compiler is a…".
const RUN_IN_LABEL_RE = /^(\p{Lu}[^:.!?]{1,50}):\s+\S/u;

/** The lines the patterns read: the first MAX_BLOCKS blocks, each line cut, MAX_SCAN_CHARS in all. */
function scannedLines(doc: PostingDoc): ScannedLine[] {
  const out: ScannedLine[] = [];
  let budget = MAX_SCAN_CHARS;
  for (const block of doc.blocks.slice(0, MAX_BLOCKS)) {
    const label = isLabelBlock(block);
    // A bold lead-in of a paragraph is a label of its own ("**About Compiler:** Compiler is a…").
    if (!label && block.leadingEmphasis && block.leadingEmphasis.length < block.text.length) {
      budget -= block.leadingEmphasis.length;
      out.push({ text: block.leadingEmphasis.slice(0, MAX_BLOCK_CHARS), block, label: true });
    }
    for (const line of block.lines) {
      if (budget <= 0) return out;
      const text = (label ? line.replace(LEADING_SYMBOLS_RE, "").replace(TRAILING_PICTOGRAPHS_RE, "") : line).slice(0, MAX_BLOCK_CHARS);
      budget -= text.length;
      // A run-in label of a line is a label of its own too ("About Compiler: Compiler is a…").
      const runIn = label ? undefined : RUN_IN_LABEL_RE.exec(text)?.[1];
      if (runIn) out.push({ text: runIn, block, label: true });
      out.push({ text, block, label });
    }
  }
  return out;
}

/** A pattern's source with its placeholders written in `classes`. */
function written(source: string, classes: NameClasses): string {
  return source
    .replaceAll("LINKED_NAME", nameOf(classes, true))
    .replaceAll("NAME", nameOf(classes))
    .replaceAll("UPPER", classes.upper)
    .replaceAll("LOWER", classes.lower)
    .replaceAll("LETTER", classes.letter);
}

const compiledPatterns = new Map<NamePattern, RegExp>();
const compiledLatin1Patterns = new Map<NamePattern, RegExp>();

/** `pattern`'s regex for a line that is `latin1` or not, compiled the first time a line passes its cue. */
function patternRe(pattern: NamePattern, latin1: boolean): RegExp {
  const compiled = latin1 ? compiledLatin1Patterns : compiledPatterns;
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = new RegExp(written(pattern.source, latin1 ? LATIN1_CLASSES : UNICODE_CLASSES), "u")));
  return re;
}

export function bodyCompanyName(doc: PostingDoc, language?: string | null): BodyName | null {
  const scores = new Map<string, { score: number; first: BodyName }>();
  const lines = scannedLines(doc);
  // A cue missing from all the lines rules its pattern out at once: one scan of the text
  // per pattern instead of one call per line (cues are multiline, so `^` finds line starts).
  const joined = lines.map((l) => l.text).join("\n");
  const foreign = isIntroLanguage(language) ? undefined : aboutPatternsOfEveryLanguage();
  const local = foreign ? [...foreign.keys()] : localPatternsFor(language);
  const patterns = [...NAME_PATTERNS, ...local].filter((p) => p.cue.test(joined));
  for (const { text, block, label } of lines) {
    // Asked once per line, and only of a line that passes some pattern's cue.
    let latin1: boolean | undefined;
    for (const pattern of patterns) {
      if ((pattern.headingOnly && !label) || !pattern.cue.test(text)) continue;
      latin1 ??= isLatin1Words(text);
      const name = patternRe(pattern, latin1).exec(text)?.[1];
      if (!name || !isNameLike(name, foreign?.get(pattern) ?? language) || (local.includes(pattern) && isPlaceName(name))) continue;
      const entry = scores.get(name) ?? { score: 0, first: { name, line: block.line, evidence: text } };
      entry.score += pattern.weight;
      scores.set(name, entry);
    }
  }
  const plain = doc.plainText.slice(0, MAX_MENTION_CHARS);
  mergeAcronyms(scores, plain);
  let best: { total: number; first: BodyName } | null = null;
  let labels: ReadonlySet<string> | undefined;
  for (const { score, first } of scores.values()) {
    const total = score + Math.min(mentions(plain, first.name), 6) * 0.5;
    // A weaker pattern ("Acme es una empresa…" said once) is backed by a second mention, by a legal
    // form after the name ("Acme GmbH", "Acme S.L."), or by the contact address's domain (jobs@acme.de).
    let backing = total - score >= 1 ? 1 : 0;
    if (score + backing < MIN_SCORE) backing = hasLegalForm(plain, first.name) || (labels ??= contactLabels(doc)).has(nameKey(first.name)) ? 1 : 0;
    if (score + backing < MIN_SCORE) continue;
    if (!best || total > best.total) best = { total, first };
  }
  if (!best) return null;
  const name = best.first.name;
  // "Acme S.A" (the name's last word stops before the abbreviation's dot) is "Acme S.A." as written.
  const bare = name.replace(TRAILING_LEGAL_FORM_RE, "");
  return bare !== name && bare ? { ...best.first, name: withLegalForm(plain, bare) } : best.first;
}

// A legal form closing a name, its last dot possibly cut off: "Lumora GmbH", "Nube S.A", "Acme Ltda".
const TRAILING_LEGAL_FORM_RE = new RegExp(String.raw`,?\s(?:${LEGAL_FORMS.join("|")}|S\.A|S\.L|S\.p\.A|e\.V)$`, "u");

/** `name` is written with a legal form: one closes it, or the text writes one right after it. */
function hasLegalForm(text: string, name: string): boolean {
  return TRAILING_LEGAL_FORM_RE.test(name) || withLegalForm(text, name) !== name;
}

/** A name's letters and digits, lower case: how a domain would spell it ("Vega I.T." → "vegait"). */
function nameKey(name: string): string {
  return name.replace(TRAILING_LEGAL_FORM_RE, "").toLowerCase().normalize("NFD").replace(/[^a-z0-9]/g, "");
}

/** The name a prose value opens with ("TextQL is working to…" → "TextQL"), or null. */
export function leadingName(value: string): string | null {
  const text = value.slice(0, MAX_BLOCK_CHARS);
  const name = LEADING_NAME.cue.test(text) ? patternRe(LEADING_NAME, isLatin1Words(text)).exec(text)?.[1] : undefined;
  return name && isNameLike(name) ? name : null;
}

/** The domain of `domains` that a lower-case host is or belongs to ("acme.lever.co" → "lever.co"). */
function domainOf(host: string, domains: readonly string[]): string | undefined {
  return domains.find((n) => host === n || host.endsWith(`.${n}`));
}

/** The company part of a host: "jobs.lever.co/sourcegraph" → sourcegraph, "inngest.breezy.hr" → inngest. */
function hostLabel(host: string, path: string): string | null {
  const h = host.toLowerCase().replace(/^www\./, "");
  if (domainOf(h, NON_COMPANY_HOSTS)) return null;
  const ats = domainOf(h, ATS_HOSTS);
  if (ats) {
    const sub = h.slice(0, -ats.length).split(".").filter((p) => p && !ATS_GENERIC_PARTS.has(p) && !/^wd\d+$/.test(p));
    if (sub.length) return sub[0];
    const seg = path.split("/").find((p) => p && !ATS_GENERIC_PARTS.has(p.toLowerCase()));
    return seg ? seg.toLowerCase() : null;
  }
  const parts = h.split(".");
  // "milkup.com.br": the name sits before a country's generic second level ("com", "co", "org").
  const generic = parts.length >= 3 && GENERIC_SECOND_LEVEL_DOMAINS.has(parts[parts.length - 2]) && parts[parts.length - 1].length === 2;
  return parts.length >= 2 ? parts[parts.length - (generic ? 3 : 2)] : null;
}

/** The text's own spelling of `label` (letters and digits compared, case and spaces ignored). */
function spelledInText(text: string, label: string): string | null {
  const key = label.replace(/[^a-z0-9]/g, "");
  if (key.length < 3) return null;
  const words = text.split(/[^\p{L}\p{N}&.-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let j = i; j < Math.min(i + 3, words.length); j++) {
      joined += words[j].toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      if (joined === key) return words.slice(i, j + 1).join(" ").replace(/[.-]+$/, "");
      // A dash or dots alone ("Java - Oracle") start no spelling of the name.
      if (!joined || joined.length >= key.length || !key.startsWith(joined)) break;
    }
  }
  return null;
}

// A legal form right after a name: the name's full form, as the text writes it.
const LEGAL_FORM_AFTER_RE = new RegExp(String.raw`^,?\s(?:${LEGAL_FORMS.join("|")})(?![\p{L}\p{N}])`, "u");

/** `name` with the legal form the text writes right after it, if any ("Quarteera" → "Quarteera e.V."). */
function withLegalForm(text: string, name: string): string {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (WORD_CHAR_RE.test(text[at - 1] ?? " ")) continue;
    const form = LEGAL_FORM_AFTER_RE.exec(text.slice(at + name.length, at + name.length + 12))?.[0];
    if (form) return name + form;
  }
  return name;
}

/** The URL's host is an applicant-tracking system's. */
export function isAtsUrl(url: string): boolean {
  const host = ATS_URL_HOST_RE.exec(url)?.[1]?.toLowerCase();
  return !!host && domainOf(host, ATS_HOSTS) !== undefined;
}

/** The texts where a posting gives its contact address or apply link: fields, the title link, apply lines, ATS links. */
function contactSources(doc: PostingDoc): { text: string; line: number }[] {
  const sources: { text: string; line: number }[] = [];
  if (doc.header.titleUrl) sources.push({ text: doc.header.titleUrl.text, line: doc.header.titleUrl.line });
  for (const f of doc.fields) if (/url|apply|website|email|contact/.test(f.key)) sources.push({ text: f.value, line: f.line });
  for (const block of doc.blocks.slice(0, MAX_BLOCKS)) {
    if (!APPLY_CONTEXT_RE.test(block.text)) {
      // A link into an applicant-tracking system names the company whatever its text says ("[Kano](https://acme.bamboohr.com/jobs/…)").
      for (const link of block.links) if (isAtsUrl(link.url)) sources.push({ text: link.url, line: block.line });
      continue;
    }
    sources.push({ text: block.text.slice(0, MAX_BLOCK_CHARS), line: block.line });
    for (const link of block.links) sources.push({ text: link.url, line: block.line });
  }
  return sources;
}

/** The company labels of a source's URL and e-mail hosts ("vagas@acme.com.br" → "acme"), null for a job board's. */
function hostLabels(text: string): (string | null)[] {
  const labels = [...text.matchAll(URL_HOST_RE)].map((m) => hostLabel(m[1], m[2] ?? ""));
  labels.push(...[...text.matchAll(EMAIL_HOST_RE)].map((m) => hostLabel(m[1], "")));
  return labels;
}

/** Every company label of the posting's contact addresses and apply links, letters and digits only. */
function contactLabels(doc: PostingDoc): ReadonlySet<string> {
  const labels = new Set<string>();
  for (const source of contactSources(doc)) for (const label of hostLabels(source.text)) if (label) labels.add(label.replace(/[^a-z0-9]/g, ""));
  return labels;
}

export function companyFromDomains(doc: PostingDoc): BodyName | null {
  const sources = contactSources(doc);
  // The text without URLs and emails, where the name must be written.
  const prose = doc.plainText.slice(0, MAX_MENTION_CHARS).replace(URL_HOST_RE, " ").replace(EMAIL_HOST_RE, " ");
  for (const source of sources) {
    for (const label of hostLabels(source.text)) {
      const name = label && spelledInText(prose, label);
      if (name) return { name: withLegalForm(prose, name), line: source.line, evidence: source.text };
    }
  }
  return null;
}
