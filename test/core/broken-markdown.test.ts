// Markdown typed into issue forms: glued headings and bullets, tab-only lines, read as meant,
// with every line kept where it was.
import { describe, expect, it } from "vitest";
import { repairBrokenMarkdown } from "../../src/core/broken-markdown.js";
import { parsePosting } from "../../src/index.js";

describe("repairBrokenMarkdown", () => {
  it.each([
    ["###Requisitos\n- Go", "### Requisitos\n- Go"],
    ["-vale refeição\n-plano de saúde", "- vale refeição\n- plano de saúde"],
    ["- Go\n*Kotlin", "- Go\n* Kotlin"],
    ["Text\n\t\nMore", "Text\n\nMore"],
    ["#Vaga Backend Pleno", "# Vaga Backend Pleno"],
    // The closing half of a bold label split across a blank line, left before the first bullet.
    ["**Ce dont vous aurez besoin:\n\n** - Être curieux\n\n- Git", "**Ce dont vous aurez besoin:\n\n- Être curieux\n\n- Git"],
  ])("%j → %j", (input, output) => {
    expect(repairBrokenMarkdown(input).text).toBe(output);
  });

  it.each([
    ["#hiring", "a lone hashtag"],
    ["#remote #react", "a line of hashtags"],
    ["*Remote only*", "emphasis"],
    ["-ish, as they say", "a lone glued dash"],
    ["** - a bold run** that closes on its line", "bold that closes"],
    ["```\n###not a heading\n-a\n-b\n```", "fenced code"],
  ])("leaves %j alone (%s)", (input) => {
    expect(repairBrokenMarkdown(input).text).toBe(input);
  });

  it("never changes the number of lines", () => {
    const text = "###A\n\t\n-x\n-y\n#Titulo da vaga\n";
    expect(repairBrokenMarkdown(text).text.split("\n")).toHaveLength(text.split("\n").length);
  });

  it("gives the items of glued bullets under a glued heading", () => {
    const posting = parsePosting("# Dev\n\nUma vaga no nosso time.\n\n###Benefícios\n-Plano de saúde\n-Vale refeição\n");
    expect(posting.benefits).toEqual(["Plano de saúde", "Vale refeição"]);
  });
});

describe("text in other scripts", () => {
  it.each([
    ["Chinese", "# 后端工程师\n\n## 岗位职责\n\n- 设计和开发核心服务\n- 参与代码评审\n\n## 任职要求\n\n- 三年以上 Go 开发经验\n"],
    ["Cyrillic", "# Бэкенд-разработчик\n\n**Обязанности:**\n\n- Развивать сервисы на Go\n- Писать тесты\n\nМы ищем разработчика в Москве.\n"],
  ])("keeps %s text whole and parses it", (_, text) => {
    const posting = parsePosting(text);
    const all = [posting.title, ...posting.requirements, ...posting.responsibilities].filter(Boolean).join("\n");
    // Every item is a line of the input, character for character.
    for (const item of [...posting.requirements, ...posting.responsibilities]) expect(text).toContain(item);
    expect(all).not.toMatch(/\uFFFD|Ã|Â/);
    expect(posting.title).toBe(text.split("\n")[0].slice(2));
  });

  it("reads the Chinese sections by their headings", () => {
    const posting = parsePosting("# 后端工程师\n\n## 岗位职责\n\n- 设计和开发核心服务\n\n## 任职要求\n\n- 三年以上 Go 开发经验\n");
    expect(posting.responsibilities).toEqual(["设计和开发核心服务"]);
    expect(posting.requirements).toEqual(["三年以上 Go 开发经验"]);
  });
});
