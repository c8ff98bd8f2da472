// normalize/data/skill-candidates.generated.ts: the names generated from linguist-languages,
// devicon and simple-icons (scripts/gen-skill-candidates.mjs) are exactly what the data and the
// reviewed lists give today, and they match only as spelled.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_SKILLS } from "../../src/normalize/data/skill-candidates.generated.js";
import { findSkills } from "../../src/normalize/skills.js";

const root = new URL("../..", import.meta.url).pathname;
const haveData = ["linguist-languages", "devicon", "simple-icons", "word-list"].every((p) => existsSync(`${root}node_modules/${p}/package.json`));

describe("generated skill candidates", () => {
  it.skipIf(!haveData)("agree with the data (after a dependency update: node scripts/gen-skill-candidates.mjs)", () => {
    expect(() => execFileSync(process.execPath, [`${root}scripts/gen-skill-candidates.mjs`, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("hold no ordinary English word or name the review blocked", () => {
    const names = GENERATED_SKILLS.map((r) => r[0]);
    for (const word of ["Dockerfile", "Makefile", "LinkedIn", "Hugo", "Janet", "Cairo", "Assembly", "Go", "Rust"]) expect(names).not.toContain(word);
    expect(names).toEqual(expect.arrayContaining(["CoffeeScript", "LabVIEW", "Thymeleaf"]));
  });

  it.each([
    ["Templates in Thymeleaf and Vaadin", ["Thymeleaf", "Vaadin"]],
    ["thymeleaf in lower case is not the name as spelled", []],
    ["Experience with Rust, LabVIEW and OpenSCAD", ["Rust", "LabVIEW", "OpenSCAD"]],
  ])("%s", (text, expected) => {
    expect(findSkills(text).map((m) => m.written ?? m.name)).toEqual(expected);
  });
});
