// `jobparse schema`: the JSON Schema of one posting, generated from the zod schema.
import { postingJsonSchema } from "../../schema.js";
import type { CliEnv } from "../io.js";
import { EXIT_OK } from "../io.js";

export function schemaCommand(io: CliEnv): number {
  io.stdout.write(JSON.stringify(postingJsonSchema(), null, 2) + "\n");
  return EXIT_OK;
}
