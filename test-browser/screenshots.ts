/**
 * `npm run site:screenshots`: PNG screenshots of the built site's three views for the README,
 * in English, at 1280×800, into docs/img/: the policy explorer, the cohort readiness after
 * loading the sample cohort, and one candidate. Needs `npm run site` first and Debian's chromium.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { assertSiteBuilt, launch, loadCohort, openPage, SAMPLE_CSV, SITE_DIST, waitForChart } from "./helpers.js";
import { serveStatic } from "./server.js";

const OUT = fileURLToPath(new URL("../docs/img/", import.meta.url));
const TARGET = "JP-SSW-CAREGIVING";
const ASOF = "2026-12-01";

/** Scrolls so that `selector` is at the top of the viewport, a little below the edge. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor();
  await page.evaluate((s) => {
    const el = document.querySelector(s);
    if (el !== null) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8);
  }, selector);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  assertSiteBuilt();
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(SITE_DIST);
  const browser = await launch();
  try {
    const { page, context } = await openPage(
      browser,
      `${server.origin}/?lang=en&target=${TARGET}&gate=placement&asOf=${ASOF}`,
      { deviceScaleFactor: 1, reducedMotion: "reduce", timezoneId: "Asia/Jakarta" },
    );
    const shot = async (name: string) => {
      const path = `${OUT}${name}`;
      await page.screenshot({ path, fullPage: false, animations: "disabled" });
      console.log(`wrote docs/img/${name}`);
    };

    await scrollTo(page, "#policy");
    await page.getByTestId("policy-target-list").waitFor();
    await shot("site-policy.png");

    await loadCohort(page, SAMPLE_CSV, TARGET, "placement", ASOF);
    await waitForChart(page, "chart-status");
    await waitForChart(page, "chart-score");
    await scrollTo(page, '[data-testid="cohort-done"]');
    await shot("site-cohort.png");

    await scrollTo(page, "#candidate");
    await page.getByTestId("candidate-result").waitFor();
    await shot("site-candidate.png");
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
