// Workplace words in Portuguese, Spanish, German and French (SPEC §1 "location.workplace"):
// statement words and body phrases read from the per-language tables in normalize/workplace.ts.
import { describe, expect, it } from "vitest";
import { bodyWorkplace, statementWorkplace } from "../../src/normalize/workplace.js";
import { foldPlace } from "../../src/normalize/fold.js";

describe("statementWorkplace in other languages", () => {
  it.each([
    ["Remoto", "remote"],
    ["100% Remoto", "remote"],
    ["Trabajo remoto", "remote"],
    ["Berlin / Homeoffice", "remote"],
    ["Mobiles Arbeiten", "remote"],
    ["Télétravail", "remote"],
    ["Full remote", "remote"],
    ["Remoto ou Presencial em Belo Horizonte", "remote"],
    ["Híbrido, Curitiba", "hybrid"],
    ["Hybride (Nantes)", "hybrid"],
    ["Remoto - Parcial", "hybrid"],
    ["Bordeaux, télétravail partiel", "hybrid"],
    ["Presencial en Santiago", "onsite"],
    ["Vor Ort in Hamburg", "onsite"],
    ["Sur site à Lille", "onsite"],
    ["En présentiel", "onsite"],
    ["Kein Homeoffice, Leipzig", "onsite"],
    // Office days counted in the week are some days, not all.
    ["Bruxelles (Belgique), 3 jours sur site", "hybrid"],
    ["Presencial 2 dias por semana", "hybrid"],
    ["Porto Alegre", null],
  ])("%s → %s", (text, expected) => {
    expect(statementWorkplace(foldPlace(text))).toBe(expected);
  });
});

describe("bodyWorkplace in other languages", () => {
  it.each([
    ["A vaga é 100% remota, com encontros anuais.", "remote"],
    ["Ofrecemos trabajo remoto desde cualquier ciudad.", "remote"],
    ["Du arbeitest komplett remote aus ganz Deutschland.", "remote"],
    ["Poste en full remote, avec un séminaire par an.", "remote"],
    ["Trabalhamos em modelo híbrido, dois dias no escritório.", "hybrid"],
    ["Pas de full remote, mais deux jours de télétravail par semaine.", "hybrid"],
    ["Le télétravail est possible jusqu’à deux jours par semaine.", "hybrid"],
    ["Trabajamos con 2 días presenciales por semana en Monterrey.", "hybrid"],
    ["Vaga 100% presencial no centro.", "onsite"],
    // A perk, not how the whole job is worked.
    ["Flexible Arbeitszeiten und Homeoffice-Option.", null],
    ["Desenvolvimento de apps híbridos com Ionic.", null],
  ])("%s → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});

describe("body workplace phrases of the job's own sentences", () => {
  it.each([
    ["Ce poste est 100 % à distance.", "remote"],
    ["Auf Wunsch komplette Remote-Arbeit möglich.", "remote"],
    // The job's own sentences in pt/es/de/fr.
    ["A vaga é presencial, de segunda a sexta.", "onsite"],
    ["Trabalhe de qualquer lugar do Brasil.", "remote"],
    ["Puedes trabajar desde cualquier parte del país.", "remote"],
    ["El puesto es presencial en nuestras oficinas.", "onsite"],
    ["Du arbeitest ortsunabhängig.", "remote"],
    ["Die Tätigkeit ist vor Ort in unserem Büro.", "onsite"],
    ["Teilweise Homeoffice ist möglich.", "hybrid"],
    ["Poste en télétravail intégral.", "remote"],
    ["Presencial la mayor parte del tiempo.", "hybrid"],
    // An interview in person is not the job's workplace.
    ["Le second entretien aura lieu en présentiel.", null],
  ])("%j → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});

describe("bodyWorkplace: prose allowing remote work", () => {
  it.each<[string, string | null]>([
    ["Prefer Austin in-person, but open to extremely talented remote folks in timezones adjacent to CST.", "remote"],
    ["Anywhere in the U.S. - can be remote or from one of our offices in Austin, NY, SF", "remote"],
    ["We're hiring (Remote - US) for:", "remote"],
    ["Turquoise Health is a series C HealthTech startup, spread out remotely across the USA.", "remote"],
    ["We are not open to relocation.", null],
  ])("%j → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});

describe("bodyWorkplace: office days a week", () => {
  it.each<[string, string | null]>([
    ["ONSITE 4 days/week in Pleasanton, CA", "hybrid"],
    ["San Francisco (SF), Hybrid/Onsite 3 days/week (Tues/Wed/Thurs)", "hybrid"],
    ["Santa Clara, London (hybrid set up with 3 to 4 days/week in-office)", "hybrid"],
    ["competitive salary, 2 days a week in the downtown sf office", "hybrid"],
    ["-Be in the Santa Cruz office 3 days per week.", "hybrid"],
    ["Our office is open 7 days a week.", null],
  ])("%j → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});

describe("bodyWorkplace: HN role lines and office-only prose", () => {
  it.each<[string, string | null]>([
    ["[Midl] - (REMOTE) Frontend developer - https://forms.example/1", "remote"],
    ["// Senior Backend Engineer (Remote Europe / LATAM) - Ruby, 5+ years", "remote"],
    ["Position: remote, CET (+-2h)", "remote"],
    ["We are looking to add to our local team, so while work is remote, all applicants must be local", "remote"],
    ["Microsoft Research is hiring Senior MLE's in Cambridge, MA (ONSITE).", "onsite"],
    ["Founding Software Engineer Event Horizon Labs — San Francisco (in-person) We're a small team", "onsite"],
    ["We're in-person, 5 days a week. We move fast.", "onsite"],
    ["We work together in-person at an office in the Presidio, San Francisco.", "onsite"],
  ])("%j → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});

describe("bodyWorkplace: either way, and office-only role lines", () => {
  it.each<[string, string | null]>([
    ["£70,000 – £85,000 base. Remote/hybrid UK.", "remote"],
    ["We’re hiring for 3 roles Remote (UK/EU preferred):", "remote"],
    ["1. Infrastructure Engineer (Full-time, ONSITE): $150K–$220K", "onsite"],
    ["Most positions are being recruited as on-site roles, must be located near", "onsite"],
  ])("%j → %s", (text, expected) => {
    expect(bodyWorkplace(text)).toBe(expected);
  });
});
