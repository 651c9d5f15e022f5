import { defineConfig } from "vitest/config";
import domain from "./vitest.stryker.config.js";

/**
 * The suites that pin the default policy's data, for mutation testing `src/policy/default.ts`
 * alone (`npm run mutation:data`). Its mutants are static (module-level data), so Stryker runs
 * every test of its suite for each one: this suite is the domain one kept to the tests that read
 * the data.
 */
export default defineConfig({
  ...domain,
  test: {
    ...domain.test,
    include: ["test/docs.test.ts", "test/policy/**/*.test.ts", "test/catalog/**/*.test.ts"],
  },
});
