import { describe, expect, it } from "vitest";
import { parsePosting } from "../../src/index.js";

const language = (text: string) => parsePosting(text).language;

describe("language", () => {
  it.each([
    [
      "en",
      "# Backend Engineer\n\nWe are a small team that builds tools for farmers. You will work with our data team and own the ingestion of the sensor data that our customers send us.",
    ],
    [
      "pt",
      "# Desenvolvedor Backend\n\nEstamos procurando uma pessoa para fazer parte do nosso time de produto. Você vai trabalhar com a equipe de dados e também com o time de infraestrutura, em um ambiente remoto.",
    ],
    [
      "es",
      "# Desarrollador Backend\n\nBuscamos una persona para sumarse a nuestro equipo de producto. Vas a trabajar con el equipo de datos y con los responsables de la infraestructura, en modalidad remota.",
    ],
    [
      "de",
      "# Backend-Entwickler (m/w/d)\n\nWir suchen für unser Produktteam eine Person, die mit uns die Datenplattform weiterentwickelt. Du arbeitest eng mit dem Team für Infrastruktur zusammen und bist ab sofort dabei.",
    ],
    [
      "fr",
      "# Développeur backend\n\nNous recherchons une personne pour rejoindre notre équipe produit. Vous travaillerez avec les équipes données et infrastructure, dans une entreprise à taille humaine basée à Lyon.",
    ],
    ["zh", "# 后端工程师\n\n我们正在寻找一位有经验的后端工程师加入我们的团队，负责设计和开发公司的核心服务，并与产品团队紧密合作。"],
    ["ru", "# Бэкенд-разработчик\n\nМы ищем опытного разработчика, который будет проектировать и развивать наши сервисы вместе с командой продукта."],
  ])("reads %s", (code, text) => {
    expect(language(text)).toBe(code);
  });

  it("says nothing for a list of technology names", () => {
    expect(language("# FRONTEND SR\n\n- HTML, JS, CSS\n- Handlebars\n- Vue.js Sass pug")).toBeNull();
  });

  it("reads a Portuguese posting with English technology words as Portuguese", () => {
    const text =
      "# Vaga: Desenvolvedor Android Pleno\n\n## Requisitos\n\n- Experiência com Kotlin e Jetpack Compose\n- Conhecimento de testes unitários e de integração\n- Vivência com CI/CD e Git flow\n\n## Diferenciais\n\n- Experiência com apps de grande escala na loja";
    expect(language(text)).toBe("pt");
  });

  it("ignores links and e-mail addresses", () => {
    expect(language("Write: the.and.you.with.our@example.com, https://example.com/the/and/with/our/you/will/this/that")).toBeNull();
  });
});

describe("language: the cheap pre-checks change no answer", () => {
  const english = "We are a small team and you will work with our data team. Your work will have an effect on what the customers of this product see, and we're glad of that.";
  it("reads the words around links and addresses, not the words inside them", () => {
    // Links full of another language's function words: were they read, the text would look mixed.
    const links = " https://example.com/der-die-und-mit-nicht www.und-der-die-mit.de jobs@der-die-und.de".repeat(6);
    expect(language(`# Engineer\n\n${english}${links}`)).toBe("en");
  });
  it("still sends a sample with letters of another script to the detector", () => {
    expect(language("# Бэкенд-разработчик\n\nМы ищем опытного разработчика, который будет проектировать и развивать наши сервисы.")).toBe("ru");
  });
});
