/**
 * What the browser tests and the screenshot script share: where things are, launching Debian's
 * chromium through playwright-core (no browser of Playwright's own is downloaded), opening the
 * built site with every request recorded, loading a cohort file into the page, and the CLI run
 * in process for the numbers to compare with.
 */
import { existsSync } from "node:fs";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { run } from "../src/cli/program.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SITE_DIST = fileURLToPath(new URL("../site/dist", import.meta.url));
export const SAMPLE_CSV = fileURLToPath(new URL("../examples/data/banten-cohort.csv", import.meta.url));
export const SAMPLE_JSON = fileURLToPath(new URL("../examples/data/banten-cohort.json", import.meta.url));
export const SAMPLE_CSV_ARG = "examples/data/banten-cohort.csv";

/** Debian's chromium (`apt-get install -y chromium`); `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --no-sandbox: CI runs as root. The rest keeps chromium small on a busy two-core machine.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--no-default-browser-check"],
    timeout: 120_000,
  });
}

export function assertSiteBuilt(): void {
  if (!existsSync(`${SITE_DIST}/index.html`)) {
    throw new Error(`${SITE_DIST}/index.html is missing: run \`npm run site\` first`);
  }
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL requested by the page, its workers and its service worker, in order. */
  readonly requests: string[];
  /** Uncaught errors and console errors of the page, as text. */
  readonly errors: string[];
}

/**
 * A new context and page on `url`, with every request recorded: `page.on("request")` for the
 * page and its Web Workers, `context.on("request")` also for the service worker the site
 * registers (which fetches the built files to cache them).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  context.setDefaultTimeout(90_000);
  context.setDefaultNavigationTimeout(90_000);
  const requests: string[] = [];
  const seen = new Set<unknown>();
  const record = (r: { url(): string }) => {
    if (seen.has(r)) return;
    seen.add(r);
    requests.push(r.url());
  };
  context.on("request", record);
  const page = await context.newPage();
  page.on("request", record);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { context, page, requests, errors };
}

/** The URLs among `requests` that are neither on `origin` nor `data:`/`blob:`. */
export function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"));
}

export type Gate = "placement" | "departure";
export type Lang = "id" | "en";

/** The locator of the "done" mark for exactly these settings. */
export function doneMark(page: Page, target: string, gate: Gate, asOf: string) {
  return page.locator(
    `[data-testid="cohort-done"][data-target="${target}"][data-gate="${gate}"][data-as-of="${asOf}"]`,
  );
}

/**
 * Waits for the chart in `[data-testid=ID]` to be drawn (an `svg` or a `canvas`), and fails at
 * once with the page's message when it says the chart could not be drawn.
 */
export async function waitForChart(page: Page, id: string): Promise<void> {
  const box = page.locator(`[data-testid="${id}"]`);
  await box.locator("svg, canvas, .error, [role=alert]").first().waitFor({ state: "attached", timeout: 90_000 });
  const error = box.locator(".error, [role=alert]");
  if ((await error.count()) > 0) throw new Error(`[data-testid=${id}]: ${(await error.first().textContent())?.trim()}`);
}

/** Picks target, gate and day in the page's header (each only when it differs). */
export async function setSettings(page: Page, target: string, gate: Gate, asOf: string): Promise<void> {
  const t = page.getByTestId("target-select");
  if ((await t.inputValue()) !== target) await t.selectOption(target);
  const g = page.getByTestId("gate-select");
  if ((await g.inputValue()) !== gate) await g.selectOption(gate);
  const d = page.getByTestId("as-of-input");
  if ((await d.inputValue()) !== asOf) await d.fill(asOf);
}

/** Switches the page's language and waits for `html[lang]` to follow. */
export async function setLang(page: Page, lang: Lang): Promise<void> {
  const l = page.getByTestId("locale-switch");
  if ((await l.inputValue()) !== lang) await l.selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: "attached" });
}

/** Settings first, then the file through the file input; waits until the counts are final. */
export async function loadCohort(page: Page, file: string, target: string, gate: Gate, asOf: string): Promise<void> {
  await setSettings(page, target, gate, asOf);
  await page.getByTestId("cohort-file").setInputFiles(file);
  await doneMark(page, target, gate, asOf).waitFor({ timeout: 90_000 });
}

export interface Counts {
  readonly records: number;
  readonly ready: number;
  readonly notReady: number;
  readonly ineligible: number;
  readonly invalid: number;
}

const COUNT_IDS = {
  records: "summary-total",
  ready: "summary-ready",
  notReady: "summary-not-ready",
  ineligible: "summary-ineligible",
  invalid: "summary-invalid",
} as const;

/** The five counts shown on a page; each element must hold the number alone. */
export async function pageCounts(page: Page): Promise<Counts> {
  const out: Record<string, number> = {};
  for (const [key, id] of Object.entries(COUNT_IDS)) {
    const els = page.locator(`[data-testid="${id}"]`);
    const n = await els.count();
    if (n !== 1) throw new Error(`[data-testid=${id}]: ${n} elements, expected 1`);
    const text = (await els.textContent()) ?? "";
    if (!/^\d+$/.test(text)) throw new Error(`[data-testid=${id}] holds ${JSON.stringify(text)}, not a number alone`);
    out[key] = Number(text);
  }
  return out as unknown as Counts;
}

/** Runs the CLI in this process, as `sentra-vokasi ARGV…`. */
export async function cli(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const capture = () => {
    const s = new PassThrough();
    const text = { value: "" };
    s.on("data", (c) => {
      text.value += String(c);
    });
    return { s, text };
  };
  const out = capture();
  const err = capture();
  const code = await run(argv, {
    stdin: new PassThrough(),
    stdout: out.s,
    stderr: err.s,
    today: () => "2026-12-01",
    now: () => 0,
  });
  return { code, out: out.text.value, err: err.text.value };
}

/** The CLI's `summary --format json` of a file, as the counts the page shows. */
export async function cliCounts(file: string, target: string, gate: Gate, asOf: string, lang: Lang): Promise<Counts> {
  const r = await cli([
    "summary",
    file,
    "--target",
    target,
    "--gate",
    gate,
    "--as-of",
    asOf,
    "--locale",
    lang,
    "--format",
    "json",
    "--quiet",
  ]);
  // 0: every record ready; 1: some are not (or invalid); anything else is a failure.
  if (r.code !== 0 && r.code !== 1) throw new Error(`summary exited ${r.code}: ${r.err}`);
  const j = JSON.parse(r.out) as {
    records: number;
    invalid: number;
    byStatus: { ready: number; not_ready: number; ineligible: number };
  };
  return {
    records: j.records,
    ready: j.byStatus.ready,
    notReady: j.byStatus.not_ready,
    ineligible: j.byStatus.ineligible,
    invalid: j.invalid,
  };
}
