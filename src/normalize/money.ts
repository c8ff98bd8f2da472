// Money figures and ranges in free text (SPEC §1 "salary": min/max, "up to"/"from", period, raw).
// Finds every figure that carries (or sits in a range with) a currency, joins figures into
// ranges (`-` `–` `~` `to`, "between … and …"), reads `k`/million multipliers, European and
// Indian digit grouping, codes and symbols on either side, and the period written next to it.
// Deciding which range is base pay is the extractor's job; the cue tables it uses live here too.
import type { PayPeriod } from "../schema.js";
import { BARE_DOLLAR, currencyCode, currencyOfSymbol } from "./currencies.js";
import { BETWEEN_WORDS, FROM_WORDS, PAY_WORDS, PERIOD_WORDS, RANGE_WORDS, UP_TO_WORDS } from "./pay-words.js";
import { WordPattern } from "./latin1-classes.js";
import { escapePattern } from "./escape-pattern.js";

export interface MoneyRange {
  min: number | null;
  max: number | null;
  /** ISO 4217, BARE_DOLLAR (resolved later with the countries), or null. */
  currency: string | null;
  /** The period written next to the figures, or null. */
  period: PayPeriod | null;
  /** Offsets in the scanned text: raw = text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
  /** A figure had a million/billion multiplier: funding or revenue, never pay. */
  large: boolean;
}

interface Amount {
  value: number;
  /** The multiplier written after the figure (1 when none). */
  scale: number;
  large: boolean;
  currency: string | null;
  /** A currency code written right beside the figure ("USD 180000", "$165,000 CAD"). */
  coded: boolean;
  /** "LPA" (lakhs per annum) states the period in the multiplier itself. */
  perYear: boolean;
  plus: boolean;
  start: number;
  end: number;
}

// A figure: grouped digits (`190,800`, `65.000`, `120 000`, Swiss `6’500`, `12,00,000`, `99,501.91`) or plain
// digits with an optional short decimal part (`180000.0`, `32.50`). Groups are fixed-width after
// a separator, so matching stays linear.
const NUM_SRC = String.raw`\d{1,3}(?:(?:[,.]\d{2,3}|[ \u00a0\u202f'’]\d{3})(?!\d)){1,5}(?:[.,]\d{1,2}(?!\d))?|\d{1,9}(?:[.,]\d{1,2}(?!\d))?`;
// A currency sign written before a figure: `US$`, `CA$`, `R$`, `$`, `€`, `£`, `₹`, `RM`, `Rs.`.
const PREFIX_SYMBOL_SRC = String.raw`\b(?:US|CA|AU|NZ|SG|HK|MX|COL|CLP)[ \u00a0]?\$|\b[CASR]\$|[$€£₹¥₩₱₦₴₺₪]|\bRM|\bRs\.?`;
// Rupees named shortly before a figure ("₹40-70L", "Rs. 12L - 18L", "INR 40–70L"): its "L" is a lakh.
const RUPEE_BEFORE_RE = /₹|\bINR\b|\bRs\.?|\brupees?\b/i;
/** How far before a figure its rupee sign or code may stand (across the range's first figure). */
const RUPEE_LOOKBACK_CHARS = 16;
// A multiplier after a figure: thousands, millions/billions (funding), lakhs/crores (India).
// `mil` is a thousand as Portuguese and Spanish write it ("R$ 7 mil"); a million is "million"/"mn"/"M".
const MULT_SRC = String.raw`[ \u00a0]?(?:(?<kilo>[kK]|mil)|(?<big>mm|MM|[mM](?:n|illion)?|[bB](?:n|illion)?)|(?<lakh>lakhs?|lacs?|LPA|L)|(?<crore>crores?|[cC]r))(?![A-Za-z])`;
// One money figure: optional sign, the number (not a part of a longer number or a lower-case
// word such as "b2b"), not an ordinal ("13th salary"), optional multiplier.
const AMOUNT_RE = new RegExp(
  String.raw`(?<sym>${PREFIX_SYMBOL_SRC})?[ \u00a0]?(?<![\d.,a-z])(?<num>${NUM_SRC})(?!\d|st\b|nd\b|rd\b|th\b)(?:${MULT_SRC})?`,
  "gu",
);
// A digit: every figure has one.
const DIGIT_RE = /\d/;
// A currency code just before a figure or its sign ("USD 180000", "PLN 181 000", "USD $190,800").
const PREFIX_CODE_RE = /(?:^|[^A-Za-z])([A-Z]{3})[ \u00a0]?$/;
// A sign written after a figure ("55k-90k €", "7 000 zł", "60k-160k$", "866.000 kr.", "Euro").
const SUFFIX_SYMBOL_RE = /(?:[ \u00a0]?(zł|€|£|kr\.?|[Ee]uros?\b|[Rr]eais\b)|(\$)(?!\d))/y;
// A currency code after a figure ("$165,000 CAD", "9,9 - 9,9 RON").
const SUFFIX_CODE_RE = /[ \u00a0]?([A-Z]{3})(?![A-Za-z])/y;
// "$180k+": an open-ended figure.
const PLUS_RE = /\+/y;
// The slash that opens a phrase such as "/month" (escaped by then).
const LEADING_SLASH_RE = /^\\?\//;

/** A phrase of the pay-words tables as a pattern body: any case, blanks as runs of blanks. */
function phraseBodySrc(phrase: string): string {
  return escapePattern(phrase)
    .split(" ")
    .join(String.raw`[ \u00a0]+`)
    .replace(LEADING_SLASH_RE, String.raw`\/[ \u00a0]?`);
}

// Not inside a word: no letter or digit on one side or the other. Before a phrase that starts
// with a letter it means "no letter or digit before"; before one that starts with "/" it always
// holds; after a phrase, likewise by its last character. So one such check on each side of an
// alternation tells what a word boundary at each phrase's own letter edges would.
const WORD_EDGE_SRC = String.raw`(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`;

/**
 * The phrases of every language column, longest first, as one alternation of whole words
 * (a phrase's edges that are letters or digits must not continue into a word). The edge checks
 * stand once around the alternation, not around each phrase: V8 compiles every \p{L} class it
 * meets anew, and with one per phrase edge the pay patterns took hundreds of milliseconds to
 * compile in every process.
 */
export function phrasesSrc(columns: Readonly<Record<string, readonly string[]>>): string {
  const phrases = [...new Set(Object.values(columns).flat())].sort((a, b) => b.length - a.length);
  return `${WORD_EDGE_SRC}(?:${phrases.map(phraseBodySrc).join("|")})${WORD_EDGE_SRC}`;
}

const AND_WORDS = Object.fromEntries(Object.entries(BETWEEN_WORDS).map(([lang, w]) => [lang, w.and]));
const BETWEEN_WORD_LIST = Object.fromEntries(Object.entries(BETWEEN_WORDS).map(([lang, w]) => [lang, w.between]));
// Words beside a range's figures that say gross or net pay ("brutto", "líquidos"): no part of the range.
const GROSS_NET_SRC = String.raw`(?:gross|net|brutto|netto|bruto|brut|nets?|netos?|l[ií]quidos?)`;
// Only gross/net words between a figure and its period ("5.000 € brutto/Monat"): the period is part of the raw text.
const GROSS_NET_GAP_RE = new RegExp(String.raw`^[ \u00a0]*${GROSS_NET_SRC}[ \u00a0]*$`, "iu");
// What may stand between the two figures of a range: a period on the first figure ("/hr", "p/hr"), "gross",
// the separator (a dash, "to", or its word in another language: "a", "bis", "à"), "up to", and
// MIN/MID/MAX labels ("MIN: $107,200 - MID: $134,000 - MAX: …").
const RANGE_GAP_RE = new WordPattern(
  String.raw`^\.?[ \u00a0]*(?:p?\/[ \u00a0]?\p{L}{1,5}\.?[ \u00a0]*|per [a-z]{3,5}[ \u00a0]*)?(?:${GROSS_NET_SRC}[ \u00a0]*)?(?:-|–|—|~|do|${phrasesSrc(RANGE_WORDS)}|${phrasesSrc(AND_WORDS)})[ \u00a0]*(?:up to[ \u00a0]*)?(?:a[ \u00a0]+)?(?:(?:min|mid|max)[a-z]{0,5}:?[ \u00a0]*)?$`,
  "iu",
);
// "and" ("e", "et", "y", "und") joins a range after "between" ("entre", "zwischen"), see andJoinsRange.
const BETWEEN_RE = new WordPattern(String.raw`(?:${phrasesSrc(BETWEEN_WORD_LIST)})[ \u00a0]*$`, "iu");
// A gap that uses "and" as its separator.
const AND_GAP_RE = new WordPattern(phrasesSrc(AND_WORDS), "iu");
// Before a lone figure: "up to $30", "maximum of €5,000", "bis zu 70.000 €".
const UP_TO_RE = new WordPattern(String.raw`(?:${phrasesSrc(UP_TO_WORDS)})[ \u00a0:]*$`, "iu");
// Before a lone figure: "from $2500", "starting at $120k", "a partir de R$ 6.500,00".
const FROM_RE = new WordPattern(String.raw`(?:${phrasesSrc(FROM_WORDS)})[ \u00a0:]*$`, "iu");
// A period as written next to a figure, in any language of the table; the named group says
// which (the edge checks of phrasesSrc once around all five). "year" right after the figure
// ("$120k year") counts too, as a year.
const PERIOD_RE = new WordPattern(
  `${WORD_EDGE_SRC}(?:${(["hour", "day", "week", "month", "year"] as const)
    .map((p) => `(?<${p}>${[...new Set(Object.values(PERIOD_WORDS[p]).flat())].sort((a, b) => b.length - a.length).map(phraseBodySrc).join("|")})`)
    .join("|")})${WORD_EDGE_SRC}|^[ ]?year\\b`,
  "iu",
);
const PERIODS: readonly PayPeriod[] = ["hour", "day", "week", "month", "year"];
/** Figures at or above these are not pay for that period (a sanity check on distant period words). */
const PERIOD_CEILING: Partial<Record<PayPeriod, number>> = { hour: 1000, day: 10_000, week: 50_000 };
// Where the text after a range stops being about it: a sentence end, `;`, `|`, a line break.
const CLAUSE_END_RE = /\.\s|[;|\n]/;
// A clause boundary before a figure: sentence end, `;`, `|`, a bullet, a line break.
const CLAUSE_BREAK_RE = /[.;|•]\s|\n/g;
// Spaces and (Swiss) apostrophes used as digit-group separators.
const GROUP_SPACE_RE = /[ \u00a0\u202f'’]/g;
// Digit-group and decimal separators.
const SEPARATOR_RE = /[.,]/g;

// A period named by one word, as structured data writes it ("Hour", "YEAR", "monthly").
const PERIOD_WORD_RE = /^(?:per )?(?<p>hour|day|week|month|year|annum)(?:s|ly)?$/i;

/** A period named by one word ("Hour", "monthly", "per annum") → PayPeriod, else null. */
export function periodOfWord(word: string): PayPeriod | null {
  const p = PERIOD_WORD_RE.exec(word.trim())?.groups?.p.toLowerCase();
  if (!p) return null;
  return p === "annum" ? "year" : (p as PayPeriod);
}

/** `190,800` → 190800, `65.000` → 65000, `180000.0` → 180000, `99,501.91` → 99501.91. */
export function parseFigure(text: string): number {
  const clean = text.replace(GROUP_SPACE_RE, "");
  const seps = [...clean.matchAll(SEPARATOR_RE)];
  if (!seps.length) return Number(clean);
  const last = seps[seps.length - 1];
  const tail = clean.length - (last.index ?? 0) - 1;
  const mixed = new Set(seps.map((m) => m[0])).size > 1;
  const decimalAt = mixed || (seps.length === 1 && tail !== 3) ? (last.index ?? -1) : -1;
  const whole = (decimalAt >= 0 ? clean.slice(0, decimalAt) : clean).replace(SEPARATOR_RE, "");
  return Number(decimalAt >= 0 ? `${whole}.${clean.slice(decimalAt + 1)}` : whole);
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readAmount(text: string, m: RegExpExecArray): Amount {
  const g = m.groups ?? {};
  const raw = parseFigure(g.num);
  let start = m.index;
  let end = m.index + m[0].length;
  let currency: string | null = g.sym ? currencyOfSymbol(g.sym.replace(GROUP_SPACE_RE, "")) : null;
  let coded = false;
  const sliceStart = Math.max(0, start - 5);
  const before = PREFIX_CODE_RE.exec(text.slice(sliceStart, start));
  const preCode = before ? currencyCode(before[1], !g.sym) : null;
  if (before && preCode) {
    coded = true;
    currency = currency && currency !== BARE_DOLLAR && currency !== preCode ? currency : preCode;
    start = sliceStart + before.index + before[0].indexOf(before[1]);
  }
  const plus = stickyMatch(PLUS_RE, text, end);
  if (plus) end += plus[0].length;
  const sym = stickyMatch(SUFFIX_SYMBOL_RE, text, end);
  if (sym) {
    end += sym[0].length;
    currency = currency && currency !== BARE_DOLLAR ? currency : (currencyOfSymbol(sym[1] ?? sym[2]) ?? currency);
  }
  const code = stickyMatch(SUFFIX_CODE_RE, text, end);
  const postCode = code ? currencyCode(code[1]) : null;
  if (code && postCode) {
    end += code[0].length;
    coded = true;
    if (!currency || currency === BARE_DOLLAR) currency = postCode;
  }
  // "$1.5 mil" in an English dollar or pound figure is a million (funding), not "R$ 7 mil" (a thousand).
  const milMillion = g.kilo === "mil" && !Number.isInteger(raw) && (currency === BARE_DOLLAR || currency === "USD" || currency === "GBP");
  const kilo = Boolean(g.kilo) && !milMillion && raw < 10_000; // "$85,000k" is a typo for $85,000
  // A lone "L" is a lakh only beside rupees ("₹40L"): "40L" alone may be litres or a size.
  const lakh = Boolean(g.lakh) && (g.lakh !== "L" || currency === "INR" || RUPEE_BEFORE_RE.test(text.slice(Math.max(0, start - RUPEE_LOOKBACK_CHARS), start)));
  const scale = kilo ? 1000 : lakh ? 100_000 : g.crore ? 10_000_000 : 1;
  // Lakh and crore are Indian units: a figure counted in them is in rupees ("8–12 LPA").
  if (!currency && (lakh || g.crore)) currency = "INR";
  return { value: raw * scale, scale, large: Boolean(g.big) || milMillion, currency, coded, perYear: g.lakh === "LPA", plus: Boolean(plus), start, end };
}

function periodIn(text: string, last: boolean): { period: PayPeriod; index: number; length: number } | null {
  let found: { period: PayPeriod; index: number; length: number } | null = null;
  let rest = text;
  let offset = 0;
  const periodRe = PERIOD_RE.for(text);
  // At most a handful of iterations: the window is short.
  while (rest) {
    const m = periodRe.exec(rest);
    if (!m) break;
    const period = PERIODS.find((p) => m.groups?.[p]) ?? "year";
    found = { period, index: offset + m.index, length: m[0].length };
    if (!last) break;
    offset += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  return found;
}

/** The last clause of `text`: what follows its last sentence end, `;`, `|`, bullet or line break. */
export function clauseBefore(text: string): string {
  let from = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(text); m; m = CLAUSE_BREAK_RE.exec(text)) from = m.index + m[0].length;
  return text.slice(from);
}

function cutAt(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

// Tax forms named by a number, never pay: the US contractor's "1099" ("paid on 1099"), the UK's "IR35".
const TAX_FORM_NUMBERS: ReadonlySet<number> = new Set([1099, 35]);
const IR_BEFORE_RE = /IR$/;

/** The figure is a tax form's name: "1099" written bare (no sign, code or multiplier), "IR35". */
function isTaxFormName(text: string, amount: Amount): boolean {
  if (!TAX_FORM_NUMBERS.has(amount.value) || amount.scale !== 1) return false;
  // "IR35 £500": the sign after 35 is the next figure's.
  if (IR_BEFORE_RE.test(text.slice(0, amount.start))) return true;
  return amount.value === 1099 && !amount.currency;
}

// Nothing before a text's first figure but blanks and a colon: the text is a salary field's value.
const FIELD_VALUE_START_RE = /^[\s:]*$/;

/**
 * "and" ("y", "e", "und") joins two figures after "between" ("entre", "zwischen"), or when the two open
 * the text, each with its sign, as in a salary field's value "$1.200.000 y $1.600.000". A third figure
 * is never joined so ("$200K-$270K and 0.5% equity" adds equity to a range).
 */
function andJoinsRange(text: string, chain: readonly Amount[], next: Amount): boolean {
  const firstStart = chain[0].start;
  if (BETWEEN_RE.test(text.slice(Math.max(0, firstStart - 12), firstStart))) return true;
  return chain.length === 1 && chain[0].currency !== null && next.currency !== null && FIELD_VALUE_START_RE.test(text.slice(0, firstStart));
}

/** Every money figure or range in `text`, in order. `text` should be one line, capped by the caller. */
export interface FindMoneyOptions {
  /**
   * Read the pay period only of a range with a currency: a scan of a posting's body for its pay
   * keeps no other range, and most figures in it ("5+ years", "2024") name none. The others
   * come with `period` null and their `end` and `raw` not stretched over a period word.
   */
  periodsOnlyWithCurrency?: boolean;
}

export function findMoney(text: string, options: FindMoneyOptions = {}): MoneyRange[] {
  // Most lines of a posting hold no digit: AMOUNT_RE's optional sign makes every position a
  // possible start, so the one-class scan first (issue 5).
  if (!DIGIT_RE.test(text)) return [];
  const amounts: Amount[] = [];
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    const amount = readAmount(text, m);
    // A tax form's number is skipped without the sign read after it, which starts the next figure.
    if (isTaxFormName(text, amount)) continue;
    amounts.push(amount);
    AMOUNT_RE.lastIndex = Math.max(AMOUNT_RE.lastIndex, amount.end);
  }
  const ranges: MoneyRange[] = [];
  for (let i = 0; i < amounts.length; ) {
    const chain = [amounts[i]];
    while (chain.length < 3 && i + chain.length < amounts.length) {
      const a = chain[chain.length - 1];
      const b = amounts[i + chain.length];
      const gap = text.slice(a.end, b.start);
      if (gap.length > 24 || !RANGE_GAP_RE.test(gap)) break;
      if (AND_GAP_RE.test(gap) && !andJoinsRange(text, chain, b)) break;
      chain.push(b);
    }
    i += chain.length;
    ranges.push(toRange(text, chain, amounts[i]?.start ?? text.length, options.periodsOnlyWithCurrency === true));
  }
  return ranges;
}

// A currency code standing alone as a word in a clause.
const CLAUSE_CODE_RE = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g;
/** Codes that are also names in tech postings (PHP the language, AMD the chip maker): only beside a figure. */
const TECH_NAME_CODES: ReadonlySet<string> = new Set(["PHP", "AMD"]);
// Where the clause after a range ends for its currency code: a comma starts the next figure's ("USD: $50/hr, CAD: $45/hr").
const CODE_CLAUSE_END_RE = /[,;|\n]|\.\s/;
/** How far before and after a range its clause is read for a currency code. */
const CLAUSE_CODE_BEFORE = 60;
const CLAUSE_CODE_AFTER = 40;

/** The currency code written in the clause around a range (not beside another figure), or null. */
function clauseCode(text: string, start: number, end: number, nextStart: number): string | null {
  const before = clauseBefore(text.slice(Math.max(0, start - CLAUSE_CODE_BEFORE), start));
  const after = cutAt(text.slice(end, Math.min(nextStart, end + CLAUSE_CODE_AFTER)), CODE_CLAUSE_END_RE);
  for (const part of [before, after]) {
    for (const m of part.matchAll(CLAUSE_CODE_RE)) {
      // Only ISO codes as written: "US/CAN/UK" lists countries, though CAN is read as CAD beside a figure.
      if (!TECH_NAME_CODES.has(m[0]) && currencyCode(m[0]) === m[0]) return m[0];
    }
  }
  return null;
}

function toRange(text: string, chain: Amount[], nextStart: number, periodOnlyWithCurrency = false): MoneyRange {
  const first = chain[0];
  const last = chain[chain.length - 1];
  let min: number | null = first.value;
  let max: number | null = last.value;
  // "$60 ~ $80k", "£40-50k", "20 to 45 lakhs": a multiplier written once applies to both figures.
  if (chain.length > 1 && last.scale > 1 && first.scale === 1 && first.value < 1000 && first.value <= last.value / last.scale) min = first.value * last.scale;
  // "$110-145,000": the thousands written once, on the second figure.
  else if (chain.length > 1 && first.scale === 1 && first.value < 1000 && last.value >= 10_000 && first.value * 1000 <= last.value) min = first.value * 1000;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currencies = chain.map((a) => a.currency).filter((c): c is string => c !== null);
  let currency = currencies.find((c) => c !== BARE_DOLLAR) ?? currencies[0] ?? null;
  let start = first.start;
  let end = last.end;
  // A code elsewhere in the figure's clause wins over its symbol ("$120-150k SGD", "Salary (CAD): $90k").
  if (currency && !chain.some((a) => a.coded)) currency = clauseCode(text, start, end, nextStart) ?? currency;
  const before = text.slice(Math.max(0, start - 24), start);
  if (chain.length === 1) {
    const upTo = UP_TO_RE.exec(before);
    const from = upTo ? null : FROM_RE.exec(before);
    if (upTo) {
      min = null;
      start -= upTo[0].length;
    } else if (from || first.plus) {
      max = null;
      if (from) start -= from[0].length;
    }
  }
  const large = chain.some((a) => a.large);
  if (periodOnlyWithCurrency && !currency) return { min, max, currency, period: null, start, end, raw: text.slice(start, end).trim(), large };
  let period: PayPeriod | null = null;
  const inside = chain.length > 1 ? periodIn(text.slice(first.end, last.start), false) : null;
  const after = cutAt(text.slice(end, Math.min(nextStart, end + 40)), CLAUSE_END_RE);
  const stated = periodIn(after, false);
  if (stated) {
    period = stated.period;
    if (stated.index <= 1 || GROSS_NET_GAP_RE.test(after.slice(0, stated.index))) end += stated.index + stated.length;
  } else if (chain.some((a) => a.perYear)) {
    period = "year";
  } else if (inside) {
    period = inside.period;
  } else {
    const lead = text.slice(Math.max(0, start - 80), start);
    const told = periodIn(clauseBefore(lead), true)?.period ?? null;
    // A period word earlier in the sentence ("annualized base salary (paid hourly) is $155,200")
    // counts only when the size fits it.
    period = told && Math.max(min ?? 0, max ?? 0) < (PERIOD_CEILING[told] ?? Infinity) ? told : null;
  }
  return { min, max, currency, period, start, end, raw: text.slice(start, end).trim(), large };
}

// Words that say a figure is pay ("base salary range", "hourly rate", "compensation", HN's "Comp:").
// The other languages' words come from the pay-words table.
export const PAY_CUE_RE = new WordPattern(
  String.raw`\b(?:salary|salaries|base|pay|compensation|comp|remuneration|wages?|rates?|earn\w*|income|CTC|LPA)\b|${phrasesSrc(PAY_WORDS)}`,
  "giu",
);
// Words that say a figure is not base pay: bonus, equity, OTE, perks, funding, revenue.
export const NON_BASE_CUE_RE =
  /\b(?:bonus(?:es)?|equity|OTE|on[- ]target(?: (?:compensation|earnings|pay))?|commissions?|signing|sign[- ]on|stipends?|allowances?|budgets?|reimburs\w*|401\(?k\)?|match\w*|accrued|professional development|raised|raising|funding|funded|valuation|revenue|ARR|sav(?:e|ed|ings?)|taxes|health|rewards?|tickets?|vouchers?|benefits? account|subsidy|card|per (?:interview|employee|hire|task|article|project|lesson|session|word|call)|series [a-f]|investors?|investments?|worth|total (?:comp\w*|cash|rewards?)|stock|RSUs?|options|grants?|relocation|referral|per employee|donat\w*|credits?|towards|spend|spent|insurance|coverage|AUM|GMV|customers|users|workspace|equipment|coworking|conferences?|learning|education|wellness|gym|internet|phone|meals?|lunch|travel)\b/gi;
// Where the clause a figure belongs to ends, looking forward: punctuation or a joining word.
export const AFTER_CLAUSE_END_RE = /[,;+(|]|\.\s|\b(?:plus|and|with|as well as)\b/i;
