import { readFileSync } from "node:fs";
const base = JSON.parse(readFileSync("/work/main/stryker.config.json", "utf8"));
const { incrementalFile: _, ...rest } = base;
export default { ...rest, mutate: ["src/requirements/**/*.ts", "!src/requirements/index.ts"], incremental: false, jsonReporter: { fileName: "reports/mutation/requirements.json" } };
