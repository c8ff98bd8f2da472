// table: fits the terminal width, cuts with an ellipsis, colours only when asked.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { fit, locationCell, salaryCell, tableFormatter } from "../../src/format/table.js";
import { makePosting, memorySink } from "./posting.js";

// An ANSI colour escape.
const ANSI_RE = /\x1b\[[\d;]*m/g;

function table(postings = [makePosting()], options: { color?: boolean; columns?: number; fields?: string[] } = {}) {
  const sink = memorySink();
  const f = tableFormatter(sink, { color: options.color ?? false, columns: options.columns, fields: options.fields });
  for (const p of postings) f.write(p);
  f.end();
  return sink.text();
}

describe("table", () => {
  const long = makePosting({ title: "Senior Staff Principal Distributed Systems Engineer, Payments Infrastructure (EMEA)", company: "株式会社メルカリ Mercari" });

  it.each([60, 80, 120])("every line fits %i columns, wide characters included", (columns) => {
    const lines = table([long, makePosting()], { columns }).split("\n").filter(Boolean);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
    expect(lines[1]).toContain("…");
  });

  it("shows title, company, location, salary and the number of requirements, then a summary", () => {
    const lines = table([makePosting(), makePosting({ salary: null })]).split("\n");
    expect(lines[0]).toMatch(/^TITLE +COMPANY +LOCATION +SALARY +REQ$/);
    expect(lines[1]).toMatch(/^Backend Engineer +Deel +remote · LATAM +USD 120K–150K\/yr +2$/);
    expect(lines[3]).toBe("2 postings, 1 with a salary");
  });

  it("colours only when asked", () => {
    expect(table()).not.toMatch(ANSI_RE);
    const coloured = table([makePosting()], { color: true });
    expect(coloured).toMatch(ANSI_RE);
    expect(coloured.replace(ANSI_RE, "")).toBe(table());
  });

  it("--fields replaces the columns", () => {
    expect(table([makePosting()], { fields: ["file", "skills"] }).split("\n")[1]).toMatch(/^posts\/a\.md +Go; PostgreSQL/);
  });
});

describe("cells", () => {
  it.each([
    [{ min: 120000, max: 150000, currency: "USD", period: "year" as const }, "USD 120K–150K/yr"],
    [{ min: 50, max: 50, currency: "EUR", period: "hour" as const }, "EUR 50/h"],
    [{ min: null, max: 90000, currency: "GBP", period: null }, "GBP ≤90K"],
    [{ min: 70000, max: null, currency: null, period: null }, "≥70K"],
  ])("salary %j → %s", (s, text) => {
    expect(salaryCell(makePosting({ salary: { ...s, raw: "" } }))).toBe(text);
  });
  it("location: workplace, then places, else the raw text", () => {
    expect(locationCell(makePosting())).toBe("remote · LATAM");
    expect(locationCell(makePosting({ location: { raw: "Somewhere", workplace: null, countries: [], regions: [], cities: [] } }))).toBe("Somewhere");
  });
  it("fit pads and cuts by display width", () => {
    expect(fit("ab", 4)).toBe("ab  ");
    expect(fit("ab", 4, "right")).toBe("  ab");
    expect(fit("日本語テキスト", 6)).toBe("日本… ");
    expect(stringWidth(fit("日本語テキスト", 6))).toBeLessThanOrEqual(6);
  });
});
