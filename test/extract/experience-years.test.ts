// experienceYears (SPEC §1): the largest minimum years statement in the requirements, with its own max.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractExperienceYears } from "../../src/extract/experience-years.js";

const years = (requirements: string[], md = "# T\n") => extractExperienceYears(buildDocument(md), { requirements }).value;

describe("experienceYears", () => {
  it.each<[string[], { min: number; max: number | null } | null]>([
    [["5+ years of experience as a Back-End Engineer"], { min: 5, max: null }],
    [["At least 3 years of professional experience"], { min: 3, max: null }],
    [["3-5 years of strong technical experience"], { min: 3, max: 5 }],
    // Years of an interest are not years of work.
    [["0-3 years of professional experience in software, and 5+ years of curiosity exploring computers"], { min: 0, max: 3 }],
    // A team's years together are not what the job asks for.
    [["Founded by a team with 20+ years of combined experience; you bring 8 years of experience"], { min: 8, max: null }],
    [["2 - 5 years of related experience."], { min: 2, max: 5 }],
    [["Minimum of four years in a similar role"], { min: 4, max: null }],
    [["Three (3) years of experience with Java"], { min: 3, max: null }],
    [["Two or more years of professional design experience."], { min: 2, max: null }],
    [["8+ years of experience", "4+ years on a mobile team", "2+ years of React Native"], { min: 8, max: null }],
    [["1-2 years of Kubernetes", "2-3 years of Go"], { min: 2, max: 3 }],
    [["2+ years of experience in QA with at least 1 year of test automation"], { min: 2, max: null }],
    [["5-8+ years related professional experience"], { min: 5, max: null }],
    [["2 X Fullstack Engineer (5+ YOE)", "Senior SRE (10+ YOE)"], { min: 10, max: null }],
    [["You have several years (5+) of experience writing production code"], { min: 5, max: null }],
    [["Expérience de 4 ans minimum en développement"], { min: 4, max: null }],
    [["Almeno 3 anni di esperienza con Python"], { min: 3, max: null }],
    [["Mindestens 4 Jahre Berufserfahrung in der Backend-Entwicklung"], { min: 4, max: null }],
    [["2-5 Jahren Erfahrung mit Java"], { min: 2, max: 5 }],
    [["At least 5+ years running Linux services"], { min: 5, max: null }],
    // "between … and …" is a range in each language; a bare "and" between figures is not.
    [["Between 5 and 10 years of backend experience"], { min: 5, max: 10 }],
    [["Zwischen 3 und 5 Jahren Berufserfahrung"], { min: 3, max: 5 }],
    [["Entre 3 et 5 ans d'expérience"], { min: 3, max: 5 }],
    [["Python 3 and 5+ years of experience"], { min: 5, max: null }],
    [["Orchestrate projects with 20+ teams"], null],
    [["4+ months paid parental leave"], null],
    [["We were founded 10 years ago"], null],
    [["Significant experience as a Backend Engineer"], null],
    [[], null],
  ])("%j → %j", (requirements, expected) => {
    expect(years(requirements)).toEqual(expected);
  });

  it("with no requirements, takes the nice-to-haves' years, else the body's lines about experience", () => {
    const md = "# T\n\n- 5+ years of software engineering experience\n- Nice-to-have: payments\n";
    expect(extractExperienceYears(buildDocument(md), { requirements: [], niceToHave: ["payments"] }).value).toEqual({ min: 5, max: null });
    expect(extractExperienceYears(buildDocument(md), { requirements: [], niceToHave: ["2+ years of Go"] }).value).toEqual({ min: 2, max: null });
  });

  it("reads an Experience field beside the requirements", () => {
    expect(years(["5+ years of Python"], "# T\n\nExperience : 8 to 13 Years\n")).toEqual({ min: 8, max: 13 });
  });

  it("requirements that state no years leave them to the sentence about whom the job seeks", () => {
    const md = "# T\n\nWe are looking to add engineers with at least 1 – 5 years of experience.\n\nOur team has 20 years of experience.\n";
    expect(years(["A degree in computer science"], md)).toEqual({ min: 1, max: 5 });
    // The company's own years are no requirement.
    expect(years(["A degree in computer science"], "# T\n\nOur team has 20 years of experience.\n")).toBeNull();
  });

  it("reads a bare number under an experience key as its years", () => {
    expect(years(["PHP"], "---\ntitle: Développeur\nexperience: 4\n---\n\nTexte.\n")).toEqual({ min: 4, max: null });
  });

  it("in pt/es/de/fr too, a sentence about whom the job seeks gives the years beside requirements that state none", () => {
    expect(years(["Python"], "# T\n\nEstamos buscando personas con experiencia entre 5 y 10 años.\n")).toEqual({ min: 5, max: 10 });
    expect(years(["PHP"], "# T\n\nOn attend un⋅e candidat⋅e ayant 2 ans d’expérience minimum.\n")).toEqual({ min: 2, max: null });
  });

  it("with no requirements list, reads body lines about experience only", () => {
    expect(years([], "# T\n\nWe need 4+ years of experience with Rust.\n\nFounded 12 years back.\n")).toEqual({ min: 4, max: null });
  });
});

describe("experienceYears in pt/es/de/fr", () => {
  it.each([
    [["Entre 2 e 4 anos de experiência com Java"], { min: 2, max: 4 }],
    [["Tener 1 o 2 años de experiencia"], { min: 1, max: 2 }],
    [["Mindestens 3 Jahre Berufserfahrung"], { min: 3, max: null }],
    [["Vous avez une expérience de 1 an minimum en PHP"], { min: 1, max: null }],
    [["Au moins 5 ans d'expérience"], { min: 5, max: null }],
    [["5 années d’expérience professionnelle sur des sujets en lien avec les logiciels libres"], { min: 5, max: null }],
    // A degree's "Bac + 2 à 5" names no years.
    [["Formation Bac + 2 à 5 en informatique"], null],
  ])("%j → %j", (requirements, expected) => {
    expect(years(requirements)).toEqual(expected);
  });
});

describe("experienceYears: years of study are no experience", () => {
  it.each([[["Au minimum 2 ans d’étude en programmation"]], [["4 anos de faculdade em computação"]]])("%j → null", (requirements) => {
    expect(years(requirements)).toBeNull();
  });
});

describe("experienceYears with only preferred qualifications", () => {
  it("reads them when the posting lists no requirements", () => {
    expect(extractExperienceYears(buildDocument("# T\n"), { requirements: [], niceToHave: ["2+ years working in UX / UI design"] }).value).toEqual({ min: 2, max: null });
  });
});
