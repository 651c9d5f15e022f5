import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The suites Stryker runs per mutant: the domain's unit and property tests, not the slow end-to-end ones. */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^sentra-vokasi\/extend$/, replacement: fileURLToPath(new URL("./src/extend.ts", import.meta.url)) },
      { find: /^sentra-vokasi$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      // Fewer cases per law and mutant: see test/stryker-fast-check.ts.
      { find: /^fast-check$/, replacement: fileURLToPath(new URL("./test/stryker-fast-check.ts", import.meta.url)) },
    ],
  },
  test: {
    include: [
      "test/core/**/*.test.ts",
      "test/candidate/**/*.test.ts",
      "test/eligibility/**/*.test.ts",
      "test/policy/**/*.test.ts",
      "test/requirements/**/*.test.ts",
      "test/law/**/*.test.ts",
      "test/readiness/**/*.test.ts",
      "test/catalog/**/*.test.ts",
      "test/certification/**/*.test.ts",
      "test/language/**/*.test.ts",
      "test/i18n/**/*.test.ts",
      "test/training/**/*.test.ts",
      "test/credentials/**/*.test.ts",
      "test/edges.test.ts",
      "test/privacy.test.ts",
      "test/structure.test.ts",
      // The generated policy, target and reason-code pages pin the catalogues' data.
      "test/docs.test.ts",
    ],
    typecheck: { enabled: false },
  },
});
