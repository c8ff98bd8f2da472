// json, ndjson and csv: shape of the output, streaming, and that no value is changed.
import { describe, expect, it } from "vitest";
import { createFormatter, FORMAT_NAMES } from "../../src/format/index.js";
import { FIELD_PATHS, cellText, unknownFields, valueAt } from "../../src/format/fields.js";
import { makePosting, memorySink } from "./posting.js";

const a = makePosting();
const b = makePosting({ file: "b.md", title: 'Engineer, "Platform"\nteam', salary: null, experienceYears: null });

describe("json", () => {
  it("is one array that parses back to the postings", async () => {
    const sink = memorySink();
    const f = await createFormatter("json", sink, { color: false });
    f.write(a);
    f.write(b);
    f.end();
    expect(JSON.parse(sink.text())).toEqual([a, b]);
  });
  it("is [] with no postings", async () => {
    const sink = memorySink();
    (await createFormatter("json", sink, { color: false })).end();
    expect(sink.text()).toBe("[]\n");
  });
});

describe("ndjson", () => {
  it("writes each posting as one line as soon as it comes", async () => {
    const sink = memorySink();
    const f = await createFormatter("ndjson", sink, { color: false });
    f.write(a);
    expect(sink.text()).toBe(JSON.stringify(a) + "\n");
    f.write(b);
    f.end();
    expect(sink.text().split("\n").filter(Boolean).map((l) => JSON.parse(l))).toEqual([a, b]);
  });
});

describe("csv", () => {
  async function rows(fields?: string[]) {
    const sink = memorySink();
    const f = await createFormatter("csv", sink, { color: false, fields });
    f.write(a);
    f.write(b);
    f.end();
    return sink.text();
  }
  it("has a header row and one row per posting, CRLF, quoting commas, quotes and newlines", async () => {
    expect(await rows(["file", "title", "salary.min", "requirements"])).toBe(
      "file,title,salary.min,requirements\r\n" + "posts/a.md,Backend Engineer,120000,Go; SQL\r\n" + 'b.md,"Engineer, ""Platform""\nteam",,Go; SQL\r\n',
    );
  });
  it("default columns cover every scalar and list of a posting", async () => {
    const header = (await rows()).split("\r\n")[0].split(",");
    for (const f of ["title", "company", "location.countries", "salary.currency", "experienceYears.min", "skills", "warnings"]) expect(header).toContain(f);
  });
});

describe("fields", () => {
  it("knows every dotted path of the schema, and nothing else", () => {
    expect(FIELD_PATHS).toContain("salary.period");
    expect(FIELD_PATHS).toContain("location.workplace");
    expect(unknownFields(["title", "salary.min", "pay", "location.x"])).toEqual(["pay", "location.x"]);
  });
  it("reads nested values and null parents as undefined", () => {
    expect(valueAt(a, "salary.max")).toBe(150000);
    expect(valueAt(b, "salary.max")).toBeUndefined();
  });
  it("turns values into cells: null empty, lists joined, objects as JSON", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(["a", "b"])).toBe("a; b");
    expect(cellText({ min: 5, max: null })).toBe('{"min":5,"max":null}');
    expect(cellText(0)).toBe("0");
  });
  it("every format name builds a formatter (each is loaded on demand)", async () => {
    expect(FORMAT_NAMES.sort()).toEqual(["csv", "json", "jsonld", "jsonld-script", "ndjson", "table"]);
    for (const name of FORMAT_NAMES) expect(typeof (await createFormatter(name, memorySink(), { color: false })).write).toBe("function");
  });
});
