// location (SPEC §1): a place given under a label or heading in the posting's language.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractLocation } from "../../src/extract/location.js";

describe("location under a label in other languages", () => {
  it.each([
    ["heading, value below", "# Dev Backend\n\n## Local\n\nRemoto ou presencial em Curitiba - PR\n\n## Benefícios\n\n- VR\n", "pt", { workplace: "remote", countries: ["BR"], cities: ["Curitiba"] }],
    ["bold label, value below", "# Dev\n\n**Lugar**\n\nPresencial en Santiago, Chile\n", "es", { workplace: "onsite", countries: ["CL"], cities: ["Santiago"] }],
    ["bare label line, value on the next", "# Dev\n\nLocal\nEscritório no Recife\n", "pt", { workplace: null, countries: ["BR"], cities: ["Recife"] }],
    ["label with an accented key", "# Dev\n\nLocalização: Porto Alegre\n", "pt", { workplace: null, countries: ["BR"], cities: ["Porto Alegre"] }],
    ["French spaced colon in an item", "# Dev\n\n- Contrat : CDI\n- Localisation : Bordeaux\n", "fr", { workplace: null, countries: ["FR"], cities: ["Bordeaux"] }],
    ["bold German label line", "# Dev\n\n**Standort: Hamburg oder Homeoffice**\n", "de", { workplace: "remote", countries: ["DE"], cities: ["Hamburg"] }],
    // The office's address is where the job is.
    ["French address label, value below", "# Dev\n\n**Adresse**\n\nCampus de Beaulieu, Rennes\n", "fr", { workplace: null, countries: ["FR"], cities: ["Rennes"] }],
    // A workplace label alone: a template's tag list under it states the workplace.
    ["workplace label over its tag", "# Dev\n\n## Local\n\n[CURITIBA] [PR]\n\n#### Alocação\n\n- Híbrido\n", "pt", { workplace: "hybrid", countries: ["BR"], cities: ["Curitiba"] }],
    ["Portuguese 'no' is 'in the', not an exclusion", "# Dev\n\n## Local de trabalho\n\n- Híbrido. Escritório no Rio de Janeiro\n", "pt", { workplace: "hybrid", countries: ["BR"], cities: ["Rio de Janeiro"] }],
  ])("%s", (_name, text, language, expected) => {
    const value = extractLocation(buildDocument(text), { language }).value;
    expect({ workplace: value.workplace, countries: value.countries, cities: value.cities }).toEqual(expected);
  });

  it.each([
    ["# [São Paulo/SP] Desenvolvedor PHP na Acme\n\nTexto.\n", { workplace: null, countries: ["BR"], cities: ["São Paulo"] }],
    ["# [REMOTO] Desenvolvedor React Pleno\n\nTexto.\n", { workplace: "remote", countries: [], cities: [] }],
    ["# Acme recrute un développeur web à Toulouse\n\nTexte.\n", { workplace: null, countries: ["FR"], cities: ["Toulouse"] }],
    ["# Backend Engineer in Austin\n\nText.\n", { workplace: null, countries: ["US"], cities: ["Austin"] }],
    // A company after "en"/"na" is not a place.
    ["# Práctica profesional en Platanus\n\nTexto.\n", { workplace: null, countries: [], cities: [] }],
    ["# [Acme] Desenvolvedor Android\n\nTexto.\n", { workplace: null, countries: [], cities: [] }],
  ])("title place: %s", (text, expected) => {
    const value = extractLocation(buildDocument(text), {}).value;
    expect({ workplace: value.workplace, countries: value.countries, cities: value.cities }).toEqual(expected);
  });

  it("a region word inside a building's name is not a place", () => {
    const value = extractLocation(buildDocument("# Dev\n\n**Local**\nAmericas Avenue Business Center\n"), { language: "pt" }).value;
    expect(value.regions).toEqual([]);
  });

  it("an English 'no' still excludes", () => {
    const value = extractLocation(buildDocument("# Dev\n\nLocation: Remote, no US\n"), { language: "en" }).value;
    expect(value.countries).toEqual([]);
  });
});
