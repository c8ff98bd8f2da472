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
  },
});
