// Frontmatter (SPEC §1 "Input formats"): YAML and TOML, keys read by meaning in any language,
// nested values read as text.
import { describe, expect, it } from "vitest";
import { buildDocument, findField } from "../../src/core/document.js";
import { valueText } from "../../src/core/frontmatter.js";
import { frontmatterKeyMeaning } from "../../src/normalize/frontmatter-keys.js";

describe("frontmatter formats", () => {
  it("reads TOML between +++ fences", () => {
    const doc = buildDocument('+++\ntitle = "Platform Engineer"\nvacancies = 2\n+++\n\nWe build boats.\n');
    expect(doc.frontmatter).toEqual({ title: "Platform Engineer", vacancies: 2 });
  });
  it("reads YAML between --- fences", () => {
    expect(buildDocument("---\ntitle: Platform Engineer\n---\n\nText.\n").frontmatter).toEqual({ title: "Platform Engineer" });
  });
  it("gives up quietly on TOML it cannot parse", () => {
    expect(buildDocument("+++\ntitle = = broken\n+++\n\nText.\n").frontmatter).toBeNull();
  });
});

describe("keys by meaning", () => {
  it.each([
    ["source_url", "apply url"],
    ["externalURL", "apply url"],
    ["application_form", "apply url"],
    ["ciudad", "location"],
    ["Standort", "location"],
    ["cidade", "location"],
    ["lieu", "location"],
    ["contract", "employment type"],
    ["job_type", "employment type"],
    ["empresa", "company"],
    ["unternehmen", "company"],
    ["gehalt", "salary"],
    ["salario", "salary"],
    ["tags", null],
  ])("%s → %s", (key, meaning) => {
    expect(frontmatterKeyMeaning(key)).toBe(meaning);
  });

  it("adds the meaning's field beside the key as written", () => {
    const doc = buildDocument("---\nciudad: Madrid\nempresa: Acme\nsource_url: https://acme.example/jobs/1\n---\n\nText.\n");
    expect(findField(doc, ["location"])?.value).toBe("Madrid");
    expect(findField(doc, ["company"])?.value).toBe("Acme");
    expect(findField(doc, ["apply url"])?.value).toBe("https://acme.example/jobs/1");
  });
});

describe("nested values", () => {
  it.each([
    [{ country: "Portugal", city: "Lisboa" }, "location", "Lisboa, Portugal"],
    [["Berlin", "Munich"], "location", "Berlin; Munich"],
    [[{ city: "Austin" }, { city: "Denver" }], "location", "Austin; Denver"],
    [{ salaryLow: 90000, salaryHigh: 120000 }, "salary", "90000 - 120000"],
    [{ min: 50000, max: 60000, currency: "EUR" }, "salary", "50000 - 60000 EUR"],
    [{ name: "Acme GmbH" }, "company", "Acme GmbH"],
    [["a", "b"], null, ""],
  ])("%j as %s → %s", (value, meaning, text) => {
    expect(valueText(value, meaning)).toBe(text);
  });
});

describe("fields written as headings", () => {
  it("reads `### Key: value` headings as fields", () => {
    const doc = buildDocument("### Salary: £46,424 - £55,275\n### Location: Edinburgh\n\nText.\n");
    expect(findField(doc, ["location"])?.value).toBe("Edinburgh");
    expect(findField(doc, ["salary"])?.value).toBe("£46,424 - £55,275");
  });
});

describe("a salary written as two top-level keys", () => {
  it("reads remunerationMin / remunerationMax as one salary field", () => {
    const doc = buildDocument("---\ntitle: Développeur\nremunerationMin: 40000\nremunerationMax: 45000\n---\n\nTexte.\n");
    expect(findField(doc, ["salary"])?.value).toBe("40000 - 45000");
  });

  it("leaves keys whose stem means no salary alone", () => {
    const doc = buildDocument("---\ntitle: Développeur\nteamMin: 4\nteamMax: 8\n---\n\nTexte.\n");
    expect(findField(doc, ["salary"])).toBeUndefined();
  });
});
