// Words that invite applying, per language (ISO 639-1): a sentence holding one and a single link
// ("Si te interesa participar en el proceso de selección [pulsa aquí](…)", "[Candidate-se aqui](…)")
// gives the apply link. Regex sources, matched case-insensitively at word starts; English is
// extract/apply-url.ts's APPLY_TEXT_RE.
export const APPLY_INVITATION_WORDS: Readonly<Record<"pt" | "es" | "de" | "fr", readonly string[]>> = {
  pt: [String.raw`candidat(?:e-se|ar-se|ar|ura)`, String.raw`inscreva-se`, String.raw`processo seletivo`],
  es: [String.raw`post[úu]la(?:te|r|rse|ci[óo]n)`, String.raw`proceso de selecci[óo]n`, String.raw`aplica(?:r)? (?:aqu[íi]|ac[áa])`],
  de: [String.raw`bewirb`, String.raw`bewerb(?:en|ung)`],
  fr: [String.raw`postul(?:er|ez)`, String.raw`candidat(?:er|ure|ez)`],
};
