import { defineConfig, type Options } from "tsup";

/** The CLI bundle: Node only, ESM, with a shebang. Shared with the CLI tests, which build it too. */
export const cliOptions: Options = {
  entry: { cli: "src/cli/bin.ts" },
  format: ["esm"],
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
  target: "node20",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  external: ["zod", "neverthrow", "commander", "csv-parse"],
};

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "neverthrow"],
  },
  cliOptions,
]);
