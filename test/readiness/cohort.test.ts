import fc from "fast-check";
import {
  assessReadiness,
  assessRecords,
  assessRecordsAsync,
  type Readiness,
  summarizeCohort,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, daysBetween } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { generateCohort } from "../../examples/data/generate.js";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

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
    // Scores are summarised over the ready and the not ready; the ineligible are counted apart.
    expect(s.scored).toBe(s.byStatus.ready + s.byStatus.not_ready);
    expect(s.scoreDeciles.reduce((a, b) => a + b, 0)).toBe(s.scored);
    expect(s.topGaps[0]?.code).toBe("SKILL_TEST_MISSING");
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
    // The ineligible one (whatever score it carries) is in no decile and no mean.
    expect(s.scoreDeciles).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
    expect([s.scored, s.meanScore]).toEqual([5, 94]);
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
      { numRuns: runs(50) },
    );
  });
});

describe("summarizeCohort against a plain recount", () => {
  const COMPONENTS = ["eligibility", "skill", "language"] as const;
  const CODES = ["DOCUMENT_MISSING", "AGE_BELOW_MINIMUM", "SKILL_TEST_MISSING"] as const;
  const readiness = fc
    .record({
      status: fc.constantFrom("ready", "not_ready", "ineligible"),
      target: fc.constantFrom("JP-SSW-CAREGIVING", "KR-EPS-MANUFACTURING", "SA-DOMESTIC"),
      score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constant(Number.NaN)),
      offset: fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }),
      gaps: fc.array(fc.record({ component: fc.constantFrom(...COMPONENTS), code: fc.constantFrom(...CODES) }), {
        maxLength: 4,
      }),
    })
    .map(
      ({ status, target, score, offset, gaps }) =>
        ({
          candidateId: "X",
          target,
          gate: "placement",
          asOf,
          status,
          score,
          components: [],
          gaps: gaps.map((g) => ({ ...g, params: {} })),
          ...(offset === undefined
            ? {}
            : status === "ready"
              ? { validUntil: addDays(asOf, offset) }
              : { readyFrom: addDays(asOf, offset) }),
        }) as unknown as Readiness,
    );

  it("law: every count equals a direct count of the records", () => {
    fc.assert(
      fc.property(fc.array(readiness, { maxLength: 40 }), (rs) => {
        const s = summarizeCohort(rs);
        const count = (f: (r: Readiness) => boolean) => rs.filter(f).length;
        for (const status of ["ready", "not_ready", "ineligible"] as const) {
          expect(s.byStatus[status]).toBe(count((r) => r.status === status));
          for (const [target, t] of Object.entries(s.byTarget)) {
            expect(t[status]).toBe(count((r) => r.status === status && r.target === target));
          }
        }
        expect(Object.keys(s.byTarget)).toEqual([...new Set(rs.map((r) => r.target))].sort());
        const scored = rs.filter((r) => r.status !== "ineligible");
        expect(s.scored).toBe(scored.length);
        const clamped = scored.map((r) => (Number.isFinite(r.score) ? Math.max(0, Math.min(100, r.score)) : 0));
        expect(s.scoreDeciles).toEqual(
          Array.from({ length: 10 }, (_, i) => clamped.filter((x) => Math.min(9, Math.floor(x / 10)) === i).length),
        );
        const mean = clamped.length === 0 ? 0 : clamped.reduce((a, b) => a + b, 0) / clamped.length;
        expect(Math.abs(s.meanScore - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
        const waitDays = (r: Readiness) =>
          r.status === "not_ready" && r.readyFrom !== undefined ? daysBetween(asOf, r.readyFrom) : Infinity;
        const lapseDays = (r: Readiness) =>
          r.status === "ready" && r.validUntil !== undefined ? daysBetween(asOf, r.validUntil) + 1 : Infinity;
        expect(s.readyWithin).toEqual({
          days30: count((r) => waitDays(r) <= 30),
          days90: count((r) => waitDays(r) <= 90),
          days180: count((r) => waitDays(r) <= 180),
        });
        expect(s.lapsingWithin).toEqual({
          days30: count((r) => lapseDays(r) <= 30),
          days90: count((r) => lapseDays(r) <= 90),
        });
        const tally = new Map<string, number>();
        for (const r of rs)
          for (const g of r.gaps)
            tally.set(`${g.component} ${g.code}`, (tally.get(`${g.component} ${g.code}`) ?? 0) + 1);
        const expected = [...tally.entries()]
          .map(([k, n]) => {
            const [component = "", code = ""] = k.split(" ");
            return { component, code, count: n };
          })
          .sort(
            (a, b) =>
              b.count - a.count ||
              (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
              (a.component < b.component ? -1 : 1),
          )
          .slice(0, 10);
        expect(s.topGaps).toEqual(expected.map((g) => ({ code: g.code, component: g.component, count: g.count })));
      }),
      { numRuns: runs(100) },
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
    expect(bad.length).toBe(5);
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
