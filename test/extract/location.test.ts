// location (SPEC §1): statement precedence (header > Location field > title > HN line), workplace
// from the statement, a Remote: field or body sentences, body places only when the statement has none.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractLocation } from "../../src/extract/location.js";

const header = (loc: string, body = "Text.") => `# [Engineer](https://x.test/a)  \n### Acme  \n#### \`🌎 ${loc}\`  \n\n${body}\n`;
const bare = (body: string) => `# [Engineer](https://x.test/a)  \n### Acme  \n#### \n\n${body}\n`;

describe("location", () => {
  it.each([
    ["header wins", header("remote,Sofia, Bulgaria", "Location: Berlin, Germany"), { raw: "remote,Sofia, Bulgaria", workplace: "remote", countries: ["BG"], regions: [], cities: ["Sofia"] }],
    ["board tag gives way to the place text", header("hybrid,Paris or Remote from France"), { raw: "hybrid,Paris or Remote from France", workplace: "remote", countries: ["FR"], regions: [], cities: ["Paris"] }],
    ["board tag when the text says nothing", header("hybrid,Vilnius"), { raw: "hybrid,Vilnius", workplace: "hybrid", countries: ["LT"], regions: [], cities: ["Vilnius"] }],
    ["Location field", "# Lead Designer\n\n- Location: Birmingham, Bristol or London\n- Hybrid working: office 1-2 days per week\n", { raw: "Birmingham, Bristol or London", workplace: "hybrid", countries: ["GB"], regions: [], cities: ["Birmingham", "Bristol", "London"] }],
    ["frontmatter location", "---\ntitle: Community Manager\nlocation: Global\n---\n\nThis is a 100% remote position.\n", { raw: "Global", workplace: "remote", countries: [], regions: ["Worldwide"], cities: [] }],
    ["title place", bare("We build things.").replace("Engineer", "Senior Engineer II (Remote - USA/ Canada)"), { raw: "Remote - USA/ Canada", workplace: "remote", countries: ["US", "CA"], regions: [], cities: [] }],
    ["HN first line", "TextQL | Senior Software Engineer (FT) | ONSITE | New York City | $200k\n\nWe build.\n", { raw: "ONSITE | New York City", workplace: "onsite", countries: ["US"], regions: [], cities: ["New York"] }],
    ["nothing stated", bare("We build robots in many places."), { raw: null, workplace: null, countries: [], regions: [], cities: [] }],
    // A page's line of facts under its title, and its parts that are places ("| Full Time" is not).
    ["the place line under a title", "# Platform Engineer\n\nIslamabad, Pakistan | Full Time\n\nWe make SDKs.\n", { raw: "Islamabad, Pakistan", workplace: null, countries: ["PK"], regions: [], cities: ["Islamabad"] }],
    ["a remote-or-city line under a title",
      "# DevOps Engineer\n\nRemote / Toronto, ON\n\nFull-time\n", { raw: "Remote / Toronto, ON", workplace: "remote", countries: ["CA"], regions: [], cities: ["Toronto"] }],
    // The template's summary in the frontmatter holds the same facts.
    ["the place part of a frontmatter summary", "+++\ntitle = \"Senior Backend Engineer\"\ndescription = \"£50,000 - £60,000 | Belfast, Northern Ireland\"\n+++\n\n## Perks\n\n- Work from Home\n- Laptop\n", { raw: "Belfast, Northern Ireland", workplace: null, countries: ["GB"], regions: [], cities: ["Belfast"] }],
    // Where the job itself is based, in a sentence, when nothing else states it.
    ["the job's office in a sentence", "# Strategist\n\nThis is a full time job based in our NYC headquarters.\n", { raw: "NYC headquarters", workplace: "onsite", countries: ["US"], regions: [], cities: ["New York"] }],
    // With no place stated anywhere, a careers page's office or seat is where the job is — unless the job is remote.
    ["the company's seat when nothing else names a place", "# Strategist\n\nWe are a studio based in Lisbon since 2010.\n", { raw: "Lisbon since 2010", workplace: null, countries: ["PT"], regions: [], cities: ["Lisbon"] }],
    ["the team's city in 'join our … team'", "# Engineer\n\nWe're looking for an engineer to join our Bristol team.\n", { raw: "Bristol team", workplace: null, countries: ["GB"], regions: [], cities: ["Bristol"] }],
    // Where office days are worked: "hybrid work in downtown SF".
    ["where the office days are worked", "Acme is hiring three engineers with hybrid work in downtown SF.\n\nWe build tools.\n", { raw: "SF", workplace: "hybrid", countries: ["US"], regions: [], cities: ["San Francisco"] }],
    ["the seat of a job offered remote or at its office", "# Engineer\n\nWe want to grow our team in Belfast.\n\n## Benefits\n\n- Flexible working: fully remote, in an office, or both\n", { raw: "Belfast", workplace: "remote", countries: ["GB"], regions: [], cities: ["Belfast"] }],
    ["not the seat of a remote job", "# Engineer\n\nWe are a studio based in Lisbon. This role is fully remote.\n", { raw: null, workplace: "remote", countries: [], regions: [], cities: [] }],
    ["not a place that names no office or team", "# Scientist\n\nPast work: a study of the districts in the Virginia House of Delegates.\n", { raw: null, workplace: null, countries: [], regions: [], cities: [] }],
    // An office or team named by its place, with or without "our": "a small team in Oulu", "office spaces in Munich".
    ["a team named by its place", "# Engineer\n\n## We offer\n\n* A seat in a small R&D team in Oulu\n", { raw: "Oulu", workplace: null, countries: ["FI"], regions: [], cities: ["Oulu"] }],
    ["not an office that is not the employer's", "# Engineer\n\nWe build software for every dental office in America.\n", { raw: null, workplace: null, countries: [], regions: [], cities: [] }],
    ["an office named by its place", "# Engineer\n\nWe have bright office spaces in Munich, near the river.\n", { raw: "Munich", workplace: null, countries: ["DE"], regions: [], cities: ["Munich"] }],
    // A town the gazetteer lacks, written with its state: the state's code is no city of its own.
    ["a small town with its state", "# Tester\n\nWe are hiring for our studio based in Troy, NY. Come play.\n", { raw: "Troy, NY", workplace: null, countries: ["US"], regions: [], cities: ["Troy"] }],
    // A job open to the whole world is worked remotely.
    ["a job located worldwide", "# Engineer\n\n## Location: Global\n\nWe build compilers.\n", { raw: "Global", workplace: "remote", countries: [], regions: ["Worldwide"], cities: [] }],
    // A frontmatter "type" that says how the job is worked.
    ["a workplace given as the job's type", "---\ntitle: Summer Internship\ntype: Onsite\n---\n\nWe build rockets.\n", { raw: null, workplace: "onsite", countries: [], regions: [], cities: [] }],
  ])("%s", (_name, text, expected) => {
    expect(extractLocation(buildDocument(text), {}).value).toEqual(expected);
  });

  it.each([
    ["UK", "Some things you’ll enjoy: The flexibility of remote work.", "remote"],
    ["New York City", "We use a hybrid work model of 3 days in the office per week.", "hybrid"],
    ["London", "This role is remote, so it can be executed globally.", "remote"],
    ["Austin, TX", "This role is on-site in our Austin office.", "onsite"],
    ["Kraków, Poland", "The job is full-time and on-site in our Kraków office.", "onsite"],
    ["Lyon, France", "You will work on-site at the Lyon plant.", "onsite"],
    ["Toronto", "Hybrid, working onsite at our Toronto, 3 days per week.", "hybrid"],
    ["United States", "We build products for restaurants.", null],
    ["United States", "We are building a diverse all-remote team.", "remote"],
    // A recruiter's tag files the job when no sentence states the workplace; a sentence wins over it.
    ["United States", "We build products for restaurants.\n\n#LI-Hybrid #LI-DNI", "hybrid"],
    ["Denver, CO", "We build products for restaurants.\n\n#LI-Remote", "remote"],
    ["Denver, CO", "This role is on-site in our Denver office.\n\n#LI-Remote", "onsite"],
    ["Berlin", "As this position works closely with our lawyers, remote work is not an option.", "onsite"],
    ["Oakland", "You're based in the Bay Area, ready for twice-weekly in-person collaboration.", "hybrid"],
    ["Melbourne", "We are open to this position being remote or in-house.", "remote"],
    ["New York", "A full time job based in our headquarters in SoHo, with a flexible work-at-home policy.", "hybrid"],
    ["Oslo", "You should be ready to work full-time (5x8) in our office.", "onsite"],
    ["Burlington", "- 80% in-office / 20% WFH, office in Burlington", "hybrid"],
    ["Los Angeles", "Remote work is okay, but some time in the downtown office is required.", "hybrid"],
    ["Cambridge", "You will work locally at our Cambridge office.", "onsite"],
  ])("workplace of %j from the body", (loc, body, workplace) => {
    expect(extractLocation(buildDocument(header(loc, body)), {}).value.workplace).toBe(workplace);
  });

  it.each([
    ["Software Engineer II - Platform (Remote)", "Canada - PST Working Hours Preferred", "remote"],
    ["Software Engineer II - Frontend (Hybrid - San Francisco)", "San Francisco, California", "hybrid"],
    ["Software Engineer", "Canada", null],
  ])("workplace of title %j when header %j says none", (title, loc, workplace) => {
    const text = header(loc, "We build products for restaurants.").replace("[Engineer]", `[${title}]`);
    expect(extractLocation(buildDocument(text), {}).value.workplace).toBe(workplace);
  });

  it("reads a Remote: field", () => {
    const doc = buildDocument("Company: Faqta\nLocation: Utrecht, Netherlands\nRemote: No (NL-based)\n\nWe build.\n");
    expect(extractLocation(doc, {}).value.workplace).toBe("onsite");
  });

  it.each([
    ["Remote", "The role is open to candidates in the US or Canada.", ["US", "CA"], []],
    ["Remote", "You must be based in Europe.", [], ["Europe"]],
    ["Remote", "Our company is based in Berlin.", [], []],
    ["Remote", "You can work remotely from anywhere.", [], []],
    ["Canada - Remote", "We are also open to candidates in the United States.", ["CA"], []],
    ["Remote", "Pay for applicants based within the United States is fair.\n\nWe are able to hire in the following countries: Austria, Brazil, Costa Rica, United States of America and Uruguay. Others later.", ["AT", "BR", "CR", "US", "UY"], []],
  ])("body places for header %j: %j", (loc, body, countries, regions) => {
    const value = extractLocation(buildDocument(header(loc, body)), {}).value;
    expect(value.countries).toEqual(countries);
    expect(value.regions).toEqual(regions);
  });

  it.each([
    // HN comments: a header that says ONSITE over a body counting office days; a short first line that is only a workplace.
    ["2NDNATURE | Director of Engineering | Santa Cruz, CA | ONSITE\n\n-Be in the Santa Cruz office 3 days per week.\n", "hybrid"],
    ["Remote or Netherlands\n\nTopliner builds search tools.\n", "remote"],
    ["(AU ONLY / REMOTE)\n\nWe build tools.\n", "remote"],
    ["We build tools for remote teams and their managers, from our office.\n\nJoin us.\n", null],
  ])("plain-text post %j → %s", (text, workplace) => {
    expect(extractLocation(buildDocument(text), {}).value.workplace).toBe(workplace);
  });

  // A heading joining the location with another particular heads the first block that names a place
  // or makes the job remote; the lines about the other particular ("80% in the office", "Monday to
  // Friday") are passed over. An office that a remote job's staff may use is not the job's place.
  it.each([
    ["## Location and Work Hours\n\n- This position is fully remote\n- Staff near Leeds may use our office in Leeds, UK\n", [], []],
    ["## Location and Work Hours\n\n- Applicants must live in Leeds, UK\n- Remote work is fine, with some office time\n", ["GB"], ["Leeds"]],
    ["## Location and Work Hours\n\n- 80% in-office / 20% WFH, office in Leeds, UK\n", ["GB"], ["Leeds"]],
    ["### Hours & location\n\n- Full-time, Monday to Friday\n- Office in Tallinn, Estonia\n", ["EE"], ["Tallinn"]],
    ["**Location / Schedule**\n\nGhent, Belgium - four days a week\n", ["BE"], ["Ghent"]],
    ["## Standort und Arbeitszeit\n\nVollzeit in Leipzig\n", ["DE"], ["Leipzig"]],
    ["## Hours and location\n\n- Full-time, flexible hours\n- 80% in the office\n\n## Requirements\n\n- Berlin, Germany experience\n", [], []],
    ["## Relocation and visa\n\nWe help you move to Lisbon, Portugal.\n", [], []],
    // A facts table: the cell after a "Location" cell, or the cell under a "Location" column header.
    ["| | |\n|---|---|\n| Location | Aarhus, Denmark |\n| Type | Full-time |\n", ["DK"], ["Aarhus"]],
    ["| Location | Type |\n|---|---|\n| Leeds, UK | Full-time |\n", ["GB"], ["Leeds"]],
    ["| Role | Location: |\n|---|---|\n| Engineer | Tartu, Estonia |\n", ["EE"], ["Tartu"]],
    ["| Role | Location | Type |\n|---|---|---|\n| Engineer | Full-time |\n", [], []],
    ["| Location | Team |\n|---|---|\n| Benefits | Good |\n", [], []],
  ])("labelled block %j", (body, countries, cities) => {
    const value = extractLocation(buildDocument(`# Engineer\n\nWe build tools.\n\n${body}`), {}).value;
    expect({ countries: value.countries, cities: value.cities }).toEqual({ countries, cities });
  });

  it("reads a lone CA by the document's context", () => {
    expect(extractLocation(buildDocument(header("Remote, CA", "Salary in CAD. Canadian benefits.")), {}).value.countries).toEqual(["CA"]);
    expect(extractLocation(buildDocument(header("Remote, CA", "Our California team, pay in USD.")), {}).value.countries).toEqual(["US"]);
  });
});

// pt/es/de/fr shapes: a details list under its heading, a place-of-work noun inside a sentence,
// the body's place phrases, a frontmatter title closing on "à <city>".
const located = (language: string | undefined, text: string, title?: string) => {
  const { raw, ...rest } = extractLocation(buildDocument(text), { language, title }).value;
  return { raw: raw !== null, ...rest };
};

describe("location in other languages", () => {
  it.each([
    ["es", "# Puesto\n\n### Detalles 👾\n\n* 🇦🇷 Córdoba\n* 🏢 remoto\n* 🕐 Tiempo completo\n", undefined, { raw: true, workplace: "remote", countries: ["AR"], regions: [], cities: ["Córdoba"] }],
    ["pt", "# Vaga\n\n## Detalhes\n\n- 📍 Recife\n- 💰 R$ 5.000\n", undefined, { raw: true, workplace: null, countries: ["BR"], regions: [], cities: ["Recife"] }],
    ["de", "# Stelle\n\n* auf Wunsch komplette Remote-Arbeit möglich, sonst Dienstort Leipzig\n", undefined, { raw: true, workplace: "remote", countries: ["DE"], regions: [], cities: ["Leipzig"] }],
    ["es", "# Puesto\n\nTrabajo remoto desde Uruguay, con horario flexible.\n", undefined, { raw: false, workplace: "remote", countries: ["UY"], regions: [], cities: [] }],
    ["fr", "# Poste\n\nNous acceptons les personnes résidant en Belgique.\n", undefined, { raw: false, workplace: null, countries: ["BE"], regions: [], cities: [] }],
    ["de", "# Stelle\n\nBewerbungen mit Wohnsitz in Österreich.\n", undefined, { raw: false, workplace: null, countries: ["AT"], regions: [], cities: [] }],
    ["fr", "---\ntitle: Atelier9 recrute un·e développeur·se à Nantes\n---\n\nTexte.\n", "Atelier9 recrute un·e développeur·se à Nantes", { raw: true, workplace: null, countries: ["FR"], regions: [], cities: ["Nantes"] }],
    // "desde" naming a year, and a details list naming no place, say nothing.
    ["es", "# Puesto\n\nTrabajamos desde 2015 con bancos.\n\n### Detalles\n\n* 🕐 Tiempo completo\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    // An English posting does not read the other languages' phrases.
    ["en", "# Engineer\n\nOur founders come from desde Uruguay.\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    // With no statement, the first city prose names after a preposition of place (summary first).
    ["de", "# Stelle\n\nWir bieten ein Office an der Aare in Bern, unsere Teamevents und mehr.\n", undefined, { raw: true, workplace: null, countries: ["CH"], regions: [], cities: ["Bern"] }],
    ["fr", "---\ntitle: Développeur\ndescription: Acme recrute un développeur Backend à Lyon.\n---\n\nTexte.\n", undefined, { raw: true, workplace: null, countries: ["FR"], regions: [], cities: ["Lyon"] }],
    ["pt", "# Vaga\n\nProjetos para América Latina.\n\n* Vaga para São Paulo, Zona Sul.\n", undefined, { raw: true, workplace: null, countries: ["BR"], regions: [], cities: ["São Paulo"] }],
    // French places the office with "de" too: "notre agence de Lyon", "le 6e arrondissement de Paris".
    ["fr", "# Poste\n\nVous travaillerez dans notre agence de Lyon, au cœur de la ville.\n", undefined, { raw: true, workplace: null, countries: ["FR"], regions: [], cities: ["Lyon"] }],
    ["fr", "# Poste\n\nLe développement de Kiosque avance avec nos clients.\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    // A city opening a longer proper name (a meetup, a club) is no place of work; a place name's small words are.
    ["es", "# Puesto\n\nDimos una charla en Valencia Tech Meetup sobre Elixir.\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    ["pt", "# Vaga\n\nVaga para Rio de Janeiro, com reuniões semanais.\n", undefined, { raw: true, workplace: null, countries: ["BR"], regions: [], cities: ["Rio de Janeiro"] }],
    ["de", "# Stelle\n\nErfahrung in Python und Arbeit in Teilzeit.\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    ["en", "# Engineer\n\nOur office is in Bern.\n", undefined, { raw: true, workplace: null, countries: ["CH"], regions: [], cities: ["Bern"] }],
    // A street named after a city is an address, not a second city; an abbreviation is written out in the posting's language.
    ["pt", "# Vaga\n\n## Local\nRemoto com reuniões semanais em São Paulo - Avenida Paulista\n", undefined, { raw: true, workplace: "remote", countries: ["BR"], regions: [], cities: ["São Paulo"] }],
    ["es", "# Puesto\n\n### Detalles\n\n* 🇲🇽 CDMX\n* 🏢 remoto\n", undefined, { raw: true, workplace: "remote", countries: ["MX"], regions: [], cities: ["Ciudad de México"] }],
    ["en", "# Engineer\n\nLocation: CDMX\n", undefined, { raw: true, workplace: null, countries: ["MX"], regions: [], cities: ["Mexico City"] }],
    // Short names and states written the local way; a district glued to its city is no second city.
    ["pt", "# Vaga\n\n## Local\nREMOTO ou BH\n", undefined, { raw: true, workplace: "remote", countries: ["BR"], regions: [], cities: ["Belo Horizonte"] }],
    ["en", "# Engineer\n\nLocation: Remote (BH)\n", undefined, { raw: true, workplace: "remote", countries: ["BH"], regions: [], cities: [] }],
    ["es", "# Puesto\n\nUbicación: Palermo, CABA\n", undefined, { raw: true, workplace: null, countries: ["AR"], regions: [], cities: ["Palermo"] }],
    ["de", "# Stelle\n\nStandort: Köln, NRW\n", undefined, { raw: true, workplace: null, countries: ["DE"], regions: [], cities: ["Köln"] }],
    ["de", "# Stelle\n\nStandort: Berlin-Prenzlauer Berg\n", undefined, { raw: true, workplace: null, countries: ["DE"], regions: [], cities: ["Berlin"] }],
    // Buenos Aires and Bogotá by their local names; a metropolitan area is its city.
    ["es", "# Puesto\n\nUbicación: CABA, Argentina\n", undefined, { raw: true, workplace: null, countries: ["AR"], regions: [], cities: ["Buenos Aires"] }],
    ["es", "# Puesto\n\nLugar de trabajo: Capital Federal (presencial)\n", undefined, { raw: true, workplace: "onsite", countries: ["AR"], regions: [], cities: ["Buenos Aires"] }],
    ["es", "# Puesto\n\nUbicación: Bogotá D.C., Colombia\n", undefined, { raw: true, workplace: null, countries: ["CO"], regions: [], cities: ["Bogotá"] }],
    ["pt", "# Vaga\n\nLocalização: Grande Lisboa\n", undefined, { raw: true, workplace: null, countries: ["PT"], regions: [], cities: ["Lisboa"] }],
    ["es", "# Puesto\n\nPaís: Uruguay\n", undefined, { raw: true, workplace: null, countries: ["UY"], regions: [], cities: [] }],
    // Places the job is open to, after the phrase's filler words and articles, and German country forms.
    ["es", "# Puesto\n\nPuedes trabajar desde cualquier parte de España.\n", undefined, { raw: false, workplace: "remote", countries: ["ES"], regions: [], cities: [] }],
    ["de", "# Stelle\n\nDu arbeitest remote innerhalb Deutschlands.\n", undefined, { raw: false, workplace: "remote", countries: ["DE"], regions: [], cities: [] }],
    ["fr", "# Poste\n\nPoste en full remote depuis la France ou la Belgique.\n", undefined, { raw: false, workplace: "remote", countries: ["FR", "BE"], regions: [], cities: [] }],
    ["fr", "# Poste\n\nTélétravail total depuis toute la France.\n", undefined, { raw: false, workplace: "remote", countries: ["FR"], regions: [], cities: [] }],
    // Prose: the company's founding town and its clients' cities are not the job's; the job's sentence is.
    ["pt", "# Vaga\n\nA empresa foi fundada em Recife e atende clientes em São Paulo.\n\nA vaga é presencial em Campinas.\n", undefined, { raw: true, workplace: "onsite", countries: ["BR"], regions: [], cities: ["Campinas"] }],
    ["es", "# Puesto\n\nTenemos clientes en Bogotá desde hace años.\n", undefined, { raw: false, workplace: null, countries: [], regions: [], cities: [] }],
    // A remote word in the rest of a prose clause is a perk, not the job's workplace.
    ["de", "# Stelle\n\nDie Stelle ist in Zürich, mobiles Arbeiten ist teilweise möglich.\n", undefined, { raw: true, workplace: null, countries: ["CH"], regions: [], cities: ["Zürich"] }],
    ["de", "# Stelle\n\nHome-Office nach Absprache, Standort München.\n", undefined, { raw: true, workplace: null, countries: ["DE"], regions: [], cities: ["München"] }],
    // A district glued to the city in prose; remote or the office is remote.
    ["de", "# Stelle\n\nArbeite remote oder in unserem Office in Berlin-Mitte.\n", undefined, { raw: true, workplace: "remote", countries: ["DE"], regions: [], cities: ["Berlin"] }],
    // A heading asking where; the Brazilian boards' "Alocado"; a country by its own name in a posting of no told language.
    ["fr", "# Poste\n\n## Où ?\n\nLe poste est basé au 20 avenue de Ségur, Paris 7e.\n", undefined, { raw: true, workplace: null, countries: ["FR"], regions: [], cities: ["Paris"] }],
    ["pt", "# Vaga\n\n## Local\nVila Olímpia, São Paulo\n\n#### Alocação\n- Alocado\n", undefined, { raw: true, workplace: "onsite", countries: ["BR"], regions: [], cities: ["São Paulo"] }],
    [undefined, "# Vaga\n\n## Local\nRemoto (apenas Brasil)\n", undefined, { raw: true, workplace: "remote", countries: ["BR"], regions: [], cities: [] }],
    // A workplace label's value that names a place is the statement when nothing else names one.
    ["pt", "# Vaga\n\nModalidade: Híbrido (SP)\n", undefined, { raw: true, workplace: "hybrid", countries: ["BR"], regions: [], cities: [] }],
    ["es", "# Puesto\n\nModalidad: Remoto desde Chile\n", undefined, { raw: true, workplace: "remote", countries: ["CL"], regions: [], cities: [] }],
    // Plural and longer location labels.
    ["de", "# Stelle\n\nStandorte: Hamburg, Berlin oder München\n", undefined, { raw: true, workplace: null, countries: ["DE"], regions: [], cities: ["Hamburg", "Berlin", "München"] }],
    ["pt", "# Vaga\n\nLocal de atuação: Joinville/SC\n", undefined, { raw: true, workplace: null, countries: ["BR"], regions: [], cities: ["Joinville"] }],
  ])("%s %j", (language, text, title, expected) => {
    expect(located(language, text, title)).toEqual(expected);
  });
});

describe("a title's bracketed initials", () => {
  it("'Account Executive (AE)' names no country", () => {
    expect(extractLocation(buildDocument("Text.\n"), { title: "Enterprise Account Executive (AE) at Kyber" }).value.countries).toEqual([]);
  });
  it("'Engineer (US)' still does", () => {
    expect(extractLocation(buildDocument("Text.\n"), { title: "Backend Engineer (US)" }).value.countries).toEqual(["US"]);
  });
});
