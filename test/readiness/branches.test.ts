/**
 * Readiness scoring and cohort counting on inputs the behaviour suites do not build: a component
 * whose failing part counts no units (no credit, never NaN), and a not-ready readiness whose gaps
 * are not a list (still not ready, not "unassessed"), and a streamed record that throws when read.
 */
import {
  assessReadiness,
  assessRecords,
  type CalendarDate,
  DEFAULT_POLICY,
  definePolicy,
  parseCandidate,
  type Readiness,
  summarizeCohort,
} from "sentra-vokasi";
import { makeReason, makeVerdict, registerRequirementKind } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import * as z from "zod";

const d = (s: string) => s as CalendarDate;
const asOf = d("2026-12-01");
const JP = "JP-SSW-CAREGIVING";

const candidate = parseCandidate({
  id: "R-1",
  nik: "3674014507050001",
  fullName: "Siti Aminah",
  sex: "F",
  birthDate: "2005-07-05",
})._unsafeUnwrap();

describe("a component whose failing part counts nothing", () => {
  it("earns no credit: score 0 for the component, and a whole-number readiness score", () => {
    const kind = {
      id: "zeroCount",
      rule: "zero.count",
      component: "orientation" as const,
      gates: ["placement" as const],
      description: { id: "Nol", en: "Zero" },
      schema: z.boolean(),
      codes: { ZERO_UNITS_MISSING: { urgency: "data" as const } },
      messages: { en: { reasons: { ZERO_UNITS_MISSING: () => "No units." } } },
      evaluate: () => [
        makeVerdict("zero.count", "fail", [makeReason("ZERO_UNITS_MISSING" as never, "fail", { count: 0 } as never)]),
      ],
    };
    expect(registerRequirementKind(kind as never).isOk()).toBe(true);
    const p = definePolicy(DEFAULT_POLICY, {
      targets: {
        [JP]: {
          zeroCount: [{ from: d("2000-01-01"), value: true, basis: "Jepang SSW (i): persyaratan", confirmed: false }],
        },
      },
    } as never)._unsafeUnwrap();
    const r = assessReadiness(candidate, { asOf, target: JP, policy: p });
    const orientation = r.components.find((x) => x.name === "orientation");
    expect(orientation?.verdict.outcome).toBe("fail");
    expect(orientation?.score).toBe(0);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.status).toBe("not_ready");
    expect(r.gaps).toContainEqual({ code: "ZERO_UNITS_MISSING", component: "orientation", params: { count: 0 } });
  });
});

describe("cohort counting", () => {
  it("counts a not-ready readiness whose gaps are not a list as not ready, with its score", () => {
    const odd = { status: "not_ready", target: "T", score: 45, gaps: null } as unknown as Readiness;
    const s = summarizeCohort([odd]);
    expect(s.byStatus).toEqual({ total: 1, ready: 0, not_ready: 1, ineligible: 0, unassessed: 0 });
    expect(s.scored).toBe(1);
    expect(s.scoreDeciles[4]).toBe(1);
    expect(s.topGaps).toEqual([]);
    // One gap that says the options were wrong: unassessed, and no score.
    const wrong = { ...odd, gaps: [{ code: "UNKNOWN_TARGET", component: "eligibility", params: {} }] };
    expect(summarizeCohort([wrong as never]).byStatus.unassessed).toBe(1);
    expect(summarizeCohort([wrong as never]).scored).toBe(0);
  });
});

describe("assessRecords on a record that throws when read", () => {
  it("yields it as invalid, without an id, and goes on to the next", () => {
    const hostile = {
      get id(): string {
        throw new Error("boom");
      },
    };
    const out = [...assessRecords([hostile, { id: "after" }], { asOf, target: JP })];
    expect(out.map((x) => [x.index, x.id, x.ok])).toEqual([
      [0, undefined, false],
      [1, "after", false],
    ]);
    expect(out[0]).not.toHaveProperty("id");
    expect(out[0]?.ok === false && out[0].error.code).toBe("INVALID_CANDIDATE");
  });
});
