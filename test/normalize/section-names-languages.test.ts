// The heading vocabulary in Portuguese, Spanish, German, French, Italian and Chinese: each language is a
// column of the table, headings are read by meaning and with or without their accents.
import { describe, expect, it } from "vitest";
import { classifyHeading, HEADING_LANGUAGES, SECTION_NAMES } from "../../src/normalize/section-names.js";

describe("classifyHeading in other languages", () => {
  it.each([
    ["Requisitos obrigatórios:", "requirements"],
    ["Requisitos excluyentes", "requirements"],
    ["O que buscamos", "requirements"],
    ["Lo que buscamos 💡", "requirements"],
    ["Dein Profil", "requirements"],
    ["Was du mitbringst:", "requirements"],
    ["Votre profil", "requirements"],
    ["Profil recherché", "requirements"],
    ["Compétences", "requirements"],
    ["Qualificacoes", "requirements"],
    ["Diferenciais", "niceToHave"],
    ["Requisitos desejáveis", "niceToHave"],
    ["Deseable", "niceToHave"],
    ["Sería un plus", "niceToHave"],
    ["Wünschenswert", "niceToHave"],
    ["Von Vorteil", "niceToHave"],
    ["Un plus", "niceToHave"],
    ["Atouts", "niceToHave"],
    ["Compétences souhaitées", "niceToHave"],
    ["L’Compétences", "requirements"],
    ["En rejoignant Acme :", "benefitsIfList"],
    ["Contexte et atouts du poste", "none"],
    ["Modalités", "none"],
    ["#394  Descrição da vaga", "responsibilities"],
    ["2) Deine Aufgaben", "responsibilities"],
    ["1. Requisitos", "requirements"],
    ["Vous avez peut-être également", "niceToHave"],
    ["Será um extra se você tiver", "niceToHave"],
    ["Tes prochains défis", "responsibilities"],
    ["Vous serez amené(e) à :", "responsibilities"],
    ["Quais serão suas principais entregas?", "responsibilities"],
    ["Ce qu’on attend de toi", "requirements"],
    ["O que precisas de ter:", "requirements"],
    ["In diesen Themen fühlst du dich sicher", "requirements"],
    ["Voici ce qu’on t’offre", "benefits"],
    ["[Cherries on the cake 🍒]", "niceToHave"],
    ["POURQUOI NOUS AVONS BESOIN DE VOUS :", "none"],
    ["Ce qui sera attendu :", undefined],
    ["Responsabilidades 💻", "responsibilities"],
    ["Atividades", "responsibilities"],
    ["Atribuições", "responsibilities"],
    ["Funciones", "responsibilities"],
    ["Deine Aufgaben", "responsibilities"],
    ["Das erwartet dich", "responsibilities"],
    ["Vos missions", "responsibilities"],
    ["Le poste", "responsibilities"],
    ["岗位职责", "responsibilities"],
    ["Benefícios", "benefits"],
    ["Beneficios", "benefits"],
    ["¿Qué ofrecemos?", "benefits"],
    ["Wir bieten", "benefits"],
    ["Avantages", "benefits"],
    ["Ce que nous offrons :", "benefits"],
    ["Requisiti:", "requirements"],
    ["Chi cerchiamo", "requirements"],
    ["Costituiscono un plus:", "niceToHave"],
    ["Titolo preferenziale", "niceToHave"],
    ["Cosa farai", "responsibilities"],
    ["Di cosa ti occuperai", "responsibilities"],
    ["Cosa offriamo:", "benefits"],
    ["Cosa ti offriamo", "benefits"],
    ["Chi siamo", "none"],
    ["Sobre nós", "none"],
    ["Quiénes somos", "none"],
    ["Über uns", "none"],
    ["Qui sommes-nous ?", "none"],
    ["Como se candidatar", "none"],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it("keeps every language in a column of its own, not in the English variants", () => {
    for (const row of SECTION_NAMES) for (const v of row.variants) expect(v).not.toMatch(/[^\u0000-\u024f]|requisitos|aufgaben|profil\b/);
    expect(SECTION_NAMES.some((row) => HEADING_LANGUAGES.every((l) => (row[l] ?? []).length > 0))).toBe(true);
  });
});
