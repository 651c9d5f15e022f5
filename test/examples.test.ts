import { readFileSync } from "node:fs";
import type { CalendarDate } from "sentra-vokasi";
import { parseCandidate } from "sentra-vokasi";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COHORT_SIZE, DEMO_AS_OF, generateCohort } from "../examples/data/generate.js";
import { renderTable, runDemo } from "../examples/quickstart.js";

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");

const EXAMPLES = ["examples/readme.ts", "examples/readme-readiness.ts"] as const;

describe("README", () => {
  it("shows only code that lives in examples/, verbatim (so it is type-checked and run)", () => {
    const blocks = [...read("README.md").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const files = EXAMPLES.map(read);
    for (const block of blocks) expect(files).toContain(block);
  });

  describe("its examples", () => {
    afterEach(() => vi.restoreAllMocks());

    for (const example of EXAMPLES) {
      it(`${example} prints what its comments say`, async () => {
        const log = vi.spyOn(console, "log").mockImplementation(() => {});
        await import(`../${example.replace(/\.ts$/, ".js")}`);
        const printed = log.mock.calls.map((c) =>
          c.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(" "),
        );
        const commented = [...read(example).matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) =>
          (m[1] as string).replace(/ \(.*\)$/, ""),
        );
        expect(commented.length).toBeGreaterThan(0);
        for (const c of commented) expect(printed).toContain(c);
      });
    }
  });
});

describe("sample cohort", () => {
  it("is exactly what the seeded generator makes", () => {
    expect(JSON.parse(read("examples/data/banten-cohort.json"))).toEqual(generateCohort());
  });

  it("has at least 200 trainees, mostly valid, some invalid", () => {
    const cohort = generateCohort();
    expect(cohort).toHaveLength(COHORT_SIZE);
    const invalid = cohort.filter((r) => parseCandidate(r).isErr()).length;
    expect(invalid).toBeGreaterThanOrEqual(5);
    expect(invalid).toBeLessThan(20);
  });
});

describe("npm run demo", () => {
  it("prints what the README shows (its first lines), each invalid record and finding once", async () => {
    const { demoText, readmeBlock, readmeBlockOf } = await import("../scripts/demo.js");
    const text = await demoText();
    expect(readmeBlockOf(read("README.md")), "run `npx tsx scripts/demo.ts --update-readme`").toBe(readmeBlock(text));
    const listed = text.split("\n").filter((l) => / \(id "[^"]+"\): (data tidak sah|temuan): /.test(l));
    expect(listed.length).toBeGreaterThan(5);
    expect(new Set(listed).size).toBe(listed.length);
  }, 60_000);
});

describe("demo", () => {
  it("shows every outcome, invalid records and audit findings, with NIKs masked", () => {
    const cohort = JSON.parse(read("examples/data/banten-cohort.json")) as Record<string, unknown>[];
    const rows = runDemo(cohort, DEMO_AS_OF as CalendarDate);
    const outcomes = new Set(rows.map((r) => r.outcome));
    expect(outcomes).toEqual(new Set(["LAYAK", "TIDAK LAYAK", "DATA TIDAK SAH"]));
    expect(rows.some((r) => r.reason.includes("[periksa]"))).toBe(true);
    expect(rows.some((r) => r.reason.includes("di bawah batas minimal"))).toBe(true);
    expect(rows.some((r) => r.reason.includes("melewati batas maksimal"))).toBe(true);
    const table = renderTable(rows);
    for (const r of cohort) {
      if (typeof r.nik === "string") expect(table).not.toContain(r.nik);
      if (typeof r.fullName === "string") expect(table).not.toContain(r.fullName);
    }
  });
});
