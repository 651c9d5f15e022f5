/**
 * The shared reader, assessor and report, in process: the same numbers as the CLI's
 * `summary --format json` (the web page and `report` use them), charts that render in Node,
 * and the reader's edges.
 */
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { type CalendarDate, DEFAULT_POLICY } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { renderSvg, reportHtml } from "../../src/cli/report.js";
import { createRecordAssessor } from "../../src/report/assess.js";
import { gapChart, monthChart, scoreChart, statusChart } from "../../src/report/charts.js";
import { InputError, readSheetRows, readTextRecords, textFormat } from "../../src/report/records.js";
import { createCohortReport, summaryText } from "../../src/report/summary.js";

const CSV = readFileSync(new URL("../../examples/data/banten-cohort.csv", import.meta.url), "utf8");
const asOf = "2026-12-01" as CalendarDate;

async function* chunks(text: string, size = 4096) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c) => {
    text += String(c);
  });
  const err = new PassThrough();
  err.resume();
  const code = await run(argv, { stdin: new PassThrough(), stdout: out, stderr: err, today: () => asOf, now: () => 0 });
  return { code, out: text };
}

async function report(target: string, locale: "id" | "en", gate: "placement" | "departure" = "placement") {
  const assess = createRecordAssessor({ asOf, target, gate, policy: DEFAULT_POLICY, plan: true });
  const r = createCohortReport({ target, gate, asOf, locale });
  for await (const rec of readTextRecords(chunks(CSV), "banten-cohort.csv")) r.add(assess(rec));
  return r.result();
}

describe("the shared report", () => {
  it("gives the same numbers as `sentra-vokasi summary --format json`, for several targets, gates and both locales", async () => {
    for (const [target, gate, locale] of [
      ["JP-SSW-CAREGIVING", "placement", "id"],
      ["KR-EPS-MANUFACTURING", "departure", "en"],
      ["SA-DOMESTIC", "placement", "en"],
    ] as const) {
      const mine = await report(target, locale, gate);
      const theirs = await cli([
        "summary",
        "examples/data/banten-cohort.csv",
        "--target",
        target,
        "--gate",
        gate,
        "--as-of",
        asOf,
        "--locale",
        locale,
        "--format",
        "json",
        "--quiet",
      ]);
      expect(theirs.code).toBe(1);
      expect(JSON.parse(theirs.out)).toEqual(JSON.parse(JSON.stringify(mine)));
      expect(mine.records).toBe(mine.byStatus.total + mine.invalid);
    }
  }, 60_000);

  it("charts render to SVG in Node, one bar per figure, texts in the locale", async () => {
    const r = await report("JP-SSW-CAREGIVING", "en");
    const status = await renderSvg(statusChart(r, "en"));
    expect(status).toMatch(/^<svg/);
    expect(status).toContain("Not ready");
    expect(await renderSvg(statusChart(r, "id"))).toContain("Belum siap");
    // One bar (a path in the rect mark group) per ten-point range.
    const score = await renderSvg(scoreChart(r, "id"));
    const bars = /aria-roledescription="rect mark container">(.*?)<\/g>/s.exec(score)?.[1] ?? "";
    expect(bars.match(/<path /g)).toHaveLength(10);
    expect(await renderSvg(gapChart(r, "en"))).toContain("Skill:");
    expect(await renderSvg(monthChart(r, "en"))).toContain("2027-01");
    const html = await reportHtml(r, "en", ['line 22 (id "X"): invalid record: …']);
    expect(html).toContain(`data-testid="summary-total">${r.records}<`);
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    const text = summaryText(r, "id");
    expect(text).toContain("Data peserta: 220");
  }, 60_000);
});

describe("the shared reader", () => {
  it("tells text formats by name, then by first character", () => {
    expect(textFormat("a.csv", "[")).toBe("csv");
    expect(textFormat("a.tsv", "{")).toBe("csv");
    expect(textFormat("a.ndjson", "[")).toBe("jsonl");
    expect(textFormat("a.json", "[")).toBe("json");
    expect(textFormat("a.json", "{")).toBe("jsonl");
    expect(textFormat("-", "id,nik")).toBe("csv");
  });

  it("stops with a coded InputError for text and sheets that hold no records", async () => {
    const drain = async (g: AsyncGenerator<unknown>) => {
      for await (const _ of g) void _;
    };
    await expect(drain(readTextRecords(chunks("  \n"), "x.csv"))).rejects.toMatchObject({ code: "EMPTY" });
    await expect(drain(readTextRecords(chunks("id,nik\n"), "x.csv"))).rejects.toMatchObject({ code: "HEADER_ONLY" });
    await expect(drain(readTextRecords(chunks("[]"), "x.json"))).rejects.toBeInstanceOf(InputError);
    await expect(drain(readTextRecords(chunks("id,Alamat\n1,x\n"), "x.csv"))).rejects.toMatchObject({
      code: "BAD_HEADER",
    });
    async function* rows(list: object[]) {
      for (const r of list) yield r as never;
    }
    await expect(drain(readSheetRows(rows([])))).rejects.toMatchObject({ code: "EMPTY" });
    await expect(
      drain(readSheetRows(rows([{ fatal: true, code: "NO_SUCH_SHEET", message: "Sheets: A" }]), { sheet: "B" })),
    ).rejects.toMatchObject({
      code: "NO_SUCH_SHEET",
      params: { sheet: "B" },
    });
    await expect(drain(readSheetRows(rows([{ fatal: true, code: "NOT_XLSX", message: "x" }])))).rejects.toMatchObject({
      code: "NOT_XLSX",
    });
    await expect(
      drain(readSheetRows(rows([{ fatal: true, code: "UNREADABLE_XLSX", message: "x" }]))),
    ).rejects.toMatchObject({
      code: "UNREADABLE_XLSX",
    });
    const got: unknown[] = [];
    for await (const r of readSheetRows(
      rows([
        { line: 3, cells: ["id", "fullName"], numeric: [] },
        { line: 5, cells: ["A-1", "Siti"], numeric: [] },
      ]),
    ))
      got.push(r);
    expect(got).toMatchObject([{ position: 1, line: 5, raw: { id: "A-1", fullName: "Siti" } }]);
  });
});
