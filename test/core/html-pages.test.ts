// Page shapes of real careers sites (core/html.ts): tabs, a site generator's source page,
// headings written inside lists, labels with their line breaks inside the bold, and the
// company a page's metadata names.
import { describe, expect, it } from "vitest";
import { buildHtmlDocument } from "../../src/core/document.js";
import { copyrightHolder, siteNameOf } from "../../src/core/html.js";
import { parsePosting } from "../../src/index.js";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const texts = (html: string) => buildHtmlDocument(html).blocks.map((b) => b.text);

describe("page shapes", () => {
  it("a tab panel opens with its tab's label; the tab strip goes", () => {
    const html = page(
      "",
      `<ul role="tablist"><li><a role="tab" id="duties-tab" aria-controls="duties">Responsibilities</a></li></ul>` +
        `<div role="tabpanel" id="duties" aria-labelledby="#duties-tab"><ul><li>Ship features</li></ul></div>`,
    );
    expect(texts(html)).toEqual(["Responsibilities", "Ship features"]);
    expect(parsePosting(html, { file: "t.html" }).responsibilities).toEqual(["Ship features"]);
  });

  it("a source page's frontmatter is read as frontmatter, its template tags dropped", () => {
    const p = parsePosting("---\nrole: Data Engineer\nlocation: Lyon, France\n---\n<h1>{{ page.role }}</h1>\n<p>We move data.</p>\n", { file: "job.html" });
    expect(p.title).toBe("Data Engineer");
    expect(p.location.cities).toEqual(["Lyon"]);
  });

  it("a markdown page's HTML indented by tabs after a blank line is still HTML, not a code block", () => {
    const md = "---\ntitle: Engineer\n---\n\n<div class=\"intro\">\n<p>We make robots.</p>\n</div>\n\n\t\t<div>\n\t\t<p><b>You fit this role if you have</b>\n\t\t<ul><li>Rust experience</li><li>Care for tests</li></ul></p>\n\t\t</div>\n";
    expect(parsePosting(md).requirements).toEqual(["Rust experience", "Care for tests"]);
  });

  it("a heading written inside a list labels the items after it", () => {
    expect(texts(page("", "<ul><h4>Requirements</h4><li>Go</li><li>SQL</li></ul>"))).toEqual(["Requirements", "Go", "SQL"]);
  });

  it("an <article> holding little of the page's text is a card beside the posting, not the posting", () => {
    const html = page(
      "<title>Data Engineer - Acme</title>",
      `<h1>Data Engineer</h1><p>Location: Karachi</p><h3>What we offer</h3><ul><li>Flexitime</li><li>Health coverage</li></ul>` +
        `<h3>Read next</h3><article><h6>Our analytics template</h6><p>Copy it.</p></article>`,
    );
    const p = parsePosting(html, { file: "t.html" });
    expect(p.benefits).toEqual(["Flexitime", "Health coverage"]);
    expect(p.location.cities).toEqual(["Karachi"]);
  });

  it("a row of sibling spans under the title is a line of facts, kept apart", () => {
    const row = page("", "<h1>Game Engineer</h1><div class=\"meta\"><span>Full Time</span>\n<span>Perth, Western Australia</span></div><p>We build engines.</p>");
    const p = parsePosting(row, { file: "t.html" });
    expect(p.location.raw).toBe("Perth, Western Australia");
    expect(p.employmentType).toBe("full-time");
    const badges = page("", "<h1>Rust Developer</h1><h5><span class=\"badge\">Remote</span><span class=\"badge\">Plovdiv</span></h5><p>Smart contracts.</p>");
    expect(parsePosting(badges, { file: "t.html" }).location.cities).toEqual(["Plovdiv"]);
    // A pay range whose dash is a span of its own is one range.
    expect(texts(page("", "<div><span>$90,000</span><span>&mdash;</span><span>$110,000 USD</span></div>"))).toEqual(["$90,000—$110,000 USD"]);
    // An editor's runs of one sentence stay one sentence.
    expect(texts(page("", "<p><span>5+ years of </span><span>Python</span></p>"))).toEqual(["5+ years of Python"]);
  });

  it("a kicker line of facts right above the title is read as the title's facts", () => {
    const html = page("", "<p>Careers · Part-time · Denver (hybrid)</p><h1>Data Analyst</h1><p>Dashboards for clients.</p>");
    const p = parsePosting(html, { file: "t.html" });
    expect(p.title).toBe("Data Analyst");
    expect(p.employmentType).toBe("part-time");
    expect(p.location.cities).toEqual(["Denver"]);
    expect(p.location.workplace).toBe("hybrid");
  });

  it("a listing of other jobs above the posting the <title> names is dropped", () => {
    const html = page(
      "<title>Senior Software Engineer – Acme</title>",
      `<h2>Chile</h2><h1>Network Engineer</h1><p>Posted June 24</p>` +
        `<h1>Senior Software Engineer</h1><h2>Argentina</h2><h4>Requirements</h4><ul><li>Python</li></ul>`,
    );
    const p = parsePosting(html, { file: "t.html" });
    expect(p.title).toBe("Senior Software Engineer");
    expect(p.location.countries).toEqual(["AR"]);
    expect(p.requirements).toEqual(["Python"]);
  });

  it("a bold list item over its own nested list is a label, even when its name is a phrase inside it", () => {
    const html = page("", "<h1>Data Engineer</h1><ul><li><strong>Qualifications and Experience</strong><ul><li>SQL</li></ul></li><li><strong>Key Responsibilities</strong><ul><li>Build pipelines</li></ul></li></ul>");
    const p = parsePosting(html, { file: "t.html" });
    expect(p.requirements).toEqual(["SQL"]);
    expect(p.responsibilities).toEqual(["Build pipelines"]);
  });

  it("a <title> that is only the site's name gives way to a stand-alone role line", () => {
    const html = page("<title>Axcer</title>", "<div>Axcer</div><div>Software Engineer</div><div>Full-time</div><div>Responsibilities</div><p>Ship apps.</p>");
    expect(parsePosting(html, { file: "t.html" }).title).toBe("Software Engineer");
  });

  it("a bold label with its line breaks inside stands on its own line", () => {
    const doc = buildHtmlDocument(page("", "<p><strong>Who we are<br><br></strong>A bakery in Ghent.</p>"));
    expect(doc.blocks.map((b) => [b.text, b.emphasized])).toEqual([
      ["Who we are", true],
      ["A bakery in Ghent.", false],
    ]);
  });
});

describe("the job's place a page's metadata names", () => {
  it.each([
    ["Backend Engineer Jobs | GO-FOOD | Bangalore | GO-JEK Careers", ["IN"], ["Bangalore"]],
    ["Heidi hiring Senior Engineer in Melbourne, Victoria, Australia | LinkedIn", ["AU"], ["Melbourne"]],
    ["Media Suite | Careers | JavaScript Developer", [], []],
  ])("<title>%j", (title, countries, cities) => {
    const p = parsePosting(page(`<title>${title}</title>`, "<h1>Engineer</h1><p>We build delivery apps.</p>"), { file: "t.html" });
    expect([p.location.countries, p.location.cities]).toEqual([countries, cities]);
  });

  it("gives way to a place the page's text states", () => {
    const p = parsePosting(page("<title>Engineer | Bangalore | Acme</title>", "<h1>Engineer</h1><p>Location: Jakarta, Indonesia</p>"), { file: "t.html" });
    expect(p.location.cities).toEqual(["Jakarta"]);
  });
});

describe("a page's own title block", () => {
  it("a top-level <header> holding the page's <h1> and no navigation is the job's header; its block above the <article> is kept", () => {
    const html =
      "---\ntitle: Head of Platform\n---\n" +
      `<div class="top"><header><h1>{{ page.title }}</h1><h2>Lisbon</h2></header><div><a href="https://jobs.example.org/apply/7">Click here to submit your application</a></div></div>` +
      `<section><article><h4>The Role</h4><p>${"We run a large fleet of servers and the tools around them. ".repeat(8)}</p><ul><li>Own the platform</li></ul></article></section>`;
    const p = parsePosting(html, { file: "job.html" });
    expect(p.title).toBe("Head of Platform");
    expect(p.location.cities).toEqual(["Lisbon"]);
    expect(p.applyUrl).toBe("https://jobs.example.org/apply/7");
  });

  it("a site banner with navigation stays out", () => {
    const html = page("", `<header><h1>Acme Blog</h1><nav><a href="/">Home</a></nav></header><main><h2>Engineer</h2><p>We build bridges.</p></main>`);
    expect(texts(html)).toEqual(["Engineer", "We build bridges."]);
  });
});

describe("the company a page's metadata names", () => {
  it.each([
    ["Datawheel | Jobs", null, null, "Datawheel"],
    ["Media Suite | Careers | JavaScript Developer", null, "JavaScript Developer", "Media Suite"],
    ["Backend Engineer Jobs | Bangalore | Acme Careers", null, "Backend Engineer", "Acme"],
    ["Careers at Fernhill", null, null, "Fernhill"],
    ["Agora » Quality Assurance Intern", null, "Quality Assurance Intern", "Agora"],
    ["Heidi hiring Senior Engineer in Melbourne | LinkedIn", null, "Senior Engineer", "Heidi"],
    ["Senior DevOps Engineer - Camberwell - Indeed.com", null, "Senior DevOps Engineer", null],
    ["Welder", "Indeed", "Welder", null],
    ["Welder", "Northwind Metal", "Welder", "Northwind Metal"],
    ["DevOps Engineer | Careers | Good Standing AI", null, "DevOps Engineer", "Good Standing AI"],
    ["Software Engineer - Qian Capital", null, "Software Engineer", "Qian Capital"],
    ["Backend Engineer at Corvid Labs", null, "Backend Engineer", "Corvid Labs"],
  ])("%j (og:site_name %j) → %j", (title, site, posting, expected) => {
    expect(siteNameOf(title, site, posting)).toBe(expected);
  });

  it.each([
    ["© 2013 All Rights Reserved. Tikal", "Tikal"],
    ["Copyright 2015, Sawhorse Media", "Sawhorse Media"],
    ["© 2023 Axcer Innovations, All Rights Reserved", "Axcer Innovations"],
    ["© 2009 Fenwick College, All\n   Rights Reserved", "Fenwick College"],
    ["© bread & co. 2018", "bread & co"],
    ["Made with care in 2024", null],
    ["© 2024 SEEK", null],
    ["© 2024 — built by the many friendly people of our wonderful community", null],
  ])("copyright notice %j names %j", (notice, expected) => {
    expect(copyrightHolder(notice)).toBe(expected);
  });

  it("a footer's copyright names the site when nothing else does, though the footer is no posting text", () => {
    const html = page("<title></title>", "<h1>Cook</h1><p>We cook soups all day.</p><footer><p>© 2019 Larkspur Kitchens</p></footer>");
    const p = parsePosting(html, { file: "c.html" });
    expect(p.company).toBe("Larkspur Kitchens");
    expect(buildHtmlDocument(html).blocks.map((b) => b.text)).toEqual(["Cook", "We cook soups all day."]);
  });

  it("comes after the body's own name for the company", () => {
    const html = page("<title>Careers | Old Brand</title>", "<h1>Cook</h1><p>Here at Blue Fig, we cook.</p>");
    expect(parsePosting(html, { file: "c.html" }).company).toBe("Blue Fig");
  });
});
