import { defineConfig, type Options } from "tsup";

/**
 * The CLI bundle: Node only, ESM, with a shebang. Shared with the CLI tests, which build it too.
 * `cli-worker.js`, its worker thread, is found beside `cli.js`; each file stands alone.
 */
export const cliOptions: Options = {
  entry: { cli: "src/cli/bin.ts", "cli-worker": "src/cli/worker.ts" },
  format: ["esm"],
  splitting: false,
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
  target: "node20",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  external: ["zod", "neverthrow", "commander", "exceljs", "vega", "tinypool", "esbuild"],
};

export default defineConfig([
  // ESM, one file per module: with "sideEffects": false an app's bundler keeps only what it
  // imports (an `ageOn`-only import stays a few hundred bytes).
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "neutral",
  },
  // CommonJS, one bundled file per entry.
  {
    entry: { index: "src/index.ts", extend: "src/extend.ts" },
    format: ["cjs"],
    dts: false,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "neverthrow"],
  },
  // Declarations for both: dist/index.d.ts (ESM) and dist/index.d.cts (CommonJS), and the same for extend.
  {
    entry: { index: "src/index.ts", extend: "src/extend.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: false,
  },
  cliOptions,
]);
