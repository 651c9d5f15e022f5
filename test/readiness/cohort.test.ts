import fc from "fast-check";
import {
  assessReadiness,
  assessRecords,
  assessRecordsAsync,
  type Readiness,
  summarizeCohort,
  targetRequirements,
} from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../examples/data/generate.js";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";

const asOf = d("2026-12-01");

describe("summarizeCohort", () => {
  it("summarises the sample cohort: totals, deciles, top gaps", () => {
    const rs = [...assessRecords(generateCohort(), { asOf, target: "JP-SSW-CAREGIVING" })].flatMap((x) =>
      x.ok ? [x.readiness] : [],
    );
    const s = summarizeCohort(rs);
    expect(s.byStatus.total).toBe(rs.length);
    expect(s.byStatus.ready + s.byStatus.not_ready + s.byStatus.ineligible).toBe(rs.length);
    expect(s.byTarget["JP-SSW-CAREGIVING"]?.total).toBe(rs.length);
    expect(s.scoreDeciles.reduce((a, b) => a + b, 0)).toBe(rs.length);
    expect(s.topGaps[0]?.code).toBe("DOCUMENT_MISSING");
    expect(s.topGaps.length).toBeLessThanOrEqual(10);
  });

  it("counts who becomes ready within 30/90/180 days and who lapses within 30/90", () => {
    const base = { candidateId: "x", target: "T", gate: "placement" as const, asOf, components: [], gaps: [] };
    const rs: Readiness[] = [
      { ...base, status: "not_ready", score: 90, readyFrom: d("2026-12-31") },
      { ...base, status: "not_ready", score: 90, readyFrom: d("2027-03-01") },
      { ...base, status: "not_ready", score: 90, readyFrom: d("2027-05-30") },
      { ...base, status: "ready", score: 100, validUntil: d("2026-12-30") },
      { ...base, status: "ready", score: 100, validUntil: d("2027-02-28") },
      { ...base, status: "ineligible", score: 10 },
    ];
    const s = summarizeCohort(rs);
    expect(s.readyWithin).toEqual({ days30: 1, days90: 2, days180: 3 });
    expect(s.lapsingWithin).toEqual({ days30: 1, days90: 2 });
    expect(s.scoreDeciles).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 5]);
    expect(s.meanScore).toBe(80);
  });

  it("works over a generator in one pass, and on nothing", () => {
    function* many() {
      for (let i = 0; i < 1000; i++) {
        yield {
          candidateId: String(i),
          target: i % 2 ? "A" : "B",
          gate: "placement",
          asOf,
          status: "not_ready",
          score: i % 101,
          components: [],
          gaps: [{ code: "X", component: "c", params: {} }],
        } as Readiness;
      }
    }
    const s = summarizeCohort(many());
    expect(s.byStatus.total).toBe(1000);
    expect(Object.keys(s.byTarget)).toEqual(["A", "B"]);
    expect(s.topGaps).toEqual([{ code: "X", component: "c", count: 1000 }]);
    expect(summarizeCohort([]).byStatus.total).toBe(0);
    expect(summarizeCohort(null as never).meanScore).toBe(0);
  });

  it("law: totals equal the input count, and the summary is plain JSON", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(targetId, recentDate, slack), { maxLength: 8 }), (items) => {
        const rs = items.map(([target, day, s]) =>
          assessReadiness(candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s), {
            asOf: day,
            target,
          }),
        );
        const summary = summarizeCohort(rs);
        expect(summary.byStatus.total).toBe(rs.length);
        expect(Object.values(summary.byTarget).reduce((a, t) => a + t.total, 0)).toBe(rs.length);
        expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
      }),
      { numRuns: 50 },
    );
  });
});

describe("assessRecords", () => {
  it("yields every record in order, invalid ones with their issues and the caller's id", () => {
    const rows = generateCohort();
    const out = [...assessRecords(rows, { asOf, target: "JP-SSW-CAREGIVING" })];
    expect(out).toHaveLength(rows.length);
    expect(out.map((x) => x.index)).toEqual(rows.map((_, i) => i));
    const bad = out.filter((x) => !x.ok);
    expect(bad.length).toBe(7);
    expect(bad[0]?.id).toBe("BTN-2026-0021");
    if (bad[0] !== undefined && !bad[0].ok) expect(bad[0].error.issues[0]?.code).toBe("INVALID_NIK");
  });

  it("streams lazily and survives junk records", () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield pulled % 3 === 0 ? "junk" : { id: 42 };
      }
    }
    const it = assessRecords(endless(), { asOf, target: "DE-NURSE" });
    const first = [it.next().value, it.next().value, it.next().value];
    expect(pulled).toBe(3);
    expect(first.every((x) => x !== undefined && !x.ok)).toBe(true);
    expect(first[0]).not.toHaveProperty("id");
  });

  it("takes async iterables", async () => {
    async function* rows() {
      for (const r of generateCohort().slice(0, 25)) yield r;
    }
    const out = [];
    for await (const x of assessRecordsAsync(rows(), { asOf, target: "HK-DOMESTIC-HELPER" })) out.push(x);
    expect(out).toHaveLength(25);
    expect(out.filter((x) => x.ok).length).toBe(20); // records 21–25 of the sample are invalid
  });
});
