// Currency vocabulary (SPEC §1 "salary.currency"): the symbols and informal names postings
// write beside figures, mapped to ISO 4217 codes; codes themselves are validated against the
// ISO list shipped by `currency-codes` rather than a hand list.
// A bare `$` is the local dollar only when the posting's one country uses a dollar (SPEC).
import currencyCodes from "currency-codes";

/** The marker a bare dollar sign resolves to later, once the posting's countries are known. */
export const BARE_DOLLAR = "$";

/**
 * Symbols and prefixed symbols → ISO 4217 (or BARE_DOLLAR). Keys are as written, matched
 * case-sensitively except the word forms, which are lower case.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: BARE_DOLLAR,
  "US$": "USD",
  "CA$": "CAD",
  C$: "CAD",
  "A$": "AUD",
  "AU$": "AUD",
  "NZ$": "NZD",
  "S$": "SGD",
  "SG$": "SGD",
  "HK$": "HKD",
  "MX$": "MXN",
  "R$": "BRL",
  "COL$": "COP",
  "CLP$": "CLP",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "¥": "JPY",
  "₩": "KRW",
  "₱": "PHP",
  "₦": "NGN",
  "₴": "UAH",
  "₺": "TRY",
  "₪": "ILS",
  "zł": "PLN",
  RM: "MYR",
  Rs: "INR",
  // Word forms written after figures ("€84,000-€110,000 Euro"); matched in any case.
  euro: "EUR",
  euros: "EUR",
  reais: "BRL",
};

/** Three-letter currency codes that are also English words; taken only beside a symbol. */
const WORD_LIKE_CODES: ReadonlySet<string> = new Set(["ALL", "TOP", "CUP", "MOP", "GEL", "PEN", "SOS", "BOB", "TRY", "MAD", "AED", "BAM", "LAK", "VES", "SAR"]);

/** Non-ISO spellings postings use for a code ("PLZ 12,000 zł" is a typo of PLN). */
const CODE_ALIASES: Readonly<Record<string, string>> = { PLZ: "PLN", CAN: "CAD", RMB: "CNY", NTD: "TWD", UKP: "GBP" };

// The local dollar of each country whose only currency sign is a bare `$` (SPEC: CA, AU, NZ, SG, HK).
const LOCAL_DOLLARS: Readonly<Record<string, string>> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD" };
// Countries whose peso is written `$` too, but only a posting in Spanish means it: an English
// posting for a job in Mexico quoting `$` means US dollars (SPEC).
const SPANISH_LOCAL_DOLLARS: Readonly<Record<string, string>> = { MX: "MXN", CL: "CLP", AR: "ARS", CO: "COP" };

/**
 * Currencies whose salaries are customarily quoted per month, with the figure below which a
 * figure with no stated period is monthly (SPEC): 100,000, or 10,000,000 for the small-unit pesos.
 */
export const MONTHLY_QUOTED_BELOW: Readonly<Record<string, number>> = {
  BRL: 100_000,
  ARS: 10_000_000,
  CLP: 10_000_000,
  COP: 10_000_000,
  MXN: 100_000,
  PEN: 100_000,
  UYU: 100_000,
  PLN: 100_000,
  CZK: 100_000,
  HUF: 100_000,
  RON: 100_000,
  UAH: 100_000,
  TRY: 100_000,
};

/** An upper-case three-letter token as an ISO 4217 code, or null. `strict` refuses word-like codes. */
export function currencyCode(token: string, strict = true): string | null {
  const upper = token.toUpperCase();
  if (token !== upper) return null;
  const aliased = CODE_ALIASES[upper] ?? upper;
  if (!currencyCodes.code(aliased)) return null;
  if (strict && WORD_LIKE_CODES.has(aliased)) return null;
  return aliased;
}

/** A symbol or word as written → ISO code, BARE_DOLLAR, or null. */
export function currencyOfSymbol(symbol: string): string | null {
  return CURRENCY_SYMBOLS[symbol] ?? CURRENCY_SYMBOLS[symbol.toLowerCase()] ?? null;
}

// The countries of SPANISH_LOCAL_DOLLARS by the names a Spanish posting writes them ("las empresas de
// inversiones de Chile"): the country context of a `$` figure whose place line names no country.
const SPANISH_DOLLAR_COUNTRY_OF_NAME: Readonly<Record<string, string>> = { México: "MX", Mexico: "MX", Chile: "CL", Argentina: "AR", Colombia: "CO" };
const SPANISH_DOLLAR_COUNTRY_RE = new RegExp(`(?<!\\p{L})(${Object.keys(SPANISH_DOLLAR_COUNTRY_OF_NAME).join("|")})(?!\\p{L})`, "gu");

/** The one peso-writing country a Spanish text names, or none when it names none or several. */
export function spanishDollarCountriesNamedIn(text: string): string[] {
  const named = new Set<string>();
  for (const m of text.matchAll(SPANISH_DOLLAR_COUNTRY_RE)) named.add(SPANISH_DOLLAR_COUNTRY_OF_NAME[m[1]!]!);
  return named.size === 1 ? [...named] : [];
}

/** Resolves BARE_DOLLAR with the posting's countries and language (ISO 639-1); `guessed` says a rule chose it. */
export function resolveDollar(currency: string, countries: readonly string[], language: string | null = null): { code: string; guessed: boolean } {
  if (currency !== BARE_DOLLAR) return { code: currency, guessed: false };
  const only = countries.length === 1 ? countries[0] : undefined;
  const local = only ? (LOCAL_DOLLARS[only] ?? (language === "es" ? SPANISH_LOCAL_DOLLARS[only] : undefined)) : undefined;
  return { code: local ?? "USD", guessed: true };
}

/** The period a figure with none stated is quoted in (SPEC): monthly currencies, else by size. */
export function customaryPeriod(currency: string | null, size: number): "month" | "year" | "hour" | null {
  const monthlyBelow = currency ? MONTHLY_QUOTED_BELOW[currency] : undefined;
  if (monthlyBelow !== undefined && size < monthlyBelow) return "month";
  return size >= 10_000 ? "year" : size < 500 ? "hour" : null;
}
