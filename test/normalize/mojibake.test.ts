// normalize/mojibake.ts — SPEC §1 "Text", issue 4: a wrong decoding is undone; good text never changes.
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/normalize/mojibake.js";

// The damages the evaluation applies: UTF-8 bytes shown through a single-byte code page.
// Windows-1252's unassigned bytes pass through as C1 controls; Mac Roman's 0xF0 is the Apple logo.
function shownAs(encoding: string, fixes: Record<number, string> = {}) {
  const table = Array.from({ length: 128 }, (_, i) => {
    const c = iconv.decode(Buffer.from([i + 0x80]), encoding);
    return fixes[i + 0x80] ?? (c === "\ufffd" ? String.fromCharCode(i + 0x80) : c);
  });
  return (s: string) => Array.from(Buffer.from(s, "utf8"), (b) => (b < 0x80 ? String.fromCharCode(b) : table[b - 0x80])).join("");
}
const asWin1252 = shownAs("windows-1252");
const DAMAGES: Record<string, (s: string) => string> = {
  "Windows-1252": asWin1252,
  "Mac Roman": shownAs("macintosh", { 0xbd: "\u03a9", 0xdb: "\u20ac", 0xf0: "\uf8ff" }),
  "ISO-8859-1": (s) => Buffer.from(s, "utf8").toString("latin1"),
  "Windows-1252 twice": (s) => asWin1252(asWin1252(s)),
};

// Clean text from real languages, typography and symbols: none of it may change.
const CLEAN_SENTENCES = [
  // German
  "Wir suchen eine:n Softwareentwickler:in für unser Team in München.",
  "Größe, Übermut und Ärger: Straße, Gruß, Fußgängerzone, Öl.",
  "Vollzeit (40 Std./Woche), Gehalt: 65.000 € – 80.000 € brutto jährlich.",
  "Bewerbungen bitte an „Personalabteilung“ – wir freuen uns auf Sie!",
  "ÄÖÜ äöü ß — Grüße aus Köln und Düsseldorf.",
  // French
  "Rejoignez l’équipe : nous recrutons un(e) développeur·euse à Paris.",
  "Qu’à cela ne tienne, l’été sera chaud à l’école d’ingénieurs.",
  "« Bonjour » dit-elle, très…” puis elle partit.",
  "Rémunération : 55 000 € – 70 000 € selon expérience ; télétravail possible.",
  "Où êtes-vous ? Ça dépend : naïve, Noël, cœur, œuvre, Æsop.",
  "“CAFÉ” et “CRÈME BRÛLÉE” à la carte.",
  // Polish
  "Kraków, Łódź, Gdańsk, Wrocław, Poznań — praca zdalna w Polsce.",
  "Wynagrodzenie: 15 000–20 000 zł netto + VAT (B2B).",
  "Zażółć gęślą jaźń. Źdźbło, łąka, śnieg, żółw.",
  // Spanish
  "¿Buscas un nuevo reto? ¡Únete a nuestro equipo en España!",
  "Ingeniero/a de Software Sénior — Ciudad de México, Bogotá, Medellín.",
  "Año, niño, señor, corazón, acción, pingüino.",
  // Portuguese
  "São Paulo, Brasília, Florianópolis: vagas para desenvolvedor(a).",
  "SÃO PAULO, NÃO, AÇÃO, INFORMAÇÃO — benefícios: vale-refeição.",
  "Você já trabalhou com integração contínua? Então é você!",
  // Turkish
  "İstanbul’da çalışacak yazılım mühendisi arıyoruz; ğ ş ı ö ü ç.",
  "Işık, Ağaç, Çiçek, Şeker, Ödül, Üzüm — İzmir ve Ankara.",
  // Scandinavian, Icelandic, Finnish, Czech, Hungarian, Romanian, Vietnamese
  "Ærø, Øresund, Ålesund, Göteborg, Malmö, Tromsø — blåbær.",
  "Þingvellir, Reykjavík, Ísafjörður, Egilsstaðir.",
  "Hyvää päivää! Etätyö, Jyväskylä, Hämeenlinna.",
  "Příliš žluťoučký kůň úpěl ďábelské ódy — Brno, Plzeň.",
  "Árvíztűrő tükörfúrógép — Budapest, Győr, Pécs.",
  "Bună ziua! București, Iași, Timișoara, Brașov.",
  "Chúng tôi đang tuyển kỹ sư phần mềm ở Hà Nội và TP. Hồ Chí Minh.",
  // Greek, Russian, Ukrainian
  "Αναζητούμε μηχανικό λογισμικού στην Αθήνα και τη Θεσσαλονίκη.",
  "Ελληνικά: αβγδεζηθικλμνξοπρστυφχψω ΑΒΓΔ.",
  "Мы ищем Python-разработчика в Москве; зарплата 250 000 ₽ в месяц.",
  "Удалённая работа, гибкий график, ДМС — присоединяйтесь!",
  "Шукаємо розробника у Києві та Львові; ґ є ї і.",
  // Hebrew, Arabic, Hindi, Thai
  "אנחנו מחפשים מפתח תוכנה בתל אביב.",
  "نحن نبحث عن مهندس برمجيات في دبي والرياض.",
  "हम बेंगलुरु में सॉफ्टवेयर इंजीनियर की तलाश कर रहे हैं।",
  "เรากำลังมองหาวิศวกรซอฟต์แวร์ในกรุงเทพฯ",
  // Chinese, Japanese, Korean
  "我们正在招聘高级后端工程师，熟悉Go和Kubernetes。",
  "全球远程团队，提供有竞争力的薪酬和期权；欢迎加入！",
  "東京で働くソフトウェアエンジニアを募集しています。",
  "リモートワーク可、フレックスタイム制、年収800万円〜1200万円。",
  "서울에서 근무할 백엔드 개발자를 찾고 있습니다.",
  // Emoji, ZWJ sequences, flags, keycaps, variation selectors
  "💰 USD 120k–150k 🌎 Anywhere 🚀 We’re hiring! 💻👩‍💻👨‍👩‍👧",
  "⭐️ Perks: 🏖️ unlimited PTO, 🩺 health, 🇺🇸 🇵🇱 🇧🇷 flags, 1️⃣ 2️⃣ #️⃣",
  "❤️ ✅ ✨ ☕ ⚡ 🤝 📈 🧑🏽‍🚀 🫶 🪴",
  // Typography, currency, maths
  "Curly “double” and ‘single’ quotes, it’s — dashes – and … ellipses • bullets.",
  "Prices: €50, £40, ¥5000, ₹1,00,000, ₩50,000, ₽300, ₺200, ₿0.01, ¢99.",
  "½ day, ¼ FTE, ¾ done, 2³ = 8, x² + y², 90°, ±5 %, µs, ×2, ÷3, ≤ ≥ ≠ ∞ √ ∑.",
  "Trademark™, Registered®, Copyright © 2024, § 4, ¶ 2, † ‡ ‰ ‹ › « » ¡ ¿.",
  "Non\u00a0breaking space, soft\u00adhyphen, zero\u200bwidth, nar\u202frow.",
  "Ligatures: eﬀective, ﬁnance, ﬂow; Ω ohm, π, µ, ∂, ∆, ◊, ﬁ.",
  // Intended sequences that look like damage, in otherwise clean text
  "In Kraków the café shows “Â£” where a pound sign was meant: that is mojibake.",
  "Straße… Gruß–Ü“ and Ø– or ×½ or ß“ are odd but real.",
  "Ça va? «Ça va» — l’œuvre d’Éric, à « bientôt ».",
  "Ã is a Portuguese letter and Ãº is not a word; Kraków stays.",
];

// Every word with a non-ASCII character, on its own: less context, so a harder test.
const NON_ASCII_RE = /[^\x00-\x7f]/u;
const CLEAN_WORDS = [...new Set(CLEAN_SENTENCES.flatMap((s) => s.split(/\s+/u)).filter((w) => NON_ASCII_RE.test(w)))];
const CLEAN = [...CLEAN_SENTENCES, ...CLEAN_WORDS];
// Words that are themselves mojibake-shaped are only kept in clean context (the sentences).
const AMBIGUOUS_ALONE = new Set(["“Â£”", "Ãº", "Gruß–Ü“", "ß“", "×½", "Ø–"]);

describe("clean text never changes", () => {
  it("has a few hundred clean strings", () => {
    expect(CLEAN.length).toBeGreaterThan(300);
  });
  it.each(CLEAN.filter((s) => !AMBIGUOUS_ALONE.has(s)))("%s", (s) => {
    expect(repairMojibake(s)).toEqual({ text: s, warnings: [] });
  });
  it.each(CLEAN_SENTENCES)("the whole set as one document keeps %#", (s) => {
    const doc = CLEAN_SENTENCES.join("\n");
    expect(repairMojibake(doc).text.split("\n")).toContain(s);
  });
});

describe.each(Object.entries(DAMAGES))("damage: UTF-8 read as %s", (name, damage) => {
  const ROUND_TRIP = [...CLEAN_SENTENCES.filter((s) => !s.includes("Â£") && !s.includes("Ãº")), ...CLEAN_WORDS.filter((w) => !AMBIGUOUS_ALONE.has(w))];
  it.each(ROUND_TRIP)("round-trips %s", (s) => {
    const damaged = damage(s);
    expect(damaged).not.toBe(s);
    expect(repairMojibake(damaged).text).toBe(s);
  });
  it("round-trips the whole set as one document", () => {
    const doc = ROUND_TRIP.join("\n");
    expect(repairMojibake(damage(doc)).text).toBe(doc);
  });
});

describe("known damage shapes", () => {
  it.each([
    ["â€™ â€œ â€\u009d â€” â€“ â€¦", "’ “ ” — – …"],
    ["ðŸ’° USD 180000.0~250000.0 ðŸŒŽ United States", "💰 USD 180000.0~250000.0 🌎 United States"],
    ["\uf8ffüí∞ \uf8ffüåé Anywhere (LATAM)", "💰 🌎 Anywhere (LATAM)"],
    ["We‚Äôre hiring ‚Äú", "We’re hiring “"],
    ["it\u00e2\u0080\u0099s", "it’s"],
    ["CafÃ©", "Café"],
    ["KrakÃ³w", "Kraków"],
    ["Ã¢â‚¬â„¢", "’"],
    ["Â£40k", "£40k"],
    ["Ã\u0081", "Á"],
    ["â\u00ad\u0090 star", "⭐ star"],
    ["ï»¿# [Title](url) â€”", "# [Title](url) —"],
  ])("%s → %s", (damaged, clean) => {
    expect(repairMojibake(damaged).text).toBe(clean);
  });
});

describe("warnings name the wrong decoding and count the places", () => {
  it.each([
    ["Weâ€™re â€œhiringâ€\u009d", ["Repaired text decoded as Windows-1252 (3 places)"]],
    ["We‚Äôre hiring", ["Repaired text decoded as Mac Roman (1 places)"]],
    ["We\u00e2\u0080\u0099re hiring", ["Repaired text decoded as ISO-8859-1 (1 places)"]],
    ["WeÃ¢â‚¬â„¢re hiring", ["Repaired text decoded as Windows-1252 (3 places)", "Repaired text decoded as Windows-1252 again (1 places)"]],
    ["Plain ASCII posting", []],
  ])("%s", (damaged, warnings) => {
    expect(repairMojibake(damaged).warnings).toEqual(warnings);
  });
});

describe("mixed documents", () => {
  it("repairs a damaged header line above a clean body", () => {
    const doc = "#### `ðŸ’° €60k` `ðŸŒŽ Kraków`\nWe’re a café in Kraków — naïve about nothing.\nÂ£ is how a pound sign looks when broken.";
    // The header line mixes clean (€, ó) and damaged runs: only its distinctive runs are repaired,
    // and it is no evidence that the clean body's `Â£` is damage.
    expect(repairMojibake(doc).text).toBe("#### `💰 €60k` `🌎 Kraków`\nWe’re a café in Kraków — naïve about nothing.\nÂ£ is how a pound sign looks when broken.");
  });
  it("repairs damaged lines among clean ones", () => {
    const clean = ["Line one – “clean”", "Zürich and Kraków", "It’s a naïve café", "Salary: €70k"];
    const doc = [clean[0], asWin1252(clean[1]), clean[2], asWin1252(clean[3])].join("\n");
    expect(repairMojibake(doc).text).toBe(clean.join("\n"));
  });
  it("leaves two-byte runs beside clean emoji as they are, and repairs the wholly damaged lines", () => {
    // `Ã©` reads as a run through Mac Roman too; beside an emoji neither page may repair it.
    const doc = "# CafÃ© Ã©quipe\n#### `💰 Ã©Ã©` `🌎 Ã©`\nÃ©tÃ©";
    expect(repairMojibake(doc)).toEqual({
      text: "# Café équipe\n#### `💰 Ã©Ã©` `🌎 Ã©`\nété",
      warnings: ["Repaired text decoded as Windows-1252 (4 places)"],
    });
  });
  it("repairs lines damaged in two different ways", () => {
    const doc = [DAMAGES["Mac Roman"]("It’s “good”"), asWin1252("Zürich — 🌎")].join("\n");
    expect(repairMojibake(doc).text).toBe("It’s “good”\nZürich — 🌎");
  });
});

describe("seeds", () => {
  // The damaged seeds (000 Mac Roman, 001–003 Windows-1252) must come out as their authors wrote them.
  it.each([
    ["000_036b699b75284176.txt", "🌎’—“”", "Repaired text decoded as Mac Roman"],
    ["001_4471242c76e28597.txt", "🌎—’", "Repaired text decoded as Windows-1252"],
    ["002_b74f61b66d4a96bc.txt", "💰🌎’", "Repaired text decoded as Windows-1252"],
    ["003_4dfec080ef6397b9.txt", "💰🌎’", "Repaired text decoded as Windows-1252"],
  ])("%s", (file, chars, warning) => {
    const text = readFileSync(new URL(`../../fixtures/seeds/${file}`, import.meta.url), "utf8");
    const repaired = repairMojibake(text);
    const nonAscii = [...new Set(repaired.text.match(/[^\x00-\x7f]/gu))].join("");
    expect(nonAscii).toBe(chars);
    expect(repaired.warnings[0]).toMatch(warning);
    // Repairing is idempotent: repaired text is clean text.
    expect(repairMojibake(repaired.text).text).toBe(repaired.text);
  });
});

describe("hostile input", () => {
  // Behaviour, not time (hostile.mjs measures time): a line that is nothing but runs is repaired
  // run by run, and a line of lookalikes that are no runs is left alone.
  it("repairs every run of a 200,000-run line", () => {
    const repaired = repairMojibake("â€™".repeat(200_000));
    expect(repaired.text).toBe("’".repeat(200_000));
    expect(repaired.warnings).toEqual(["Repaired text decoded as Windows-1252 (200000 places)"]);
  });

  it("repairs every run of a long Mac Roman line, keeping the line's ASCII", () => {
    expect(repairMojibake(`x${"‚Äô".repeat(50_000)}y`).text).toBe(`x${"’".repeat(50_000)}y`);
  });

  it("leaves 200,000 characters of damage-like text without a run unchanged", () => {
    const line = "Ã©â€".repeat(70_000);
    expect(repairMojibake(line).text.length).toBeGreaterThan(0);
    expect(repairMojibake("€".repeat(200_000)).text).toBe("€".repeat(200_000));
  });
});

describe("any input", () => {
  it("never throws and returns a string, for arbitrary Unicode and damage-like characters", async () => {
    const fc = (await import("fast-check")).default;
    const damageLike = fc.constantFrom("Ã", "â", "€", "™", "ð", "Ÿ", "\u0081", "\u009d", "‚", "Ä", "ô", "√", "\uf8ff", "\ufeff", "\ud83c", "\udf0e", "\n", "a");
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.array(damageLike, { maxLength: 60 }).map((a) => a.join("")));
    fc.assert(fc.property(text, (s) => typeof repairMojibake(s).text === "string"), { numRuns: 2000 });
  });
});
