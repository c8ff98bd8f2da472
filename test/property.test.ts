// Property tests (issue 6): parsePosting never throws on any string or byte array, its output
// always passes PostingSchema, is deterministic, and does not depend on the line endings
// (CRLF, LF, lone CR). Generators mix markdown marks, money, places, emoji and mojibake so
// the extractors' paths are reached, not only the empty posting.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePosting } from "../src/index.js";
import { PostingSchema } from "../src/schema.js";

// A fixed seed keeps the suite deterministic; JOBPARSE_FC_SEED=<n> explores other inputs (a
// failure prints the seed and path that reproduce it).
const RUNS = { numRuns: 150, seed: Number(process.env.JOBPARSE_FC_SEED ?? 20261207) };

// Pieces of a posting: markdown syntax, figures, currency, places, section words, emoji and
// the byte soup of wrong decodings (`â€™`, `ðŸŒŽ`, `Ã©`, `‚Äô`).
const PIECES = [
  "#", "# ", "## ", "### ", "#### ", "*", "**", "_", "-", "- ", "  - ", "* ", "+ ", "1. ", ">", "> ", "[", "](", ")", "](https://a.b/c)",
  "|", " | ", "|---|", "`", "```", "~~", "$", "€", "£", "k", "K", "0", "1", "5", "9", "120", "1,000", "65.000", "180000.0~250000.0",
  " ", "  ", "\t", "\n", "\n\n", ":", ": ", "/", "-", "–", "+", "(", ")", ",", ".", "<br>", "<b>", "&amp;", "\\", "---\n",
  "Salary", "Location", "Remote", "Hybrid", "USD", "EUR", "per hour", "/yr", "years", "5+ years", "at least", "Senior", "Sr.",
  "Staff", "Lead", "Full-time", "Contract", "Requirements", "Nice to have", "Benefits", "Responsibilities", "About us",
  "Company", "Apply here", "https://", "www.", "@", "Node.js", "k8s", "Postgres", "Canada", "US", "LATAM", "Berlin", "São Paulo",
  "🌎", "💰", "🚀", "👩‍💻", "ðŸŒŽ", "ðŸ", "â€™", "â€“", "Ã©", "Ã", "‚Äô", "Â", "\u00a0", "\u200b", "\ufeff", "\u0000", "\ud800",
];

/** A posting-ish text: a random sequence of the pieces above and random characters. */
const markdownish = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 120 })
  .map((parts) => parts.join(""));

/** Line-based: each line a heading, field, list item, quote or table row around pieces. */
const LINE_STARTS = ["", "# ", "## ", "### ", "- ", "  - ", "* ", "1. ", "> ", "| ", "**", "Salary: ", "Location: ", "Company: ", "Title: "];
const linewise = fc
  .array(fc.tuple(fc.constantFrom(...LINE_STARTS), markdownish), { maxLength: 25 })
  .map((lines) => lines.map(([start, rest]) => start + rest).join("\n"));

const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), markdownish, linewise);

const withEndings = (text: string, eol: string) => text.replace(/\r\n?|\n/g, eol);

function checked(input: string | Uint8Array) {
  const posting = parsePosting(input, { file: "p.md" });
  expect(PostingSchema.safeParse(posting).success).toBe(true);
  return posting;
}

describe("parsePosting on any input", () => {
  it("never throws on any string and passes the schema", () => {
    fc.assert(fc.property(anyText, (text) => void checked(text)), RUNS);
  });

  it("never throws on any byte array (binary is an all-null posting, not a throw)", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void checked(bytes)), RUNS);
  });

  it("never throws on the UTF-8, Windows-1252-ish and UTF-16 bytes of posting-like text", () => {
    const bytes = fc.tuple(linewise, fc.constantFrom("utf8", "latin1", "utf16le")).map(([text, enc]) => new Uint8Array(Buffer.from(text, enc as BufferEncoding)));
    fc.assert(fc.property(bytes, (b) => void checked(b)), RUNS);
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parsePosting(text)).toEqual(parsePosting(text));
      }),
      RUNS,
    );
  });

  it("gives the same posting for LF, CRLF and lone CR line endings", () => {
    fc.assert(
      fc.property(fc.oneof(linewise, markdownish), (text) => {
        const lf = parsePosting(withEndings(text, "\n"));
        expect(parsePosting(withEndings(text, "\r\n"))).toEqual(lf);
        expect(parsePosting(withEndings(text, "\r"))).toEqual(lf);
      }),
      RUNS,
    );
  });

  it("gives the same posting for CRLF bytes as for LF bytes", () => {
    fc.assert(
      fc.property(linewise, (text) => {
        const lf = parsePosting(new TextEncoder().encode(withEndings(text, "\n")));
        expect(parsePosting(new TextEncoder().encode(withEndings(text, "\r\n")))).toEqual(lf);
      }),
      RUNS,
    );
  });
});
