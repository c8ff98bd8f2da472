// The fixture suite runs through `jobparse check fixtures`, the way users and CI run it.
// Expected files are written by `jobparse check --update fixtures` and read in review; until
// there are any, this test is skipped (and says so) rather than passing on nothing.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inProcess } from "./cli/harness.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const expectedFiles = readdirSync(new URL("../fixtures", import.meta.url), { recursive: true }).map(String).filter((f) => f.endsWith(".expected.json"));

describe("fixtures", () => {
  it.skipIf(expectedFiles.length === 0)(
    expectedFiles.length ? `check fixtures: ${expectedFiles.length} postings parse to their expected files` : "check fixtures — skipped: no fixtures/**/*.expected.json yet (run `jobparse check --update fixtures`)",
    async () => {
      const { code, stdout, stderr } = await inProcess(["check", "--no-color", "fixtures"], { cwd: root });
      expect(stderr).toBe("");
      expect({ code, stdout }).toEqual({ code: 0, stdout: expect.stringMatching(/^check: \d+ postings?, \d+ passed/m) });
    },
  );
});
