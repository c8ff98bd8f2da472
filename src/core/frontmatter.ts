// Frontmatter → data and `Key: value` fields (SPEC §1 "Input formats": YAML `---` or TOML `+++`).
// Keys are read by meaning (normalize/frontmatter-keys.ts): `ciudad: Madrid` becomes a
// `location` field too. Nested values are read as text: `location: {city: Lisboa, country: PT}`
// is "Lisboa, PT", a list of places is each place in turn, a `{min, max, currency}` salary is
// "min - max currency".
import type { Root } from "mdast";
import { parse as parseYaml } from "yaml";
import { parse as parseToml } from "smol-toml";
import { frontmatterKeyMeaning } from "../normalize/frontmatter-keys.js";
import { decodeEntities } from "./json-ld.js";

// Tabs at the start of a line (YAML indentation).
const LEADING_TAB_RE = /^\t+/gm;

export interface FrontmatterEntry {
  /** The key as written. */
  key: string;
  /** The field key it means ("location"), when the table knows it. */
  meaning: string | null;
  /** The value as one line of text ("" when it holds nothing readable). */
  text: string;
}

/** How deep a nested value is read: `location.address.city` and no further (hostile input). */
const MAX_DEPTH = 3;
/** Items of a list value read (a list of offices). */
const MAX_ITEMS = 20;
// Subkeys of a structured salary: its low and high figure, its currency and its period.
const SALARY_LOW_KEY_RE = /(?:^|_)(?:min|low|from)(?:imum)?$|(?:min|low)$/i;
const SALARY_HIGH_KEY_RE = /(?:^|_)(?:max|high|to)(?:imum)?$|(?:max|high)$/i;
const SALARY_CURRENCY_KEY_RE = /currency/i;
const SALARY_PERIOD_KEY_RE = /period|unit|per$/i;
// Subkeys that hold a place: the order a location is written in ("city, region, country").
// Separators dropped when comparing a place subkey ("address_locality", "Address Country").
const SUBKEY_SEPARATOR_RE = /[\s_-]+/g;
const PLACE_KEY_ORDER = ["name", "address", "city", "ciudad", "cidade", "stadt", "ville", "locality", "addresslocality", "region", "state", "province", "addressregion", "country", "pais", "país", "land", "pays", "addresscountry"];

function parsed(source: string, toml: boolean): Record<string, unknown> | null {
  try {
    const data = toml ? parseToml(source) : parseYaml(source, { maxAliasCount: 100 });
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseFrontmatter(tree: Root): Record<string, unknown> | null {
  const first = tree.children[0];
  if (!first || (first.type !== "yaml" && first.type !== ("toml" as string))) return null;
  const source = (first as { value: string }).value;
  if (first.type !== "yaml") return parsed(source, true);
  // YAML forbids tabs as indentation, but site generators read pages that indent flow lists
  // with them (a careers page's `requirements: [⇥"MSc…",`): read them as two spaces.
  return parsed(source, false) ?? (source.includes("\t") ? parsed(source.replace(LEADING_TAB_RE, indentOfTabs), false) : null);
}

function indentOfTabs(tabs: string): string {
  return "  ".repeat(tabs.length);
}

function scalarText(value: unknown): string {
  if (typeof value === "number") return String(value);
  // A site generator puts frontmatter values into HTML: "Package - &pound;40,000" reads "£40,000".
  return typeof value === "string" ? (value.includes("&") ? decodeEntities(value) : value).trim() : "";
}

/** A structured salary ({salaryLow, salaryHigh}, {min, max, currency}) as "low - high CUR per period". */
function salaryText(value: Record<string, unknown>): string {
  let low = "";
  let high = "";
  let currency = "";
  let period = "";
  for (const [k, v] of Object.entries(value)) {
    const text = scalarText(v);
    if (!text) continue;
    if (SALARY_CURRENCY_KEY_RE.test(k)) currency = text;
    else if (SALARY_PERIOD_KEY_RE.test(k)) period = text;
    else if (SALARY_LOW_KEY_RE.test(k)) low = text;
    else if (SALARY_HIGH_KEY_RE.test(k)) high = text;
  }
  const figures = [low, high].filter(Boolean).join(" - ");
  if (!figures) return "";
  return [currency ? `${figures} ${currency}` : figures, period ? `per ${period}` : ""].filter(Boolean).join(" ");
}

/** A place object's parts in the order a location is written. */
function placeText(value: Record<string, unknown>, depth: number): string {
  const entries = Object.entries(value).map(([k, v]) => [k.toLowerCase().replace(SUBKEY_SEPARATOR_RE, ""), v] as const);
  entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  return entries
    .filter(([k]) => rank(k) < PLACE_KEY_ORDER.length)
    .map(([, v]) => valueText(v, "location", depth + 1))
    .filter(Boolean)
    .join(", ");
}

function rank(key: string): number {
  const i = PLACE_KEY_ORDER.indexOf(key);
  return i < 0 ? PLACE_KEY_ORDER.length : i;
}

/** A frontmatter value as one line of text for the field it means. */
export function valueText(value: unknown, meaning: string | null, depth = 0): string {
  const scalar = scalarText(value);
  if (scalar || value === null || typeof value !== "object" || depth >= MAX_DEPTH) return scalar;
  if (Array.isArray(value)) {
    // Lists of strings are only read for a known meaning: `tags: [a, b]` is not a field.
    if (!meaning) return "";
    const sep = meaning === "location" ? "; " : ", ";
    return value.slice(0, MAX_ITEMS).map((v) => valueText(v, meaning, depth + 1)).filter(Boolean).join(sep);
  }
  const record = value as Record<string, unknown>;
  if (meaning === "salary") return salaryText(record);
  if (meaning === "location") return placeText(record, depth);
  if (meaning === "company" || meaning === "apply url") return scalarText(record.name ?? record.url ?? record.href);
  return "";
}

// A top-level key holding one end of a salary ("remunerationMin", "salary_max"): its stem and its end.
const SALARY_END_KEY_RE = /^(.{3,30}?)[_-]?(min|max)(?:imum)?$/i;

/**
 * A salary written as two top-level keys ("remunerationMin: 40000", "remunerationMax: 45000"),
 * whose stem means salary, as one "40000 - 45000" entry; null when there is none.
 */
function salaryPairEntry(data: Record<string, unknown>): FrontmatterEntry | null {
  const ends: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const m = SALARY_END_KEY_RE.exec(key);
    if (m && frontmatterKeyMeaning(m[1]) === "salary") ends[m[2].toLowerCase()] = value;
  }
  const text = Object.keys(ends).length ? salaryText(ends) : "";
  return text ? { key: "salary", meaning: "salary", text } : null;
}

/** Each top-level entry of the frontmatter with its meaning and its value as text. */
export function frontmatterEntries(data: Record<string, unknown>): FrontmatterEntry[] {
  const entries: FrontmatterEntry[] = Object.entries(data).map(([key, value]) => {
    const meaning = frontmatterKeyMeaning(key);
    return { key, meaning, text: valueText(value, meaning) };
  });
  const pair = entries.some((e) => e.meaning === "salary" && e.text) ? null : salaryPairEntry(data);
  return pair ? [...entries, pair] : entries;
}
