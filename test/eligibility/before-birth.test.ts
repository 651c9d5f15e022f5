/**
 * A day judged before the birth date (issue 13, item 7): no age exists then, so every age rule
 * answers `unknown` with `AS_OF_BEFORE_BIRTH` and the day judged, never "Usia -16 tahun".
 */
import fc from "fast-check";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  checkPlacementEligibility,
  checkTrainingEligibility,
  explainReadiness,
  formatGap,
  formatReason,
  parseCandidate,
  type Reason,
  targetRequirements,
  type Verdict,
} from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d, nikFor } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const AGE_RULES = new Set(["training.age", "placement.age.national", "placement.age.target"]);
/** A negative age in a sentence of either locale: "Usia -16 tahun", "Age -3", "-2 years". */
const NEGATIVE_AGE = /(?:usia|age)\s+-\d|-\d+\s+(?:tahun|years?)\b/i;

function person(birthDate: string): Candidate {
  return parseCandidate({
    id: "T-1",
    nik: nikFor(birthDate, "F", "367402", 1),
    fullName: "Dewi Lestari",
    sex: "F",
    birthDate,
  })._unsafeUnwrap();
}

function leaves(v: Verdict): Verdict[] {
  const children = v.children ?? [];
  return children.length === 0 ? [v] : children.flatMap(leaves);
}

function reasons(v: Verdict): Reason[] {
  return [...v.reasons, ...(v.children ?? []).flatMap(reasons)];
}

/** The age leaves of a verdict, each judged `unknown` with AS_OF_BEFORE_BIRTH on `day`. */
function expectBeforeBirth(v: Verdict, day: string): number {
  const ages = leaves(v).filter((x) => AGE_RULES.has(x.rule));
  for (const x of ages) {
    expect(x.outcome, x.rule).toBe("unknown");
    expect(x.reasons, x.rule).toEqual([{ code: "AS_OF_BEFORE_BIRTH", outcome: "unknown", params: { asOf: day } }]);
  }
  return ages.length;
}

/** No reason of `v` carries a negative age, in its params or its message in either locale. */
function expectNoNegativeAge(v: Verdict): void {
  for (const r of reasons(v)) {
    if (typeof r.params.age === "number") expect(r.params.age, r.code).toBeGreaterThanOrEqual(0);
    for (const locale of ["id", "en"] as const) expect(formatReason(r, locale)).not.toMatch(NEGATIVE_AGE);
  }
}

describe("an age judged before the birth date", () => {
  it("training eligibility: unknown with AS_OF_BEFORE_BIRTH and the day judged, in words", () => {
    const v = checkTrainingEligibility(person("2026-06-15"), { asOf: d("2026-06-14") });
    expect(v.outcome).toBe("unknown");
    expect(expectBeforeBirth(v, "2026-06-14")).toBe(1);
    const reason = leaves(v)[0]?.reasons[0] as Reason;
    expect(formatReason(reason, "id")).toBe(
      "Usia tidak dapat dinilai: tanggal penilaian 2026-06-14 mendahului tanggal lahir; periksa kedua tanggal itu.",
    );
    expect(formatReason(reason, "en")).toBe(
      "The age cannot be judged: the date judged, 2026-06-14, is before the birth date; check both dates.",
    );
    // Before the training age was in force too: the dates are wrong, whatever the policy says.
    expect(
      expectBeforeBirth(checkTrainingEligibility(person("2010-06-15"), { asOf: d("2009-12-31") }), "2009-12-31"),
    ).toBe(1);
    // The day of birth itself is judged: age 0, below the minimum.
    expect(checkTrainingEligibility(person("2026-06-15"), { asOf: d("2026-06-15") }).reasons[0]?.params).toEqual({
      age: 0,
      min: 15,
    });
  });

  it("placement eligibility: the national minimum and the target's window both say so", () => {
    const v = checkPlacementEligibility(person("2030-01-01"), { asOf: d("2026-11-28"), target: "JP-SSW-CAREGIVING" });
    expect(v.outcome).toBe("unknown");
    expect(expectBeforeBirth(v, "2026-11-28")).toBe(2);
    expectNoNegativeAge(v);
  });

  it("an age at application: the application day before birth is named, the day assessed is not", () => {
    const c = person("2000-03-01");
    // Applied (by mistake) before birth, assessed later: only the target's age at application is unknown.
    const v = checkPlacementEligibility(c, {
      asOf: d("2026-11-28"),
      target: "KR-EPS-MANUFACTURING",
      appliedOn: d("1999-05-01"),
    });
    const target = leaves(v).find((x) => x.rule === "placement.age.target") as Verdict;
    expect(target.outcome).toBe("unknown");
    expect(target.reasons).toEqual([
      { code: "AS_OF_BEFORE_BIRTH", outcome: "unknown", params: { asOf: "1999-05-01" } },
    ]);
    expect(leaves(v).find((x) => x.rule === "placement.age.national")?.outcome).toBe("pass");
    // No application day: the day assessed stands for it.
    const assumed = checkPlacementEligibility(c, { asOf: d("1999-05-01"), target: "KR-EPS-MANUFACTURING" });
    expect(expectBeforeBirth(assumed, "1999-05-01")).toBe(2);
  });

  it("readiness: not ready (never ineligible for it), with a gap that says to check the dates", () => {
    const r = assessReadiness(person("2030-01-01"), { asOf: d("2026-11-28"), target: "JP-SSW-CAREGIVING" });
    expect(r.status).toBe("not_ready");
    expect(r.readyFrom).toBeUndefined();
    const gap = r.gaps.find((g) => g.code === "AS_OF_BEFORE_BIRTH");
    expect(gap).toMatchObject({ component: "eligibility", params: { asOf: "2026-11-28" } });
    expect(formatGap(gap as never, "id")).toBe(
      "Periksa tanggal lahir dan tanggal penilaian (2026-11-28): tanggal penilaian tidak boleh mendahului tanggal lahir.",
    );
    for (const locale of ["id", "en"] as const) {
      expect(explainReadiness(r, locale).join("\n")).not.toMatch(NEGATIVE_AGE);
    }
  });

  it("law: for any birth date after asOf no reason, gap or message has a negative age, and every age verdict carries AS_OF_BEFORE_BIRTH", () => {
    fc.assert(
      fc.property(
        targetId,
        recentDate,
        slack,
        fc.integer({ min: 1, max: 30_000 }),
        fc.constantFrom("placement" as const, "departure" as const),
        fc.boolean(),
        (target, asOf, s, after, gate, applied) => {
          const base = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s);
          const birthDate = addDays(asOf, after);
          const c: Candidate = { ...base, birthDate };
          // With an application day, it is the day assessed: also before birth.
          const appliedOn: CalendarDate | undefined = applied ? asOf : undefined;

          const training = checkTrainingEligibility(c, { asOf });
          expect(training.outcome).toBe("unknown");
          expect(expectBeforeBirth(training, asOf)).toBe(1);
          expectNoNegativeAge(training);

          const placement = checkPlacementEligibility(c, { asOf, target, appliedOn });
          expectBeforeBirth(placement, asOf);
          expectNoNegativeAge(placement);

          const r = assessReadiness(c, { asOf, target, gate, appliedOn });
          expect(r.status).not.toBe("ready");
          let ages = 0;
          for (const x of r.components) {
            ages += expectBeforeBirth(x.verdict, asOf);
            expectNoNegativeAge(x.verdict);
          }
          // Ineligible (a closed destination) lists only why, never what to fix.
          if (ages > 0 && r.status !== "ineligible") expect(r.gaps.map((g) => g.code)).toContain("AS_OF_BEFORE_BIRTH");
          for (const g of r.gaps) {
            if (typeof g.params.age === "number") expect(g.params.age, g.code).toBeGreaterThanOrEqual(0);
            for (const locale of ["id", "en"] as const) expect(formatGap(g, locale)).not.toMatch(NEGATIVE_AGE);
          }
          for (const locale of ["id", "en"] as const) {
            expect(explainReadiness(r, locale).join("\n")).not.toMatch(NEGATIVE_AGE);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  }, 60_000);
});
