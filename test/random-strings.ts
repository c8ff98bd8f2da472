// Reproducible random strings over a small alphabet of awkward characters, for tests that hold a
// hand-written scan to the plain definition it replaces.
export function randomStrings(alphabet: readonly string[], count: number, length: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) % alphabet.length;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = "";
    for (let i = 0; i < length; i++) s += alphabet[next()];
    out.push(s);
  }
  return out;
}
