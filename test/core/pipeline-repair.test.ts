// The pipeline repairs mojibake before extracting; `repair: false` (the benchmark's switch)
// leaves the text as it came.
import { describe, expect, it } from "vitest";
import { parsePostingDetailed } from "../../src/core/pipeline.js";

const damaged = "# Engineer â€“ Backend\n\nWeâ€™re hiring.\n";

describe("pipeline repair switch", () => {
  it("repairs by default and says so", () => {
    const { posting } = parsePostingDetailed(damaged);
    expect(posting.title).toBe("Engineer – Backend");
    expect(posting.warnings.join(" ")).toMatch(/Repaired text decoded as Windows-1252/);
  });
  it("leaves the text alone with repair: false", () => {
    const { posting } = parsePostingDetailed(damaged, { repair: false });
    expect(posting.title).toBe("Engineer â€“ Backend");
  });
});
