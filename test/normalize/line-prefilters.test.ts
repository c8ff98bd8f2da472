// Cheap tests that spare a line a costly pattern must never rule out a line the pattern matches.
import { describe, expect, it } from "vitest";
import { gluedLabel } from "../../src/normalize/list-lines.js";
import { INLINE_PLACE_OF_WORK_RE, mayNamePlaceOfWork } from "../../src/normalize/location-labels.js";

describe("line prefilters", () => {
  it("lets through every place-of-work noun the inline pattern knows", () => {
    const nouns = /\(\?:((?:[\p{L} ]+\|)+[\p{L} ]+)\)/u.exec(INLINE_PLACE_OF_WORK_RE.source)?.[1].split("|") ?? [];
    expect(nouns.length).toBeGreaterThanOrEqual(7);
    for (const noun of nouns) {
      const line = `Vollzeit, ${noun} Münster`;
      expect(mayNamePlaceOfWork(line)).toBe(true);
      expect(INLINE_PLACE_OF_WORK_RE.exec(line)?.[1]).toBe("Münster");
    }
    expect(mayNamePlaceOfWork("We build tools for farmers.")).toBe(false);
  });

  it("reads a label glued to an item only when the line ends in a colon", () => {
    expect(gluedLabel("Ship features end to end.Preferred Skills:")).toEqual(["Ship features end to end.", "Preferred Skills"]);
    expect(gluedLabel("Ship features end to end.Preferred Skills：  ")).toEqual(["Ship features end to end.", "Preferred Skills"]);
    expect(gluedLabel("Ship features end to end. Preferred Skills")).toBeNull();
  });
});
