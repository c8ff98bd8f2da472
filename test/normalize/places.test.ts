// normalize/places.ts and cities.ts: the generated lookup keys of cities and subdivisions are exactly what
// foldPlace makes of its names (scripts/gen-places.mjs folds them so start-up need not), and a
// key looked up before and after its meanings are made gives the same answer.
import { describe, expect, it } from "vitest";
import { CITY_KEYS, CITY_ROWS, SUBDIVISION_KEYS, SUBDIVISION_ROWS } from "../../src/normalize/data/places.generated.js";
import { foldPlace } from "../../src/normalize/fold.js";
import { placeMeanings } from "../../src/normalize/places.js";

describe("place index", () => {
  it("has one generated key per gazetteer city and subdivision, its folded name", () => {
    for (const [rows, keys] of [[CITY_ROWS, CITY_KEYS], [SUBDIVISION_ROWS, SUBDIVISION_KEYS]]) {
      const names = rows.split(";").map((row) => row.split("|")[0]);
      expect(keys.split(";")).toEqual(names.map(foldPlace));
    }
  });

  it("puts named places before gazetteer cities, most populous first, and answers the same twice", () => {
    const georgia = placeMeanings("georgia");
    expect(georgia?.map((m) => m.kind)).toEqual(["country", "subdivision"]);
    const london = placeMeanings("london");
    expect(london?.[0]).toMatchObject({ kind: "city", city: "London", countries: ["GB"] });
    expect(london?.map((m) => m.countries[0])).toContain("CA");
    expect(placeMeanings("london")).toEqual(london);
    expect(placeMeanings("sao paulo")?.map((m) => [m.kind, m.city])).toEqual([["subdivision", undefined], ["city", "São Paulo"]]);
    expect(placeMeanings("remote")).toBeUndefined();
    expect(placeMeanings("no such place")).toBeUndefined();
  });
});
