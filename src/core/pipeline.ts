// The pipeline of one posting: decode → repair → markup repair → limit → parse → index → extract → validate
// (unified-engine lib/file-pipeline/*). Pure and synchronous: no I/O, no clock, no globals.
import { decodeBytes, normalizeNewlines } from "./decode.js";
import { buildDocument, buildHtmlDocument } from "./document.js";
import { isHtmlFileName, looksLikeHtmlDocument } from "./html.js";
import { limitMarkup } from "./limits.js";
import { repairBrokenMarkdown } from "./broken-markdown.js";
import { repairMojibake } from "../normalize/mojibake.js";
import { stripUnsafe } from "../normalize/plain-text.js";
import { runExtractors, type ExtractionResult } from "../extract/index.js";
import { PostingSchema, type Posting } from "../schema.js";
import { ShapeError, compileShape } from "./shape.js";

export interface ParseOptions {
  /** The input path as the user gave it; "-" for stdin. */
  file?: string;
  /** Mojibake repair (default on); off only to measure what it costs (`npm run bench`). */
  repair?: boolean;
}

export interface ParseDetail {
  posting: Posting;
  provenance: ExtractionResult["provenance"];
  /** The repaired (and limited) text the fields were read from (line numbers refer to it). */
  text: string;
}

// Nothing but whitespace (including zero-width and no-break spaces).
const BLANK_RE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;

function emptyPosting(file: string, warnings: string[]): Posting {
  return {
    file,
    title: null,
    company: null,
    applyUrl: null,
    location: { raw: null, workplace: null, countries: [], regions: [], cities: [] },
    salary: null,
    employmentType: null,
    seniority: null,
    experienceYears: null,
    requirements: [],
    niceToHave: [],
    responsibilities: [],
    benefits: [],
    skills: [],
    language: null,
    warnings,
  };
}

/**
 * Every string in an extracted value without control or BiDi override characters: the one
 * place posting text becomes field values, so no extractor has to remember it. Objects are
 * copied only when a string in them changes.
 */
function plainValues<T>(value: T): T {
  if (typeof value === "string") return stripUnsafe(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = plainValues(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return (out ?? value) as T;
  }
  if (value && typeof value === "object") {
    let out: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const w = plainValues(v);
      if (w !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = w;
    }
    return (out ?? value) as T;
  }
  return value;
}

/** Thrown only for a bug: an extractor produced something the schema rejects. */
export class InvalidPostingError extends Error {}

/** The schema's check and key order, compiled once (core/shape.ts). */
const shapePosting = compileShape(PostingSchema);

export function parsePostingDetailed(input: string | Uint8Array, options: ParseOptions = {}): ParseDetail {
  const file = options.file ?? "-";
  const warnings: string[] = [];
  let text: string;
  if (typeof input === "string") {
    text = input.startsWith("\ufeff") ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input);
    if (!decoded.ok) return { posting: emptyPosting(file, [`Not a text file: ${decoded.reason}`]), provenance: {}, text: "" };
    text = decoded.text;
    warnings.push(...decoded.warnings);
  }
  text = normalizeNewlines(text);
  if (BLANK_RE.test(text)) return { posting: emptyPosting(file, [...warnings, "Empty posting: no text"]), provenance: {}, text };
  const repaired = options.repair === false ? { text, warnings: [] } : repairMojibake(text);
  warnings.push(...repaired.warnings);
  // An HTML page (by its name, or a text that opens as one) is read through core/html.ts; its
  // line numbers then refer to the lines the page renders to (the returned `text`).
  const html = isHtmlFileName(options.file) || looksLikeHtmlDocument(repaired.text);
  // Hostile shapes (deep nesting, giant paragraphs) are defused before the markdown parser sees them.
  // `###Heading`, `-item` runs and tab-only lines, read as their author meant (line numbers kept).
  const limited = html ? { text: repaired.text, gfm: true, warnings: [] } : limitMarkup(repairBrokenMarkdown(repaired.text).text);
  warnings.push(...limited.warnings);
  const doc = html ? buildHtmlDocument(limited.text) : buildDocument(limited.text, { gfm: limited.gfm });
  warnings.push(...doc.warnings);
  const result = runExtractors(doc);
  const posting = { file, ...plainValues(result.values), warnings: plainValues([...warnings, ...result.warnings]) };
  let checked: Posting;
  try {
    checked = shapePosting(posting);
  } catch (err) {
    if (err instanceof ShapeError) throw new InvalidPostingError(`extracted posting fails the schema: ${err.message}`);
    throw err;
  }
  return { posting: checked, provenance: result.provenance, text: html ? doc.text : limited.text };
}

export function parsePosting(input: string | Uint8Array, options: ParseOptions = {}): Posting {
  return parsePostingDetailed(input, options).posting;
}
