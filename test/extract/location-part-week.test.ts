// location (SPEC §1): some home or office days a week, and a title's separated parts, in other languages.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractLocation } from "../../src/extract/location.js";

const read = (text: string, language?: string) => {
  const value = extractLocation(buildDocument(text), language ? { language } : {}).value;
  return { workplace: value.workplace, countries: value.countries, cities: value.cities };
};

describe("a count of home or office days a week is hybrid work", () => {
  it.each([
    ["German label, home days", "# Dev\n\nStandort: Leipzig, 2 Tage Homeoffice pro Woche\n", "de", { workplace: "hybrid", countries: ["DE"], cities: ["Leipzig"] }],
    ["French label, remote days", "# Dev\n\nLieu : Nantes (44) - 3 jours de télétravail par semaine\n", "fr", { workplace: "hybrid", countries: ["FR"], cities: ["Nantes"] }],
    ["Portuguese, office days", "# Dev\n\nLocal: Curitiba, remoto com 2 a 3 dias no escritório\n", "pt", { workplace: "hybrid", countries: ["BR"], cities: ["Curitiba"] }],
    ["German prose, the mode before the count", "# Dev\n\nDie Stelle ist in Kiel angesiedelt, mobiles Arbeiten ist bis zu 3 Tage pro Woche möglich.\n", "de", { workplace: "hybrid", countries: ["DE"], cities: ["Kiel"] }],
  ])("%s", (_name, text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    // A short working week is no office rule.
    ["Spanish working week", "# Dev\n\nTrabajo en remoto. Abiertos a medias jornadas o 4 días a la semana.\n", "es", "remote"],
    // Fully remote stated next to a count of days off.
    ["Portuguese fully remote", "# Dev\n\nLocal: 100% remoto, 1 dia de folga no aniversário\n", "pt", "remote"],
    // A visit a month is no working week.
    ["German monthly visit", "# Dev\n\nStandort: Homeoffice, 1 Tag pro Monat im Büro\n", "de", "remote"],
  ])("%s stays as stated", (_name, text, language, expected) => {
    expect(read(text, language).workplace).toBe(expected);
  });
});

describe("every separated part of a title is read for the place", () => {
  it.each([
    // The place before the contract type.
    ["# Développeur Full Stack (H/F) - Rouen - CDI\n\nTexte.\n", { workplace: null, countries: ["FR"], cities: ["Rouen"] }],
    // The place after a gender marker.
    ["# Backend Entwickler (m/w/d) Remote oder Bremen\n\nText.\n", { workplace: "remote", countries: ["DE"], cities: ["Bremen"] }],
    // A workplace in brackets and the place in a dashed part: both.
    ["# Desenvolvedor Backend - Campinas/SP (Híbrido)\n\nTexto.\n", { workplace: "hybrid", countries: ["BR"], cities: ["Campinas"] }],
    // A comma joins a city to its state; it does not split them.
    ["# Data Engineer (Python) Irvine, CA (hybrid)| Full Time\n\nText.\n", { workplace: "hybrid", countries: ["US"], cities: ["Irvine"] }],
    // A part that is not only a place is no place.
    ["# Backend Engineer - Platform Team - Payments\n\nText.\n", { workplace: null, countries: [], cities: [] }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
