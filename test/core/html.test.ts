// HTML input (SPEC §1 "Input formats", core/html.ts): a page reads as its rendered posting —
// chrome dropped, <main>/<article> preferred, JSON-LD as the header — and HTML inside markdown
// becomes the same blocks markdown would give. Bad input ends in a posting, never a throw.
import { describe, expect, it } from "vitest";
import { buildDocument, buildHtmlDocument } from "../../src/core/document.js";
import { looksLikeHtmlDocument, MAX_HTML_CHARS, MAX_HTML_DEPTH } from "../../src/core/html.js";
import { jobPostingOf } from "../../src/core/json-ld.js";
import { parsePosting } from "../../src/index.js";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const texts = (html: string) => buildHtmlDocument(html).blocks.map((b) => b.text);

describe("a page's chrome is not posting text", () => {
  it.each([
    ["script", "<script>var s = 'SECRET';</script>"],
    ["style", "<style>.x::after { content: 'SECRET' }</style>"],
    ["noscript", "<noscript>SECRET</noscript>"],
    ["template", "<template><p>SECRET</p></template>"],
    ["nav", "<nav><a href='/'>SECRET</a></nav>"],
    ["site header", "<header><p>SECRET</p></header>"],
    ["site footer", "<footer><p>SECRET</p></footer>"],
    ["cookie notice", "<div class='cookie-banner'>SECRET</div>"],
    ["form", "<form><label>SECRET</label><input name='a'></form>"],
    ["aria-hidden", "<div aria-hidden='true'>SECRET</div>"],
    ["hidden", "<p hidden>SECRET</p>"],
    ["an ARIA menubar (a mobile menu outside <nav>)", "<div class='mobile'><ul role='menubar'><li><a href='/'>SECRET</a></li></ul></div>"],
    ["struck-out text", "<ul><li><del>SECRET</del></li></ul>"],
    ["a logo heading linking home", "<h1><a href='/'>SECRET</a></h1>"],
    ["display none", "<p style='display: none'>SECRET</p>"],
    ["comment", "<!-- SECRET -->"],
  ])("%s", (_name, chrome) => {
    const blocks = texts(page("", `${chrome}<p>Backend Engineer wanted.</p>`));
    expect(blocks).toEqual(["Backend Engineer wanted."]);
  });

  it("keeps an article's own header and footer", () => {
    expect(texts(page("", "<article><header><h1>Data Analyst</h1></header><p>Body.</p><footer><p>Apply by May.</p></footer></article>"))).toEqual([
      "Data Analyst",
      "Body.",
      "Apply by May.",
    ]);
  });

  it("reads <main> when the page has one, with an <h1> above it", () => {
    const html = page("", "<div class='hero'><h1>QA Engineer</h1></div><div class='promo'><p>Other jobs</p></div><main><p>We test things.</p></main>");
    expect(texts(html)).toEqual(["QA Engineer", "We test things."]);
  });

  it("reads the longest <article> when there is no <main>", () => {
    expect(texts(page("", "<article><p>Short teaser.</p></article><article><p>The whole posting, much longer than the teaser.</p></article>"))).toEqual([
      "The whole posting, much longer than the teaser.",
    ]);
  });
});

describe("the page's blocks", () => {
  it("headings, list items, label lines and <br> lines", () => {
    const doc = buildHtmlDocument(page("", "<h2>Requirements</h2><ul><li>Go</li><li>SQL<ul><li>Postgres</li></ul></li></ul><p><strong>Benefits</strong><br>Free lunch<br>Gym</p>"));
    expect(doc.blocks.map((b) => [b.kind, b.depth, b.text, b.emphasized])).toEqual([
      ["heading", 2, "Requirements", false],
      ["item", 1, "Go", false],
      ["item", 1, "SQL", false],
      ["item", 2, "Postgres", false],
      ["paragraph", 0, "Benefits", true],
      ["paragraph", 0, "Free lunch Gym", false],
    ]);
    // Every block has lines of its own in the rendered text.
    const lines = doc.blocks.map((b) => b.line);
    expect(new Set(lines).size).toBe(lines.length);
    expect(doc.text.split("\n")[doc.blocks[0].line - 1]).toBe("## Requirements");
  });

  it("a definition list gives Key: value fields", () => {
    const doc = buildHtmlDocument(page("", "<dl><dt>Location</dt><dd>Porto, Portugal</dd><dt>Salary:</dt><dd>€40k</dd></dl>"));
    expect(doc.fields.map((f) => [f.key, f.value])).toEqual([
      ["location", "Porto, Portugal"],
      ["salary", "€40k"],
    ]);
  });

  it("a facts table's Location row gives the place", () => {
    const html = page("", "<h1>Welder</h1><table><tr><th>Location</th><td>Aarhus, Denmark</td></tr><tr><th>Type</th><td>Full-time</td></tr></table><p>Text.</p>");
    expect(parsePosting(html, { file: "w.html" }).location).toMatchObject({ countries: ["DK"], cities: ["Aarhus"] });
  });

  it("the <title> is the title only when the page has no <h1>", () => {
    expect(parsePosting(page("<title>Welder - Acme</title>", "<p>Text.</p>"), { file: "a.html" }).title).toBe("Welder - Acme");
    expect(parsePosting(page("<title>Welder - Acme</title>", "<h1>Senior Welder</h1><p>Text.</p>"), { file: "a.html" }).title).toBe("Senior Welder");
  });
});

describe("JSON-LD JobPosting", () => {
  const node = {
    "@type": "JobPosting",
    title: "Nurse &amp; Midwife",
    hiringOrganization: { "@type": "Organization", name: "Clinic" },
    jobLocation: [{ "@type": "Place", address: { addressLocality: "Leeds", addressRegion: "Leeds", addressCountry: { "@type": "Country", name: "GB" } } }],
    baseSalary: { "@type": "MonetaryAmount", currency: "GBP", value: { "@type": "QuantitativeValue", value: 31000, unitText: "YEAR" } },
    employmentType: ["CONTRACTOR", "FULL_TIME"],
  };

  it("reads a type written as a word and a pay with only a ceiling", () => {
    const intern = { "@type": "JobPosting", title: "Designer", employmentType: "INTERNSHIP", baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 0, maxValue: 14, unitText: "HOUR" } } };
    expect(jobPostingOf([JSON.stringify(intern)])).toMatchObject({ employmentType: "internship", salary: "up to EUR 14 per hour" });
    expect(jobPostingOf([JSON.stringify({ ...intern, employmentType: "Full-time" })])?.employmentType).toBe("full-time");
  });

  it.each([
    ["a node", node],
    ["an array", [{ "@type": "Organization", name: "X" }, node]],
    ["@graph", { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, node] }],
  ])("found in %s", (_name, data) => {
    expect(jobPostingOf([JSON.stringify(data)])).toMatchObject({
      title: "Nurse & Midwife",
      company: "Clinic",
      location: "Leeds, Great Britain",
      salary: "GBP 31000 per year",
      employmentType: "contract",
    });
  });

  // addressCountry is a country by the schema: its code is written as the country's name, and the
  // region gives way to it, so that the text reading does not take a code for a US state.
  it.each([
    [{ addressLocality: "Sliema", addressCountry: "MT" }, "Sliema, Malta", ["MT"], ["Sliema"]],
    [{ addressLocality: "Ghent", addressCountry: "BE" }, "Ghent, Belgium", ["BE"], ["Ghent"]],
    [{ addressLocality: "Leuven", addressRegion: "Flemish Brabant", addressCountry: "BE" }, "Leuven, Belgium", ["BE"], ["Leuven"]],
    [{ addressLocality: "Taipei", addressCountry: "TW" }, "Taipei, Taiwan", ["TW"], ["Taipei"]],
    [{ addressRegion: "CA", addressCountry: "US" }, "USA", ["US"], []],
    [{ addressLocality: "Austin", addressRegion: "TX" }, "Austin, TX", ["US"], ["Austin"]],
    [{ addressLocality: "Lyon", addressCountry: "France" }, "Lyon, France", ["FR"], ["Lyon"]],
  ])("address %j reads %j", (address, location, countries, cities) => {
    const ld = { "@type": "JobPosting", title: "Welder", jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", ...address } } };
    expect(jobPostingOf([JSON.stringify(ld)])?.location).toBe(location);
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, "<h1>Welder</h1><p>Text.</p>");
    expect(parsePosting(html, { file: "w.html" }).location).toMatchObject({ countries, cities });
  });

  it("skips a script that is not JSON, and a JSON-LD of another type", () => {
    expect(jobPostingOf(["{ not json", JSON.stringify({ "@type": "Organization" })])).toBeNull();
  });

  it("TELECOMMUTE is remote, applicant countries in parentheses", () => {
    const data = { "@type": "JobPosting", jobLocationType: "TELECOMMUTE", applicantLocationRequirements: [{ "@type": "Country", name: "Spain" }, { "@type": "Country", name: "Portugal" }] };
    expect(jobPostingOf([JSON.stringify(data)])?.location).toBe("Remote (Spain, Portugal)");
  });

  it("its description is the body of a page that has none (an app shell)", () => {
    const ld = { "@type": "JobPosting", title: "Cook", description: "<p><b>Requirements</b></p><ul><li>Food hygiene certificate</li></ul>" };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, "<div id='app'>Loading…</div>");
    const p = parsePosting(html, { file: "cook.html" });
    expect(p.title).toBe("Cook");
    expect(p.requirements).toEqual(["Food hygiene certificate"]);
  });

  it("the page's own body stays when it holds the posting", () => {
    const ld = { "@type": "JobPosting", title: "Cook", description: "Short summary." };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, "<h2>Requirements</h2><ul><li>Knife skills</li></ul>");
    expect(parsePosting(html, { file: "cook.html" }).requirements).toEqual(["Knife skills"]);
  });
});

describe("HTML inside markdown", () => {
  it("lists, label lines and breaks become markdown blocks, on their source lines", () => {
    const md = "# Role\n\n<p><b>Location:</b> Oslo<br/><b>Type:</b> Full-time</p>\n\n<ul>\n<li>First</li>\n\n<li>Second</li>\n</ul>\n\n<b>Benefits</b>\n";
    const doc = buildDocument(md);
    expect(doc.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ["heading", "Role", 1],
      ["paragraph", "Location: Oslo Type: Full-time", 3],
      ["item", "First", 6],
      ["item", "Second", 8],
      ["paragraph", "Benefits", 11],
    ]);
    expect(doc.blocks[4].emphasized).toBe(true);
    expect(doc.fields.map((f) => [f.key, f.value, f.line])).toEqual([
      ["location", "Oslo", 3],
      ["type", "Full-time", 4],
    ]);
  });

  it("a <script> in a posting is not its text", () => {
    const doc = buildDocument("# Role\n\n<script>alert('Requirements: none')</script>\n\nBody.\n");
    expect(doc.plainText).not.toMatch(/alert|Requirements/);
  });
});

describe("which texts are HTML pages", () => {
  it.each([
    ["<!DOCTYPE html><html>", true],
    ["\ufeff  <!-- saved --> <html lang='en'>", true],
    ["<HTML>", true],
    ["# Title\n\n<html> in prose", false],
    ["<p>a fragment</p>", false],
  ])("%j → %s", (text, expected) => expect(looksLikeHtmlDocument(text)).toBe(expected));

  it("stdin that opens as a page is read as one", () => {
    expect(parsePosting(page("", "<h1>Baker</h1><script>x</script>")).title).toBe("Baker");
  });
});

describe("bad HTML ends in a posting", () => {
  it("malformed markup", () => {
    const p = parsePosting("<html><body><h2>Chef<p>Cook & clean <<< ><ul><li>one<li>two</div></table>", { file: "bad.html" });
    expect(p.title).toBe("Chef");
  });

  it("a page of only scripts", () => {
    const p = parsePosting(page("<script>var a = 1;</script>".repeat(50), "<script>" + "x".repeat(10_000) + "</script>"), { file: "s.html" });
    expect(p.title).toBeNull();
    expect(p.requirements).toEqual([]);
  });

  it("an unclosed script", () => {
    expect(parsePosting("<!doctype html><h1>Driver</h1><script>" + "y".repeat(100_000), { file: "u.html" }).title).toBe("Driver");
  });

  it("nesting deeper than the cap is unwrapped, with a warning, its text kept", () => {
    const deep = `<main>${"<div>".repeat(MAX_HTML_DEPTH * 4)}<p>Deep posting text.</p>${"</div>".repeat(MAX_HTML_DEPTH * 4)}</main>`;
    const doc = buildHtmlDocument(page("", deep));
    expect(doc.blocks.map((b) => b.text)).toContain("Deep posting text.");
    expect(doc.warnings.some((w) => w.includes(`deeper than ${MAX_HTML_DEPTH}`))).toBe(true);
  });

  it("markup past MAX_HTML_CHARS is read as text, with a warning", () => {
    const filler = `<p>${"word ".repeat(MAX_HTML_CHARS / 5)}</p>`;
    const doc = buildHtmlDocument(page("", `<h1>Porter</h1>${filler}<h2>Requirements</h2><ul><li>Lifting</li></ul>`));
    expect(doc.blocks.map((b) => b.text)).toContain("Lifting");
    expect(doc.warnings.some((w) => w.includes("read as text"))).toBe(true);
  });
});

describe("an ATS field saved as a page", () => {
  it("reads HTML escaped once more as the HTML it is", () => {
    const doc = buildHtmlDocument("&lt;h3&gt;What you bring&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;4+ years of Go&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Pay: $140,000 &amp;mdash; $170,000&lt;/p&gt;");
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["heading", "What you bring"],
      ["item", "4+ years of Go"],
      ["paragraph", "Pay: $140,000 — $170,000"],
    ]);
  });
});

describe("other postings on the page", () => {
  it("the cards under a similar-jobs heading after the posting are not its text", () => {
    const html = page("", "<h1>Backend Engineer</h1><p>Austin, TX</p><h2>Similar jobs</h2><div><h3>Data Engineer</h3><p>$150,000 - $190,000 a year</p></div>");
    expect(texts(html)).toEqual(["Backend Engineer", "Austin, TX"]);
  });
  it("an 'Open positions' banner above the posting is kept", () => {
    expect(texts(page("", "<h2>Open positions</h2><h1>Backend Engineer</h1><p>Austin, TX</p>"))).toEqual(["Open positions", "Backend Engineer", "Austin, TX"]);
  });
});
