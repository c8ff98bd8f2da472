// cleanCompanyName drops a name's tail — trailing punctuation and "(YC W21)"-style notes — by
// walking back from the end (issue 6: the pattern it replaces retried every start position).
import { describe, expect, it } from "vitest";
import { cleanCompanyName } from "../../src/extract/company.js";

describe("cleanCompanyName tails", () => {
  it.each([
    ["Acme (YC W21)", "Acme"],
    ["Acme (YC W21) (remote).", "Acme"],
    ["Acme Inc.,", "Acme Inc"],
    ["Acme (x), (y)", "Acme (x),"],
    ["Acme (a (b))", "Acme (a (b))"],
    [`Acme (${"a".repeat(80)})`, "Acme"],
    [`Acme (${"a".repeat(81)})`, `Acme (${"a".repeat(81)})`],
    ["Careers at Tide –", "Tide"],
    ["-. (YC W21)", null],
  ])("%j → %j", (raw, expected) => {
    expect(cleanCompanyName(raw)).toBe(expected);
  });

  it("keeps a name followed by 200,000 commas and a word whole", () => {
    const raw = `Acme${",".repeat(200_000)}x`;
    expect(cleanCompanyName(raw)).toBe(raw);
    expect(cleanCompanyName(`Acme${" ,".repeat(200_000)}`)).toBe("Acme");
  });
});
