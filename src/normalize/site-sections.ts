// The names a site gives its jobs section ("Careers", "Join us", "Karriere", "Vagas"): page
// titles and first lines join them to the role ("Careers - Software Engineer, Core"), and they
// name neither the role nor the company.
const SITE_SECTION_WORDS = String.raw`jobs?|careers?|career opportunities|hiring|we(?:'|’)?re hiring|we are hiring|join us|join our team|join the team|work with us|open (?:positions|roles)|job openings|vacanc(?:y|ies)|karriere|stellenangebote|jobs bei .+|empleos?|trabaja con nosotros|vagas?|trabalhe conosco|carrières?|emplois?|offres d'emploi|recrutement|加入我们|招聘|人才招聘|工作机会`;

/** The jobs-section name, alone or with its company after it ("Jobs", "Careers at Acme", "Join us"). */
export const SITE_SECTION_RE = new RegExp(String.raw`^(?:${SITE_SECTION_WORDS})(?:\s+(?:at|@|with|bei|chez|en|na|no)\s+.+)?$`, "i");

/** The jobs-section name alone ("Careers", "Open positions"): it names no company. */
export const BARE_SITE_SECTION_RE = new RegExp(String.raw`^(?:${SITE_SECTION_WORDS})$`, "i");
