// seniority (SPEC §1): the first level word of the title, else an explicit level field, never years.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractSeniority } from "../../src/extract/seniority.js";

const fromTitle = (title: string) => extractSeniority(buildDocument(`# ${title}\n\nBody text.\n`), { title }).value;

describe("seniority from the title", () => {
  it.each([
    // A level word before "track" names a path, not the level hired.
    ["Founding Engineer (CTO-track)", null],
    ["Engineer, Staff track", null],
    ["Senior Backend Engineer (Elixir)", "senior"],
    ["Sr. Software Engineer - Scheduling (Remote)", "senior"],
    ["Senior/Staff Backend Infrastructure Engineer", "senior"],
    ["Staff Software Systems Engineer-Machine Learning", "staff"],
    ["Principal Data Engineer", "principal"],
    ["Lead QA Automation Engineer", "lead"],
    ["Backend Tech Lead", "lead"],
    ["Team leader", "lead"],
    ["Technical Leader, Payments", "lead"],
    ["Jr. Frontend Developer", "junior"],
    // An apprentice is a trainee on a years-long training (SPEC: Trainee → junior), not an intern.
    ["Auszubildender Fachinformatik für Systemintegration (m/w/d)", "junior"],
    ["Mobile App Engineer Intern (iOS & Android)", "intern"],
    ["Medior Backend Developer (Node.js / TypeScript)", "mid"],
    ["New Grad Software Engineer", "junior"],
    ["Stage UX (6 mois) dans le domaine des brevets", "intern"],
    // French grades: junior / confirmé / senior; "Leader Technique" puts the noun first; "expérimenté" names no one grade.
    ["Développeur Confirmé .NET / Angular (H/F)", "mid"],
    ["Développeur Full Stack Java - confirmé et Senior", "mid"],
    ["Développeur•euse Full-Stack Intermédiaire", "mid"],
    ["Leader Technique Full-Stack (H/F)", "lead"],
    ["Leader Qualité F/H", "lead"],
    // A "responsable technique" leads the tech; a "responsable d'affaires" sells; department heads are German "Head of".
    ["Responsable technique Python (H/F)", "lead"],
    ["Responsable d'affaires Génie civil F/H", null],
    ["Líder Técnico de Backend", "lead"],
    ["Teamleiter:in Softwareentwicklung (m/w/d)", "lead"],
    ["Leiter:in des Bereichs Kommunikation", "executive"],
    ["Abteilungsleitung IT (m/w/d)", "executive"],
    ["Directrice des systèmes d'information", "director"],
    ["Ingénieur R&D expérimenté - Annecy", null],
    ["Early Stage Startup Engineer", null],
    ["Mid-level Backend Software Engineer", "mid"],
    ["Middle Golang Developer", "mid"],
    ["Middle Python/Django Developer", "mid"],
    ["Middle East Sales Engineer", null],
    ["Middleware Engineer", null],
    ["Backend Engineering Manager", "manager"],
    ["Machine Learning Manager", "manager"],
    ["Director of Engineering", "director"],
    ["Head of Developer Relations", "executive"],
    ["VP, Software Engineering - Core", "executive"],
    ["Community Manager", null],
    ["Account Development Manager", null],
    ["Solutions Engineer, Mid-Market/Enterprise", null],
    ["Internal Tools Engineer", null],
    ["Software Engineer, Integrations", null],
  ])("%s → %s", (title, expected) => {
    expect(fromTitle(title)).toBe(expected);
  });
});

describe("seniority from a level field", () => {
  it.each([
    ["Experience level: Senior\n", "senior"],
    ["Seniority: Mid-Senior level\n", "mid"],
    ["We want 8+ years of experience.\n", null],
  ])("%j → %s", (body, expected) => {
    expect(extractSeniority(buildDocument(`# Backend Engineer\n\n${body}`), { title: "Backend Engineer" }).value).toBe(expected);
  });
});

// A level under a key in the posting's language, a level heading, or a job board's tag list.
const fromBody = (md: string) => extractSeniority(buildDocument(md), { title: "Desenvolvedor PHP" }).value;

describe("seniority from a labelled level in other languages", () => {
  it.each([
    ["# Vaga\n\nNível: Pleno\n\nTexto.\n", "mid"],
    ["# Puesto\n\n- Nivel: Semi-Senior\n", "mid"],
    ["# Poste\n\nNiveau : Junior\n", "junior"],
    ["# New Job\n\n### ¿Para qué nivel es el trabajo?\n\nSemi Sr\n", "mid"],
    ["# Stelle\n\n**Erfahrungslevel**\n\nSenior\n", "senior"],
    ["# Vaga\n\n## Labels\n\n- PJ\n- Sênior\n- Remoto\n", "senior"],
    // Two levels in one tag list leave it open; a level word in prose is no field.
    ["# Vaga\n\n## Labels\n\n- experiência/Júnior\n- experiência/Pleno\n", null],
    ["# Vaga\n\nTrabalhamos com pessoas de nível pleno e sênior.\n", null],
  ])("%j → %s", (md, expected) => {
    expect(fromBody(md)).toBe(expected);
  });
});
