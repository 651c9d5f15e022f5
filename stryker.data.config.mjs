// `npm run mutation:data`: the main Stryker configuration, narrowed to the default policy's data
// and its own vitest suite (see vitest.stryker-data.config.ts), run whole rather than incrementally.
import { readFileSync } from "node:fs";

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"));
const { incrementalFile: _, ...rest } = base;

export default {
  ...rest,
  mutate: ["src/policy/default.ts"],
  vitest: { configFile: "vitest.stryker-data.config.ts" },
  incremental: false,
  jsonReporter: { fileName: "reports/mutation/data.json" },
};
