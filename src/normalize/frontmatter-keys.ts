// Frontmatter keys by meaning (SPEC §1 "Input formats"): careers-page generators name the same
// fact many ways and in the site's language (`apply_url`, `externalURL`, `ciudad`, `standort`,
// `empresa`, `gehalt`). Each key is mapped to the one field key the extractors already read, so
// a new spelling or language is one entry here. One column of variants per language.

/**
 * Frontmatter keys of a page's one-line summary ("description: £50,000 - £60,000 | Belfast",
 * "tagline: Package - £40,000 DOE", "subtitle: Full time / Remote"): the facts a careers page's
 * template shows under its title.
 */
export const SUMMARY_KEY_RE = /^(?:tagline|summary|subtitle|excerpt|description|pitch|intro|lead)$/;

/** The field key an extractor reads → the frontmatter keys that mean it, per language. */
export const FRONTMATTER_KEY_MEANINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  "apply url": {
    en: ["source_url", "sourceurl", "apply_url", "applyurl", "apply_link", "applylink", "application_form", "applicationform", "application_url", "applicationurl", "application_link", "externalurl", "external_url", "link", "url_apply"],
    es: ["enlace", "postular", "url_postulacion"],
    pt: ["candidatura", "link_candidatura"],
    de: ["bewerbung", "bewerbungslink"],
    fr: ["candidature", "lien"],
  },
  location: {
    en: ["location", "locations", "city", "cities", "place", "office", "job_location", "joblocation"],
    es: ["ciudad", "ubicacion", "ubicación", "lugar"],
    pt: ["cidade", "local", "localizacao", "localização"],
    de: ["standort", "ort", "arbeitsort", "stadt"],
    fr: ["lieu", "ville", "localisation"],
  },
  "employment type": {
    en: ["type", "contract", "employment_type", "employmenttype", "employment-type", "job_type", "jobtype", "contract_type", "contracttype", "hours"],
    es: ["tipo", "contrato", "jornada", "tipo_de_contrato"],
    pt: ["contrato", "regime", "tipo_de_contrato"],
    de: ["anstellungsart", "vertragsart", "beschaeftigungsart", "beschäftigungsart"],
    fr: ["contrat", "type_de_contrat"],
  },
  company: {
    en: ["company", "company_name", "companyname", "organization", "organisation", "employer", "site", "hiring_organization"],
    es: ["empresa", "compania", "compañía", "nombre_empresa", "nombre_de_la_empresa"],
    pt: ["empresa", "nome_empresa", "nome_da_empresa"],
    de: ["unternehmen", "firma", "arbeitgeber"],
    fr: ["entreprise", "societe", "société", "employeur"],
  },
  salary: {
    en: ["salary", "compensation", "pay", "salary_range", "salaryrange", "wage", "salary_offered", "offered_salary"],
    es: ["salario", "sueldo", "remuneracion", "remuneración", "renta", "sueldo_ofrecido", "salario_ofrecido", "rango_salarial"],
    pt: ["salario", "salário", "remuneracao", "remuneração", "faixa_salarial", "salario_oferecido"],
    de: ["gehalt", "vergütung", "verguetung"],
    fr: ["salaire", "rémunération", "remuneration"],
  },
};

// A key as compared: lower case, `-` and spaces read as `_` ("Apply URL", "employment-type").
const KEY_SEPARATOR_RE = /[\s-]+/g;

const MEANING_OF_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(FRONTMATTER_KEY_MEANINGS).flatMap(([meaning, byLanguage]) =>
    Object.values(byLanguage).flatMap((keys) => keys.map((k) => [k.replace(KEY_SEPARATOR_RE, "_"), meaning] as const)),
  ),
);

/** The field key a frontmatter key means ("ciudad" → "location"), or null when the table does not know it. */
export function frontmatterKeyMeaning(key: string): string | null {
  return MEANING_OF_KEY.get(key.trim().toLowerCase().replace(KEY_SEPARATOR_RE, "_")) ?? null;
}
