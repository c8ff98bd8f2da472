// Pay vocabulary by language (SPEC §1 "salary": period from the text, in the posting's
// language): the words that state a pay period, the words that say a figure is pay, and the
// words that join two figures into a range. One column of variants per language; normalize/
// money.ts compiles them. Phrases match whole words, case-insensitively; a phrase that starts
// with "/" also matches with a space after the slash ("/ month").
import type { PayPeriod } from "../schema.js";

export type PayLanguage = "en" | "pt" | "es" | "de" | "fr";

/** Words that state the period of a figure written next to them. */
export const PERIOD_WORDS: Readonly<Record<PayPeriod, Readonly<Record<PayLanguage, readonly string[]>>>> = {
  hour: {
    en: ["/hour", "/hours", "/hr", "/hrs", "/h", "per hour", "hourly", "an hour", "p/h", "p/hr", "p/hour", "p.h."],
    pt: ["/hora", "por hora", "valor hora", "valor da hora", "a hora"],
    es: ["/hora", "por hora", "la hora", "valor hora"],
    de: ["/stunde", "/std", "pro stunde", "die stunde", "stundenlohn", "stündlich"],
    fr: ["/heure", "par heure", "de l'heure", "de l’heure", "taux horaire"],
  },
  day: {
    en: ["/day", "per day", "p/day", "daily", "a day", "day rate"],
    pt: ["/dia", "por dia", "diária"],
    es: ["/día", "/dia", "por día", "al día", "diarios"],
    de: ["/tag", "pro tag", "tagessatz"],
    fr: ["/jour", "par jour", "tjm"],
  },
  week: {
    en: ["/week", "/wk", "per week", "weekly", "a week"],
    pt: ["/semana", "por semana", "semanal"],
    es: ["/semana", "por semana", "semanal", "semanales"],
    de: ["/woche", "pro woche", "wöchentlich"],
    fr: ["/semaine", "par semaine", "hebdomadaire"],
  },
  month: {
    en: ["/month", "/months", "/mo", "/mth", "per month", "p/m", "p/month", "monthly", "a month"],
    pt: ["/mês", "/mes", "por mês", "por mes", "ao mês", "ao mes", "mensal", "mensais", "mensalmente"],
    es: ["/mes", "al mes", "por mes", "mensual", "mensuales", "mensualmente"],
    de: ["/monat", "/mon", "pro monat", "im monat", "monatlich", "monatsgehalt", "brutto/monat"],
    fr: ["/mois", "par mois", "mensuel", "mensuels", "mensuelle"],
  },
  year: {
    en: ["/year", "/years", "/yr", "/y", "/annum", "per year", "per annum", "annual", "annually", "yearly", "annualized", "annualised", "p/y", "a year", "p.a.", "p.a", "LPA"],
    pt: ["/ano", "por ano", "ao ano", "anual", "anuais"],
    es: ["/año", "al año", "por año", "anual", "anuales"],
    de: ["/jahr", "pro jahr", "im jahr", "jährlich", "jahresgehalt", "bruttojahresgehalt"],
    fr: ["/an", "par an", "par année", "annuel", "annuelle", "annuels", "brut annuel"],
  },
};

/** Words that say a figure near them is pay (the English ones live in money.ts's PAY_CUE_RE). */
export const PAY_WORDS: Readonly<Record<Exclude<PayLanguage, "en">, readonly string[]>> = {
  // "Faixa de R$ 1.800 a R$ 2.200", "Horquilla de salida entre 27K€ y 33K€": the word for a pay band alone.
  pt: ["salário", "salario", "salarial", "remuneração", "remuneracao", "faixa salarial", "faixa de", "valor hora", "pretensão salarial", "bolsa"],
  es: ["salario", "salarial", "sueldo", "remuneración", "remuneracion", "renta", "rango salarial", "banda salarial", "horquilla"],
  de: ["gehalt", "gehaltsspanne", "jahresgehalt", "bruttogehalt", "vergütung", "verguetung", "lohn", "stundenlohn", "entgelt"],
  fr: ["salaire", "rémunération", "remuneration", "fourchette", "brut annuel"],
};

/** Words that join the two figures of a range ("R$ 8.000 a R$ 12.000", "3.500 bis 5.500"). */
export const RANGE_WORDS: Readonly<Record<PayLanguage, readonly string[]>> = {
  en: ["to", "up to"],
  pt: ["a", "até"],
  es: ["a", "hasta"],
  de: ["bis"],
  fr: ["à", "a", "au"],
};

/** "and" in "between X and Y": joins a range only after a word for "between". */
export const BETWEEN_WORDS: Readonly<Record<PayLanguage, { between: readonly string[]; and: readonly string[] }>> = {
  en: { between: ["between"], and: ["and"] },
  pt: { between: ["entre"], and: ["e"] },
  es: { between: ["entre"], and: ["y"] },
  de: { between: ["zwischen"], and: ["und"] },
  fr: { between: ["entre"], and: ["et"] },
};

/** Before a lone figure: the figure is a ceiling ("up to", "bis zu 70.000 €"). */
export const UP_TO_WORDS: Readonly<Record<PayLanguage, readonly string[]>> = {
  en: ["up to", "upto", "maximum of", "maximum", "max", "max.", "not to exceed"],
  pt: ["até"],
  es: ["hasta"],
  de: ["bis zu", "bis", "maximal", "max."],
  fr: ["jusqu'à", "jusqu’à"],
};

/** Before a lone figure: the figure is a floor ("from", "a partir de R$ 6.500,00"). */
export const FROM_WORDS: Readonly<Record<PayLanguage, readonly string[]>> = {
  en: ["from", "starting at", "starts at", "start at", "starting from", "starts from", "start from", "at least", "minimum of", "minimum", "min", "min.", "over", "more than", "above", "north of", "upwards of", "in excess of"],
  pt: ["a partir de", "mínimo de", "desde"],
  es: ["a partir de", "desde", "mínimo de"],
  de: ["ab", "mindestens"],
  fr: ["à partir de", "a partir de", "dès", "minimum de"],
};
