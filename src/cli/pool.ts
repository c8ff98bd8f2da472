// Parses many inputs and yields their results in input order. Sequential for now; the worker
// pool (issue "Speed and scale") replaces the body, not the signature.
import type { CliEnv } from "./io.js";
import type { Input, InputError } from "./inputs.js";
import { isInputError } from "./inputs.js";
import { parseInput, type InputResult } from "./parse-input.js";

export interface ParseAllOptions {
  /** No progress on stderr. */
  quiet?: boolean;
}

export interface ParsedInput {
  input: Input | InputError;
  result: InputResult;
}

export async function* parseAll(io: CliEnv, inputs: readonly (Input | InputError)[], _options: ParseAllOptions = {}): AsyncGenerator<ParsedInput> {
  for (const input of inputs) {
    if (isInputError(input)) {
      yield { input, result: { reason: input.reason } };
      continue;
    }
    yield { input, result: await parseInput(io, input) };
  }
}
