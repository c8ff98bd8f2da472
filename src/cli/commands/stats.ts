// `jobparse stats [paths…]`: what a folder of postings holds, at a glance — coverage per field,
// salary by currency and period, workplace, top places and skills, levels. Postings stream
// through a SummaryCollector (constant memory); nothing is printed until the end.
import { type CliEnv, type ColorFlag, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, stopped, wantsColor } from "../io.js";
import { isInputError, resolveInputs } from "../inputs.js";
import { eachPosting } from "./parse.js";
import type { CacheFlags } from "../cache.js";
import { type Shard, inShard } from "../shard.js";
import { SummaryCollector } from "../../summary/collect.js";
import { renderSummary } from "../../summary/render.js";

export interface StatsCommandOptions extends CacheFlags {
  format?: "text" | "json";
  top?: string;
  color?: ColorFlag;
  quiet?: boolean;
  /** `--shard K/N`: summarise only this share of the inputs. */
  shard?: Shard;
}

// A positive whole number (--top).
const COUNT_RE = /^[1-9]\d{0,5}$/;

export async function statsCommand(io: CliEnv, paths: string[], options: StatsCommandOptions): Promise<number> {
  const stdinPiped = paths.length === 0 && !io.stdin.isTTY;
  const given = paths.length ? paths : stdinPiped ? ["-"] : ["."];
  if (options.top !== undefined && !COUNT_RE.test(options.top)) {
    errorLine(io, "--top", `"${options.top}" is not a positive whole number`);
    return EXIT_USAGE;
  }
  const inputs = await resolveInputs(io.cwd, given);
  const usage = inputs.filter(isInputError).filter((e) => e.usage);
  if (usage.length) {
    for (const e of usage) errorLine(io, e.display, e.reason);
    return EXIT_USAGE;
  }
  if (!inputs.some((i) => !isInputError(i))) {
    errorLine(io, "stats", `no posting files found in ${given.join(", ")}`);
    return EXIT_USAGE;
  }
  const collector = new SummaryCollector();
  const failed = await eachPosting(io, inShard(inputs, options.shard), options, async (posting) => {
    collector.add(posting);
    return true;
  });
  if (stopped(io)) return EXIT_FAILED;
  const summary = collector.result({ top: options.top ? Number(options.top) : undefined });
  if (options.format === "json") io.stdout.write(JSON.stringify(summary, null, 2) + "\n");
  else {
    const color = wantsColor(io, options.color);
    let paint;
    if (color) {
      const { Chalk } = await import("chalk");
      const c = new Chalk({ level: 1 });
      paint = { bold: c.bold, dim: c.dim, cyan: c.cyan };
    }
    io.stdout.write(renderSummary(summary, { bars: Boolean(io.stdout.isTTY) || color, columns: io.stdout.columns, paint }));
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}
