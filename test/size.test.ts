import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { appSource, measureSizes, type SizeReport } from "../bench/size.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/**
 * What apps ship (esbuild, browser, minified, tree-shaken, gzip -9), dependencies included and
 * with zod left out; issue 15's goals where they are met, today's budget where they are not
 * (bench/RESULTS.md says why and what would meet them).
 */
describe("bundle size: what an app ships (esbuild, browser, minified, gzip)", () => {
  let sizes: SizeReport;
  const measured = async () => {
    sizes ??= await measureSizes(`${root}src/index.ts`, root);
    return sizes;
  };

  it("an app importing only ageOn ships at most 0.5 kB, dependencies included (goal met)", async () => {
    const { apps } = await measured();
    // ageOn's module imports nothing: no neverthrow (6.5 kB minified), no zod.
    expect(apps.ageOnOnly.withDeps.gzipped).toBeLessThanOrEqual(500);
    expect(apps.ageOnOnly.withDeps).toEqual(apps.ageOnOnly.withoutZod);
  }, 60_000);

  it("an app importing parseCandidate and assessReadiness stays within today's budget", async () => {
    const { apps } = await measured();
    // Goals of issue 15: ≤ 35 kB with dependencies, ≤ 12 kB without zod. Not met: measured
    // 69.4 kB and 33.9 kB (zod classic with its compiler ~35.5 kB; the default policy ~7 kB, the
    // compiled assessor ~4 kB beside the reference evaluation it falls back to, the English
    // parse-issue messages ~3 kB). bench/RESULTS.md says what would meet them. Budgets: today's
    // figures and ~4%.
    expect(apps.parseAndAssess.withDeps.gzipped).toBeLessThanOrEqual(72_000);
    expect(apps.parseAndAssess.withoutZod.gzipped).toBeLessThanOrEqual(35_500);
  }, 60_000);

  it("an app that assesses but never formats ships no message text of the locales", async () => {
    // The registry keeps callers' kind messages in a module of its own and the built-in kinds
    // carry none (their messages are the locales'): no reason or action sentence is bundled.
    const out = await build({
      stdin: { contents: appSource(`${root}src/index.ts`, ["parseCandidate", "assessReadiness"]), resolveDir: root },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const text = out.outputFiles[0]?.text ?? "";
    expect(text.length).toBeGreaterThan(10_000);
    for (const sentence of ["di bawah batas minimal", "is below the minimum of", "Readiness holds until"]) {
      expect(text).not.toContain(sentence);
    }
    // The English parse-issue messages are there: parseCandidate writes each issue's message.
    expect(text).toContain("Excel turned the NIK into scientific notation");
  }, 60_000);

  it("an app importing only parseCandidate, and the whole library, stay within today's budget", async () => {
    const { apps, library } = await measured();
    expect(apps.parseOnly.withDeps.gzipped).toBeLessThanOrEqual(47_000);
    expect(apps.parseOnly.withoutZod.gzipped).toBeLessThanOrEqual(10_000);
    expect(apps.wholeLibrary.withDeps.gzipped).toBeLessThanOrEqual(106_000);
    expect(apps.wholeLibrary.withoutZod.gzipped).toBeLessThanOrEqual(68_500);
    // The library's own code, dependencies external (the figure earlier reports gave; raised from
    // 30 kB when locales became complete values, from 40 kB for issue 13's messages, to 60 kB for
    // the pathway planner of issue 14, to 66 kB for the compiled assessor of issue 15).
    expect(library.gzipped).toBeLessThanOrEqual(66_000);
  }, 60_000);

  it("zod is what separates the two figures of every app that parses", async () => {
    const { apps } = await measured();
    for (const app of [apps.parseOnly, apps.parseAndAssess, apps.wholeLibrary]) {
      expect(app.withDeps.gzipped).toBeGreaterThan(app.withoutZod.gzipped + 20_000);
    }
  }, 60_000);
});
