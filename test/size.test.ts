import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { measureSizes, type SizeReport } from "../bench/size.js";

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
    // 74.7 kB and 39.2 kB (zod classic ~28 kB, its compiler ~8 kB, both locales and the default
    // policy ~27 kB of the library's part); the compiled assessor (issue 15, in progress) adds
    // ~7 kB: 81.6 kB and 46.1 kB. Budgets: today's figures and ~5%.
    expect(apps.parseAndAssess.withDeps.gzipped).toBeLessThanOrEqual(86_000);
    expect(apps.parseAndAssess.withoutZod.gzipped).toBeLessThanOrEqual(48_500);
  }, 60_000);

  it("an app importing only parseCandidate, and the whole library, stay within today's budget", async () => {
    const { apps, library } = await measured();
    expect(apps.parseOnly.withDeps.gzipped).toBeLessThanOrEqual(52_000);
    expect(apps.parseOnly.withoutZod.gzipped).toBeLessThanOrEqual(14_500);
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
