// company (SPEC §1) in pt/es/de/fr postings: job-board titles and the body's own words
// ("Na Acme, nós…", "Bei Acme arbeiten wir…", "Chez Acme, nous…", "Acme sucht…").
import { describe, expect, it } from "vitest";
import { parsePosting } from "../../src/index.js";

const companyOf = (text: string) => parsePosting(text).company;
// A body long enough in each language for the language detector to name it.
const PT = "Você vai trabalhar com uma equipe que desenvolve sistemas para nossos clientes. Buscamos pessoas com experiência e conhecimento.\n";
const ES = "Vas a trabajar con un equipo que desarrolla sistemas para nuestros clientes. Buscamos personas con experiencia y conocimientos.\n";
const DE = "Du arbeitest mit einem Team, das für unsere Kunden Systeme entwickelt. Wir suchen Menschen mit Erfahrung und Lust auf neue Dinge.\n";
const FR = "Vous travaillerez avec une équipe qui développe des outils pour nos clients. Nous cherchons des personnes avec de l'expérience.\n";

describe("company from a board title", () => {
  it.each([
    [`# [Remoto] Desenvolvedor Backend na Lumina\n\n${PT}`, "Lumina"],
    [`# [Curitiba] Analista de Dados no [Grupo Vento].\n\n${PT}`, "Grupo Vento"],
    [`# [Remoto] Sr Developer (Go) @Casa Forte\n\n${PT}`, "Casa Forte"],
    [`# [Porto Alegre] Desenvolvedor Python [TECNOVA]\n\n${PT}`, "TECNOVA"],
    [`# Desenvolvedor(a) PHP Pleno - Sol Digital\n\n${PT}`, "Sol Digital"],
    [`# Ruta Norte - Desarrollador backend\n\n${ES}`, "Ruta Norte"],
    [`# Desarrolladores | Cumbre Labs\n\n${ES}`, "Cumbre Labs"],
    [`# Programador frontend en Pampa Soft\n\n${ES}`, "Pampa Soft"],
    [`# Teilzeit-Entwickler/in bei Kiesel gesucht\n\n${DE}`, "Kiesel"],
    [`# Ingénieur backend chez Tournesol\n\n${FR}`, "Tournesol"],
    [`# Animador/a para Pampa Soft\n\n${ES}`, "Pampa Soft"],
    [`# atelier9 recrute un·e développeur·se à Nantes\n\n${FR}`, "atelier9"],
    // The name before the hiring verb and its colon, not a technology after the role's dash.
    [`# Solaria contrata: Desenvolvedor(a) Mobile - React Native\n\n${PT}`, "Solaria"],
    [`# Kiesel sucht: Backend-Entwickler (m/w/d) - Java\n\n${DE}`, "Kiesel"],
    // A place, a level or a technology in the company's spot is none.
    [`# Desenvolvedor Java - Oracle\n\n${PT}`, null],
    [`# Programador frontend en Buenos Aires\n\n${ES}`, null],
    [`# [São Paulo] Desenvolvedor Java [Pleno]\n\n${PT}`, null],
    // An English posting's "Role - Team" title names a team, not the company.
    ["# Senior Engineer - Payments\n\nYou will build the payment systems of our product with the team.\n", null],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe("company from the body in pt/es/de/fr", () => {
  it.each([
    [`# Vaga\n\nNa Lumina, nós criamos apps para escolas. ${PT}`, "Lumina"],
    [`# Vaga\n\nA Lumina é uma empresa de tecnologia educacional. ${PT}A Lumina cresce.\n`, "Lumina"],
    [`# Puesto\n\nEn Pampa Soft estamos creciendo. ${ES}`, "Pampa Soft"],
    [`# Puesto\n\n## ¿Qué es Cumbre?\n\n${ES}`, "Cumbre"],
    // A "why join" heading naming the company, and its "is a …" sentence with the noun capitalised.
    [`# Puesto\n\n${ES}\n## ¿Por qué ser parte del IFARHU?\n\nTexto.\n`, "IFARHU"],
    [`# Puesto\n\nEl Cumbre es una Institución Gubernamental educativa. ${ES}Cumbre crece.\n`, "Cumbre"],
    [`# Stelle\n\nBei Kiesel arbeiten wir an Karten. ${DE}`, "Kiesel"],
    [`# Stelle\n\nWir sind Kiesel – ein kleines Team aus Graz. ${DE}Kiesel wächst.\n`, "Kiesel"],
    [`# Stelle\n\nOpen Data Verein Nord sucht eine Entwicklerin. ${DE}`, "Open Data Verein Nord"],
    [`# Poste\n\nChez Tournesol, nous aimons le code. ${FR}`, "Tournesol"],
    [`# Puesto\n\nCumbre está en la búsqueda de un desarrollador. ${ES}`, "Cumbre"],
    [`# Poste\n\nTournesol est à la recherche d'un développeur. ${FR}`, "Tournesol"],
    // A paragraph opening on what the name does, named again later ("Boot-Start développe…").
    [`# Poste\n\n${FR}\nTournesol développe des outils pour ses clients.\n\nRecrutés par Tournesol, vous aiderez l'équipe.\n`, "Tournesol"],
    [`# Puesto\n\n${ES}\nCumbre desarrolla software para tiendas.\n\nTrabaja con Cumbre.\n`, "Cumbre"],
    // …but once, or opening on a German noun, it decides nothing.
    [`# Poste\n\n${FR}\nTournesol développe des outils pour ses clients.\n`, null],
    [`# Stelle\n\n${DE}\nDas Team entwickelt Karten. Das Team wächst. Team Team.\n`, null],
    // "Fundada em 1993, a X…": the founding clause before the name.
    [`# Vaga\n\n${PT}\nFundada em 1993, a Lumina Digital é uma das maiores empresas do país.\n`, "Lumina Digital"],
    // A noun of what the company is, before a name the text also writes alone.
    [`# Puesto\n\nEl Grupo Cumbre es una empresa social. ${ES}El Grupo Cumbre crece. Cumbre vende datos.\n`, "Cumbre"],
    [`# [Remoto] Desenvolvedor Node @ Plataforma Lumina!\n\nSomos a plataforma Lumina! ${PT}`, "Lumina"],
    // German writes what the company is as a compound's tail ("ein Softwareunternehmen", "ein Scale-Up").
    [`# Stelle\n\n${DE}\nKranich ist ein Softwareunternehmen aus Graz. Kranich wächst.\n`, "Kranich"],
    [`# Stelle\n\n${DE}\nKranich ist ein internationales Scale-Up aus Wien. Kranich wächst.\n`, "Kranich"],
    // A brand written in lower case, opening its "is a …" sentence and named again.
    [`# Poste\n\n${FR}\nbrindille est une startup de logistique. L'équipe de brindille grandit.\n`, "brindille"],
    [`# Poste\n\n${FR}\nelle est une startup de logistique.\n`, null],
    // A place after the preposition, or a German noun after "Bei", is no company.
    [`# Puesto\n\nEn Argentina estamos creciendo. ${ES}`, null],
    // A name that holds a country among its words is still a name.
    [`# Stelle\n\n${DE}\n**Kranich Stiftung Deutschland sucht eine/n Entwickler/in**\n`, "Kranich Stiftung Deutschland"],
    [`# Stelle\n\nBei Fragen wende dich an uns. ${DE}`, null],
    [`# Stelle\n\nBei Interesse, wir freuen uns. ${DE}`, null],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe("company from the body: backing for a name said once", () => {
  it.each([
    // A legal form after the name backs "X ist ein…" said once.
    [`# Stelle\n\n${DE}\nDie Kranich GmbH ist ein Softwarehaus aus Graz.\n`, "Kranich GmbH"],
    [`# Poste\n\n${FR}\nTournesol SAS conçoit des logiciels pour les hôpitaux.\n`, "Tournesol SAS"],
    [`# Vaga\n\n${PT}\nSomos a Lumina Tecnologia Ltda, uma fintech de Recife.\n`, "Lumina Tecnologia Ltda"],
    // So does the domain of the address to apply to.
    [`# Puesto\n\n${ES}\nCumbre es una empresa de software de Rosario.\n\nEnvía tu CV a empleo@cumbre.com.ar\n`, "Cumbre"],
    // …but said once with no backing, it decides nothing.
    [`# Puesto\n\n${ES}\nCumbre es una empresa de software de Rosario.\n`, null],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe("company from the body: appositions and opening clauses", () => {
  it.each([
    // An apposition naming what the name is, opening on its article or noun.
    [`# Puesto\n\nSomos Cumbre, una startup de pagos en Bogotá. ${ES}Cumbre crece.\n`, "Cumbre"],
    [`# Poste\n\n${FR}\nTournesol, leader français du soin à domicile, grandit. Tournesol innove.\n`, "Tournesol"],
    [`# Puesto\n\n${ES}\nCumbre, empresa líder en pagos, busca desarrolladores.\n`, "Cumbre"],
    // A hiring verb closing its sentence.
    [`# Vaga\n\n${PT}\nA Lumina está contratando!\n`, "Lumina"],
    // A name after an opening clause.
    [`# Poste\n\n${FR}\nPour accompagner sa croissance, Tournesol recrute un développeur.\n`, "Tournesol"],
    [`# Poste\n\n${FR}\nLeader dans son secteur, Tournesol est le seul groupe dédié au soin. Tournesol grandit.\n`, "Tournesol"],
    // A person with a job title in apposition is no company; nor is a German noun before a comma.
    [`# Poste\n\n${FR}\nRonan, Responsable des opérations, recherche un développeur.\n`, null],
    [`# Stelle\n\n${DE}\nDie Möglichkeit, in einem Team zu arbeiten. Möglichkeit.\n`, null],
    // An initialism that is also a country code ("SGS") is a company; a name holding a country among other words too.
    [`# Poste\n\nNous sommes SGS, le leader mondial du contrôle. ${FR}SGS recrute.\n`, "SGS"],
    [`# Vaga\n\n${PT}\nA Alter Lumina Portugal é uma empresa de consultoria. A Alter Lumina Portugal cresce.\n`, "Alter Lumina Portugal"],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe("company from a board title: more shapes", () => {
  it.each([
    // A round-bracketed name opening the title, before the role.
    [`# (Lumina) Engenheiro de Software\n\n${PT}`, "Lumina"],
    // A posting too short for the detector is read in its title's role noun's language.
    ["# Développeur backend chez Tournesol\n\nPoste à Lyon.\n", "Tournesol"],
    // A part with a gender note or opening on an employment type names the job, not the company.
    [`# Développeur Java - Secteur Télécom (F/H)\n\n${FR}`, null],
    [`# Développeur Java - CDI H/F\n\n${FR}`, null],
    [`# Stage FE - Data Scientist (H-F)\n\n${FR}`, null],
  ])("%j → %s", (text, expected) => {
    expect(companyOf(text)).toBe(expected);
  });
});

describe("company placeholders in pt/es/de/fr", () => {
  it.each(["Cliente confidencial", "Confidencial", "Empresa", "Startup", "Vertraulich", "Entreprise confidentielle"])("Company: %s → null", (value) => {
    expect(companyOf(`# Vaga\n\nCompany: ${value}\n\n${PT}`)).toBeNull();
  });
});

describe("company from an about heading in another language", () => {
  it("reads '## Sobre X' with an emoji after it, in a posting written mostly in English", () => {
    const text = "# Backend developers\n\nWe are looking for people who love to write code and learn fast.\n\n## Sobre Farola 🚀\n\nWe build tools for shops in Monterrey.\n";
    expect(parsePosting(text).language).toBe("en");
    expect(companyOf(text)).toBe("Farola");
  });

  it("judges the name by that language's stop words ('Über uns' names no one)", () => {
    expect(companyOf("# Backend developers\n\nWe are looking for people who love to write code and learn fast.\n\n## Über Uns\n\nWe build tools.\n")).toBeNull();
  });
});

describe("company from a contact address", () => {
  it("keeps the legal form the text writes after the name (Kranich e.V.)", () => {
    expect(companyOf(`# Stelle\n\n${DE}Kenntnisse der Arbeit von Kranich e.V. sind ein Plus.\n\nBewerbung an: jobs@kranich.de\n`)).toBe("Kranich e.V.");
  });

  it("reads the name before a country's generic second level (milkup.com.br)", () => {
    expect(companyOf(`# Desenvolvedor\n\n${PT}A Quintal cuida de tudo.\n\nEnvie seu CV para vagas@quintal.com.br\n`)).toBe("Quintal");
  });
});
