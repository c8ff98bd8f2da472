// normalize/money.ts (SPEC §1 "salary"): figures, ranges, multipliers, periods, raw spans.
import { describe, expect, it } from "vitest";
import { findMoney, parseFigure, periodOfWord, phrasesSrc } from "../../src/normalize/money.js";

describe("parseFigure", () => {
  it.each([
    ["190,800", 190800],
    ["180000.0", 180000],
    ["65.000", 65000],
    ["120 000", 120000],
    ["6’500", 6500],
    ["120'000", 120000],
    ["1.190.000", 1190000],
    ["12,00,000", 1200000],
    ["99,501.91", 99501.91],
    ["12.000,00", 12000],
    ["32.50", 32.5],
    ["3858", 3858],
  ])("%s → %s", (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });
});

const first = (text: string) => {
  const r = findMoney(text)[0];
  return r ? { min: r.min, max: r.max, currency: r.currency, period: r.period, raw: r.raw } : null;
};

describe("findMoney: the first range of a text", () => {
  it.each([
    ["USD 180000.0~250000.0", 180000, 250000, "USD", null, "USD 180000.0~250000.0"],
    ["USD $190,800~$267,100", 190800, 267100, "USD", null, "USD $190,800~$267,100"],
    ["$165,000 - $190,000 CAD", 165000, 190000, "CAD", null, "$165,000 - $190,000 CAD"],
    ["$174,000/yr - $235,000/yr", 174000, 235000, "$", "year", "$174,000/yr - $235,000/yr"],
    ["Pay: Up to $30 per hour", null, 30, "$", "hour", "Up to $30 per hour"],
    ["from $2500/month", 2500, null, "$", "month", "from $2500/month"],
    ["pay will be over $200,000 with equity", 200000, null, "$", null, "over $200,000"],
    ["$180k+ based on experience", 180000, null, "$", null, "$180k+"],
    ["₹45,000 per month or equivalent", 45000, 45000, "INR", "month", "₹45,000 per month"],
    ["€3858–€4244/month + 8% holiday pay", 3858, 4244, "EUR", "month", "€3858–€4244/month"],
    ["55k-90k €", 55000, 90000, "EUR", null, "55k-90k €"],
    ["60k-160k$ annual compensation", 60000, 160000, "$", "year", "60k-160k$ annual"],
    ["CHF 6’500 per month", 6500, 6500, "CHF", "month", "CHF 6’500 per month"],
    ["€65.000 gross", 65000, 65000, "EUR", null, "€65.000"],
    ["120 000 PLN", 120000, 120000, "PLN", null, "120 000 PLN"],
    ["PLN 181 000 - 271 000 gross/year", 181000, 271000, "PLN", "year", "PLN 181 000 - 271 000 gross/year"],
    ["7 000 zł~9 000 zł", 7000, 9000, "PLN", null, "7 000 zł~9 000 zł"],
    ["CA$120,000 - CA$140,000", 120000, 140000, "CAD", null, "CA$120,000 - CA$140,000"],
    ["C$90k", 90000, 90000, "CAD", null, "C$90k"],
    ["A$150,000", 150000, 150000, "AUD", null, "A$150,000"],
    ["DKK 866.000 kr.~1.190.000 kr.", 866000, 1190000, "DKK", null, "DKK 866.000 kr.~1.190.000 kr."],
    ["20 to 45 lakhs INR per annum", 2000000, 4500000, "INR", "year", "20 to 45 lakhs INR per annum"],
    ["$60 ~ $80k yearly salary", 60000, 80000, "$", "year", "$60 ~ $80k yearly"],
    ["$110-145,000", 110000, 145000, "$", null, "$110-145,000"],
    ["between $90k and $120k USD", 90000, 120000, "USD", null, "$90k and $120k USD"],
    ["MIN: $107,200 - MID: $134,000 - MAX: $160,800 CAD", 107200, 160800, "CAD", null, "$107,200 - MID: $134,000 - MAX: $160,800 CAD"],
    ["$70–110/hr", 70, 110, "$", "hour", "$70–110/hr"],
    ["an hourly rate of $100.00, adjusted by location", 100, 100, "$", "hour", "$100.00"],
    ["$200k Salary - $400k Total Compensation", 200000, 200000, "$", null, "$200k"],
    ["R$ 12.000,00/month", 12000, 12000, "BRL", "month", "R$ 12.000,00/month"],
    // Other languages: range words, "between … and", multipliers, separators, period words.
    ["R$ 8.000 a R$ 12.000", 8000, 12000, "BRL", null, "R$ 8.000 a R$ 12.000"],
    ["R$ 7 mil a R$ 9 mil", 7000, 9000, "BRL", null, "R$ 7 mil a R$ 9 mil"],
    ["a partir de R$ 6.500,00", 6500, null, "BRL", null, "a partir de R$ 6.500,00"],
    ["entre 5.500,00 e 7.000,00 reais", 5500, 7000, "BRL", null, "5.500,00 e 7.000,00 reais"],
    ["R$ 40,00 a 80,00 por hora", 40, 80, "BRL", "hour", "R$ 40,00 a 80,00 por hora"],
    ["$1.200.000 líquidos al mes", 1200000, 1200000, "$", "month", "$1.200.000 líquidos al mes"],
    ["entre 35K€ et 45K€", 35000, 45000, "EUR", null, "35K€ et 45K€"],
    ["45–55 k€ brut annuel", 45000, 55000, "EUR", "year", "45–55 k€ brut annuel"],
    ["5.000 € brutto/Monat", 5000, 5000, "EUR", "month", "5.000 € brutto/Monat"],
    ["EUR 3.500 bis 5.500 brutto pro Monat", 3500, 5500, "EUR", "month", "EUR 3.500 bis 5.500 brutto pro Monat"],
    ["entre 40 000 et 50 000 €", 40000, 50000, "EUR", null, "40 000 et 50 000 €"],
    ["bis zu 70.000 € jährlich", null, 70000, "EUR", "year", "bis zu 70.000 € jährlich"],
    ["2500 à 3000 € par mois", 2500, 3000, "EUR", "month", "2500 à 3000 € par mois"],
    // A code in the figure's clause wins over its symbol.
    ["$120-150k SGD", 120000, 150000, "SGD", null, "$120-150k SGD"],
    ["$90k CAD", 90000, 90000, "CAD", null, "$90k CAD"],
    ["Base pay in AUD: $140k-$160k", 140000, 160000, "AUD", null, "$140k-$160k"],
    ["$120k for PHP developers", 120000, 120000, "$", null, "$120k"],
    ["(USD: $50-$53/hr, CAD: $45-$48/hr)", 50, 53, "USD", "hour", "$50-$53/hr"],
    ["US/CAN/UK: Senior Engineer - $165,000 to $195,000", 165000, 195000, "$", null, "$165,000 to $195,000"],
    // Lakh and crore are rupees.
    ["8–12 LPA", 800000, 1200000, "INR", "year", "8–12 LPA"],
    ["4.5-6 LPA CTC", 450000, 600000, "INR", "year", "4.5-6 LPA"],
    ["₹15 lakh", 1500000, 1500000, "INR", null, "₹15 lakh"],
    ["1.2 Cr", 12000000, 12000000, "INR", null, "1.2 Cr"],
    // A lone "L" is a lakh beside rupees, and only there.
    ["₹40-70L", 4000000, 7000000, "INR", null, "₹40-70L"],
    ["Rs. 12L - 18L", 1200000, 1800000, "INR", null, "Rs. 12L - 18L"],
    ["pack of 40L bags", 40, 40, null, null, "40L"],
    // "mil" is a thousand in pt/es ("R$ 7 mil").
    ["R$ 7 mil", 7000, 7000, "BRL", null, "R$ 7 mil"],
  ])("%s", (text, min, max, currency, period, raw) => {
    expect(first(text)).toEqual({ min, max, currency, period, raw });
  });

  it.each([
    ["a salary and a 13th salary", []],
    ["$13th salary + stock options", []],
    ["401(k) with 4% match", []],
  ])("%s has no figure with a currency", (text, expected) => {
    expect(findMoney(text).filter((r) => r.currency)).toEqual(expected);
  });

  it("reads no tax form's number as a figure: a bare 1099, the 35 of IR35", () => {
    expect(first("paid contract on 1099 — $4,000–$6,000/month")).toMatchObject({ min: 4000, max: 6000, raw: "$4,000–$6,000/month" });
    expect(first("Contract | Outside IR35 £500-£600/day")).toMatchObject({ min: 500, max: 600, raw: "£500-£600/day" });
    expect(first("Outside IR35 | £Day rate")).toBeNull();
    expect(first("$1099/month")).toMatchObject({ min: 1099, max: 1099 });
  });

  it("flags million/billion figures as large (funding, revenue)", () => {
    expect(findMoney("we raised $100M in our Series C with a $1.2B valuation").map((r) => r.large)).toEqual([true, true]);
  });

  it("reads an English '$1.5 mil' as a million, not R$ 1,500", () => {
    expect(findMoney("we raised $1.5 mil last spring").map((r) => r.large)).toEqual([true]);
  });

  it("a period word far back in the sentence must fit the size", () => {
    expect(first("annualized base salary (paid hourly) is $155,200 - $242,500")?.period).toBeNull();
  });

  // Its time is measured by scripts/hostile.mjs; here, what comes out of it.
  it("reads every figure of a 200,000-character line", () => {
    const found = findMoney("$1,0".repeat(50_000) + "1 000 ".repeat(20_000));
    expect(found).toHaveLength(69_999);
    expect(found[0]).toMatchObject({ min: 1, max: 1, currency: "$", raw: "$1,0" });
  });
});

describe("periodOfWord", () => {
  it.each([
    ["Hour", "hour"],
    ["YEAR", "year"],
    ["monthly", "month"],
    ["per annum", "year"],
    ["sometimes", null],
  ])("%s → %s", (word, period) => {
    expect(periodOfWord(word)).toBe(period);
  });
});

describe("phrasesSrc: word edges checked once around the whole alternation", () => {
  // The reference: each phrase with its own edge checks, as the tables read.
  const WORD = String.raw`[\p{L}\p{N}]`;
  const reference = (columns: Record<string, readonly string[]>) =>
    [...new Set(Object.values(columns).flat())]
      .sort((a, b) => b.length - a.length)
      .map((p) => {
        const body = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").split(" ").join(String.raw`[ \u00a0]+`).replace(/^\\?\//, String.raw`\/[ \u00a0]?`);
        return (/^[\p{L}\p{N}]/u.test(p) ? `(?<!${WORD})` : "") + body + (/[\p{L}\p{N}]$/u.test(p) ? `(?!${WORD})` : "");
      })
      .join("|");
  const columns = { en: ["p.a.", "p.a", "per year", "/yr", "/y", "a year", "max.", "max", "an"], de: ["/jahr", "pro jahr", "jährlich", "brutto/monat"], fr: ["à", "/an", "par an"] };
  const texts = [
    "$90k p.a. plus bonus", "$90k p.a plus", "$90k p.an", "120.000 € pro  Jahr", "50 €/ jahr", "50 €/jahresende", "€4000 brutto/Monat",
    "max. 80k", "max 80k", "maximal 80k", "3.500 à 4.000", "3.500 àx", "x/yr", "80k/year", "a year ago", "ayear", "Jährlich 60k", "60k /Y.",
    "an annual", "plan annual", "au p.a.x", "p.a.1", "80k per\u00a0year", "80k peryear",
  ];
  it.each(texts)("%s: same matches as a check per phrase", (text) => {
    for (const flags of ["iu", "giu"]) {
      const all = (re: RegExp) => (flags.includes("g") ? [...text.matchAll(re)].map((m) => [m.index, m[0]]) : [[re.exec(text)?.index, re.exec(text)?.[0]]]);
      expect(all(new RegExp(phrasesSrc(columns), flags))).toEqual(all(new RegExp(reference(columns), flags)));
    }
  });
});

describe("findMoney: periods only with a currency", () => {
  const text = "Shifts of 40 hours per week, paid $45 per hour; 2 weeks of leave";
  it("reads the same ranges, and the same period of a range with a currency", () => {
    const full = findMoney(text);
    const light = findMoney(text, { periodsOnlyWithCurrency: true });
    expect(light.map((r) => [r.min, r.max, r.currency, r.start])).toEqual(full.map((r) => [r.min, r.max, r.currency, r.start]));
    expect(light.find((r) => r.min === 45)?.period).toBe("hour");
    expect(full.find((r) => r.min === 40)?.period).toBe("week");
  });

  it("leaves the period of a range with no currency unread", () => {
    expect(findMoney(text, { periodsOnlyWithCurrency: true }).find((r) => r.min === 40)?.period).toBeNull();
  });
});
