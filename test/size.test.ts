import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { measureSizes } from "../bench/size.js";

const root = fileURLToPath(new URL("../", import.meta.url));

describe("bundle size (esbuild, minified, tree-shaken, gzip)", () => {
  it("an app that imports only ageOn carries at most 3 kB of the library", async () => {
    const sizes = await measureSizes(`${root}src/index.ts`, root);
    expect(sizes.ageOnOnly.gzipped).toBeLessThanOrEqual(3_000);
    // and the whole library stays within its budget (raised from 30 kB when locales became
    // complete values, with parse-issue and action messages in both languages, requirement
    // schemas, and the law of the 2026-11-30 audit; from 40 kB when every issue message came to
    // say what is expected with an example, in both languages, and the officer's file problems
    // got codes of their own: issue 13; from 50 kB for the pathway planner, its texts and the
    // CLI-facing readiness advice: issue 14. Issue 15 measures what apps ship and trims.)
    expect(sizes.library.gzipped).toBeLessThanOrEqual(60_000);
  }, 60_000);
});
