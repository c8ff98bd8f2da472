// The languages jobparse names in `language` (ISO 639-1), one row each: the detector's code
// for it (franc speaks ISO 639-3) and, for the languages postings are most often written in,
// a few of their commonest function words. Those words answer the easy case (a plainly English
// posting) without the trigram detector, and overrule it when it names a language the text
// has almost none of the words of (a short English posting read as Dutch).
// Adding a language is adding a row.

export interface LanguageRow {
  /** ISO 639-1, what the output says. */
  code: string;
  /** ISO 639-3, what the detector (franc) says. */
  franc: string;
  /** Very frequent words of the language, lower case, rare in the other rows' languages. */
  words: readonly string[];
}

export const LANGUAGES: readonly LanguageRow[] = [
  { code: "en", franc: "eng", words: ["the", "and", "you", "your", "with", "will", "our", "are", "of", "this", "that", "have", "we're", "you'll", "who", "what"] },
  {
    code: "pt",
    franc: "por",
    words: ["você", "não", "para", "com", "uma", "são", "seu", "sua", "nossa", "nosso", "também", "em", "ou", "das", "dos", "na", "ao", "como", "mais", "é", "vaga", "conhecimento", "experiência"],
  },
  {
    code: "es",
    franc: "spa",
    words: ["el", "los", "las", "con", "una", "del", "por", "y", "tu", "su", "nuestro", "nuestra", "muy", "también", "más", "es", "experiencia", "conocimientos", "trabajo"],
  },
  {
    code: "de",
    franc: "deu",
    words: ["und", "der", "die", "das", "mit", "für", "wir", "du", "ist", "ein", "eine", "von", "zu", "auf", "bei", "dein", "deine", "sie", "ihr", "oder", "uns", "den", "dich"],
  },
  {
    code: "fr",
    franc: "fra",
    words: ["et", "les", "des", "pour", "vous", "avec", "une", "nous", "est", "dans", "sur", "le", "du", "au", "vos", "votre", "notre", "nos", "aux", "poste"],
  },
  { code: "it", franc: "ita", words: ["il", "che", "della", "gli", "sono", "nel", "delle", "degli", "anche", "nostro"] },
  { code: "nl", franc: "nld", words: ["het", "een", "zijn", "voor", "wij", "jij", "niet", "ook", "naar", "jouw", "bent"] },
  { code: "pl", franc: "pol", words: [] },
  { code: "sv", franc: "swe", words: [] },
  { code: "tr", franc: "tur", words: [] },
  { code: "ro", franc: "ron", words: [] },
  { code: "cs", franc: "ces", words: [] },
  { code: "hu", franc: "hun", words: [] },
  { code: "id", franc: "ind", words: [] },
  { code: "vi", franc: "vie", words: [] },
  { code: "ru", franc: "rus", words: [] },
  { code: "uk", franc: "ukr", words: [] },
  { code: "bg", franc: "bul", words: [] },
  { code: "zh", franc: "cmn", words: [] },
  { code: "ja", franc: "jpn", words: [] },
  { code: "ko", franc: "kor", words: [] },
  { code: "el", franc: "ell", words: [] },
  { code: "ar", franc: "arb", words: [] },
  { code: "hi", franc: "hin", words: [] },
  { code: "th", franc: "tha", words: [] },
];

/** Function word → the one language it belongs to (a word two rows list is left out). */
export const FUNCTION_WORD_LANGUAGE: ReadonlyMap<string, string> = (() => {
  const owner = new Map<string, string | null>();
  for (const row of LANGUAGES) for (const w of row.words) owner.set(w, owner.has(w) && owner.get(w) !== row.code ? null : row.code);
  return new Map([...owner].filter((e): e is [string, string] => e[1] !== null));
})();

/** franc's ISO 639-3 code → ISO 639-1. */
export const FRANC_TO_ISO1: ReadonlyMap<string, string> = new Map(LANGUAGES.map((r) => [r.franc, r.code]));
