import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The suites that pin the default policy's data, for mutation testing `src/policy/default.ts`
 * alone (`npm run mutation:data`). Its mutants are static (module-level data), so Stryker runs
 * every test of its suite for each one: this suite is kept to the tests that read the data.
 */
export default defineConfig({
  resolve: {
    alias: {
      "sentra-vokasi": fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      "fast-check": fileURLToPath(new URL("./test/stryker-fast-check.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/docs.test.ts", "test/policy/**/*.test.ts", "test/catalog/**/*.test.ts"],
    typecheck: { enabled: false },
  },
});
