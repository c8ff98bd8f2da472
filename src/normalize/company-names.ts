// Company-name vocabulary (SPEC §1 "company"): header placeholders that name no company, the
// careers-page wording the job board pastes around a name, capitalised words that open
// headings and sentences but are never a company ("About Us", "Join Our Team"), and hosts
// whose URLs do not name the hiring company (job boards, applicant-tracking systems).

/** Header/field values that are no name (compared lower-cased, punctuation trimmed). */
export const COMPANY_PLACEHOLDERS: ReadonlySet<string> = new Set([
  "none",
  "n/a",
  "na",
  "n.a",
  "null",
  "nil",
  "unknown",
  "undisclosed",
  "confidential",
  "confidential company",
  "stealth",
  "stealth startup",
  "stealth mode",
  "stealth mode startup",
  "stealth company",
  "anonymous",
  "private",
  "private company",
  "tbd",
  "tba",
  "company",
  "our client",
  "client",
  "hiring company",
  "various",
  "-",
  // The same in pt/es/de/fr: a board's form left blank or kept secret ("Empresa: Confidencial", "Cliente confidencial").
  "empresa",
  "confidencial",
  "empresa confidencial",
  "cliente confidencial",
  "sigiloso",
  "sigilosa",
  "empresa sigilosa",
  "nome da empresa",
  "nombre de la empresa",
  "a combinar",
  "startup",
  "cliente",
  "nuestro cliente",
  "nosso cliente",
  "vertraulich",
  "unternehmen",
  "firma",
  "kunde",
  "entreprise",
  "confidentiel",
  "confidentielle",
  "entreprise confidentielle",
  "client confidentiel",
  "notre client",
]);

/** Careers-page wording around a header name: "Careers at Tide", "AccuWeather Careers", "Raft Company Website". */
export const COMPANY_PREFIXES: readonly string[] = ["careers at ", "jobs at ", "work at "];
export const COMPANY_SUFFIXES: readonly string[] = [" company website", " careers page", " career site", " careers", " jobs"];

/**
 * Legal forms written after a name ("Quarteera e.V.", "Acme GmbH", "Nube S.A."): part of the name
 * as the company writes it. Regex sources, matched case-sensitively.
 */
export const LEGAL_FORMS: readonly string[] = [
  String.raw`e\.\s?V\.`, String.raw`g?GmbH`, "AG", "SE", "KG", "UG", String.raw`S\.A\.S\.`, "SAS", "SARL", String.raw`S\.A\.`, String.raw`S\.L\.`, String.raw`S\.p\.A\.`,
  String.raw`Ltda\.?`, "LTDA", "EIRELI", String.raw`B\.V\.`, "BV", String.raw`Inc\.`, "LLC", String.raw`Ltd\.`,
];

/** A candidate name whose first word is one of these is a generic phrase, not a company. */
export const NOT_A_NAME_FIRST_WORDS: ReadonlySet<string> = new Set(
  (
    "the our your you we us this that these those it its a an who what why how where when which " +
    "role job jobs position team teams company companies benefits me my their they them he she " +
    "working work life culture diversity equal compensation perks careers career hiring application " +
    "applying apply interview overview description summary responsibilities requirements qualifications " +
    "salary location all each every some many here there if as in at for with on to by from and or but " +
    "please note join welcome about founded today now since together engineering product design " +
    "people talent recruiting recruitment candidate candidates opportunity opportunities client clients " +
    "customer customers hybrid onsite global worldwide north south east west new more other " +
    "key core main senior junior staff lead principal head chief director manager engineer engineers " +
    "developer developers software technology tech data cloud platform ai ml python java javascript " +
    "is are was be i one's someone everyone anyone"
  ).split(" "),
);

/** Hosts whose URL says nothing about the hiring company. */
export const NON_COMPANY_HOSTS: readonly string[] = [
  "remotewlb.com",
  "linkedin.com",
  "indeed.com",
  "glassdoor.com",
  "google.com",
  "forms.gle",
  "typeform.com",
  "github.com",
  "youtube.com",
  "loom.com",
  "twitter.com",
  "x.com",
  "facebook.com",
  "instagram.com",
  "medium.com",
  "notion.site",
  "bit.ly",
  "calendly.com",
  "gmail.com",
  "outlook.com",
  "hotmail.com",
  "yahoo.com",
  "proton.me",
  "protonmail.com",
  "wellfound.com",
  "angel.co",
  "ycombinator.com",
  "workatastartup.com",
  "habr.com",
];

/** Applicant-tracking hosts: the company is the subdomain ("inngest.breezy.hr") or the first path segment ("jobs.lever.co/sourcegraph"). */
export const ATS_HOSTS: readonly string[] = [
  "greenhouse.io",
  "lever.co",
  "ashbyhq.com",
  "workable.com",
  "breezy.hr",
  "bamboohr.com",
  "recruitee.com",
  "personio.de",
  "personio.com",
  "smartrecruiters.com",
  "myworkdayjobs.com",
  "teamtailor.com",
  "jobvite.com",
  "applytojob.com",
  "rippling-ats.com",
  "rippling.com",
  "pinpointhq.com",
  "homerun.co",
  "join.com",
  // Greenhouse's short links and older or enterprise systems careers pages send applicants to.
  "grnh.se",
  "recruiterbox.com",
  "icims.com",
];

/** Subdomains and path segments of ATS URLs that are not the company. */
export const ATS_GENERIC_PARTS: ReadonlySet<string> = new Set(["www", "jobs", "boards", "job-boards", "apply", "careers", "app", "en", "embed", "o", "p", "j", "ats", "hire"]);

/** Second-level labels under a country's domain that name no company: "milkup.com.br", "acme.co.uk", "datos.gob.mx". */
export const GENERIC_SECOND_LEVEL_DOMAINS: ReadonlySet<string> = new Set(["com", "co", "org", "net", "gov", "gob", "edu", "ac", "or", "ne", "go"]);
