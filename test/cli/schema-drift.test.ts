// schema/posting.schema.json is `jobparse schema` output, committed; this fails when they drift
// (regenerate with `npm run schema`).
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { PostingSchema } from "../../src/schema.js";
import { inProcess } from "./harness.js";
import { makePosting } from "../format/posting.js";

const committed = readFileSync(new URL("../../schema/posting.schema.json", import.meta.url), "utf8");

it("the committed schema file is exactly `jobparse schema` output", async () => {
  const { code, stdout } = await inProcess(["schema"], { cwd: process.cwd() });
  expect(code).toBe(0);
  expect(committed).toBe(stdout);
});

it("the JSON Schema names every field of the zod schema as required", () => {
  const schema = JSON.parse(committed);
  expect(Object.keys(schema.properties)).toEqual(Object.keys(PostingSchema.shape));
  expect(schema.required.sort()).toEqual(Object.keys(makePosting()).sort());
});
