// Families of pages seen on careers sites and job boards beyond the first ones read: a page that
// a web framework wraps whole in one <form>, a board whose <h1> is its own banner, a page listing
// several roles, a site named only by its domain, and pages written in Chinese.
import { describe, expect, it } from "vitest";
import { buildHtmlDocument } from "../../src/core/document.js";
import { parsePosting } from "../../src/index.js";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const parse = (html: string) => parsePosting(html, { file: "t.html" });

describe("a board page wrapped whole in a form", () => {
  const board = page(
    "<title>GradBoard > Garden Designer vacancy, posted on 02/03/2020</title>",
    `<form id="pageForm" action="./Vacancy.aspx"><input type="hidden" name="__STATE" value="xyz">` +
      `<div class="banner"><h1>GradBoard: Find Graduate Jobs and Placements</h1></div>` +
      `<div class="title">Garden Designer</div>` +
      `<div><b>Recruiter:</b> Fernleaf Ltd<br><b>Salary:</b> £12 p/hr to £16 p/hr<br><b>Location:</b> Leeds<br><b>Job type:</b> Fixed term contract<br></div>` +
      `<p>We plan small city gardens with our clients and need a second pair of hands for the season, drawing plans and ordering plants.</p>` +
      `<fieldset><legend>Job Type</legend><label for="c1">Internship</label><input id="c1" type="checkbox"></fieldset>` +
      `</form>`,
  );

  it("reads the form's text when it holds most of the page (its controls and their labels still go)", () => {
    const text = buildHtmlDocument(board).plainText;
    expect(text).toContain("Garden Designer");
    expect(text).not.toContain("Internship");
  });

  it("takes the title from the line the <title> names when the <h1> is the board's banner", () => {
    expect(parse(board).title).toBe("Garden Designer");
  });

  it("reads the fact block: advertiser, hourly range with p/hr, place, fixed-term contract", () => {
    const p = parse(board);
    expect(p.company).toBe("Fernleaf Ltd");
    expect(p.salary).toMatchObject({ min: 12, max: 16, currency: "GBP", period: "hour" });
    expect(p.location.cities).toEqual(["Leeds"]);
    expect(p.employmentType).toBe("temporary");
  });

  it("still drops a small form on a page (an application form beside the posting)", () => {
    const html = page(
      "<title>Support Engineer</title>",
      `<h1>Support Engineer</h1><p>You answer customers' questions about our billing software and write down what you learn for the next person.</p>` +
        `<form><h3>Send us your details</h3><label for="n">Name</label><input id="n"></form>`,
    );
    expect(buildHtmlDocument(html).plainText).not.toContain("Send us your details");
  });
});

describe("a signature's Recruiter: names a person, not the company", () => {
  it("is no company outside a block of job facts", () => {
    const p = parsePosting("# Data Analyst\n\nWe crunch numbers for bakeries.\n\nThanks for reading!\n\nRecruiter: Jane Roe\n", { file: "t.md" });
    expect(p.company).not.toBe("Jane Roe");
  });
});

describe("a page listing several roles", () => {
  it("has no title when no header names the roles", () => {
    const html = page(
      "<title>Jobs - Lindqvist Lab</title>",
      `<h1>Join Our Lab</h1><h3>Research Engineer</h3><h4>Requirements:</h4><ul><li>C++</li></ul>` +
        `<h3>Lab Technician</h3><h4>Requirements:</h4><ul><li>Pipetting</li></ul>`,
    );
    const p = parse(html);
    expect(p.title).toBeNull();
    expect(p.requirements).toEqual(["C++", "Pipetting"]);
  });

  it("reads roles named by title fields ('Job Title: …') the same way", () => {
    const html = page("", `<h1>Job Title: Site Reliability Engineer</h1><p><b>Requirements:</b></p><ul><li>Linux</li></ul><h1>Job Title: Copywriter</h1><p><b>Requirements:</b></p><ul><li>Prose</li></ul>`);
    expect(parse(html).title).toBeNull();
  });

  it("keeps the title of one role whose sections sit under sub-headings", () => {
    const html = page("", `<h1>Platform Engineer</h1><h2>Team</h2><h3>Requirements</h3><ul><li>Go</li></ul><h2>Day to day</h2><h3>Responsibilities</h3><ul><li>On-call</li></ul>`);
    expect(parse(html).title).toBe("Platform Engineer");
  });
});

describe("a site named by its domain", () => {
  it("gives way to the holder of the copyright notice", () => {
    const html = page(
      `<title>Software for people — Kestrel:works</title><meta property="og:site_name" content="kestrelworks.com.br">`,
      `<h2>Vaga para Suporte</h2><p>Atendemos clientes de todo o Brasil com calma e bom humor.</p><footer><p>© 2014 Kestrel:works</p></footer>`,
    );
    expect(parse(html).company).toBe("Kestrel:works");
  });
});

describe("a page laid out in sibling <article>s", () => {
  it("reads them all, not only the longest (a boilerplate notice)", () => {
    const html = page(
      "<title>Harbor Studio : QA Lead</title>",
      `<section class="top"><article><h2>QA Lead (Tulsa, OK)</h2><a href="https://apply.example/qa">Apply Now</a></article></section>` +
        `<section class="main"><article><h5>Responsibilities</h5><ul><li>Plan the test passes of each release</li></ul></article>` +
        `<article><h5>Qualifications</h5><ul><li>Four years of testing mobile apps</li></ul></article>` +
        `<article><h5>Equal Employment Opportunity</h5><p>${"Harbor Studio hires people of every background and treats every applicant the same way. ".repeat(6)}</p></article></section>`,
    );
    const p = parse(html);
    expect(p.title).toBe("QA Lead (Tulsa, OK)");
    expect(p.responsibilities).toEqual(["Plan the test passes of each release"]);
    expect(p.requirements).toEqual(["Four years of testing mobile apps"]);
  });
});

describe("a table of facts", () => {
  it("reads two-cell rows as Key: value fields", () => {
    const html = page(
      "<title>Backend Engineer</title>",
      `<h1>Backend Engineer</h1><p>We build route planning for couriers across the Baltics and want one more pair of hands on the server side.</p>` +
        `<table><tr><td>Location</td><td>Tallinn, Estonia</td></tr><tr><td>Salary</td><td>from 2500 up to 3500 EUR (gross)</td></tr><tr><td>Type of job</td><td>full-time</td></tr></table>`,
    );
    const p = parse(html);
    expect(p.location.cities).toEqual(["Tallinn"]);
    expect(p.salary).toMatchObject({ min: 2500, max: 3500, currency: "EUR" });
    expect(p.employmentType).toBe("full-time");
  });

  it("leaves a table of more columns as a table", () => {
    const html = page("", `<h1>Data Analyst</h1><table><tr><th>Team</th><th>City</th><th>Seats</th></tr><tr><td>Growth</td><td>Oslo</td><td>2</td></tr></table>`);
    expect(buildHtmlDocument(html).blocks.some((b) => b.kind === "row")).toBe(true);
  });
});

describe("a page in Chinese", () => {
  it("reads the hours and the engagement in Chinese words", () => {
    expect(parsePosting("# 前端工程师（全职）\n\n负责网页开发。\n", { file: "t.md" }).employmentType).toBe("full-time");
    expect(parsePosting("# 设计实习生\n\n参与产品设计。\n", { file: "t.md" }).employmentType).toBe("internship");
    expect(parsePosting("# 运营助理（兼职）\n\n整理资料。\n", { file: "t.md" }).employmentType).toBe("part-time");
  });

  it("reads education and work-history headings as requirements, the duties' scope as responsibilities", () => {
    const p = parsePosting("# 前端工程师\n\n## 职责范围:\n\n- 维护代码\n\n## 学历要求:\n\n- 计算机相关专业\n\n## 工作经历:\n\n- 2年以上前端开发经验\n", { file: "t.md" });
    expect(p.responsibilities).toEqual(["维护代码"]);
    expect(p.requirements).toEqual(["计算机相关专业", "2年以上前端开发经验"]);
    expect(p.experienceYears).toEqual({ min: 2, max: null });
  });

  const html = page(
    "<title>hexa</title>",
    `<h3>职位：后端工程师</h3><h5>地址：上海</h5><h5>职责：</h5><ul><li>设计和维护服务端接口；</li></ul>` +
      `<h5>要求：</h5><ul><li>3年以上 Go 开发经验；</li></ul><h5>优先条件：</h5><ul><li>熟悉 Kubernetes；</li></ul>` +
      `<h5>职位诱惑：</h5><p>弹性工作 年度旅游</p><h5>申请方式：</h5><p>jobs@hexa.example</p>`,
  );

  it("reads its section headings by meaning", () => {
    const p = parse(html);
    expect(p.responsibilities).toEqual(["设计和维护服务端接口；"]);
    expect(p.requirements).toEqual(["3年以上 Go 开发经验；"]);
    expect(p.niceToHave).toEqual(["熟悉 Kubernetes；"]);
    expect(p.benefits).toEqual(["弹性工作 年度旅游"]);
  });

  it("reads the address field's city and the years of experience", () => {
    const p = parse(html);
    expect(p.location).toMatchObject({ raw: "上海", countries: ["CN"], cities: ["Shanghai"] });
    expect(p.experienceYears).toEqual({ min: 3, max: null });
  });

  it("does not take a year of the calendar for years of experience", () => {
    const p = parsePosting("# 工程师\n\n## 任职要求\n\n- 2018年以后毕业，有开发经验\n", { file: "t.md" });
    expect(p.experienceYears).toBeNull();
  });
});
