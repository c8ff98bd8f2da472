// Every example the pt/es/de/fr postings issue names, each placed in a short posting of our own
// words and parsed end to end through the library: salary, employment and level words, places,
// workplace words, headings, broken markdown and company phrasings (SPEC §1).
import { describe, expect, it } from "vitest";
import { parsePosting, type Posting } from "../../src/index.js";

// Bodies long enough in each language for the language detector to name it.
const PT = "Você vai trabalhar com uma equipe que desenvolve sistemas para nossos clientes. Buscamos pessoas com experiência e vontade de aprender.";
const ES = "Vas a trabajar con un equipo que desarrolla sistemas para nuestros clientes. Buscamos personas con experiencia y ganas de aprender.";
const DE = "Du arbeitest mit einem Team, das für unsere Kunden Systeme entwickelt. Wir suchen Menschen mit Erfahrung und Lust auf neue Dinge.";
const FR = "Vous travaillerez avec une équipe qui développe des outils pour nos clients. Nous cherchons des personnes avec de l'expérience.";

const posting = (title: string, body: string, line: string) => parsePosting(`# ${title}\n\n${body}\n\n${line}\n`);

describe("salary written the local way", () => {
  it.each<[string, string, Partial<NonNullable<Posting["salary"]>> | null, string]>([
    ["Salário: R$ 8.000 a R$ 12.000", "Desenvolvedor Backend", { min: 8000, max: 12000, currency: "BRL", period: "month" }, PT],
    ["Faixa salarial: R$ 7 mil a R$ 9 mil", "Desenvolvedor Backend", { min: 7000, max: 9000, currency: "BRL", period: "month" }, PT],
    ["Remuneração: a partir de R$ 6.500,00", "Desenvolvedor Backend", { min: 6500, max: null, currency: "BRL", period: "month" }, PT],
    ["Salário: a combinar", "Desenvolvedor Backend", null, PT],
    ["Renta: $1.200.000 líquidos al mes", "Desarrollador Backend", { min: 1200000, max: 1200000, currency: "CLP", period: "month" }, `${ES} Trabajo en Santiago, Chile.`],
    ["Ofrecemos un sueldo entre $1.200.000 y $1.800.000 líquido.", "Desarrollador Backend", { min: 1200000, max: 1800000, currency: "CLP", period: "month" }, `${ES} Trabajo en Santiago, Chile.`],
    // The peso's country named only in the text ("empresas de Chile").
    ["Ofrecemos un sueldo entre $1.200.000 y $1.800.000 líquido.", "Desarrollador Backend", { min: 1200000, max: 1800000, currency: "CLP", period: "month" }, `${ES} Trabajamos con empresas de Chile.`],
    ["Salaire : entre 35K€ et 45K€", "Développeur Backend", { min: 35000, max: 45000, currency: "EUR", period: "year" }, FR],
    ["Rémunération : 45–55 k€ brut annuel", "Développeur Backend", { min: 45000, max: 55000, currency: "EUR", period: "year" }, FR],
    ["Salaire : selon profil", "Développeur Backend", null, FR],
    ["Gehalt: 5.000 € brutto/Monat", "Backend-Entwickler", { min: 5000, max: 5000, currency: "EUR", period: "month" }, DE],
  ])("%s", (line, title, expected, body) => {
    const { salary } = posting(title, body, line);
    if (expected === null) expect(salary).toBeNull();
    else expect(salary).toMatchObject(expected);
  });
});

describe("salary and company from a board's frontmatter keys", () => {
  it("reads sueldo_ofrecido and nombre_empresa", () => {
    const parsed = parsePosting(`+++\nnombre_empresa = "Pampa Soft"\nsueldo_ofrecido = "$1.200.000  y $1.600.000"\ntitle = "Desarrollador Backend"\n+++\n${ES} Trabajamos con bancos de Chile.\n`);
    expect(parsed.company).toBe("Pampa Soft");
    expect(parsed.salary).toMatchObject({ min: 1200000, max: 1600000, currency: "CLP", period: "month" });
  });
});

describe("employment and level words", () => {
  it.each([
    ["Desenvolvedor Backend", "Regime de contratação: CLT", "employmentType", "full-time", PT],
    ["Desenvolvedor Backend", "Contratação: PJ", "employmentType", "contract", PT],
    ["Développeur Backend", "Type de contrat : CDI", "employmentType", "full-time", FR],
    ["Développeur Backend", "Type de contrat : CDD de 6 mois", "employmentType", "temporary", FR],
    ["Backend-Entwickler", "Anstellungsart: Vollzeit", "employmentType", "full-time", DE],
    ["Backend-Entwickler", "Anstellungsart: Teilzeit", "employmentType", "part-time", DE],
    ["Vaga de estágio em desenvolvimento", "Bolsa compatível com o mercado.", "employmentType", "internship", PT],
    ["Praktikum Softwareentwicklung", "Dauer: sechs Monate.", "employmentType", "internship", DE],
    ["Desenvolvedor Backend Pleno", "Contratação: CLT", "seniority", "mid", PT],
    ["Desarrollador Backend semi-senior", "Modalidad: remoto", "seniority", "mid", ES],
    ["Desenvolvedor Backend Sênior", "Contratação: CLT", "seniority", "senior", PT],
    // The gender-neutral form of "Werkstudent" is the same level.
    ["Werkstudierende*r Softwareentwicklung", "Bis zu 20 Stunden pro Woche.", "seniority", "intern", DE],
  ])("%s / %s → %s %s", (title, line, field, expected, body) => {
    expect(posting(title, body, line)[field as "employmentType" | "seniority"]).toBe(expected);
  });
});

describe("places written the local way", () => {
  it.each([
    ["Local: São Paulo", ["BR"], ["São Paulo"], PT],
    ["Standort: München", ["DE"], ["München"], DE],
    ["Standort: Köln", ["DE"], ["Köln"], DE],
    ["Lieu : Genève", ["CH"], ["Genève"], FR],
    ["Ubicación: Ciudad de México", ["MX"], ["Ciudad de México"], ES],
    ["Local: Lisboa", ["PT"], ["Lisboa"], PT],
    ["Local: Campinas, SP", ["BR"], ["Campinas"], PT],
    ["Local: Niterói - RJ", ["BR"], ["Niterói"], PT],
    ["Ubicación: Palermo, CABA", ["AR"], ["Palermo"], ES],
    ["Standort: Düsseldorf, NRW", ["DE"], ["Düsseldorf"], DE],
    // A district, then its city: the later place chooses among the first name's namesakes (not Palermo, Sicily).
    ["Ubicación: Palermo, Buenos Aires", ["AR"], ["Buenos Aires"], ES],
    // Lists of cities keep every city.
    ["Ubicación: Lisboa, Madrid o Barcelona", ["PT", "ES"], ["Lisboa", "Madrid", "Barcelona"], ES],
    ["Location: London, Berlin", ["GB", "DE"], ["London", "Berlin"], "We build tools for teams and their customers."],
  ])("%s", (line, countries, cities, body) => {
    const { location } = posting("Desenvolvedor Backend", body, line);
    expect(location.countries).toEqual(countries);
    expect(location.cities).toEqual(cities);
  });
});

describe("workplace words", () => {
  it.each([
    ["Modelo de trabalho: remoto", "remote", PT],
    ["Modelo de trabalho: híbrido em São Paulo", "hybrid", PT],
    ["Modalidad: presencial en Madrid", "onsite", ES],
    ["Arbeitsort: 100 % Homeoffice", "remote", DE],
    ["Poste en télétravail complet", "remote", FR],
    ["Poste sur site à Lyon", "onsite", FR],
    // A sentence placing the work at the employer's office, with no remote or hybrid word anywhere.
    ["Es un trabajo a tiempo completo en nuestras oficinas en Palermo, Buenos Aires.", "onsite", ES],
    ["Estamos em Campinas e o trabalho é no nosso escritório.", "onsite", PT],
    ["Du arbeitest in unserem Büro in Köln.", "onsite", DE],
    ["Le poste se situe dans nos locaux à Lyon.", "onsite", FR],
    // An office that only describes the company, or an office beside remote work, places no job there.
    ["Tenemos oficinas en Madrid y Lima.", null, ES],
    ["Nuestras oficinas están en Madrid.", null, ES],
    ["Puedes trabajar en nuestras oficinas en Madrid o de forma remota.", "remote", ES],
  ])("%s → %s", (line, expected, body) => {
    expect(posting("Backend", body, line).location.workplace).toBe(expected);
  });
});

type ListField = "requirements" | "niceToHave" | "responsibilities" | "benefits";

describe("section headings by meaning", () => {
  it.each<[string, ListField, string]>([
    ["Requisitos obrigatórios", "requirements", PT],
    ["Requisitos excluyentes", "requirements", ES],
    ["O que buscamos", "requirements", PT],
    ["Lo que buscamos", "requirements", ES],
    ["Dein Profil", "requirements", DE],
    ["Was du mitbringst", "requirements", DE],
    ["Votre profil", "requirements", FR],
    ["Profil recherché", "requirements", FR],
    ["Compétences", "requirements", FR],
    ["Diferenciais", "niceToHave", PT],
    ["Desejável", "niceToHave", PT],
    ["Deseable", "niceToHave", ES],
    ["Sería un plus", "niceToHave", ES],
    ["Wünschenswert", "niceToHave", DE],
    ["Von Vorteil", "niceToHave", DE],
    ["Un plus", "niceToHave", FR],
    ["Atouts", "niceToHave", FR],
    ["Responsabilidades", "responsibilities", PT],
    ["Atividades", "responsibilities", PT],
    ["Atribuições", "responsibilities", PT],
    ["Funciones", "responsibilities", ES],
    ["Deine Aufgaben", "responsibilities", DE],
    ["Vos missions", "responsibilities", FR],
    ["Le poste", "responsibilities", FR],
    ["Benefícios", "benefits", PT],
    ["Beneficios", "benefits", ES],
    ["Ofrecemos", "benefits", ES],
    ["Wir bieten", "benefits", DE],
    ["Avantages", "benefits", FR],
    ["Ce que nous offrons", "benefits", FR],
  ])("%s → %s", (heading, field, body) => {
    const parsed = parsePosting(`# Vaga\n\n${body}\n\n## ${heading}\n\n- Primeiro ponto da lista\n- Segundo ponto da lista\n`);
    expect(parsed[field]).toEqual(["Primeiro ponto da lista", "Segundo ponto da lista"]);
  });
});

describe("broken markdown read as its author meant", () => {
  const items = ["Experiência com Node.js", "Conhecimento de SQL"];
  it.each([
    ["a heading with no space after its hashes", `###Requisitos\n\n- ${items[0]}\n- ${items[1]}\n`],
    ["items with no space after the star", `## Requisitos\n\n*${items[0]}\n*${items[1]}\n`],
    ["lines that are only a tab", `## Requisitos\n\t\n- ${items[0]}\n\t\n- ${items[1]}\n`],
    ["a bare-line heading", `Requisitos\n- ${items[0]}\n- ${items[1]}\n`],
  ])("%s", (_name, section) => {
    const parsed = parsePosting(`# Desenvolvedor Backend\n\n${PT}\n\n${section}\n## Benefícios\n\n- Vale refeição\n`);
    expect(parsed.requirements).toEqual(items);
    expect(parsed.benefits).toEqual(["Vale refeição"]);
  });
});

describe("company from the prose and board titles", () => {
  it.each([
    [`# Desenvolvedor Backend\n\nNa Lumina, criamos sistemas para escolas. ${PT}\n`, "Lumina"],
    [`# Desarrollador Backend\n\nEn Pampa Soft buscamos una persona para el equipo. ${ES}\n`, "Pampa Soft"],
    [`# Backend-Entwickler\n\nBei Kiesel bauen wir Software für Handwerker. ${DE}\n`, "Kiesel"],
    [`# Développeur Backend\n\nChez Tournesol, nous construisons des outils pour les écoles. ${FR}\n`, "Tournesol"],
    [`# [Remoto] Desenvolvedor Backend na Acme\n\n${PT}\n`, "Acme"],
    // Names with their small words ("en", "do", "de"), ended by the sentence around them.
    [`# Desarrollador Backend\n\nEn Pampa en Red te estamos buscando. ${ES}\n`, "Pampa en Red"],
    [`# Desenvolvedor Backend\n\nNa Casa do Código, nós publicamos livros. ${PT}\n`, "Casa do Código"],
    [`# Desarrollador Backend\n\nEn Buenos Aires estamos creciendo. ${ES}\n`, null],
  ])("%j → %s", (text, expected) => {
    expect(parsePosting(text).company).toBe(expected);
  });
});

describe("title: a heading about the employer is no role", () => {
  it.each([
    [`## Nossa empresa (Lumina)\n\n${PT}\n\n## Requisitos\n\n- Node.js\n`, null],
    [`## Sobre nós\n\n${PT}\n\n## Requisitos\n\n- Node.js\n`, null],
    // Nor, in one word, a heading naming another section of a posting.
    [`## Nossa empresa (Lumina)\n\n${PT}\n\n## Local\n\nCampinas\n\n## Requisitos\n\n- Node.js\n`, null],
    [`# Desenvolvedor Backend\n\n## Sobre nós\n\n${PT}\n`, "Desenvolvedor Backend"],
  ])("%j → %s", (text, expected) => {
    expect(parsePosting(text).title).toBe(expected);
  });
});

describe("company in a title's closing brackets, named again in the text", () => {
  it.each([
    [`# Desarrollador Backend (PAMPASOFT)\n\n${ES} ¿Conocés Pampasoft? Es una empresa de pagos.\n`, "Pampasoft"],
    // Brackets also hold notes: a technology, a state of the offer, a word the text writes in lower case.
    [`# Programador Web Front-end (VueJS)\n\n${ES} Trabajamos con VueJS.\n`, null],
    [`# Desarrollador Backend (CERRADA)\n\n${ES} La oferta está cerrada.\n`, null],
    [`# Desarrollador Backend (PAMPASOFT)\n\n${ES}\n`, null],
  ])("%j → %s", (text, expected) => {
    expect(parsePosting(text).company).toBe(expected);
  });
});
