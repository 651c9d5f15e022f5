/**
 * Issue 16, item 4: the built site (`npm run site`) in a real browser. Debian's chromium, driven
 * by playwright-core, loads `site/dist` from a static server on the loopback, takes the sample
 * cohort through the file input, and the tests check the counts against the CLI's
 * `summary --format json` (both locales, two targets and gates), the charts, the masking, the
 * language switch, the policy explorer, and that no request leaves the page.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../site/src/text.js";
import { listTargets } from "../src/index.js";
import {
  assertSiteBuilt,
  cliCounts,
  doneMark,
  foreign,
  type Gate,
  type Lang,
  launch,
  loadCohort,
  type OpenedPage,
  openPage,
  pageCounts,
  SAMPLE_CSV,
  SAMPLE_CSV_ARG,
  SAMPLE_JSON,
  SITE_DIST,
  setLang,
  setSettings,
  waitForChart,
} from "./helpers.js";
import { type StaticServer, serveStatic } from "./server.js";

const ASOF = "2026-12-01";

let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  assertSiteBuilt();
  server = await serveStatic(SITE_DIST);
  browser = await launch();
});

afterAll(async () => {
  for (const o of opened) await o.context.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function open(query = ""): Promise<OpenedPage> {
  const o = await openPage(browser, `${server.origin}/${query}`);
  opened.push(o);
  return o;
}

async function close(o: OpenedPage): Promise<void> {
  // Every test also checks that nothing left the page while it ran, and that the page threw nothing.
  expect(foreign(o.requests, server.origin)).toEqual([]);
  expect(o.errors).toEqual([]);
  await o.context.close();
}

describe("cohort readiness in the browser", () => {
  it("shows the same counts as `summary --format json`, in both locales and for two targets and gates", async () => {
    const o = await open();
    const { page } = o;
    await setLang(page, "id");
    const cases: [string, Gate, Lang][] = [
      ["JP-SSW-CAREGIVING", "placement", "id"],
      ["JP-SSW-CAREGIVING", "placement", "en"],
      ["KR-EPS-MANUFACTURING", "departure", "en"],
      ["KR-EPS-MANUFACTURING", "departure", "id"],
    ];
    await loadCohort(page, SAMPLE_CSV, "JP-SSW-CAREGIVING", "placement", ASOF);
    for (const [target, gate, lang] of cases) {
      await setLang(page, lang);
      await setSettings(page, target, gate, ASOF);
      await doneMark(page, target, gate, ASOF).waitFor({ timeout: 90_000 });
      const theirs = await cliCounts(SAMPLE_CSV_ARG, target, gate, ASOF, lang);
      expect(await pageCounts(page), `${target} ${gate} ${lang}`).toEqual(theirs);
      expect(theirs.records).toBe(220);
      expect(await doneMark(page, target, gate, ASOF).getAttribute("data-records")).toBe(String(theirs.records));
    }
    await close(o);
  });

  it("draws the status chart and the score histogram as SVG with bars", async () => {
    const o = await open();
    const { page } = o;
    await loadCohort(page, SAMPLE_CSV, "JP-SSW-CAREGIVING", "placement", ASOF);
    for (const id of ["chart-status", "chart-score"]) {
      await waitForChart(page, id);
      const svg = page.locator(`[data-testid="${id}"] svg`);
      expect(await svg.count(), id).toBe(1);
      // vega's SVG renderer: one path per bar in the rect mark's group.
      const bars = page.locator(`[data-testid="${id}"] svg g.mark-rect path`);
      await bars.first().waitFor({ state: "attached" });
      // A bar per status (ready, not ready, ineligible, invalid), a bar per ten-point range;
      // an empty one is drawn with no height.
      expect(await bars.count(), id).toBe(id === "chart-status" ? 4 : 10);
      expect(await bars.filter({ visible: true }).count(), id).toBeGreaterThanOrEqual(2);
    }
    await close(o);
  });

  it("shows no NIK and no full name of the sample until the user reveals them", async () => {
    const sample = JSON.parse(readFileSync(SAMPLE_JSON, "utf8")) as { nik?: unknown; fullName?: unknown }[];
    const niks = sample.map((c) => c.nik).filter((x): x is string => typeof x === "string" && x.length >= 8);
    const names = sample.map((c) => c.fullName).filter((x): x is string => typeof x === "string" && x.includes(" "));
    expect(niks.length).toBeGreaterThan(100);
    expect(names.length).toBeGreaterThan(100);
    const o = await open();
    const { page } = o;
    await loadCohort(page, SAMPLE_CSV, "JP-SSW-CAREGIVING", "placement", ASOF);
    // Every row of the table (it shows 100 at a time) and every explanation opened: whatever the
    // page holds, shown or not, must be masked.
    const more = page.locator("#cohort-table > button");
    while ((await more.count()) > 0) await more.click();
    expect(await page.getByTestId("cohort-row").count()).toBe(sample.length);
    const openAll = () =>
      page.evaluate(async () => {
        const all = [...document.querySelectorAll("details")];
        for (const d of all) d.open = true;
        // The explanations are built on the (asynchronous) toggle event.
        for (let i = 0; i < 100 && all.some((d) => d.classList.contains("explain") && d.childElementCount < 2); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
      });
    await openAll();
    // The page's text, its attributes and its form fields' values.
    const leaks = async () => {
      const text = await page.evaluate(() =>
        [
          document.documentElement.outerHTML,
          ...[...document.querySelectorAll("input, textarea, select")].map((e) => (e as HTMLInputElement).value),
        ].join("\n"),
      );
      return [...niks, ...names].filter((x) => text.includes(x));
    };
    expect(await leaks()).toEqual([]);
    // The reveal control shows them: the masking is the page's, not an empty table.
    await page.getByTestId("reveal-toggle").check();
    await page.getByTestId("row-nik").first().waitFor();
    const shownNiks = await page.getByTestId("row-nik").allTextContents();
    const shownNames = await page.getByTestId("row-name").allTextContents();
    expect(shownNiks.filter((n) => niks.includes(n)).length).toBeGreaterThan(100);
    expect(shownNames.filter((n) => names.includes(n)).length).toBeGreaterThan(100);
    await page.getByTestId("reveal-toggle").uncheck();
    await openAll();
    expect(await leaks()).toEqual([]);
    await close(o);
  });
});

describe("the page", () => {
  it("switches between Indonesian and English: html[lang] and the visible texts change", async () => {
    const o = await open();
    const { page } = o;
    await setLang(page, "id");
    const texts = () =>
      page.evaluate(() =>
        ["h1", "nav", "#cohort-title", "#policy-title", "#candidate-title", '[data-testid="privacy-note"]'].map(
          (s) => document.querySelector(s)?.textContent?.trim() ?? "",
        ),
      );
    const id = await texts();
    expect(id.every((t) => t.length > 0)).toBe(true);
    await setLang(page, "en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const en = await texts();
    expect(en.every((t) => t.length > 0)).toBe(true);
    for (let i = 0; i < id.length; i++) expect(en[i], `text ${i}`).not.toBe(id[i]);
    // The page's own texts, from its text table.
    expect(en[0]).toBe(TEXT.en.title);
    expect(id[0]).toBe(TEXT.id.title);
    expect(en[1]).toContain(TEXT.en.cohortNav);
    expect(id[1]).toContain(TEXT.id.cohortNav);
    expect(await page.title()).toBe(TEXT.en.title);
    await setLang(page, "id");
    expect(await page.getAttribute("html", "lang")).toBe("id");
    expect(await texts()).toEqual(id);
    await close(o);
  });

  it("lists every target in the policy explorer", async () => {
    const o = await open();
    const list = o.page.getByTestId("policy-target-list");
    await list.waitFor();
    const text = (await list.textContent()) ?? "";
    const ids = listTargets().map((t) => t.id);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(text, id).toContain(id);
    await close(o);
  });

  it("sends no request off the page while loading and processing files", async () => {
    const o = await open();
    const { page, requests } = o;
    await loadCohort(page, SAMPLE_CSV, "JP-SSW-CAREGIVING", "placement", ASOF);
    await waitForChart(page, "chart-score");
    // The same records as JSON, then a locale switch and another target: more of the page's code runs.
    await page.getByTestId("cohort-file").setInputFiles(SAMPLE_JSON);
    await doneMark(page, "JP-SSW-CAREGIVING", "placement", ASOF).waitFor();
    await setLang(page, "en");
    await setSettings(page, "KR-EPS-MANUFACTURING", "departure", ASOF);
    await doneMark(page, "KR-EPS-MANUFACTURING", "departure", ASOF).waitFor();
    await waitForChart(page, "chart-status");
    // Give the service worker time to fetch what it caches.
    await page.waitForLoadState("networkidle").catch(() => {});
    expect(requests.length).toBeGreaterThan(1);
    expect(requests[0]).toBe(`${server.origin}/`);
    expect(foreign(requests, server.origin)).toEqual([]);
    // And the server saw nothing but the site's own files (no upload of the cohort).
    expect(server.served.every((p) => !p.includes("banten-cohort"))).toBe(true);
    await close(o);
  });
});
