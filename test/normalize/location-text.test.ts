// parseLocationText (SPEC §1 "location"): one location statement → countries, regions, cities, workplace.
import { describe, expect, it } from "vitest";
import { parseLocationText } from "../../src/normalize/location-text.js";
import { foldPlace } from "../../src/normalize/fold.js";

describe("parseLocationText", () => {
  it.each([
    ["remote,India - Remote", "remote", ["IN"], [], []],
    ["Remote, Massachusetts - Boston", "remote", ["US"], [], ["Boston"]],
    ["Remote (U.S.)", "remote", ["US"], [], []],
    // Two spellings of one city are one city, kept as first written.
    ["Bangalore / Bengaluru, India", null, ["IN"], [], ["Bangalore"]],
    ["Remote - Hungary", "remote", ["HU"], [], []],
    ["UK", null, ["GB"], [], []],
    ["Anywhere (LATAM)", "remote", [], ["LATAM"], []],
    ["Remote-GLOBAL", "remote", [], ["Worldwide"], []],
    ["Anywhere in the World", "remote", [], ["Worldwide"], []],
    ["European Union", null, [], ["Europe"], []],
    ["Remote; European & US East Coast time-zones", "remote", ["US"], ["Europe"], []],
    ["Remote-Africa & Middle East", "remote", [], ["Africa", "Middle East"], []],
    ["Remote - USA/ Canada", "remote", ["US", "CA"], [], []],
    ["Remote - USA, CAN, MEX", "remote", ["US", "CA", "MX"], [], []],
    ["Remote (US) or San Francisco Bay Area", "remote", ["US"], [], ["San Francisco"]],
    ["San Francisco, CA or Remote (USA)", "remote", ["US"], [], ["San Francisco"]],
    ["Remote,Palo Alto, CA", "remote", ["US"], [], ["Palo Alto"]],
    // A hyphenated French commune is one name, hyphens kept; a known city inside it is no place of its own.
    ["Remote,Cesson-Sévigné, France", "remote", ["FR"], [], ["Cesson-Sévigné"]],
    ["Remote,Fos-sur-Mer, France", "remote", ["FR"], [], ["Fos-sur-Mer"]],
    ["Remote,Villeneuve-d'Ascq, France", "remote", ["FR"], [], ["Villeneuve-d'Ascq"]],
    ["Remote,Saint-Paul-lez-Durance, France", "remote", ["FR"], [], ["Saint-Paul-lez-Durance"]],
    ["Remote,Chambray-lès-Tours, France", "remote", ["FR"], [], ["Chambray-lès-Tours"]],
    ["Hybrid or Remote", "remote", [], [], []],
    ["San Francisco-Hybrid", "hybrid", ["US"], [], ["San Francisco"]],
    ["Utrecht, Netherlands (Hybrid Tue/Thu)", "hybrid", ["NL"], [], ["Utrecht"]],
    ["ONSITE", "onsite", [], [], []],
    ["New York City", null, ["US"], [], ["New York"]],
    ["remote,Kraków, Poland", "remote", ["PL"], [], ["Kraków"]],
    ["remote,Krakow", "remote", ["PL"], [], ["Kraków"]],
    ["Remote,Englewood Cliffs, NEW JERSEY", "remote", ["US"], [], ["Englewood Cliffs"]],
    ["remote,Oregon - Bend", "remote", ["US"], [], ["Bend"]],
    ["Bengaluru, IN", null, ["IN"], [], ["Bengaluru"]],
    ["London, Ontario", null, ["CA"], [], ["London"]],
    // A city named with another country's state is that state's city of the same name.
    ["Burlington, Vermont or remote", "remote", ["US"], [], ["Burlington"]],
    ["Cambridge, MA", null, ["US"], [], ["Cambridge"]],
    // A US state after a comma makes a town the gazetteer lacks American, not its foreign namesake.
    ["San Carlos, CA | Hybrid", "hybrid", ["US"], [], ["San Carlos"]],
    ["Santa Cruz, CA", null, ["US"], [], ["Santa Cruz"]],
    ["Atlanta, Georgia", null, ["US"], [], ["Atlanta"]],
    ["Georgia", null, ["GE"], [], []],
    ["Birmingham, Bristol or Newcastle", null, ["GB"], [], ["Birmingham", "Bristol", "Newcastle"]],
    ["Remote - EST", "remote", [], [], []],
    // A state's code after a city of its country is its state, with or without a comma.
    ["Seattle, WA", null, ["US"], [], ["Seattle"]],
    ["Cleveland OH | Onsite", "onsite", ["US"], [], ["Cleveland"]],
    ["Perth, WA", null, ["AU"], [], ["Perth"]],
    ["remote,Vancouver, CA", "remote", ["CA"], [], ["Vancouver"]],
    // A lone NY is the city; after a city, or among state codes, it is the state.
    ["London / NY / Remote", "remote", ["GB", "US"], [], ["London", "New York"]],
    ["Albany, NY", null, ["US"], [], ["Albany"]],
    ["Remote (US – NY, TX, MA only)", "remote", ["US"], [], []],
    ["NYC, SF, LA", null, ["US"], [], ["New York", "San Francisco", "Los Angeles"]],
    ["New York, NY OR US-Remote", "remote", ["US"], [], ["New York"]],
    ["Remote-UK&I", "remote", ["GB"], [], []],
    ["Remote (Moscow timezone, UTC+3)", "remote", [], [], []],
    ["remote,USA timezones", "remote", ["US"], [], []],
    // Remote days of a week are hybrid work; a remote alternative beside them is still remote.
    ["Amsterdam | Onsite (2 days remote OK)", "hybrid", ["NL"], [], ["Amsterdam"]],
    ["London, UK | ONSITE+PART REMOTE", "hybrid", ["GB"], [], ["London"]],
    ["80% in-office / 20% WFH, Shelburne office", "hybrid", [], [], []],
    ["Troy, NY", null, ["US"], [], ["Troy"]],
    ["Hybrid (2 days remote, 3 days in Boston)", "hybrid", ["US"], [], ["Boston"]],
    ["Remote (US) or Onsite (2 days remote OK)", "remote", ["US"], [], []],
  ])("%j", (text, workplace, countries, regions, cities) => {
    const parsed = parseLocationText(text);
    expect(parsed.workplace).toBe(workplace);
    expect(parsed.countries).toEqual(countries);
    expect(parsed.regions).toEqual(regions);
    expect(parsed.cities).toEqual(cities);
  });

  it.each([
    ["CA", ["CA"]],
    ["US", ["US"]],
  ] as const)("a lone 'Remote, CA' follows the document's hint %s", (hint, countries) => {
    expect(parseLocationText("Remote, CA", { ambiguousCa: hint }).countries).toEqual(countries);
  });

  it.each([
    ["based in the US or Canada and have five years", ["US", "CA"]],
    ["Germany, working with clients in France", ["DE"]],
  ])("stops at the first non-place word in prose: %j", (text, countries) => {
    expect(parseLocationText(text, { stopAtUnknown: true }).countries).toEqual(countries);
  });

  // An unknown city before ", <state|country>" is the capitalised name after the line's last "in"/"at",
  // not the whole phrase; lower-case words after the preposition leave it unread.
  it.each([
    ["Office in Bend, OR", ["US"], ["Bend"]],
    ["Our office in Shelburne, Vermont", ["US"], ["Shelburne"]],
    ["Our office in downtown Shelburne, Vermont", ["US"], []],
    ["Escritório em Garanhuns, Pernambuco", ["BR"], ["Garanhuns"]],
    ["Work at Mechelen, Belgium", ["BE"], ["Mechelen"]],
    ["Must live in the Pacific Northwest, USA", ["US"], []],
    ["Office Bend, OR", ["US"], []],
  ])("a city after a preposition: %j", (text, countries, cities) => {
    const p = parseLocationText(text);
    expect({ countries: p.countries, cities: p.cities }).toEqual({ countries, cities });
  });

  it("counts words that are neither places nor filler", () => {
    expect(parseLocationText("Senior Engineer").unknownWords).toBe(2);
    expect(parseLocationText("Remote within the US only").unknownWords).toBe(0);
  });

  // Its time is measured by scripts/hostile.mjs; here, what comes out of it.
  it("reads a huge hostile line as remote, with no place", () => {
    expect(parseLocationText("Remote, ".repeat(30_000) + "a-".repeat(50_000))).toMatchObject({ workplace: "remote", countries: [], regions: [], cities: [] });
  });
});

describe("foldPlace", () => {
  it.each([
    ["Kraków", "krakow"],
    ["U.S.", "us"],
    ["Cluj-Napoca", "cluj napoca"],
    ["Łódź", "lodz"],
    ["St. Louis", "st louis"],
  ])("%s → %s", (text, folded) => {
    expect(foldPlace(text)).toBe(folded);
  });
});

describe("parseLocationText: places written the local way", () => {
  it.each([
    ["München", "de", ["DE"], ["München"]],
    ["München", undefined, ["DE"], ["Munich"]],
    ["Remote, Ciudad de México, Mexico", "en", ["MX"], ["Mexico City"]],
    ["Ciudad de México", "es", ["MX"], ["Ciudad de México"]],
    ["Lisboa, Portugal", "pt", ["PT"], ["Lisboa"]],
    ["Munich, Germany", undefined, ["DE"], ["Munich"]],
    ["Remoto, Brasil", "pt", ["BR"], []],
    ["Trabajo desde Alemania o España", "es", ["DE", "ES"], []],
    ["Deutschland, Österreich, Schweiz", "de", ["DE", "AT", "CH"], []],
    ["Télétravail depuis l'Espagne", "fr", [], []],
    ["Espagne", "fr", ["ES"], []],
    // A country in another language's words is not read in an English line ("Island" is Iceland in German)…
    ["Island", "en", [], []],
    // …but a country's own name for itself is read in any line.
    ["Brasil", "en", ["BR"], []],
    ["Remote - Deutschland", undefined, ["DE"], []],
    ["Belo Horizonte, MG", undefined, ["BR"], ["Belo Horizonte"]],
    ["São Paulo/SP - Vila Olímpia", undefined, ["BR"], ["São Paulo"]],
    ["Centro de SP", "pt", ["BR"], []],
    ["Madrid, ES", undefined, ["ES"], ["Madrid"]],
    // Swiss cantons after a Swiss place, not France or Belgium; a metropolitan area is its city.
    ["Zürich, ZH", "de", ["CH"], ["Zürich"]],
    ["Bern, BE", "de", ["CH"], ["Bern"]],
    ["Lausanne VD", "fr", ["CH"], ["Lausanne"]],
    ["Großraum München", "de", ["DE"], ["München"]],
    ["Grande Lisboa", "pt", ["PT"], ["Lisboa"]],
    ["Grande Prairie, AB", "en", ["CA"], ["Grande Prairie"]],
  ])("%s (%s)", (text, language, countries, cities) => {
    const parsed = parseLocationText(text, { language });
    expect({ countries: parsed.countries, cities: parsed.cities }).toEqual({ countries, cities });
  });
});
