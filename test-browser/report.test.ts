/**
 * Issue 16, Acceptance: `report.html` written by `sentra-vokasi report` opens offline (a
 * `file://` page in an offline context), with the same counts as `summary --format json` and
 * both charts inline as SVG, asks for nothing but itself, and shows no NIK or name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cli,
  cliCounts,
  type Gate,
  type Lang,
  launch,
  openPage,
  pageCounts,
  SAMPLE_CSV_ARG,
  SAMPLE_JSON,
} from "./helpers.js";

const ASOF = "2026-12-01";
/** The sample's NIKs and full names. */
const SAMPLE = (JSON.parse(readFileSync(SAMPLE_JSON, "utf8")) as { nik?: unknown; fullName?: unknown }[])
  .flatMap((c) => [c.nik, c.fullName])
  .filter((x): x is string => typeof x === "string" && x.length >= 8);

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sentra-vokasi-report-"));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe("report.html, opened offline", () => {
  for (const [target, gate, lang] of [
    ["JP-SSW-CAREGIVING", "placement", "id"],
    ["KR-EPS-MANUFACTURING", "departure", "en"],
  ] as [string, Gate, Lang][]) {
    it(`shows the summary's counts and both charts (${target}, ${gate}, ${lang})`, async () => {
      const out = join(dir, `report-${target}-${lang}.html`);
      const made = await cli([
        "report",
        SAMPLE_CSV_ARG,
        "--target",
        target,
        "--gate",
        gate,
        "--as-of",
        ASOF,
        "--locale",
        lang,
        "--out",
        out,
        "--quiet",
      ]);
      expect([0, 1], made.err).toContain(made.code);
      expect(existsSync(out)).toBe(true);
      const url = pathToFileURL(out).href;
      const { context, page, requests, errors } = await openPage(browser, url, { offline: true });
      try {
        expect(await pageCounts(page)).toEqual(await cliCounts(SAMPLE_CSV_ARG, target, gate, ASOF, lang));
        for (const id of ["chart-status", "chart-score"]) {
          expect(await page.locator(`[data-testid="${id}"] svg`).count(), id).toBe(1);
          expect(await page.locator(`[data-testid="${id}"] svg g.mark-rect path`).count(), id).toBeGreaterThan(0);
        }
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(requests).toEqual([url]);
        expect(errors).toEqual([]);
        // Masked, as the CLI's output is unless --reveal.
        const html = await page.content();
        expect(SAMPLE.filter((x) => html.includes(x))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
