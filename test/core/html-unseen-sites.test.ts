// Careers pages as a reader of an unseen site reads them (core/html.ts, extract/title.ts,
// extract/company.ts, extract/apply-url.ts): the posting's heading among a brand's, the employer
// from the page's metadata, its logo or its JSON-LD, an "Apply" button that is a path on the
// site, sections headed by styled blocks or accordion toggles, and lists in <section>s beside <main>.
import { describe, expect, it } from "vitest";
import { buildHtmlDocument } from "../../src/core/document.js";
import { loneTitleName, nameBesideRole, siteNameOf } from "../../src/core/html.js";
import { organizationNameOf } from "../../src/core/json-ld.js";
import { parsePosting } from "../../src/index.js";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const parse = (html: string) => parsePosting(html, { file: "job.html" });

describe("title among a page's headings", () => {
  it("a brand <h1> gives way to the heading the <title> names", () => {
    const html = page("<title>Route Planner | Careers | Osprey Freight</title>", "<h1>Osprey Freight</h1><p>Moving pallets since 1998.</p><h2>Route Planner</h2><p>Based in Leeds.</p>");
    expect(parse(html).title).toBe("Route Planner");
  });

  it("a heading that names no role gives way to the og:title without the site's name", () => {
    const html = page(`<title>Join us</title><meta property="og:title" content="Senior Care Coordinator | Hollybank Care">`, "<h1>Join our team</h1><p>Hollybank Care runs four homes.</p>");
    expect(parse(html).title).toBe("Senior Care Coordinator");
  });

  it("a first heading naming a role stays the title, whatever the <title> says", () => {
    const html = page("<title>Site Reliability Engineer - Tallow</title>", "<h1>Site Reliability Engineer (Oslo)</h1><p>Keep it up.</p><h3>Site Reliability Engineer</h3>");
    expect(parse(html).title).toBe("Site Reliability Engineer (Oslo)");
  });

  it("a <title> standing for the title loses the parts naming the site", () => {
    const html = page(`<title>Pastry Chef | Jobs | Crumb &amp; Co</title><meta property="og:site_name" content="Crumb &amp; Co">`, "<p>Early mornings, good butter.</p>");
    expect(parse(html).title).toBe("Pastry Chef");
  });
});

describe("company from a page's metadata", () => {
  it("the part of the <title> beside the posting's own title, separators inside that title kept whole", () => {
    expect(siteNameOf("QA Lead — Payments | Larkspur", null, "QA Lead — Payments")).toBe("Larkspur");
  });

  it("a brand heading is no role: og:site_name still names the company", () => {
    expect(siteNameOf("Route Planner | Careers | Osprey Freight", "Osprey Freight", "Osprey Freight")).toBe("Osprey Freight");
  });

  it("og:site_name or application-name as the start of a <title> part naming a corner of the site", () => {
    expect(siteNameOf("Welder | Brasswick Works Tech blog", "Brasswick Works", "Welder")).toBe("Brasswick Works");
  });

  it("a logo's alt text up to its tagline, a brand set in lower case included", () => {
    const html = page("<title>Welder</title>", `<div><a href="/"><img src="/logo.png" alt="bolt & co. | Metalwork for Mission-Critical Builds"></a></div><h1>Welder</h1><p>Night shifts.</p>`);
    expect(parse(html).company).toMatch(/^bolt & co\.?$/);
  });

  it("application-name stands in for og:site_name", () => {
    const html = page(`<title>Welder</title><meta name="application-name" content="Brasswick Works">`, "<h1>Welder</h1><p>Night shifts.</p>");
    expect(parse(html).company).toBe("Brasswick Works");
  });

  it("the logo's alt text, read before the banner goes", () => {
    const html = page("<title>Welder</title>", `<header><a href="/"><img src="/brand.svg" alt="Brasswick Works logo"></a></header><main><h1>Welder</h1><p>Night shifts.</p></main>`);
    expect(parse(html).company).toBe("Brasswick Works");
  });

  it("a JSON-LD Organization, alone or as a WebSite's publisher", () => {
    expect(organizationNameOf([`{"@type":"Organization","name":"Pellucid Labs"}`])).toBe("Pellucid Labs");
    expect(organizationNameOf([`{"@graph":[{"@type":"WebSite","publisher":{"@type":"Organization","name":"Pellucid Labs"}}]}`])).toBe("Pellucid Labs");
    expect(organizationNameOf([`{"@type":"BreadcrumbList"}`, "not json"])).toBeNull();
  });

  it("the footer's copyright holder, its name set in a link of its own", () => {
    const html = page("<title>Welder</title>", `<main><h1>Welder</h1><p>Night shifts.</p></main><footer><p>© 2024 <a href="/">Brasswick Works Ltd</a></p></footer>`);
    expect(parse(html).company).toBe("Brasswick Works Ltd");
  });

  it("a <title> that is only the site's name, when nothing else names the employer", () => {
    const role = (text: string) => ({ text, role: true });
    const other = (text: string) => ({ text, role: false });
    expect(loneTitleName("kelpworks", [other("Join us"), role("Job: iOS Engineer")])).toBe("kelpworks");
    expect(loneTitleName("Kelpworks", [other("Kelpworks"), role("iOS Engineer")])).toBe("Kelpworks");
    // The posting's own heading, a section's name, a jobs word, a role: no site name.
    expect(loneTitleName("Pastry Chef", [other("Pastry Chef")])).toBeNull();
    expect(loneTitleName("Job Description", [role("Web Developer")])).toBeNull();
    expect(loneTitleName("Careers", [role("Web Developer")])).toBeNull();
    expect(loneTitleName("Web Developer", [])).toBeNull();
    expect(loneTitleName("Web Developer | Kelpworks", [])).toBeNull();
  });

  it("of an og:title's two parts, the one naming no role", () => {
    expect(nameBesideRole("Customer Support Specialist - Brightmoor")).toBe("Brightmoor");
    expect(nameBesideRole("Backend Engineer - Senior Developer")).toBeNull();
    expect(nameBesideRole("Brightmoor")).toBeNull();
  });
});

describe("apply links of a careers page", () => {
  it("an Apply button that is a path on the site", () => {
    const html = page("<title>Welder</title>", `<main><h1>Welder</h1><p>Night shifts.</p><a class="btn" href="/apply?role=welder">Apply for this role</a></main>`);
    expect(parse(html).applyUrl).toBe("/apply?role=welder");
  });

  it("an in-page anchor or an e-mail address is no apply URL", () => {
    const html = page("<title>Welder</title>", `<main><h1>Welder</h1><a href="#form">Apply now</a><p><a href="mailto:jobs@brasswick.example">Apply by e-mail</a></p></main>`);
    expect(parse(html).applyUrl).toBeNull();
  });

  it("a saved page's e-mail link rewritten by Cloudflare is no apply URL", () => {
    const html = page("<title>Welder</title>", `<main><h1>Welder</h1><p>Night shifts.</p><a class="btn" href="../../cdn-cgi/l/email-protection.html#0369">Apply now</a></main>`);
    expect(parse(html).applyUrl).toBeNull();
  });

  it("an apply button in German", () => {
    const html = page("<title>Schweißer</title>", `<main><h1>Schweißer (m/w/d)</h1><p>Nachtschicht.</p><p><a href="/stellen/42/formular">Jetzt bewerben</a> oder <a href="/team">Team kennenlernen</a></p></main>`);
    expect(parse(html).applyUrl).toBe("/stellen/42/formular");
  });

  it("a link to an applicant-tracking host, whatever its text", () => {
    const html = page("<title>Welder</title>", `<main><h1>Welder</h1><p>Night shifts.</p><p>See <a href="https://brasswick.recruitee.com/o/welder">the full listing</a>.</p></main>`);
    expect(parse(html).applyUrl).toBe("https://brasswick.recruitee.com/o/welder");
  });
});

describe("sections a page heads without <h1>–<h6>", () => {
  it("a styled block naming a section is its label; <br> lines under it are its items", () => {
    const html = page(
      "<title>Welder</title>",
      `<h1>Welder</h1><div class="job-section-title">What you'll do</div><ul><li>Weld frames</li></ul>` +
        `<div class="job-section-title">What we're looking for</div><p>A welding ticket<br>Three years on the floor</p>`,
    );
    const p = parse(html);
    expect(p.responsibilities).toEqual(["Weld frames"]);
    expect(p.requirements).toEqual(["A welding ticket", "Three years on the floor"]);
  });

  it("a sentence in a block is no label, nor a block inside an item", () => {
    const html = page("<title>Welder</title>", `<h1>Welder</h1><h3>Requirements</h3><ul><li><div>You have a welding ticket.</div></li><li><div>Benefits</div></li></ul>`);
    expect(parse(html).requirements).toEqual(["You have a welding ticket.", "Benefits"]);
  });

  it("role=heading is a heading", () => {
    const html = page("<title>Welder</title>", `<h1>Welder</h1><div role="heading" aria-level="3">Benefits</div><ul><li>Paid overtime</li></ul>`);
    expect(parse(html).benefits).toEqual(["Paid overtime"]);
  });

  it("accordion toggles label their collapsed panels, which are read", () => {
    const html = page(
      "<title>Welder</title>",
      `<h1>Welder</h1><button aria-expanded="false" aria-controls="p1">Responsibilities</button><div id="p1" hidden><ul><li>Weld frames</li></ul></div>` +
        `<button aria-expanded="false" aria-controls="p2">Benefits</button><div id="p2" style="display:none"><ul><li>Paid overtime</li></ul></div>` +
        `<details><summary>Requirements</summary><ul><li>A welding ticket</li></ul></details>` +
        `<button aria-controls="menu">Menu</button><div id="menu" hidden><a href="/">Home</a></div><button>Apply</button>`,
    );
    const p = parse(html);
    expect(p.responsibilities).toEqual(["Weld frames"]);
    expect(p.benefits).toEqual(["Paid overtime"]);
    expect(p.requirements).toEqual(["A welding ticket"]);
    expect(buildHtmlDocument(html).text).not.toMatch(/Home|Apply|Menu/);
  });

  it("a hidden block right after a section's name is its collapsed panel; other hidden blocks stay out", () => {
    const html = page(
      "<title>Welder</title>",
      `<h1>Welder</h1><div class="acc"><div class="acc-head"><span>Requirements</span><i></i></div><div class="acc-body" aria-hidden="true"><ul><li>A welding ticket</li></ul></div></div>` +
        `<div class="promo">Sale</div><div hidden>Secret coupon</div>`,
    );
    expect(parse(html).requirements).toEqual(["A welding ticket"]);
    expect(buildHtmlDocument(html).text).not.toMatch(/coupon/);
  });

  it("a <span> that is its block's whole text names a section; one beside other text does not", () => {
    const alone = page("<title>Welder</title>", `<h1>Welder</h1><div><span>Benefits</span></div><p>Paid overtime</p>`);
    const beside = page("<title>Welder</title>", `<h1>Welder</h1><div>Ask about our <span>Benefits</span></div><p>Paid overtime</p>`);
    expect(parse(alone).benefits).toEqual(["Paid overtime"]);
    expect(parse(beside).benefits).toEqual([]);
  });

  it("a <section> of the posting's lists beside the <main> is read with it", () => {
    const html = page(
      "<title>Welder</title>",
      `<main><h1>Welder</h1><p>Night shifts in our Hull yard.</p></main><section><h3>Benefits</h3><ul><li>Paid overtime</li></ul></section><section><h3>Latest news</h3><p>We won a prize.</p></section>`,
    );
    const p = parse(html);
    expect(p.benefits).toEqual(["Paid overtime"]);
    expect(buildHtmlDocument(html).text).not.toMatch(/prize/);
  });
});

describe("a brand banner with nothing in the <title> to tell", () => {
  it("a first heading that is the whole <title> gives way to the next heading naming a role", () => {
    const html = page("<title>Tidewater Analytics</title>", "<h1>Tidewater Analytics</h1><p>Tide tables for harbours.</p><h2>Data Engineer</h2><p>Remote.</p>");
    expect(parse(html).title).toBe("Data Engineer");
  });

  it("a breadcrumb trail is no posting text", () => {
    const html = page("<title>Data Engineer</title>", `<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Careers</li></ol><h1>Data Engineer</h1><p>Remote.</p>`);
    expect(buildHtmlDocument(html).text).not.toMatch(/Home|Careers/);
  });
});

describe("pages laid out in tables, with labels and footers named the old way", () => {
  it("a table whose cell holds the posting's blocks is read as those blocks, not as one row of text", () => {
    const html = page(
      "<title>Line Cook</title>",
      `<table><tr><td><img src="logo.gif"></td></tr><tr><td><h1>Line Cook</h1><p>Our bistro seats forty.</p><p><b>Requirements:</b></p><ul><li>Two years on a grill station</li><li>Food hygiene certificate</li></ul></td></tr></table>`,
    );
    expect(parse(html).requirements).toEqual(["Two years on a grill station", "Food hygiene certificate"]);
  });

  it("a table of short cells stays a table", () => {
    const html = page("<title>Line Cook</title>", `<h1>Line Cook</h1><table><tr><th>Shift</th><th>Hours</th><th>Days</th></tr><tr><td>Early</td><td>6-14</td><td>Mon-Fri</td></tr></table>`);
    expect(buildHtmlDocument(html).text).toMatch(/\| Early \| 6-14 \| Mon-Fri \|/);
  });

  it("a <label for> of no control on the page is the page's text; one for a control is its caption", () => {
    const text = buildHtmlDocument(
      page("<title>Line Cook</title>", `<h1>Line Cook</h1><p><span><label for="form.duties">Duties</label></span><br><br><span>Prep vegetables<br>Clean the pass</span></p><label for="q">Search jobs</label><input id="q">`),
    ).text;
    expect(text).toMatch(/Duties/);
    expect(text).not.toMatch(/Search jobs/);
  });

  it("a block its class styles as a heading names a section by a phrase inside a longer label", () => {
    const html = page("<title>Line Cook</title>", `<h1>Line Cook</h1><p class="subtitle">What would make a perfect fit</p><ul><li>You like early starts</li></ul>`);
    expect(parse(html).requirements).toEqual(["You like early starts"]);
  });

  it("a block whose id or class names the footer is no posting text, outside the posting's <section>", () => {
    const html = page(
      "<title>Line Cook</title>",
      `<h1>Line Cook</h1><p><b>Requirements:</b></p><p>Two years on a grill station.</p><div id="footer"><ul><li>Our restaurants</li><li>© 2010 Bistro Group, All Rights Reserved</li></ul></div>`,
    );
    expect(parse(html).requirements).toEqual(["Two years on a grill station."]);
  });
});
