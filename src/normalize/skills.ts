// Technology mentions in text — SPEC §1 "skills". Owns the lookup built from the one vocabulary
// table (normalize/data/skills.ts) and the rules that decide when an ambiguous word ("Go", "R",
// "C", "Express") names a technology. Text is tokenised once (normalize/skill-tokens.ts); 1–4-token
// n-grams are looked up in a Map built on first use from the keys scripts/gen-skill-index.mjs
// tokenised ahead of time (no alternation regex over the vocabulary);
// longest match wins ("React Native" over "React", "SQL Server" over "SQL").
import { GENERATED_SKILLS } from "./data/skill-candidates.generated.js";
import { SKILL_INDEX_JSON } from "./data/skill-index.generated.js";
import { CLOUD_SERVICES, CUSTOMER_LIST_INTROS, CUSTOMER_LIST_NOUNS, CUSTOMER_LIST_QUALIFIERS, NOT_SKILLS, SKILL_VOCABULARY, type SkillEntry } from "./data/skills.js";
import { hyphenTokens, KeyStarts, tokenize, type Token } from "./skill-tokens.js";

type Mode = "any" | "cased" | "guarded" | "exact";

interface IndexEntry {
  name: string;
  mode: Mode;
  /** The spellings listed in the table, as written (exact mode allows only these). */
  surfaces: readonly string[];
  /** Number of tokens in the key. */
  size: number;
  /** A phrase that contains a name but is no technology ("SQL injection"): matched, then dropped. */
  skip?: boolean;
}

export interface SkillMention {
  /** Canonical name from the vocabulary. */
  name: string;
  /** The name as the posting qualifies it, when it differs: "AWS Lambda" written whole, "CloudWatch" without its cloud. */
  written?: string;
  /** Character offset of the mention in the scanned text. */
  index: number;
}

// Web and mail addresses: their words are not mentions (github.com/…, jobs@python.org).
const ADDRESS_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
// A lower-case letter: cased and guarded spellings must not start with one.
const LOWER_START_RE = /^\p{Ll}/u;
// A capitalised word of letters only (not "L1", "2024"): after a guarded word it makes the pair one name.
const UPPER_START_RE = /^\p{Lu}\p{L}*$/u;
// The gap between two tokens of one n-gram: blanks on one line, or one `/`, `&` or `-`.
const NGRAM_GAP_RE = /^(?:[ \t\u00a0]*|[ \t]*[/&][ \t]*|-)$/;
// The gap between two items of one list of technologies: commas, slashes, brackets, bullets,
// line breaks — anything but sentence-ending punctuation or words.
const LIST_GAP_RE = /^[\s,;:/&|()[\]{}•·*+–—-]*$/;
// A gap that glues a guarded word to the next one (Go-to-market, R&D, C-level, C-suite).
const GLUED_GAP_RE = /^[-&'’]$/;
// After a word at the start of a line: the dash or colon of a "term - description" line.
const DEFINITION_GAP_RE = /^[ \t]*[-:–—]/;
// After a word: an aside in brackets opens ("Go (we can train you)", "Go [server-side]").
const ASIDE_AFTER_RE = /^[ \t]*[([]$/;
// Blanks on one line only.
const INLINE_BLANK_RE = /^[ \t]+$/;

// Words before a guarded word that make it read as a technology ("in Go", "with R").
const CUE_BEFORE = new Set(["in", "with", "using", "use", "like", "including", "e.g", "eg", "i.e", "ie", "via", "of", "especially", "particularly", "preferably", "ideally"]);
// Words after a guarded word that make it read as a technology ("Go developer", "C programming").
const TECH_AFTER = new Set([
  "developer", "developers", "engineer", "engineers", "engineering", "programming", "programmer", "programmers",
  "language", "languages", "lang", "code", "codebase", "codebases", "coding", "scripting", "script", "scripts",
  "development", "services", "service", "microservices", "backend", "back-end", "frontend", "stack", "sdk",
  "library", "libraries", "framework", "frameworks", "ecosystem", "experience", "expertise", "skills",
  "knowledge", "proficiency", "module", "modules", "tooling", "runtime", "projects", "packages", "package",
  "toolchain", "concurrency", "generics", "compiler", "server", "servers", "apis", "api", "applications",
  "apps", "app", "programs", "software", "database", "databases", "cluster", "clusters", "pipelines",
  // What is asked of the language itself ("Go required, Rust a plus").
  "required", "preferred",
]);
// Words after a guarded word that make it an English word instead ("Go to", "Go beyond").
// A word that ends a list item ("Rust and/or Substrate for building") may still be followed
// by one of LIST_END_OK.
const LIST_END_OK = new Set(["for", "the", "a", "to"]);
const NEXT_REJECT = new Set(["to", "ahead", "beyond", "above", "live", "get", "big", "home", "far", "further", "through", "forward", "back", "out", "over", "deep", "the", "a", "for", "together", "level", "suite"]);
// French and Spanish words after a capitalised name that make it a word of that language
// ("Chef de projet", "Vue des…", "Spark de…"): postings on French boards are common.
const FOREIGN_AFTER = new Set(["de", "du", "des", "d", "del", "la", "le", "les"]);
// Kinds of technology whose examples follow in brackets ("AI tools (Cursor/Copilot)", "LLMs (Claude, GPT)").
const KINDS_BEFORE_EXAMPLES = new Set(["tools", "models", "llms", "languages", "frameworks", "libraries", "databases", "editors", "ides", "assistants", "agents"]);
// The gap between such a kind and its first example: an opening bracket.
const EXAMPLES_GAP_RE = /^[ \t]*\([ \t]*$/;
// Labels that, before a colon, say the value is a technology ("Backend: Go", "Language: R").
const LABEL_CUES = new Set(["backend", "back-end", "frontend", "front-end", "language", "languages", "stack", "tech", "database", "databases", "datastores", "infrastructure", "infra", "cloud", "scripting", "mobile", "tools", "tooling", "framework", "frameworks", "libraries", "messaging"]);
// The gap between such a label and its value.
const LABEL_GAP_RE = /^[ \t]*:[ \t]*$/;
// People's roles before "of"/"at" + a name: the name is a company in a bio ("CEO of Datadog",
// "Co-Founder of GitHub", "ex-CTO at Heroku"), often in an investor list, not a skill.
const ROLE_BEFORE = new Set(["ceo", "cto", "cfo", "coo", "cpo", "founder", "founders", "cofounder", "president", "chairman", "vp", "investors"]);
const OF_AT = new Set(["of", "at"]);
// A vendor named before one of its products ("AWS Lambda", "Azure Functions", "VMware vSphere"):
// the product is kept as the posting qualifies it, the vendor's name as it spells itself.
const PROVIDER_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["aws", "AWS"],
  ["amazon", "Amazon"],
  ["gcp", "GCP"],
  ["google cloud", "Google Cloud"],
  ["azure", "Azure"],
  ["oracle", "Oracle"],
  ["vmware", "VMware"],
  ["cloudflare", "Cloudflare"],
]);
// The clouds' own names: written before a service of theirs, they qualify it ("Azure AKS").
const CLOUD_NAMES = new Set(["AWS", "GCP", "Azure"]);
// A cloud's service the table lacks, written right after the cloud's name: a word with a capital
// inside ("AWS AppFlow", "AWS DataSync", "Azure EntraID"), or the vendors' AI families ("Azure AI",
// "Google Cloud AI").
const SERVICE_WORD_RE = /^(?:\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*|AI)$/u;
// The first capitalised word of a run of them ("Platform" of "PlatformExperience").
const LEADING_WORD_RE = /^\p{Lu}\p{Ll}+/u;
// Words of that shape that name a practice or a delivery model, not a service ("AWS DevOps",
// "Azure PaaS", "Azure IaC", "AWS MLOps"), and plural acronyms ("AWS APIs", "Azure LLMs").
const PRACTICE_WORD_RE = /(?:aaS|Ops|^IaC|^\p{Lu}+s)$/u;

// Technologies whose guarded spelling is also the umbrella name of other projects ("Apache" before
// Arrow, Lucene, Calcite): the word alone names them only when no capitalised word follows.
const UMBRELLA_NAMES = new Set(["Apache HTTP Server"]);
// Words that join two items of a list ("Python and Go", "C or C++").
const CONJUNCTIONS = new Set(["and", "or", "as", "well", "also", "plus"]);
// Words after a name that make it a place to show work, not a skill ("your GitHub profile").
const VENUE_AFTER = new Set(["profile", "profiles", "account", "accounts", "contributions", "portfolio", "handle", "username", "page"]);
// Code hosts that postings also name as where to show your work when applying.
const VENUE_NAMES = new Set(["GitHub", "GitLab", "Bitbucket"]);
// Application words near a code host's name: "GitHub if you have one, and LinkedIn and/or resume".
const VENUE_CONTEXT_RE = /\b(?:portfolios?|profiles?|resumes?|résumés?|CVs?|LinkedIn|if you have one|contributions)\b/i;
// How far either side of a code host's name (on its line) VENUE_CONTEXT_RE is looked for.
const VENUE_WINDOW = 60;

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/\s+/g, "\\s+")).join("|");
// "customers like", "companies worldwide, including": the opening of a list of companies.
const CUSTOMER_LIST_RE = new RegExp(
  `\\b(?:${alternation(CUSTOMER_LIST_NOUNS)})(?:\\s+(?:${alternation(CUSTOMER_LIST_QUALIFIERS)}))?,?\\s+(?:${alternation(CUSTOMER_LIST_INTROS)})\\b`,
  "gi",
);
// One word of such a list and the separators before it.
const LIST_WORD_RE = /[\s,;:()]*([^\s,;:()]+)/y;
/** A company's name has a capital somewhere ("eBay", "The Washington Post", "(YC S18)"); no
 *  pattern, so no Unicode class to compile at start-up. */
const hasCapital = (word: string): boolean => word.toLowerCase() !== word;
// Lower-case words that do not end a list of names.
const LIST_JOINERS = new Set(["and", "or", "&", "etc", "etc."]);
// A word that ends its sentence ("Drata.", "etc."), but not a dotted name ("Node.js").
const SENTENCE_END_RE = /[.!?]$/;
// How far a list of names may run.
const MAX_CUSTOMER_LIST_CHARS = 300;

/** The character ranges of the customer, partner and investor lists in `text`. */
function customerLists(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const cue of text.matchAll(CUSTOMER_LIST_RE)) {
    const start = cue.index + cue[0].length;
    let end = start;
    LIST_WORD_RE.lastIndex = start;
    for (let m = LIST_WORD_RE.exec(text); m && LIST_WORD_RE.lastIndex - start <= MAX_CUSTOMER_LIST_CHARS; m = LIST_WORD_RE.exec(text)) {
      const word = m[1];
      if (m[0].includes("\n") || (!hasCapital(word) && !LIST_JOINERS.has(word.toLowerCase()))) break;
      end = LIST_WORD_RE.lastIndex;
      if (SENTENCE_END_RE.test(word)) break;
    }
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

interface Vocabulary {
  index: Map<string, IndexEntry>;
  /** First token of every key, so a compound token that starts a key is not split. */
  starts: KeyStarts;
  /** First token of every key of two or more tokens. */
  multiFirst: Set<string>;
  /** Every key of two or more tokens cut before each of its later tokens ("google cloud" of
   *  "google cloud functions"): tokens that are none of these start no longer key. */
  keyHeads: Set<string>;
  maxTokens: number;
}

let vocabulary: Vocabulary | undefined;

/** The lookup, built on first use: a one-posting run that never reaches skills does not pay for it. */
function vocabularyIndex(): Vocabulary {
  return (vocabulary ??= buildVocabulary());
}

/** Joins tokens into a key, or null when a gap between them does not belong inside a name. */
function keyOf(text: string, tokens: readonly Token[], from: number, count: number): string | null {
  let key: string | null = tokens[from].lower;
  for (let i = from + 1; i < from + count && key !== null; i++) key = keyWith(text, tokens, key, i);
  return key;
}

/** The key of the tokens before `i` (`key`) with token `i` added, or null when the gap before it does not belong inside a name. */
function keyWith(text: string, tokens: readonly Token[], key: string, i: number): string | null {
  const gap = text.slice(tokens[i - 1].end, Math.min(tokens[i].start, tokens[i - 1].end + 8));
  if (tokens[i].start - tokens[i - 1].end > 8 || !NGRAM_GAP_RE.test(gap)) return null;
  const sep = gap.includes("/") ? "/" : gap.includes("&") ? "&" : " ";
  return key + sep + tokens[i].lower;
}

// Where a key of two or more tokens is cut into them: tokens hold none of these.
const KEY_SEPARATORS = new Set([" ", "/", "&"]);

/**
 * One key of the lookup: [key, its first token, name, mode, tokens in the key, 1 if a phrase to
 * skip, ...the spellings listed]. scripts/gen-skill-index.mjs writes skillIndexRows() into
 * data/skill-index.generated.ts: tokenising the table's ~3,000 spellings cost ~6 ms of every
 * start-up (issue 5 target c). test/normalize/skills.test.ts checks the two agree.
 */
export type SkillIndexRow = [key: string, first: string, name: string, mode: Mode, size: number, skip: 0 | 1, ...surfaces: string[]];

/** The lookup's rows, made from the vocabulary table (normalize/data/skills.ts). */
export function skillIndexRows(): SkillIndexRow[] {
  const rows = new Map<string, SkillIndexRow>();
  const addForm = (entry: SkillEntry, form: string, mode: Mode, skip = false): void => {
    const tokens = hyphenTokens(form);
    if (!tokens.length) return;
    const key = keyOf(form, tokens, 0, tokens.length);
    if (key === null) return;
    const existing = rows.get(key);
    if (existing) {
      // Two exact spellings of one name share a key ("dbt", "DBT").
      if (existing[2] === entry.name && existing[3] === mode && !existing.includes(form, 6)) existing.push(form);
      return;
    }
    rows.set(key, [key, tokens[0].lower, entry.name, mode, tokens.length, skip ? 1 : 0, form]);
  };
  for (const entry of SKILL_VOCABULARY) {
    const special = [...(entry.cased ?? []), ...(entry.guarded ?? []), ...(entry.exact ?? [])].map((s) => s.toLowerCase());
    for (const form of entry.exact ?? []) addForm(entry, form, "exact");
    for (const form of entry.guarded ?? []) addForm(entry, form, "guarded");
    for (const form of entry.cased ?? []) addForm(entry, form, "cased");
    if (!special.includes(entry.name.toLowerCase())) addForm(entry, entry.name, "any");
    for (const form of entry.aliases ?? []) addForm(entry, form, "any");
  }
  // Names generated from maintained data (scripts/gen-skill-candidates.mjs) after the hand table,
  // which keeps any key it also has; each matches only exactly as the data spells it.
  for (const [name, ...aliases] of GENERATED_SKILLS) {
    for (const form of [name, ...aliases]) addForm({ name }, form, "exact");
  }
  for (const phrase of NOT_SKILLS) addForm({ name: phrase }, phrase, "any", true);
  return [...rows.values()];
}

function buildVocabulary(): Vocabulary {
  const index = new Map<string, IndexEntry>();
  const firstTokens = new Set<string>();
  const multiFirst = new Set<string>();
  const keyHeads = new Set<string>();
  let maxTokens = 1;
  const rows = JSON.parse(SKILL_INDEX_JSON) as SkillIndexRow[];
  // Indexes, not destructuring: this runs once per process, in the interpreter, where
  // destructuring's iterator protocol doubled the loop's cost.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const first = row[1];
    const size = row[4];
    index.set(row[0], { name: row[2], mode: row[3], surfaces: row.slice(6) as string[], size, skip: row[5] === 1 });
    firstTokens.add(first);
    if (size > 1) {
      multiFirst.add(first);
      const key = row[0];
      for (let j = 1; j < key.length; j++) if (KEY_SEPARATORS.has(key[j])) keyHeads.add(key.slice(0, j));
    }
    if (size > maxTokens) maxTokens = Math.min(size, 4);
  }
  return { index, starts: new KeyStarts(firstTokens), multiFirst, keyHeads, maxTokens };
}

/** Every lower-cased key of the vocabulary (for tests and the candidates report). */
export function skillKeys(): ReadonlySet<string> {
  return new Set(vocabularyIndex().index.keys());
}

/** A name used as a place to show work ("your GitHub profile", "GitHub and/or app portfolio"). */
function asVenue(text: string, tokens: readonly Token[], c: Candidate): boolean {
  // Only code hosts are venues: "our AWS accounts" is AWS work, "your GitHub account" is not.
  if (!VENUE_NAMES.has(c.name)) return false;
  const next = tokens[c.to];
  if (next && VENUE_AFTER.has(next.lower)) return true;
  const start = tokens[c.from].start;
  const end = tokens[c.to - 1].end;
  const before = text.slice(Math.max(0, start - VENUE_WINDOW), start);
  const after = text.slice(end, end + VENUE_WINDOW);
  const line = before.slice(before.lastIndexOf("\n") + 1) + " " + after.split("\n", 1)[0];
  return VENUE_CONTEXT_RE.test(line);
}

/** How a candidate was spelled: "sure" needs nothing more; "guarded" a technology context;
 *  "weak" (a cased name written in lower case: "helm", "spark") a list of technologies. */
type Strength = "sure" | "guarded" | "weak";

interface Candidate {
  name: string;
  strength: Strength;
  from: number;
  to: number;
  skip?: boolean;
}

function spellingStrength(hit: IndexEntry, tokens: readonly Token[], from: number): Strength | null {
  if (hit.mode === "any") return "sure";
  const span = tokens.slice(from, from + hit.size);
  const asListed = hit.surfaces.includes(span.map((t) => t.text).join(" "));
  if (hit.mode === "exact") return asListed ? "sure" : null;
  const capitalised = asListed || span.every((t) => !LOWER_START_RE.test(t.text));
  if (hit.mode === "guarded") return capitalised ? "guarded" : null;
  // A lower-case one-word name may still be one in a list ("helm", "spark"); "pub/sub" is a concept.
  return capitalised ? "sure" : hit.size === 1 ? "weak" : null;
}

function candidatesOf(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const { index, multiFirst, keyHeads, maxTokens } = vocabularyIndex();
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Every key starts with a key's first word: most words are passed over here.
    if (!tokens[i].startsKey) {
      i++;
      continue;
    }
    const first = tokens[i].lower;
    const longest = multiFirst.has(first) ? Math.min(maxTokens, tokens.length - i) : 1;
    // The keys of the next 1, 2, … tokens, each built on the last, while a longer key can start so.
    keys.length = 0;
    keys.push(first);
    for (let n = 2; n <= longest && keyHeads.has(keys[n - 2]); n++) {
      const key = keyWith(text, tokens, keys[n - 2], i + n - 1);
      if (key === null) break;
      keys.push(key);
    }
    let matched = 0;
    for (let n = keys.length; n >= 1 && !matched; n--) {
      const key = keys[n - 1];
      const hit = index.get(key);
      const strength = hit ? spellingStrength(hit, tokens, i) : null;
      if (hit && strength) {
        out.push({ name: hit.name, strength, from: i, to: i + n, skip: hit.skip });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return out;
}

function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  if (i <= 0 || i >= tokens.length) return "\n";
  const start = tokens[i - 1].end;
  return tokens[i].start - start > 12 ? "\n.\n" : text.slice(start, tokens[i].start);
}

/** Two candidates are neighbours in a list when only list punctuation, "and"/"or" or a short
 *  aside in brackets lie between ("Go (preferred), Rust, or Python"). */
function listed(text: string, tokens: readonly Token[], left: Candidate, right: Candidate): boolean {
  if (right.from - left.to > 3) return false;
  let aside = false;
  for (let i = left.to; i <= right.from; i++) {
    const gap = gapBefore(text, tokens, i);
    if (!LIST_GAP_RE.test(gap)) return false;
    if (gap.includes("(")) aside = true;
    if (gap.includes(")")) aside = false;
    if (i < right.from && !aside && !CONJUNCTIONS.has(tokens[i].lower)) return false;
  }
  return true;
}

/** A word glued to its neighbour or followed by an English word is no name ("Go-to", "R&D"). */
function rejected(text: string, tokens: readonly Token[], c: Candidate, inList = false): boolean {
  const next = tokens[c.to];
  const word = next?.lower ?? "";
  if (next && (GLUED_GAP_RE.test(gapBefore(text, tokens, c.to)) || (NEXT_REJECT.has(word) && !(inList && LIST_END_OK.has(word))))) return true;
  return c.from > 0 && GLUED_GAP_RE.test(gapBefore(text, tokens, c.from));
}

/** A foundation's name alone before a capitalised word, a blank apart, names its project
 *  ("Apache Arrow", "Apache CXF"), not the product that has the name to itself; a technology
 *  word after it ("Apache server") still reads as that product. */
function qualifies(text: string, tokens: readonly Token[], c: Candidate, next: Candidate | undefined): boolean {
  const after = tokens[c.to];
  if (c.strength !== "guarded" || !UMBRELLA_NAMES.has(c.name) || !after || !INLINE_BLANK_RE.test(gapBefore(text, tokens, c.to))) return false;
  return next?.from === c.to || (UPPER_START_RE.test(after.text) && !TECH_AFTER.has(after.lower));
}

/** "CEO of Datadog", "Co-Founder of GitHub": a company in someone's bio. */
function inBio(tokens: readonly Token[], c: Candidate): boolean {
  const of = tokens[c.from - 1];
  const role = tokens[c.from - 2];
  return !!of && !!role && OF_AT.has(of.lower) && ROLE_BEFORE.has(role.lower);
}

/** "in Go", "with R", "Go developer", "C programming", "AI tools (Cursor, …)". */
function inTechContext(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const prev = tokens[c.from - 1];
  const next = tokens[c.to];
  if (prev && CUE_BEFORE.has(prev.lower) && INLINE_BLANK_RE.test(gapBefore(text, tokens, c.from))) return true;
  if (prev && KINDS_BEFORE_EXAMPLES.has(prev.lower) && EXAMPLES_GAP_RE.test(gapBefore(text, tokens, c.from))) return true;
  if (prev && LABEL_CUES.has(prev.lower) && LABEL_GAP_RE.test(gapBefore(text, tokens, c.from))) return true;
  return !!next && TECH_AFTER.has(next.lower) && INLINE_BLANK_RE.test(gapBefore(text, tokens, c.to));
}

/** A word that is a line on its own, or opens one before an aside in brackets: a list item naming
 *  a technology ("- Go", "- Go (we can train you)"), where English would go on with a verb's object. */
function standsAsItem(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const lineStart = c.from === 0 || gapBefore(text, tokens, c.from).includes("\n");
  const after = c.to < tokens.length ? gapBefore(text, tokens, c.to) : "\n";
  return lineStart && (after.includes("\n") || ASIDE_AFTER_RE.test(after));
}

/** The term of a "helm - package manager" line: first on its line, then a dash or colon. */
function definedTerm(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const before = gapBefore(text, tokens, c.from);
  const lineStart = c.from === 0 || before.includes("\n");
  return lineStart && DEFINITION_GAP_RE.test(c.to < tokens.length ? gapBefore(text, tokens, c.to) : "");
}

/** A capitalised one-word name followed by a French/Spanish word ("Chef de projet"). */
function foreign(tokens: readonly Token[], c: Candidate, hit: IndexEntry | undefined): boolean {
  const next = tokens[c.to];
  return !!next && hit?.mode !== "any" && FOREIGN_AFTER.has(next.lower);
}

function acceptedAlone(text: string, tokens: readonly Token[], c: Candidate, title: boolean): boolean {
  if (c.skip) return false;
  if (c.to - c.from === 1 && foreign(tokens, c, vocabularyIndex().index.get(tokens[c.from].lower))) return false;
  if (c.strength === "sure") return true;
  if (rejected(text, tokens, c)) return false;
  if (c.strength === "weak") return definedTerm(text, tokens, c);
  return title || (!qualifies(text, tokens, c, undefined) && (inTechContext(text, tokens, c) || standsAsItem(text, tokens, c)));
}

/** A word glued to a dollar sign is a currency's prefix ("R$ 18.000", "C$", "A$"), not a technology. */
function currencyPrefix(text: string, tokens: readonly Token[], c: Candidate): boolean {
  return c.to - c.from === 1 && text.charCodeAt(tokens[c.from].end) === DOLLAR;
}
const DOLLAR = 0x24;

export interface FindOptions {
  /** The text is a posting title: a capitalised guarded word counts unless it reads as English. */
  title?: boolean;
}

/** Technology mentions in `text`, in order, repeats included. */
export function findSkills(text: string, options: FindOptions = {}): SkillMention[] {
  const clean = text.replace(ADDRESS_RE, (url) => " ".repeat(url.length));
  const tokens = tokenize(clean, vocabularyIndex().starts);
  // Candidates and lists both come in text order: one pointer walks the lists.
  const lists = customerLists(clean);
  let list = 0;
  const inCustomerList = (c: Candidate) => {
    const at = tokens[c.from].start;
    while (list < lists.length && lists[list][1] <= at) list++;
    return list < lists.length && lists[list][0] <= at;
  };
  const candidates = candidatesOf(clean, tokens).filter((c) => !asVenue(clean, tokens, c) && !inBio(tokens, c) && !inCustomerList(c) && !currencyPrefix(clean, tokens, c));
  const accepted = candidates.map((c) => acceptedAlone(clean, tokens, c, options.title ?? false));
  // A word next to an accepted technology in a list is one too ("Python, Go, R"): one sweep
  // each way carries acceptance along a whole run of such words, in linear time.
  const extend = (k: number, from: number) => {
    if (accepted[k] || !accepted[from] || candidates[k].skip || rejected(clean, tokens, candidates[k], true) || qualifies(clean, tokens, candidates[k], candidates[k + 1])) return;
    const [left, right] = from < k ? [candidates[from], candidates[k]] : [candidates[k], candidates[from]];
    if (listed(clean, tokens, left, right)) accepted[k] = true;
  };
  for (let k = 1; k < candidates.length; k++) extend(k, k - 1);
  for (let k = candidates.length - 2; k >= 0; k--) extend(k, k + 1);
  const out: SkillMention[] = [];
  candidates.forEach((c, k) => {
    if (!accepted[k]) return;
    // The cloud's own mention was folded into the service after it ("Azure AKS").
    if (k + 1 < candidates.length && accepted[k + 1] && cloudBefore(clean, tokens, candidates[k + 1])?.from === c.from) return;
    const cloud = cloudBefore(clean, tokens, c);
    const written = cloud ? qualifiedName(cloud.name, c.name) : writtenName(tokens, c);
    const index = tokens[cloud?.from ?? c.from].start;
    out.push(written === c.name ? { name: c.name, index } : { name: c.name, written, index });
    const service = CLOUD_NAMES.has(c.name) ? serviceAfter(clean, tokens, c, candidates[k + 1]) : null;
    if (service) out[out.length - 1] = { name: service, index };
  });
  return out;
}

/** The cloud named right before a service of its own ("Azure AKS", "Amazon ElastiCache"), a blank
 *  apart on one line, with the token it starts at; null when the service is written alone or
 *  already with its cloud ("AWS Lambda" is one key). */
function cloudBefore(text: string, tokens: readonly Token[], c: Candidate): { name: string; from: number } | null {
  if (!CLOUD_SERVICE_NAMES.has(c.name) || CLOUD_NAMES.has(c.name) || splitProvider(c.name) !== null || c.from === 0) return null;
  if (PROVIDER_PREFIXES.has(tokens[c.from].lower) || !INLINE_BLANK_RE.test(gapBefore(text, tokens, c.from))) return null;
  const one = tokens[c.from - 1];
  const two = c.from >= 2 && INLINE_BLANK_RE.test(gapBefore(text, tokens, c.from - 1)) ? PROVIDER_PREFIXES.get(`${tokens[c.from - 2].lower} ${one.lower}`) : undefined;
  if (two) return { name: two, from: c.from - 2 };
  const name = PROVIDER_PREFIXES.get(one.lower);
  return name && !LOWER_START_RE.test(one.text) ? { name, from: c.from - 1 } : null;
}

/** A service the table lacks, named right after its cloud ("AWS AppFlow"), as "<cloud> <service>"; else null. */
function serviceAfter(text: string, tokens: readonly Token[], cloud: Candidate, next: Candidate | undefined): string | null {
  const written = tokens.slice(cloud.from, cloud.to).map((t) => t.text).join(" ");
  const vendor = PROVIDER_PREFIXES.get(written.toLowerCase());
  const word = tokens[cloud.to];
  if (!vendor || !word || next?.from === cloud.to || !INLINE_BLANK_RE.test(gapBefore(text, tokens, cloud.to))) return null;
  if (!SERVICE_WORD_RE.test(word.text) || PRACTICE_WORD_RE.test(word.text)) return null;
  // The rest of the cloud's own name glued to the next word ("Google Cloud PlatformExperience").
  const head = LEADING_WORD_RE.exec(word.text)?.[0].toLowerCase();
  return head && vocabularyIndex().index.has(`${written.toLowerCase()} ${head}`) ? null : `${vendor} ${word.text}`;
}

/** The vendor a canonical name starts with ("AWS CloudWatch" → ["AWS", "CloudWatch"]), or null. */
function splitProvider(name: string): [string, string] | null {
  const space = name.indexOf(" ");
  if (space < 0) return null;
  const head = name.slice(0, space).toLowerCase();
  return PROVIDER_PREFIXES.has(head) ? [name.slice(0, space), name.slice(space + 1)] : null;
}

/** The name as qualified in the text: the vendor kept when written before the product ("AWS
 *  Lambda", "Amazon S3"), dropped when the product is written alone ("CloudWatch", "CDK"). */
function writtenName(tokens: readonly Token[], c: Candidate): string {
  const size = c.to - c.from;
  const first = tokens[c.from].lower;
  const two = size > 2 ? PROVIDER_PREFIXES.get(`${first} ${tokens[c.from + 1].lower}`) : undefined;
  const provider = size > 1 ? (two ?? PROVIDER_PREFIXES.get(first)) : undefined;
  const own = splitProvider(c.name);
  if (provider) {
    if (c.name === provider || PROVIDER_PREFIXES.get(c.name.toLowerCase()) !== undefined) return c.name;
    return qualifiedName(provider, own ? own[1] : c.name);
  }
  // Written without its vendor: "CloudWatch" stays "CloudWatch", unless the text is another alias ("VSTS").
  if (own && tokens.slice(c.from, c.to).map((t) => t.lower).join(" ") === own[1].toLowerCase()) return own[1];
  return c.name;
}

/** A product qualified by its vendor: "AWS" + "Lambda"; "Google Cloud" + "Cloud Functions" share a word. */
function qualifiedName(provider: string, product: string): string {
  const last = provider.slice(provider.lastIndexOf(" ") + 1);
  return product.toLowerCase().startsWith(`${last.toLowerCase()} `) ? `${provider}${product.slice(last.length)}` : `${provider} ${product}`;
}

const CLOUD_SERVICE_NAMES: ReadonlySet<string> = new Set(CLOUD_SERVICES.map((e) => e.name));

const MAKERS: ReadonlyMap<string, string> = new Map(SKILL_VOCABULARY.filter((e) => e.maker).map((e) => [e.name, e.maker as string]));

/** The company that makes a technology, when the vocabulary says ("Loki" → "Grafana"). */
export function makerOf(name: string): string | undefined {
  return MAKERS.get(name);
}
