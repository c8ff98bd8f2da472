// salary (SPEC §1 "salary"). Runs after location and language: a bare `$` is the local dollar
// when the posting's only country is CA, AU, NZ, SG or HK (MX, CL, AR, CO in a Spanish posting). Precedence: the job board's 💰 header badge >
// a `Salary:`/`Pay:`/`Compensation:` field (frontmatter too) > the first base-pay range in
// body prose. A source without a figure ("Competitive", "$0") gives way to the next one.
// Base pay only: ranges next to bonus/equity/OTE/perk/funding words are skipped.
import type { Block, PostingDoc, Field } from "../core/document.js";
import { frontmatterKeyMeaning, SUMMARY_KEY_RE } from "../normalize/frontmatter-keys.js";
import type { Earlier, Extracted, Found } from "../core/types.js";
import type { PayPeriod, Salary } from "../schema.js";
import { WordPattern } from "../normalize/latin1-classes.js";
import { clauseBefore, findMoney, periodOfWord, PAY_CUE_RE, NON_BASE_CUE_RE, AFTER_CLAUSE_END_RE, type MoneyRange } from "../normalize/money.js";
import { BARE_DOLLAR, currencyCode, customaryPeriod, resolveDollar, spanishDollarCountriesNamedIn } from "../normalize/currencies.js";
import { classifySegment, isSalarySegment } from "../normalize/header-segments.js";

// A field key naming pay: "salary", "salary range", "base pay", "compensation", "hourly rate".
const SALARY_KEY_RE = /salary|compensation|remuneration|\bpay\b|\bwages?\b|\brate\b|\bbase\b/;
// Field keys that mention pay but hold something else (its currency, period, a bonus, a policy).
const NOT_SALARY_KEY_RE = /currency|period|unit|bonus|equity|transparency|philosophy|frequency|date|schedule|type|benefit|review|history|expect|min$|max$/;
// A field key holding the currency of a structured salary (`salaryCurrency: GBP`).
const CURRENCY_KEY_RE = /currency/;
// A field key holding the period of a structured salary (`salaryPeriod: Hour`, `unitText`).
const PERIOD_KEY_RE = /salary ?period|pay ?period|unit ?text|salary ?unit/;

// A section about perks: its figures are allowances, not pay, unless a pay word says otherwise.
const PERKS_HEADING_RE = /benefit|perk|what we offer|we offer|offering|rewards|why join|what you get/i;
// A short line that introduces a section ("What we offer:").
const LABEL_LINE_RE = /:$/;
/** The longest text read as a label: a heading line, or the words before a stated-period figure. */
const MAX_LABEL = 60;
// Any digit (a currency-less figure must stand alone in its value).
const DIGIT_RE = /\d/;
/** How much other text a currency-less figure may share its value with ("100000-120000 gross"). */
const MAX_BARE_REST = 20;
/** How much of one line the body scan reads: salary statements are short, lines may not be. */
const MAX_LINE_SCAN = 4000;
/** How far before a figure its clause is read for pay or non-pay words. */
const CLAUSE_BEFORE = 140;
/** Bounds of a range read as a yearly salary with no pay word or period beside it. */
const MIN_YEARLY = 10_000;
const MAX_YEARLY = 2_000_000;
/** How far after a figure is read for non-pay words ("$1,000 learning budget"). */
const CLAUSE_AFTER = 60;

interface Candidate {
  range: MoneyRange;
  found: Found;
}

/** Where the last match of a global `re` in `text` ends, or -1. */
function lastMatchEnd(pattern: RegExp | WordPattern, text: string): number {
  let at = -1;
  const re = pattern instanceof WordPattern ? pattern.for(text) : pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
  return at;
}

/** A range that is a real figure: not funding, not a "$0"/"$1" placeholder. */
function isFigure(r: MoneyRange): boolean {
  return !r.large && Math.max(r.min ?? 0, r.max ?? 0) > 1;
}

/**
 * The words right after a range that still belong to it: up to its clause end or the next figure
 * ("$200k Salary - $400k Total Compensation": "Total Compensation" is the second figure's).
 */
function clauseAfter(line: string, r: MoneyRange, nextStart: number): string {
  const tail = line.slice(r.end, Math.min(nextStart, r.end + CLAUSE_AFTER));
  const end = AFTER_CLAUSE_END_RE.exec(tail);
  return end ? tail.slice(0, end.index) : tail;
}

// A figure followed by the word cash ("£150k+ cash/equity") names its cash pay.
const CASH_PAY_RE = /^[\s+]*cash\b(?!\s+(?:bonus|award|incentive|allowance|stipend))/i;

/** The range is base pay by its neighbourhood: no bonus/equity/perk word governs it. */
function isBasePay(line: string, r: MoneyRange, nextStart = line.length): boolean {
  const lead = line.slice(Math.max(0, r.start - CLAUSE_BEFORE), r.start);
  const clause = clauseBefore(lead);
  if (lastMatchEnd(NON_BASE_CUE_RE, clause) >= Math.max(0, lastMatchEnd(PAY_CUE_RE, clause))) return false;
  const after = clauseAfter(line, r, nextStart);
  // "£150k+ cash/equity": the figure is paid in cash, whatever else is offered beside it.
  return CASH_PAY_RE.test(after) || lastMatchEnd(NON_BASE_CUE_RE, after) < 0;
}

/** Two figures with a currency, both of the size of a yearly salary: "$175k–$225k", "€85.000 - €105.000". */
function isYearlyRange(r: MoneyRange): boolean {
  return r.currency !== null && r.min !== null && r.max !== null && r.min >= MIN_YEARLY && r.max <= MAX_YEARLY && r.period === null;
}

/**
 * A figure without currency counts only as the whole value ("baseSalary: 19"), not beside others
 * ("$50M in 2023"); a range with both ends may have words around it ("Horquilla de salida entre 30K
 * y 40K, según experiencia") but no other figure.
 */
function isBareValue(value: string, r: MoneyRange): boolean {
  const rest = value.slice(0, r.start) + value.slice(r.end);
  return (rest.length <= MAX_BARE_REST || (r.min !== null && r.max !== null && r.min !== r.max)) && !DIGIT_RE.test(rest);
}

/** The first base-pay range in a header badge or field value. */
function fromValue(found: Found): Candidate | null {
  const line = found.text.slice(0, MAX_LINE_SCAN);
  const ranges = findMoney(line);
  const range = ranges.find((r, k) => isFigure(r) && isBasePay(line, r, ranges[k + 1]?.start) && (r.currency !== null || isBareValue(line, r)));
  return range ? { range, found } : null;
}

function isSalaryField(f: Field): boolean {
  // "Salario:", "Gehalt:", "Rémunération :": the pay keys of each language (normalize/frontmatter-keys.ts).
  return (SALARY_KEY_RE.test(f.key) || frontmatterKeyMeaning(f.key) === "salary") && !NOT_SALARY_KEY_RE.test(f.key);
}

/** A block that acts as a section heading: a heading, a short bold line, a short line ending in `:`. */
function headingOf(block: Block): string | null {
  if (block.kind === "heading") return block.text;
  if (block.kind === "paragraph" && block.text.length <= MAX_LABEL && (block.emphasized || LABEL_LINE_RE.test(block.text))) return block.text;
  return null;
}

/** A bold first line that heads the rest of its paragraph ("**Remuneração**" then the figures on the next line). */
function leadLabelOf(block: Block): string | null {
  if (block.kind !== "paragraph" || block.lines.length < 2 || !block.leadingEmphasis) return null;
  const first = block.lines[0];
  return first.length <= MAX_LABEL && first.replace(LABEL_LINE_RE, "").trim() === block.leadingEmphasis.replace(LABEL_LINE_RE, "").trim() ? first : null;
}

/**
 * The first base-pay range in body prose. It needs a pay word in its clause or its section
 * heading ("The base salary range is …", `## Compensation`), or, outside a perks section, a
 * stated period on a short line ("₹45,000 per month or equivalent", "Belgium: $22.98/hr").
 */
function fromBody(doc: PostingDoc): Candidate | null {
  let headingCue = false;
  let perks = false;
  const headerLine = doc.header.salary?.line;
  for (const block of doc.blocks) {
    if (block.kind === "code") continue;
    const heading = headingOf(block);
    const label = heading === null ? leadLabelOf(block) : null;
    const title = heading ?? label;
    if (title !== null) {
      headingCue = lastMatchEnd(PAY_CUE_RE, title) >= 0;
      perks = !headingCue && PERKS_HEADING_RE.test(title);
    }
    for (let i = label === null ? 0 : 1; i < block.lines.length; i++) {
      // The header's own line is read as the header, not again as body prose.
      if (block.line + i === headerLine) continue;
      const found = lineCandidate(block.lines[i], block.line + i, headingCue, perks);
      if (found) return found;
    }
  }
  return null;
}

/** The first base-pay range of one line of prose, under a heading that names pay or perks (or neither). */
function lineCandidate(text: string, lineNo: number, headingCue: boolean, perks: boolean, via: "body" | "frontmatter" = "body"): Candidate | null {
  const line = text.slice(0, MAX_LINE_SCAN);
  // A range with no currency is read further only on a role's piped line (isRoleLineSalary), so
  // elsewhere its period is not worth reading.
  const ranges = findMoney(line, { periodsOnlyWithCurrency: !line.includes("|") });
  for (const [k, range] of ranges.entries()) {
    const nextStart = ranges[k + 1]?.start ?? line.length;
    if (!isFigure(range)) continue;
    if (!range.currency) {
      // "- Lead Product Designer | Equity | 100k+ (based on experience)": a role's own header line
      // states its pay in a segment as a header does, a currency or not.
      if (isRoleLineSalary(line, range)) return { range, found: { text: line, line: lineNo, via } };
      continue;
    }
    if (!isBasePay(line, range, nextStart)) continue;
    const clause = clauseBefore(line.slice(Math.max(0, range.start - CLAUSE_BEFORE), range.start));
    // A pay word before the figure, or right after it ("60k-160k$ annual compensation", "$200k Salary").
    const cued = headingCue || lastMatchEnd(PAY_CUE_RE, clause) >= 0 || lastMatchEnd(PAY_CUE_RE, clauseAfter(line, range, nextStart)) >= 0;
    // A range of yearly size ("$175-225k + equity", "Senior Engineer ($150k-$200k)") is pay in itself,
    // as HN comments list it per role, wherever it stands on its line.
    const yearly = isYearlyRange(range);
    if (!cued && (perks || !(range.period || yearly) || (clause.length > MAX_LABEL && !yearly))) continue;
    return { range, found: { text: line, line: lineNo, via } };
  }
  return null;
}

// The pipe that separates a role line's segments.
const ROLE_LINE_PIPE_RE = /\s*\|\s*/;

// A figure with a thousands multiplier ("100k+", "75k-110k").
const KILO_FIGURE_RE = /\d\s?[kK]\b/;
/** A role line's segment longer than this is prose, not a pay segment. */
const MAX_ROLE_LINE_SEGMENT_CHARS = 120;

/**
 * A figure of yearly size written in thousands, base pay within its own segment of a piped line
 * that names a role in another segment ("Lead Product Designer | Equity | 100k+").
 */
function isRoleLineSalary(line: string, range: MoneyRange): boolean {
  if (!line.includes("|") || !KILO_FIGURE_RE.test(range.raw) || (range.min ?? range.max ?? 0) < MIN_YEARLY) return false;
  const segments = line.split(ROLE_LINE_PIPE_RE);
  const holding = segments.find((seg) => seg.includes(range.raw));
  if (holding === undefined || holding.length > MAX_ROLE_LINE_SEGMENT_CHARS || !isSalarySegment(holding)) return false;
  const own = findMoney(holding).find((r) => r.raw === range.raw);
  return own !== undefined && isBasePay(holding, own) && segments.some((seg) => seg !== holding && classifySegment(seg).includes("role"));
}

/** A page's one-line summary in its frontmatter ("tagline: Package - £40,000 - £60,000 DOE"), read as the page's first prose line. */
function fromSummary(doc: PostingDoc): Candidate | null {
  for (const f of doc.fields) {
    if (f.via !== "frontmatter" || !SUMMARY_KEY_RE.test(f.key)) continue;
    const found = lineCandidate(f.value, f.line, false, false, "frontmatter");
    if (found) return found;
  }
  return null;
}

function sameRange(a: MoneyRange, b: MoneyRange): boolean {
  return a.min === b.min && a.max === b.max;
}

/** Currency and period a structured salary keeps in sibling fields (`salaryCurrency: GBP`). */
function siblingFacts(doc: PostingDoc): { currency: string | null; period: PayPeriod | null } {
  const cur = doc.fields.find((f) => CURRENCY_KEY_RE.test(f.key));
  const per = doc.fields.find((f) => PERIOD_KEY_RE.test(f.key));
  return { currency: cur ? currencyCode(cur.value.trim().toUpperCase(), false) : null, period: per ? periodOfWord(per.value) : null };
}

/**
 * The countries a bare `$` is read by: the location's, or, in a Spanish posting whose location names
 * none, the one peso-writing country its text names (SPEC: the local dollar of the posting's country).
 */
function dollarCountries(doc: PostingDoc, earlier: Earlier, currency: string): readonly string[] {
  const countries = earlier.location?.countries ?? [];
  if (currency !== BARE_DOLLAR || countries.length > 0 || languageOf(earlier) !== "es") return countries;
  return spanishDollarCountriesNamedIn(doc.plainText.slice(0, MAX_COUNTRY_CONTEXT_CHARS));
}

// How much of the text is read for the peso's country: the company and the job are introduced early.
const MAX_COUNTRY_CONTEXT_CHARS = 20_000;

// Net or gross right after the figures: "2100 euros nets", "3.500 € brutto", "1.800€ netos".
const NET_OR_GROSS_AFTER_RE = /^[\s,]{0,3}(?:nets?|nettos?|netos?|net|brut|bruts|brutto|brutos?|l[ií]quidos?)(?![\p{L}])/iu;
/** Languages whose postings quote a month's pay as "N net/gross" with no period word. */
const MONTH_AS_NET_OR_GROSS_LANGUAGES = new Set(["pt", "es", "de", "fr"]);
/** Below this a net or gross figure is a month's pay (a year's is never so low); at or above, a year's. */
const MAX_MONTHLY_NET_OR_GROSS = 10_000;
/** A month's pay is never below this (an hour's is). */
const MIN_MONTHLY_NET_OR_GROSS = 500;

/**
 * In pt/es/de/fr postings a month's pay is written as the figure and "net"/"gross" alone
 * ("2100 euros nets", "5.000 € brutto"): the net-or-gross word stands where English puts the period.
 */
function netOrGrossMonth(range: MoneyRange, found: Found, language: string | null): "month" | null {
  const size = Math.max(range.min ?? 0, range.max ?? 0);
  if (!language || !MONTH_AS_NET_OR_GROSS_LANGUAGES.has(language) || size < MIN_MONTHLY_NET_OR_GROSS || size >= MAX_MONTHLY_NET_OR_GROSS) return null;
  return NET_OR_GROSS_AFTER_RE.test(found.text.slice(range.end, range.end + 20)) ? "month" : null;
}

/** The posting's language (ISO 639-1) when an earlier extractor found it. */
function languageOf(earlier: Earlier): string | null {
  const language = (earlier as { language?: unknown }).language;
  return typeof language === "string" ? language : null;
}

export function extractSalary(doc: PostingDoc, earlier: Earlier): Extracted<Salary | null> {
  const warnings: string[] = [];
  const header = doc.header.salary ? fromValue(doc.header.salary) : null;
  if (doc.header.salary && !header) warnings.push(`Salary header "${doc.header.salary.text.slice(0, 80)}" states no base-pay figure`);
  let field: Candidate | null = null;
  if (!header) {
    for (const f of doc.fields) {
      if (!isSalaryField(f)) continue;
      field = fromValue({ text: f.value, line: f.line, via: f.via === "frontmatter" ? "frontmatter" : "field" });
      if (field) break;
    }
  }
  const body = fromSummary(doc) ?? fromBody(doc);
  const chosen = header ?? field ?? body;
  if (!chosen) return { value: null, warnings };
  if (chosen !== body && body && !sameRange(chosen.range, body.range)) {
    warnings.push(
      `Two salary ranges: "${chosen.range.raw}" (line ${chosen.found.line}) and "${body.range.raw}" (line ${body.found.line}); used the ${chosen.found.via} one`,
    );
  }
  const { range, found } = chosen;
  const siblings = found.via === "frontmatter" || found.via === "field" ? siblingFacts(doc) : { currency: null, period: null };
  let currency = range.currency ?? siblings.currency;
  if (currency) {
    const resolved = resolveDollar(currency, dollarCountries(doc, earlier, currency), languageOf(earlier));
    if (resolved.guessed) warnings.push(`Salary "${range.raw}": bare $ read as ${resolved.code}`);
    currency = resolved.code;
  } else {
    warnings.push(`Salary "${range.raw}" (line ${found.line}) names no currency`);
  }
  let period = range.period ?? siblings.period ?? netOrGrossMonth(range, found, languageOf(earlier));
  if (!period) {
    period = customaryPeriod(currency, Math.max(range.min ?? 0, range.max ?? 0));
    warnings.push(`Salary "${range.raw}" states no period; ${period ? `assumed per ${period}` : "left unknown"}`);
  }
  return {
    value: { min: range.min, max: range.max, currency, period, raw: range.raw },
    from: { line: found.line, via: found.via, text: found.text },
    warnings,
  };
}
