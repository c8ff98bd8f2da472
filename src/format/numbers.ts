// Numbers and pay periods as the table and the stats summary print them. The formats are made
// on first use: the first Intl.NumberFormat of a process loads ICU's number data (~5-25 ms),
// which a run printing neither never needs.

let compact: Intl.NumberFormat | undefined;
let grouped: Intl.NumberFormat | undefined;

/** Three significant digits, short enough for a column: 51.9K, 171K, 1.2M. */
export function compactNumber(n: number): string {
  return (compact ??= new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 })).format(n);
}

/** Digits grouped by thousands: 6,672. */
export function groupedNumber(n: number): string {
  return (grouped ??= new Intl.NumberFormat("en")).format(n);
}

/** A pay period as a short suffix after a figure. */
export const PERIOD_ABBREVIATIONS: Readonly<Record<string, string>> = { hour: "/h", day: "/d", week: "/wk", month: "/mo", year: "/yr" };
