// Labels that introduce where a job is (SPEC §1 "location"): a heading over the place ("## Local",
// "### Lugar"), a bold or bare label line with the place on the next line, or `Label: place` with
// a key in the posting's language ("Localização:", "Ubicación:", "Standort:", "Lieu :"). One column
// of variants per language; matched folded (no accents, lower case), as the whole label.
import { foldPlace } from "./fold.js";

/** Location labels per language (ISO 639-1), written as postings write them. */
export const LOCATION_LABELS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr", readonly string[]>> = {
  en: ["Location", "Locations", "Job location", "Work location", "Office location"],
  pt: ["Local", "Local de trabalho", "Localização", "Localidade", "Cidade", "Local da vaga"],
  es: ["Ubicación", "Lugar", "Lugar de trabajo", "Localización", "Ciudad", "Locación"],
  de: ["Standort", "Arbeitsort", "Einsatzort", "Dienstort", "Ort"],
  fr: ["Lieu", "Lieu de travail", "Localisation", "Ville"],
};

const FOLDED_LABELS: ReadonlySet<string> = new Set(Object.values(LOCATION_LABELS).flat().map((label) => foldPlace(label)));

/** True when `text` (a heading, a label line, or the key of `Key: value`) is a location label. */
export function isLocationLabel(text: string): boolean {
  return text.length <= 40 && FOLDED_LABELS.has(foldPlace(text));
}
