import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One build of the CLI for the tests that spawn the bin (test/cli).
    globalSetup: ["test/global-setup.ts"],
    // Colour must not depend on the terminal the tests run in.
    env: { FORCE_COLOR: "0", NO_COLOR: "1" },
    testTimeout: 30_000,
    pool: "threads",
    // Test files share their worker's modules instead of loading src/ afresh each: the first
    // parse of a run builds the vocabulary tables (~0.6 s of CPU), and 60 files each paying it
    // again was a third of the suite's time. No test mocks a module or changes global state.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine,
    // with the second core idle but for the processes the CLI tests start.
    maxWorkers: 2,
  },
});
