// employmentType (SPEC §1): only when stated for this role — a field, the title, or the text.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractEmploymentType } from "../../src/extract/employment-type.js";

const typeOf = (text: string, title = "Backend Engineer") => extractEmploymentType(buildDocument(text), { title }).value;

describe("employmentType", () => {
  it.each([
    ["Employment Type: Full-time\n", "full-time"],
    ["Type: Part-time\n", "part-time"],
    // A "Position" key states a type only when its value holds one.
    ["- Level: Junior\n- Position: Part time\n", "part-time"],
    ["Position: Senior Backend Engineer\n", null],
    // A page's line of facts under its title.
    ["# Backend Engineer\n\nIslamabad, Pakistan | Full Time\n\nWe build SDKs.\n", "full-time"],
    ["---\nconditions: Full-time contract position\n---\n\nText.\n", "contract"],
    ["**Full - Time /**\n", "full-time"],
    ["This is a full-time position based anywhere.\n", "full-time"],
    ["This is a contract opportunity with flexible hours.\n", "contract"],
    ["We offer a 6-month contract with possible extension.\n", "contract"],
    ["You will work on a part-time basis.\n", "part-time"],
    // A fractional role is a share of the week; offered beside full-time it is a choice.
    ["Acme | Fractional CTO | Remote\n\nText.\n", "part-time"],
    ["Acme (Austin, TX) | Founding Engineer | ONSITE Austin | Fractional or full-time\n\nText.\n", null],
    ["SuperEgo | REMOTE | Contract, part-time (~20 hrs/week) | $70/hr\n", "contract"],
    ["All Full-Time Employees are eligible for our benefits.\n", null],
    ["**Benefits Full-Time Employees Receive**\n", null],
    ["You have 3+ years of professional full-time experience.\n", null],
    ["You have 2 years in a full-time role as an engineer.\n", null],
    ["Type of contract: Contract of employment\n", null],
    ["We build great software.\n", null],
    // A careers page's facts: a list item or line opening with the type, or the value under its heading.
    ["# Designer\n\n- Remote (GMT +3/-3)\n- Full time\n\n## About the role\n\nText.\n", "full-time"],
    ["# Lead\n\n## Details\n\n- Fulltime, flexible hours most days\n", "full-time"],
    ["# Engineer\n\n### Employment Terms\n\nFull time\n", "full-time"],
    ["**Job Duration:** Fulltime\n", "full-time"],
    ["# Engineer\n\n- Full-time availability is not needed for this freelance gig\n", "contract"],
    ["# Engineer\n\n- Full stack skills are welcome\n", null],
    ["The job is full-time and on-site in our Kraków office.\n", "full-time"],
    ["This position is a part-time one, 20 hours a week.\n", "part-time"],
    ["We’re seeking a skilled and diligent full-time Software Engineer to join us.\n", "full-time"],
    ["We are hiring a part-time Data Analyst.\n", "part-time"],
    // Contract-to-hire is a contract first, whatever it may turn into.
    ["This is a contract-to-hire position on our payments team.\n", "contract"],
    ["We offer a contract to hire role for the right person.\n", "contract"],
    ["This is a full-time remote opportunity on the data team.\n", "full-time"],
    ["It is a temporary position covering a parental leave.\n", "temporary"],
    ["Our team has 20 full-time engineers and a part-time designer on staff.\n", "part-time"],
    ["We have a team of full-time engineers.\n", null],
    ["You have 3 years as a full-time software engineer.\n", null],
    // A commented-out (closed) role is not rendered, so it states nothing.
    ["$60k/year.\n\n<!-- ## Other role\n\n- This is a full-time position\n-->\n", null],
  ])("%j → %s", (text, expected) => {
    expect(typeOf(text)).toBe(expected);
  });

  it.each([
    ["Freelance Developer - AI Trainer (Remote)", "contract"],
    ["Software Engineer Intern", "internship"],
    ["HPC Engineer (Contract)", "contract"],
    ["Internal Tools Engineer", null],
  ])("title %s → %s", (title, expected) => {
    expect(typeOf(`# ${title}\n\nText.\n`, title)).toBe(expected);
  });
});

// In a pt/es/de/fr posting the contract words of its language state the type wherever they stand.
const typeIn = (language: string, text: string) => extractEmploymentType(buildDocument(text), { title: "Dev", language }).value;

describe("employmentType from local contract words in the body", () => {
  it.each([
    ["pt", "## Remuneração\n\nR$ 4000 a R$ 6000 (CLT)\n", "full-time"],
    ["pt", "Vaga PJ- Remoto\n\nTrabalho com Go.\n", "contract"],
    ["pt", "Contratação\nCLT\nSalário a combinar\n", "full-time"],
    ["fr", "### Salaire : 2400 euros nets (CDI)\n", "full-time"],
    ["de", "## Stelle\n\nEntwickler/in in Teilzeit (60%), befristet bis Ende 2026\n", "temporary"],
    ["es", "Ofrecemos contrato autónomo y horario flexible.\n", "contract"],
    ["es", "Buscamos a alguien en prácticas profesionales.\n", "internship"],
    // Prose that only looks like a type word, perks, alternatives and past experience state none.
    ["es", "Seguimiento de buenas prácticas y código limpio.\n", null],
    ["pt", "Você trabalha de forma autônoma e com liberdade.\n", null],
    ["de", "Du arbeitest selbstständig im Team.\n", null],
    ["de", "## Wir bieten\n\n- Optionen für Teilzeit und Homeoffice\n", null],
    ["de", "Bitte sag uns, in welchem Umfang (Voll- oder Teilzeit) du arbeiten willst.\n", null],
    ["de", "- Vollzeit und Teilzeit möglich\n", null],
    ["fr", "- Temps partiel négociable après la période d’essai\n", null],
    // Only the clause offering the option is set aside: the rest of its line still states the type.
    ["de", "Die Stelle hat 38 Stunden (Teilzeit ab 30 Stunden möglich) und ist bis Ende 2027 befristet.\n", "temporary"],
    ["fr", "Poste en CDD de 12 mois, temps partiel envisageable.\n", "temporary"],
    // What may follow the role is a prospect, not its type.
    ["fr", "## Ce que nous vous proposons\n\n- De nombreuses opportunités en CDI vous attendent à l'issue de l'alternance.\n", null],
    ["fr", "- La possibilité de prolonger ton stage ou de passer à temps partiel.\n", null],
    ["pt", "Estágio com possibilidade de efetivação CLT.\n", "internship"],
    ["fr", "## Conditions\n\n- Temps partiel négociable après la période d’essai\n\n## Emploi proposé\n\nCDI cadre\n", "full-time"],
    // A label line about good practice, a perk list item ending in ':' and an elided pair in the title state none.
    ["es", "*Programación y buenas prácticas*\n\n- Código limpio\n", null],
    ["de", "## Wir bieten\n\n- Flexible Arbeitszeiten:\n\n- Teilzeit & Sabbatical:\n", null],
    ["pt", "Contratação CLT ou PJ\n", null],
    ["fr", "Vous avez une expérience en stage de développement.\n", null],
    // Hours and an engagement in two places: the engagement, as in one statement; two contracts or two hours: unsure.
    ["es", "Ofrecemos tiempo completo.\n\nTambién contrato autónomo.\n", "contract"],
    ["de", "Wir suchen dich in Teilzeit.\n\nDie Stelle ist zunächst befristet.\n", "temporary"],
    ["es", "Orientado a Freelancers.\n", "contract"],
    ["pt", "Contratação CLT.\n\nTambém aceitamos PJ.\n", null],
    ["de", "Vollzeit.\n\nAuch Teilzeit.\n", null],
    // An English posting reads no such words in its body.
    ["en", "We use CLT tooling and CDI pipelines.\n", null],
  ])("%s %j → %s", (language, text, expected) => {
    expect(typeIn(language, text)).toBe(expected);
  });

  it("reads a slash list of types, and full-time beside part-time, as types offered", () => {
    const header = (types: string) => extractEmploymentType(buildDocument(`Acme | Engineer | Remote | ${types}\n\nWe build tools.\n`), { title: "Engineer", language: "en" }).value;
    expect(header("Fulltime / Parttime-ish / Contract")).toBeNull();
    expect(header("Full-time, Part-time")).toBeNull();
    expect(header("Full-time, permanent")).toBe("full-time");
  });

  it("reads an elided pair of hours in the title as two types offered", () => {
    const doc = buildDocument("# Entwickler (m/w/d) in Voll- oder Teilzeit\n\nText.\n");
    expect(extractEmploymentType(doc, { title: "Entwickler (m/w/d) in Voll- oder Teilzeit", language: "de" }).value).toBeNull();
  });
});
