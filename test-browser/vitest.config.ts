/**
 * The browser tests (`npm run test:browser`), apart from `npm test`: they need `npm run site`
 * first and Debian's chromium (see .ci/run). One file at a time, with generous timeouts: the
 * machine has two cores and chromium is heavy.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test-browser/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
