// Words that make a list item read as something offered to the hire (a perk): health cover, time
// off, money, equipment, learning. Used only where a heading does not say what its list holds
// ("Additional Information" on a job board's template holds benefits as often as accommodation
// notes or degree lists): a list whose items are mostly perks is a benefits list. One column of
// stems per language; matched as word starts, case-insensitively, accents as written.

export const PERK_WORDS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr" | "it", readonly string[]>> = {
  en: [
    "health", "healthcare", "medical", "dental", "vision", "insurance", "401(k)", "401k", "pension", "retirement", "pto", "paid time off",
    "time off", "vacation", "holiday", "leave", "parental", "maternity", "paternity", "stipend", "allowance", "reimburse", "budget",
    "wellness", "wellbeing", "well-being", "gym", "equity", "stock option", "stock grant", "bonus", "salary", "compensation", "remote", "flexible", "flexibility",
    "home office", "laptop", "equipment", "training", "learning", "courses", "conference", "career growth", "career development",
    "days off", "lunch", "meals", "snacks", "team events", "retreat", "perks", "benefit",
  ],
  pt: ["plano de saúde", "plano odontológico", "vale", "férias", "auxílio", "seguro de vida", "bônus", "salário", "home office", "gympass"],
  es: ["seguro", "vacaciones", "bono", "salario", "días libres", "formación", "teletrabajo", "aguinaldo"],
  de: ["urlaub", "weiterbildung", "gehalt", "zuschuss", "betriebliche altersvorsorge", "homeoffice", "jobrad", "fitness"],
  fr: ["mutuelle", "congés", "télétravail", "tickets restaurant", "rtt", "salaire", "formation"],
  it: ["buoni pasto", "welfare", "ferie", "assicurazione", "smart working", "formazione"],
};

/**
 * Perk words that name pay itself (salary, bonus, equity): a "Compensation" section of pay lines
 * alone ("Base pay: $110k–$270k", "The salary range listed…") is no list of benefits.
 */
export const PAY_PERK_WORDS: ReadonlySet<string> = new Set(["salary", "compensation", "bonus", "equity", "stock option", "stock grant", "salário", "bônus", "salario", "bono", "gehalt", "salaire"]);
