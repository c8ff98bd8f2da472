// The section-heading vocabulary (SPEC §1 "requirements / niceToHave / responsibilities /
// benefits"): what a heading, bold label line or `Label:` line says its section holds.
// The table is data: each kind lists its variants; extract/section-lists.ts decides where
// headings are and what their items are. Matching is by meaning-bearing phrases, tolerant of
// case, punctuation, emoji, "&"/"and" and hyphens (normalizeHeading), never by exact strings.
//
// Variant syntax (compiled on first use):
//   "phrase"   the heading starts with the phrase (whole words)
//   "=phrase"  the heading is exactly the phrase
//   "~phrase"  the phrase occurs anywhere (only for short headings, CONTAINS_MAX_WORDS)
//   "phrase$"  the heading ends with the phrase
// Rows are tried in order and the first match wins, so specific rows come first:
// "preferred qualifications" (niceToHave) before "qualifications" (requirements),
// "about the role" (responsibilities) before "about …" (company, contributes nothing).

import { wordCount } from "./list-lines.js";
import { StringMemo } from "./memo.js";

export type SectionKind = "requirements" | "niceToHave" | "responsibilities" | "benefits";

/** What a heading names: a list kind, a kind that counts only when its section holds a list
 * (a "Why join us?" pitch, a job board's "Job Description" wrapper), or nothing to collect. */
export type HeadingKind = SectionKind | "benefitsIfList" | "responsibilitiesIfList" | "none";

export interface SectionNameRow {
  kind: HeadingKind;
  /** Weak rows ("Skills", "Experience") name a section only at the top, not inside another list section. */
  weak?: boolean;
  /** Inside a section of this kind the row names nothing: "You will have" under benefits is a lead-in. */
  notUnder?: HeadingKind;
  variants: readonly string[];
}

export const SECTION_NAMES: readonly SectionNameRow[] = [
  {
    // Hiring steps and "don't apply if" notes, whatever else their heading says.
    kind: "none",
    variants: ["what we build with", "~we build with", "~tech we use", "~tools we use", "~interview", "~hiring process", "~recruitment process", "~application process", "~shouldn't apply", "~should not apply", "~won't be for you",
      // Duties named after requirements work, not a requirements list.
      "requirements gathering", "requirement gathering", "requirements analysis", "requirements engineering",
      "~hiring processes", "our hiring process", "our hiring processes", "what to expect from our hiring", "what to expect in our hiring", "what to expect in the hiring",
      "what does the hiring", "what does our hiring", "how does the hiring", "how does our hiring", "what's the hiring", "what's our hiring"],
  },
  {
    kind: "niceToHave",
    variants: [
      "nice to have", "~nice to have", "nice to haves", "nice if you", "good to have", "~good to have", "great to have", "great to haves",
      "bonus", "~bonus points", "~bonus if", "added bonus", "extra points", "extra brownie points", "brownie points", "~brownie points",
      "pluses", "=plus", "plus points", "~is a plus", "~will be a plus", "~would be a plus", "~be a plus", "~as a plus", "~a big plus",
      "it's a plus", "preferred", "~preferred qualifications", "~preferred skills", "~preferred requirements", "~preferred experience",
      "~preferred qualification", "desirable", "~desirable", "desired", "~desired qualifications", "~desired skills", "optional",
      "~optional skills", "even better", "it would be great if", "it would be nice", "would be nice", "additionally we'd love",
      "additionally we would love", "we'd love", "we would love", "we'd also love", "what makes you stand out", "what will make you stand out",
      "what would make you stand out", "stand out", "ways to stand out", "to stand out", "you'll stand out", "you will stand out",
      "an ideal candidate also", "the ideal candidate also", "ideal candidate also", "~also have", "~also has", "not required but",
      "~not required", "~nice to haves", "~extra credit", "extra credit", "~would be great", "would be great", "~we'd love",
      "~preferred", "highly preferred", "~sets you apart", "~set you apart", "~the edge", "~advantageous", "~an advantage",
      "~a bonus", "~also be great", "a plus", "~a plus", "you might also have", "atouts", "~un plus", "wünschenswert", "~von vorteil", "deseable", "~even better", "~also nice",
      "~an edge", "~stand out", "~additional desired", "additional desired", "~especially", "~particularly", "~also appreciate", "~we'd appreciate", "~would appreciate",
    ],
  },
  {
    kind: "responsibilities",
    variants: [
      "responsibilities", "~responsibilities", "responsibility", "~key responsibilities", "~responsible for", "duties", "~duties",
      "what you'll do", "what you will do", "what you'd do", "what you would do", "what you'll be doing", "what you will be doing",
      "what will you be doing", "what will you do", "what would you be doing", "what would your day to day", "what does the role",
      "what you'll build", "what you will build", "what you'd build", "what you would build",
      "what you'll work on", "what you will work on", "what you'll be working on", "what you will be working on", "what you'll achieve",
      "what you will achieve", "what you'll accomplish", "what you will accomplish", "what you'll own", "what you will own",
      "in your day to day", "~day to day", "a day in the life", "~day in the life", "in this role", "in the role",
      "the role", "=role", "your role", "about the role", "about this role", "about the job", "about this job", "about the position",
      "about this position", "about the opportunity", "about this opportunity", "the position", "the job", "the opportunity",
      "the challenge", "your challenge", "role overview", "position overview", "role description", "position description",
      "role summary", "position summary", "job summary", "overview of the role", "~role context", "role and responsibilities",
      "get ready to", "your mission", "the mission", "mission of the role", "your impact", "the impact you'll have", "impact you'll have",
      "how you'll contribute", "how you will contribute", "how you'll make an impact", "your tasks", "tasks", "~your tasks",
      "key tasks", "main tasks", "what the job involves", "essential functions", "~essential functions", "~essential duties",
      "what will i be doing", "what will i do", "what's the opportunity", "an overview of this role", "overview of this role",
      "~challenges you'll", "on a typical day", "~typical day", "job overview", "role purpose", "purpose of the role",
      "what you get to do", "what you can expect to do", "the candidate will", "your contribution", "votre rôle", "vos missions", "~vos missions", "missions",
      "deine aufgaben", "ihre aufgaben", "aufgaben", "responsabilidades", "funciones", "岗位职责", "工作职责",
      "what the role involves", "job duties", "job responsibilities", "what we need you to do", "what you'll be responsible for",
    ],
  },
  {
    kind: "requirements",
    variants: [
      "requirements", "~requirements", "=requirement", "qualifications", "~qualifications", "qualification",
      "~minimum qualifications", "~basic qualifications", "~required qualifications", "must have", "must haves", "~must have",
      "who we are looking for", "who are we looking for", "who we're looking for", "whom we are looking for", "what we're looking for",
      "what we are looking for", "what are we looking for", "what we look for", "we're looking for", "we are looking for",
      "looking for", "who you are", "who are you", "what you bring", "what you'll bring", "what you will bring", "what you bring",
      "you bring", "what you need", "what you'll need", "what you will need", "what we need", "what you have", "what you'll have",
      "what you've got", "what we expect", "what we're expecting", "we expect", "our expectations", "expectations",
      "you have", "you are", "you should have", "you should be", "you should apply if", "you'll thrive", "you will thrive",
      "you might thrive", "you may thrive", "you're a good fit", "you are a good fit", "you're a great fit", "you are a great fit",
      "you'll be a great fit", "you will be a great fit", "you'll be a good fit", "a good fit", "~good fit", "~great fit",
      "is this you", "about you", "=you", "your background", "your profile", "profile", "the profile", "candidate profile",
      "your experience", "your skills", "skills and experience", "~skills and experience", "experience and skills", "~skills and qualifications",
      "~skills and requirements", "required skills", "~required skills", "~required experience", "key skills", "essential",
      "~essential", "essentials", "competencies", "~competencies", "education", "knowledge skills and abilities",
      "ideal candidate", "an ideal candidate", "the ideal candidate", "your ideal", "to succeed in this role", "~to succeed",
      "~to be successful", "what it takes", "what makes you a great fit", "what makes you a good fit", "who should apply",
      "what we would like to see", "what we'd like to see", "we would like to see", "what we want", "what we're after",
      "minimum requirements", "basic requirements", "job requirements", "the must haves", "what you need to succeed",
      "you'll need", "you will need", "you need", "you must have", "we require", "=required", "what you should have",
      "what skills do i need", "~important to us", "we will expect you", "we'll expect you", "~expect you to have",
      "~help you succeed", "~to succeed", "who you might be", "what we hope you have", "educational background",
      "please apply if", "~requires$", "~require the following", "~skills that are required", "~you'll bring", "if you got it",
      "what does it take", "~reaching out to", "you'll have experience", "you'll likely have", "~fit right in", "~be a match",
      "if you$", "if$", "~if you", "if you have$", "~good fit", "are you the one", "=are you", "votre profil", "profil", "qui vous êtes",
      "dein profil", "ihr profil", "was du mitbringst", "was sie mitbringen", "requisitos", "perfil", "任职要求", "岗位要求",
      "任职资格", "what we'll love about you", "what we love about you", "~love about you", "other skills",
    ],
  },
  {
    // "You'll have:" lists what is asked, except as the lead-in of a benefits section's list.
    kind: "requirements",
    notUnder: "benefits",
    variants: ["=you'll have"],
  },
  {
    kind: "requirements",
    weak: true,
    variants: ["=skills", "=experience", "=technical skills", "=experience and education", "=soft skills", "=hard skills"],
  },
  {
    kind: "benefits",
    variants: [
      "benefits", "~benefits", "benefit", "perks", "~perks", "what we offer", "~what we offer", "what we can offer", "what can we offer",
      "we offer", "our offer", "the offer", "what's in it for you", "~in it for you", "what is in it for you", "in return",
      "total rewards", "~total rewards", "rewards", "compensation and benefits", "salary and benefits", "things you'll enjoy",
      "some things you'll enjoy", "~things you'll enjoy", "~you'll enjoy", "~you will enjoy", "what you'll get", "what you get",
      "what you will get", "what you'll receive", "what you will receive", "what this job can offer", "what this role can offer",
      "what this role offers", "~can offer you", "what we provide", "we provide", "our package", "the package", "package",
      "employees receive$", "you'll receive$", "~you'll receive", "~you will receive", "we give you", "what we give", "why you'll love",
      "why you will love", "~why you'll love", "~why you will love", "~what you can expect from us", "what's on offer", "on offer",
      "~perks of working", "our promise", "what we will offer", "what we'll offer", "~offer you", "offer you$", "we offer$",
      "by offering$", "what we have to offer", "~have to offer", "you'll enjoy$", "enjoy$", "here you'll get", "~will support you",
      "let's talk money", "time off", "what you'll love", "~what you'll love", "what you can expect", "~health and wellbeing",
      "ce que nous vous proposons", "~avantages", "wir bieten", "was wir bieten", "~was wir bieten", "deine vorteile", "beneficios",
      "ofrecemos", "福利待遇", "what you'll find", "~our value to you", "~value for you",
    ],
  },
  {
    // "You will:" / "You'll:" alone or as a lead: duties, tried after "You'll need" and "You'll get".
    kind: "responsibilities",
    variants: ["you'll", "you will be", "this role is", "this role will"],
  },
  {
    // The job board's "Job Description" wrapper: duties when it lists them, else an intro.
    kind: "responsibilitiesIfList",
    variants: ["=job description", "=the job description"],
  },
  {
    // "Why we're hiring" / "Why this role matters" explain the opening; they list no offerings.
    kind: "none",
    variants: ["why we", "why we're", "why this", "why does", "why is", "why are we", "why now", "this role will close"],
  },
  {
    // Pitches: a benefits section only when they hold a list of what is offered (label notes:
    // Outlier's "Why work on Outlier?" list counts; Deel's prose "Why should you be part…" does not).
    kind: "benefitsIfList",
    variants: [
      "why", "what it's like working", "what it's like to work", "what's it like", "life at", "working at", "working with us",
      "work with us", "~reasons to", "what makes working at", "~makes working",
    ],
  },
  {
    kind: "none",
    variants: [
      "about", "who we are", "=who are we", "our team", "the team", "meet the team", "team", "our company", "the company", "company",
      "our values", "values", "our culture", "culture", "our mission", "mission", "our story", "our vision", "vision", "overview",
      "company overview", "description", "job description", "summary", "equal opportunity", "~equal opportunity", "~equal opportunities", "~equal employment",
      "eeo", "diversity", "~diversity", "~inclusion", "application process", "~process", "how to apply", "~to apply", "apply",
      "next steps", "interview", "~interview", "hiring", "recruitment", "location", "~location", "where you'll be working",
      "tech stack", "~tech stack", "our stack", "stack", "technical stack", "~technologies", "tools we use", "~tools we use",
      "pay", "salary", "~salary range", "~pay range", "pay transparency", "~pay transparency", "compensation", "~compensation philosophy",
      "~leveling", "note", "please note", "notes", "important", "disclaimer", "~privacy", "accommodation", "~accommodations",
      "keywords", "practicals", "logistics", "language", "languages", "start date", "~visa", "getting things done", "~covid",
      "~background check", "~fraud", "~disclosure", "our products", "the product", "what we do", "what we're building",
      "what we are building", "additional information", "more information", "learn more", "more on", "more about", "our customers",
      "get to know us", "work type", "our commitment", "~core values", "how we work", "~apply", "travel", "who will you work with",
      "who you'll work with", "~work with$", "our approach", "onboarding", "~physical demands", "~statement", "~notice", "stay connected",
      "stay in touch", "our technology", "what we use", "tech stack", "~technology stack", "~technical stack", "~technological stack", "la stack", "the stack", "your stack", "~stack includes", "contract length", "~base salary", "eligibility", "recent press",
      "what do we do", "who may apply", "please email", "please send", "please submit", "~email", "~submit", "~eeoc", "~li remote", "~shareholder letter", "~press", "~faq",
    ],
  },
];

/** Headings longer than this are sentences, not headings. */
export const HEADING_MAX_WORDS = 16;
/** "~phrase" rows only apply to headings up to this length (not to long sentences). */
export const CONTAINS_MAX_WORDS = 12;
/** A word inside a longer line ("…the following technologies:") does not make it an about-us heading. */
export const NONE_CONTAINS_MAX_WORDS = 6;

// Apostrophe look-alikes, folded to a plain apostrophe.
const APOSTROPHE_RE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
// Ampersands and plus signs that stand for "and".
const AMPERSAND_RE = /\s*&\s*/g;
// Anything that is not a letter, digit or apostrophe (emoji, punctuation, hyphens) → a space.
const NON_WORD_RE = /[^\p{L}\p{N}']+/gu;
// Apostrophes not inside a word (quotes) and the letter-less leftovers.
const STRAY_APOSTROPHE_RE = /(^|\s)'+|'+(?=\s|$)/g;
// Spelled-out contractions folded to the short form, so one variant covers both.
const CONTRACTION_RES: readonly [RegExp, string][] = [
  // "you will" → "you'll"
  [/\byou will\b/g, "you'll"],
  // "we are" → "we're"
  [/\bwe are\b/g, "we're"],
  // "you are" → "you're"
  [/\byou are\b/g, "you're"],
  // "what is" → "what's"
  [/\bwhat is\b/g, "what's"],
  // "we would" → "we'd"
  [/\bwe would\b/g, "we'd"],
];

/** Lower case, apostrophes folded, "&" → "and", punctuation and emoji → spaces, trimmed. */
export function normalizeHeading(text: string): string {
  let s = text.slice(0, 400).normalize("NFKC").toLowerCase().replace(APOSTROPHE_RE, "'").replace(AMPERSAND_RE, " and ");
  s = s.replace(NON_WORD_RE, " ").replace(STRAY_APOSTROPHE_RE, "$1");
  for (const [re, to] of CONTRACTION_RES) s = s.replace(re, to);
  return s.replace(NON_WORD_RE, " ").trim();
}

interface CompiledVariant {
  kind: HeadingKind;
  weak: boolean;
  notUnder: HeadingKind | null;
  contains: boolean;
  /** The phrase normalised: a heading it can match holds it. */
  phrase: string;
  /** Matched at the heading's start ("phrase", "=phrase"): the heading's first word is the phrase's. */
  anchored: boolean;
  re: RegExp;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(row: SectionNameRow, variant: string): CompiledVariant {
  let phrase = variant;
  let mode: "start" | "exact" | "contains" | "end" = "start";
  if (phrase.startsWith("=")) [mode, phrase] = ["exact", phrase.slice(1)];
  else if (phrase.startsWith("~")) [mode, phrase] = ["contains", phrase.slice(1)];
  else if (phrase.endsWith("$")) [mode, phrase] = ["end", phrase.slice(0, -1)];
  const norm = normalizeHeading(phrase);
  const body = escapeRe(norm);
  const source = mode === "exact" ? `^${body}$` : mode === "start" ? `^${body}(?: |$)` : mode === "end" ? `(?:^| )${body}$` : `(?:^| )${body}(?: |$)`;
  const anchored = mode === "start" || mode === "exact";
  return { kind: row.kind, weak: row.weak ?? false, notUnder: row.notUnder ?? null, contains: mode === "contains", phrase: norm, anchored, re: new RegExp(source) };
}

interface CompiledNames {
  /** Every variant, in table order. */
  variants: readonly CompiledVariant[];
  /** Positions of the anchored variants by their first word. */
  anchoredByFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Positions of the others ("~phrase", "phrase$"). */
  floating: readonly number[];
}

let compiled: CompiledNames | undefined;

/** The table compiled on first use (700 patterns: a run that never classifies a heading skips them). */
function compiledNames(): CompiledNames {
  if (compiled) return compiled;
  const variants = SECTION_NAMES.flatMap((row) => row.variants.map((v) => compile(row, v)));
  const anchoredByFirstWord = new Map<string, number[]>();
  const floating: number[] = [];
  variants.forEach((v, i) => {
    if (!v.anchored) floating.push(i);
    else {
      const first = firstWord(v.phrase);
      const list = anchoredByFirstWord.get(first);
      if (list) list.push(i);
      else anchoredByFirstWord.set(first, [i]);
    }
  });
  return (compiled = { variants, anchoredByFirstWord, floating });
}

function firstWord(norm: string): string {
  const space = norm.indexOf(" ");
  return space < 0 ? norm : norm.slice(0, space);
}

export interface HeadingMeaning {
  kind: HeadingKind;
  weak: boolean;
  /** The kind of enclosing section under which this heading names nothing. */
  notUnder: HeadingKind | null;
  /** Matched by a phrase inside the heading ("~phrase"), not by its start or whole text. */
  contains: boolean;
}

/** Headings and label lines repeat across postings ("Requirements", "What you'll do"): answers
 *  are remembered by raw text (skipping normalizeHeading) and by normalised text. 1,024 keeps the
 *  common ones; 8,192 of mostly one-off lines cost ~7 MB of peak RSS over the corpus, no speed. */
const MEMO_MAX = 1024;

/** Variants that can match `norm`, in table order: anchored ones sharing its first word, floating ones it contains. */
function candidatesFor(norm: string, names: CompiledNames): number[] {
  const anchored = names.anchoredByFirstWord.get(firstWord(norm)) ?? [];
  const out: number[] = [];
  let a = 0;
  for (const f of names.floating) {
    while (a < anchored.length && anchored[a] < f) out.push(anchored[a++]);
    if (norm.includes(names.variants[f].phrase)) out.push(f);
  }
  while (a < anchored.length) out.push(anchored[a++]);
  return out;
}

function classifyNormalized(norm: string): HeadingMeaning | null {
  const words = wordCount(norm);
  if (words > HEADING_MAX_WORDS) return null;
  const names = compiledNames();
  let found: CompiledVariant | null = null;
  for (const i of candidatesFor(norm, names)) {
    const v = names.variants[i];
    if (v.contains && words > (v.kind === "none" ? NONE_CONTAINS_MAX_WORDS : CONTAINS_MAX_WORDS)) continue;
    if (!v.re.test(norm)) continue;
    // "Minimum Requirements" hits "~requirements" first; its start variant of the same kind makes it a whole-heading match.
    if (found === null) found = v;
    if (!v.contains && v.kind === found.kind) return { kind: found.kind, weak: found.weak, notUnder: found.notUnder, contains: false };
  }
  return found && { kind: found.kind, weak: found.weak, notUnder: found.notUnder, contains: found.contains };
}

const byNormalized = new StringMemo(classifyNormalized, MEMO_MAX);
const byText = new StringMemo((text: string) => {
  const norm = normalizeHeading(text);
  return norm ? byNormalized.get(norm) : null;
}, MEMO_MAX);

/** What a heading text names, or null when it names none of the known sections. */
export function classifyHeading(text: string): HeadingMeaning | null {
  return byText.get(text);
}
