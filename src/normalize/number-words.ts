// Spelled-out numbers as postings write them ("minimum of four years", "two (2) years"):
// the one table experience-years.ts (SPEC §1 "experienceYears") reads number words from.

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, "twenty-five": 25, thirty: 30,
};

/** A figure or a number word as a number; NaN when it is neither. */
export function parseNumberWord(text: string): number {
  const t = text.toLowerCase();
  return t in NUMBER_WORDS ? NUMBER_WORDS[t] : Number.parseFloat(t);
}
