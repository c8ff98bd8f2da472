// salary (SPEC §1): header badge > Salary: field > first base-pay range in prose; base pay only;
// bare `$` by the posting's only country; period stated or guessed by size, with warnings.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { extractSalary } from "../../src/extract/salary.js";
import type { Earlier } from "../../src/core/types.js";

const header = (badge: string) => `# [Engineer](https://example.com/job)\n\n### Acme\n\n#### \`💰 ${badge}\` \`🌎 Remote\`\n\n## About\n\nWe build things.\n`;
const salaryOf = (text: string, earlier: Earlier = {}) => extractSalary(buildDocument(text), earlier);
const brief = (text: string, earlier: Earlier = {}) => {
  const v = salaryOf(text, earlier).value;
  return v ? [v.min, v.max, v.currency, v.period] : null;
};
const where = (countries: string[]): Earlier => ({ location: { raw: null, workplace: null, countries, regions: [], cities: [] } });

describe("header badge", () => {
  it.each([
    ["USD 180000.0~250000.0", [180000, 250000, "USD", "year"]],
    ["USD $190,800~$267,100", [190800, 267100, "USD", "year"]],
    ["$165,000 - $190,000 CAD", [165000, 190000, "CAD", "year"]],
    ["$174,000/yr - $235,000/yr", [174000, 235000, "USD", "year"]],
    ["$125,000 - $195,000 + bonus + equity + benefits", [125000, 195000, "USD", "year"]],
    ["181 000 - 271 000 PLN gross/year", [181000, 271000, "PLN", "year"]],
    ["$55.00/hr", [55, 55, "USD", "hour"]],
    ["Competitive", null],
    ["$Competitive Salary plus Equity", null],
    ["Not specified", null],
    ["$0/yr - $0/yr", null],
    ["USD $1~$1", null],
    ["$250,000- $280,000 OTE", null],
    ["**Funding.** In October 2021, we raised $100M in our Series C", null],
    ["$150/month dogfooding budget", null],
    // The word cash after a figure names its cash pay, whatever is offered beside it.
    ["£150k+ cash/equity", [150000, null, "GBP", "year"]],
    ["$20,000 cash bonus", null],
  ])("%s", (badge, expected) => {
    expect(brief(header(badge))).toEqual(expected);
  });

  it("keeps the badge text as raw", () => {
    expect(salaryOf(header("USD 180000.0~250000.0")).value?.raw).toBe("USD 180000.0~250000.0");
  });

  it("beats a different body range, with a warning naming both", () => {
    const r = salaryOf(header("$100,000 - $120,000") + "\nThe base salary range for this role is $110,000 - $130,000.\n");
    expect(r.value?.min).toBe(100000);
    expect(r.warnings?.some((w) => w.includes("$110,000 - $130,000") && w.includes("header"))).toBe(true);
  });

  it("without a figure gives way to the body", () => {
    expect(brief(header("Competitive") + "\nThe base salary range for this role is $110,000 - $130,000.\n")).toEqual([110000, 130000, "USD", "year"]);
  });
});

describe("fields", () => {
  it.each([
    ["Pay: Up to $30 per hour\n", [null, 30, "USD", "hour"]],
    ["Salary Range: $160,000 - $240,000 + equity\n", [160000, 240000, "USD", "year"]],
    ["- Salary outside London: £54,000 - £63,000\n- Salary inside London: £60,000-£70,000\n", [54000, 63000, "GBP", "year"]],
    ["Salary: €3858–€4244/month + 8% holiday pay\n", [3858, 4244, "EUR", "month"]],
    ["Compensation: from $2500/month\n", [2500, null, "USD", "month"]],
    ["Salary: Competitive\n", null],
    ["Salary: DOE\n", null],
    // A pay key in the posting's language, and a range with no currency among words, beats the body's figure.
    ["**Salario**: Horquilla de salida entre 30K y 40K, según experiencia\n\nNos reservamos una horquilla de entre 35K€ y 45K€.\n", [30000, 40000, null, "year"]],
    ["Salary: 50000 in 2023 grants\n", null],
    ["**Compensation:** Competitive salary. We offer healthcare and 4 weeks paid vacation.\n", null],
  ])("%s", (text, expected) => {
    expect(brief(`Intro paragraph.\n\n${text}`)).toEqual(expected);
  });

  it.each([
    ['---\ntitle: Python developer\nsalary: "55k-90k €"\n---\n\nBody.\n', [55000, 90000, "EUR", "year"]],
    ["---\ntitle: RSE\nbaseSalary: 19\nsalaryCurrency: GBP\nsalaryPeriod: Hour\n---\n\nBody.\n", [19, 19, "GBP", "hour"]],
  ])("frontmatter %#", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("body prose", () => {
  it.each([
    ["The base salary range for this role is $200,000 to $240,000, depending on experience.", [200000, 240000, "USD", "year"]],
    ["Our salary ranges are based on market data: USD $51,850 to $171,450 for this level.", [51850, 171450, "USD", "year"]],
    ["₹45,000 per month or equivalent (full-time internship/contract)", [45000, 45000, "INR", "month"]],
    ["Acme | REMOTE (US) | Contract | $70–110/hr", [70, 110, "USD", "hour"]],
    ["We offer a salary of up to £70000 per annum.", [null, 70000, "GBP", "year"]],
    ["We raised $50M from investors and are valued at $12B.", null],
    ["Deel has raised $400M and serves 15,000 customers.", null],
    ["You get a $2,000 learning budget and a $5,000 signing bonus.", null],
    ["Employer match on 401k contributions up to 10% (cap at $10,000).", null],
    ["The expected on-target compensation for this role is $120,000-$150,000.", null],
    ["Competitive salary and equity.", null],
    // A role's own piped line states its pay in a segment, as a header does: in thousands, with a currency or not.
    ["Roles:\n\n- Lead Product Designer | Equity | 100k+ (based on experience) + quarterly bonus\n", [100000, null, null, "year"]],
    ["- Lead Product Designer | Equity | 20,000 sales reps use it\n", null],
    // The pay word may follow the figure; a later figure's words are its own.
    ["Landing a job here could mean a payroll between 60k-160k$ annual compensation.", [60000, 160000, "USD", "year"]],
    ["Acme | Senior Engineer | ONSITE | New York City | $200k Salary - $400k Total Compensation", [200000, 200000, "USD", "year"]],
    ["We have $2,000 per year to spend on conferences.", null],
  ])("%s", (text, expected) => {
    expect(brief(`# Engineer\n\n${text}\n`)).toEqual(expected);
  });

  it("skips allowances listed under a perks heading", () => {
    expect(brief("# Engineer\n\n## Perks\n\n- Food vouchers 3,257 MXN / month\n- Cultural tickets 200 RON/month\n")).toBeNull();
  });

  it("takes a figure under a compensation heading", () => {
    expect(brief("# Engineer\n\n## Compensation\n\n$120,000 - $150,000\n")).toEqual([120000, 150000, "USD", "year"]);
  });
});

describe("body prose in other languages", () => {
  it.each([
    ["**Remuneração**\nR$ 5000 - R$7000 (CLT)\nVale refeição (R$22/dia)\n", [5000, 7000, "BRL", "month"]],
    ["A vaga paga entre 5.500,00 e 7.000,00 reais.\n", null],
    ["## Salário\n\nA vaga paga entre 5.500,00 e 7.000,00 reais.\n", [5500, 7000, "BRL", "month"]],
    ["Für diese Position bieten wir ein Gehalt von EUR 3.500 bis 5.500 brutto pro Monat an.\n", [3500, 5500, "EUR", "month"]],
    ["La fourchette de rémunération se situe entre 38k€ et 45k€ annuelle brute.\n", [38000, 45000, "EUR", "year"]],
    // The word for a pay band alone ("faixa de", "horquilla") says the figures are pay.
    ["## Contratação\n\n- 40 horas semanais\n- Faixa de R$ 1.800,00 a R$ 2.200,00 - CLT\n", [1800, 2200, "BRL", "month"]],
    ["Tenemos una horquilla de entre 35K€ y 45K€ para este puesto.\n", [35000, 45000, "EUR", "year"]],
    ["Sueldo: a combinar\n", null],
    ["Salaire : selon profil\n", null],
    ["Gehalt: nach Vereinbarung\n", null],
  ])("%j → %j", (text, expected) => {
    expect(brief(`# Dev\n\n${text}`)).toEqual(expected);
  });
});

describe("a month's pay written as net or gross", () => {
  const FR = "Vous travaillerez avec une équipe qui développe des outils pour nos clients. Nous cherchons des personnes avec de l'expérience.\n\n";
  it.each([
    ["Salaire : 2300 euros nets, tickets restaurant.\n", [2300, 2300, "EUR", "month"]],
    ["Salaire : entre 2000 euros et 2400€ bruts.\n", [2000, 2400, "EUR", "month"]],
    // A year's figure, or no net/gross word, keeps the usual reading.
    ["Salaire : 42000 euros bruts.\n", [42000, 42000, "EUR", "year"]],
    ["Salaire : 2300 euros.\n", [2300, 2300, "EUR", null]],
  ])("%j → %j", (text, expected) => {
    expect(brief(`# Développeur\n\n${FR}${text}`, { language: "fr" })).toEqual(expected);
  });

  it("is not read so in an English posting", () => {
    expect(brief("# Developer\n\nYou will work with a team that builds tools for our clients and we are looking for people with experience.\n\nSalary: 2300 EUR net, paid in euros.\n", { language: "en" })).toEqual([2300, 2300, "EUR", null]);
  });
});

describe("currency and period rules", () => {
  it.each([
    [["CA"], "CAD"],
    [["AU"], "AUD"],
    [["NZ"], "NZD"],
    [["SG"], "SGD"],
    [["HK"], "HKD"],
    [["MX"], "USD"],
    [["CL"], "USD"],
    [["BG"], "USD"],
    [["CA", "US"], "USD"],
    [[], "USD"],
  ])("bare $ with countries %j → %s", (countries, currency) => {
    const r = salaryOf(header("$100,000 - $120,000"), where(countries));
    expect(r.value?.currency).toBe(currency);
    expect(r.warnings?.some((w) => w.includes("bare $"))).toBe(true);
  });

  it.each([
    [["MX"], "es", "MXN"],
    [["CL"], "es", "CLP"],
    [["AR"], "es", "ARS"],
    [["CO"], "es", "COP"],
    [["MX"], "en", "USD"],
    [["CA"], "fr", "CAD"],
    [["ES"], "es", "USD"],
  ])("bare $ with countries %j in a posting in %s → %s", (countries, language, currency) => {
    const earlier = { ...where(countries), language } as Earlier;
    expect(salaryOf(header("$100,000 - $120,000"), earlier).value?.currency).toBe(currency);
  });

  it.each([
    ["BRL 8000", "month"],
    ["BRL 150000", "year"],
    ["CLP 1200000", "month"],
    ["COP 12000000", "year"],
    ["PLN 15000", "month"],
    ["EUR 5000", null],
    ["USD 36000-42000", "year"],
    ["USD 30-45", "hour"],
    ["USD 3000-4000", null],
  ])("%s with no period stated → %s, with a warning", (badge, period) => {
    const r = salaryOf(header(badge));
    expect(r.value?.period).toBe(period);
    expect(r.warnings?.some((w) => w.includes("no period"))).toBe(true);
  });
});

describe("salary in a page's frontmatter summary", () => {
  it("reads a tagline's pay line, its character references decoded", () => {
    expect(brief("---\ntitle: Data Engineer\ntagline: Package - &pound;40,000 - &pound;60,000 DOE + profit share\n---\n\nWe build data products.\n")).toEqual([40000, 60000, "GBP", "year"]);
  });
});
