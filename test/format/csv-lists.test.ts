// A list in a CSV cell splits back to exactly its items, whatever they contain (csv.ts scheme:
// "; " between items, "\;" and "\\" inside one).
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCell, splitListCell } from "../../src/format/csv.js";
import { inProcess, posting, writeFiles } from "../cli/harness.js";

describe("CSV list cells", () => {
  it.each([
    [["Go", "Rust"], "Go; Rust"],
    [["C; C++ or Zig", "a\\b"], "C\\; C++ or Zig; a\\\\b"],
    [[], ""],
  ])("%j → %s and back", (items, cell) => {
    expect(listCell(items)).toBe(cell);
    expect(splitListCell(cell)).toEqual(items);
  });

  it("round-trips any list of strings (but the one-empty-item list, written as an empty cell)", () => {
    const chars = fc.constantFrom(";", " ", "\\", "a", "b", ",", '"', "\n", "é");
    const item = fc.array(chars, { maxLength: 6 }).map((a) => a.join(""));
    const list = fc.array(item, { maxLength: 5 }).filter((a) => !(a.length === 1 && a[0] === ""));
    fc.assert(
      fc.property(list, (items) => {
        expect(splitListCell(listCell(items))).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });

  it("a requirement holding ';' comes back whole from `-f csv`", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jobparse-csv-"));
    try {
      writeFiles(dir, { "p.md": "# Engineer\n\n## Requirements\n\n- Knows C; and C++\n- Writes tests\n" });
      const r = await inProcess(["-f", "csv", "--fields", "requirements", "p.md"], { cwd: dir });
      expect(r.code).toBe(0);
      const row = r.stdout.split("\r\n")[1];
      const cell = row.startsWith('"') ? row.slice(1, -1).replaceAll('""', '"') : row;
      expect(splitListCell(cell)).toEqual(["Knows C; and C++", "Writes tests"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
