// normalize/countries.ts: the country-name tables are made on first use, per language; the
// answers must not depend on which language or lookup came first.
import { describe, expect, it, vi } from "vitest";

/** A fresh copy of the module: nothing registered, no table made yet. */
const fresh = async () => {
  vi.resetModules();
  return import("../../src/normalize/countries.js");
};

describe("country names, made on first use", () => {
  it("reads a German name before any English table exists, and English names after", async () => {
    const c = await fresh();
    expect(c.localCountryCode("deutschland", "de")).toBe("DE");
    expect(c.localCountryCode("espagne", "fr")).toBe("ES");
    expect(c.countryByNameMap().get("germany")).toBe("DE");
    expect(c.localCountryCode("germany", "de")).toBeUndefined();
  });

  it("gives the same English table whichever lookup comes first", async () => {
    const first = await fresh();
    const english = [...first.countryByNameMap()];
    const second = await fresh();
    expect(second.localCountryCode("brasil", "pt")).toBe("BR");
    expect(second.countryFromCode("DEU")).toBe("DE");
    expect([...second.countryByNameMap()]).toEqual(english);
    expect(english.length).toBeGreaterThan(200);
  });

  it("reads no local names for a language without a table, nor for none", async () => {
    const c = await fresh();
    expect(c.localCountryCode("deutschland", "en")).toBeUndefined();
    expect(c.localCountryCode("deutschland", undefined)).toBeUndefined();
  });
});
