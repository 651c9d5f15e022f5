import fc from "fast-check";
import {
  ageOn,
  type CalendarDate,
  type Candidate,
  checkTrainingEligibility,
  DEFAULT_POLICY,
  definePolicy,
  formatReason,
  parseCandidate,
  type Verdict,
} from "sentra-vokasi";
import { addDays, dateOfAge } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d, dateBetween, interestingDate, nikFor } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

function person(birthDate: string, sex: "F" | "M" = "F"): Candidate {
  return parseCandidate({
    id: "T-1",
    nik: nikFor(birthDate, sex, "367402", 1),
    fullName: "Dewi Lestari",
    sex,
    birthDate,
  })._unsafeUnwrap();
}

const check = (birth: string, asOf: string) => checkTrainingEligibility(person(birth), { asOf: d(asOf) });
const codeOf = (v: Verdict) => v.reasons[0]?.code;

describe("checkTrainingEligibility", () => {
  it("fails the day before the 15th birthday and passes on it", () => {
    const before = check("2011-06-15", "2026-06-14");
    expect(before.outcome).toBe("fail");
    expect(codeOf(before)).toBe("AGE_BELOW_MINIMUM");
    expect(before.reasons[0]?.params).toEqual({ age: 14, min: 15 });
    expect(before.validFrom).toBe("2026-06-15");
    const on = check("2011-06-15", "2026-06-15");
    expect(on.outcome).toBe("pass");
    expect(codeOf(on)).toBe("AGE_WITHIN_RANGE");
  });

  it("passes the day before the 30th birthday, which is the last day of the window", () => {
    const v = check("1996-11-28", "2026-11-27");
    expect(v.outcome).toBe("pass");
    expect(v.reasons[0]?.params).toEqual({ age: 29, min: 15, max: 29 });
    expect(v.validUntil).toBe("2026-11-27");
  });

  it("fails on the 30th birthday with AGE_ABOVE_MAXIMUM and no validFrom", () => {
    const v = check("1996-11-28", "2026-11-28");
    expect(v.outcome).toBe("fail");
    expect(codeOf(v)).toBe("AGE_ABOVE_MAXIMUM");
    expect(v.reasons[0]?.params).toEqual({ age: 30, max: 29 });
    expect(v.validFrom).toBeUndefined();
  });

  it("follows the 29 February convention: 15 on 1 March of a common year", () => {
    expect(check("2012-02-29", "2027-02-28").outcome).toBe("fail");
    expect(check("2012-02-29", "2027-02-28").validFrom).toBe("2027-03-01");
    expect(check("2012-02-29", "2027-03-01").outcome).toBe("pass");
    // and 30 on 1 March of a common year: the last day of the window is 28 February
    expect(check("1996-02-29", "2026-02-28").validUntil).toBe("2026-02-28");
    expect(check("1996-02-29", "2026-03-01").outcome).toBe("fail");
  });

  it("cites the 2 May 2025 offer and explains itself in both languages", () => {
    const v = check("2011-06-15", "2026-01-01");
    expect(v.reasons[0]?.basis).toBe(DEFAULT_POLICY.parameters.trainingAge.versions[0]?.basis);
    expect(formatReason(v.reasons[0] as never, "id")).toBe("Usia 14 tahun di bawah batas minimal 15 tahun.");
    expect(formatReason(v.reasons[0] as never, "en")).toBe("Age 14 is below the minimum of 15 years.");
    expect(v.rule).toBe("training.eligibility");
    expect(v.children?.[0]?.rule).toBe("training.age");
  });

  it("applies a province's narrower window, and the window follows the change of policy", () => {
    const p = definePolicy(DEFAULT_POLICY, {
      citations: { Contoh: { instrument: "Contoh", sources: [] } },
      parameters: {
        trainingAge: [{ from: d("2027-01-01"), value: { min: 17, max: 25 }, basis: "Contoh", confirmed: false }],
      },
    })._unsafeUnwrap();
    const c = person("2010-03-10");
    // 16 on 2026-12-31: passes under the default window, which ends the day before the new one
    const v = checkTrainingEligibility(c, { asOf: d("2026-12-31"), policy: p });
    expect(v.outcome).toBe("pass");
    expect(v.validUntil).toBe("2026-12-31");
    const next = checkTrainingEligibility(c, { asOf: d("2027-01-01"), policy: p });
    expect(next.outcome).toBe("fail");
    expect(next.validFrom).toBe("2027-03-10");
    // a 12-year-old under the default policy, before the change: eligible on the 17th birthday
    expect(checkTrainingEligibility(person("2014-05-05"), { asOf: d("2026-06-01"), policy: p }).validFrom).toBe(
      "2031-05-05",
    );
  });

  it("never throws: invalid asOf, missing birth date or policy give unknown", () => {
    expect(codeOf(checkTrainingEligibility(person("2005-01-01"), { asOf: "2026-13-01" as CalendarDate }))).toBe(
      "INVALID_AS_OF",
    );
    expect(codeOf(checkTrainingEligibility({} as Candidate, { asOf: d("2026-01-01") }))).toBe("BIRTH_DATE_UNKNOWN");
    expect(codeOf(checkTrainingEligibility(null as never, undefined as never))).toBe("INVALID_AS_OF");
    const v = checkTrainingEligibility(person("2005-01-01"), { asOf: d("2026-01-01"), policy: {} as never });
    expect([v.outcome, codeOf(v)]).toEqual(["unknown", "POLICY_PARAMETER_MISSING"]);
  });

  describe("laws", () => {
    const birth = dateBetween("1980-01-01", "2020-12-31");
    // The 15–29 offer is in force from 2 May 2025 (before it: unknown, pinned below).
    const asOf = dateBetween("2025-05-02", "2050-12-31");

    it("passes exactly when the completed age is 15 to 29 (unknown before birth)", () => {
      fc.assert(
        fc.property(fc.oneof(birth, interestingDate), asOf, (b, a) => {
          const age = ageOn(b, a);
          expect(checkTrainingEligibility(person(b), { asOf: a }).outcome).toBe(
            a < b ? "unknown" : age >= 15 && age <= 29 ? "pass" : "fail",
          );
        }),
        { numRuns: runs(100) },
      );
    });

    it("flips exactly at validFrom: fail the day before, pass on it", () => {
      fc.assert(
        fc.property(birth, asOf, (b, a) => {
          const v = checkTrainingEligibility(person(b), { asOf: a });
          fc.pre(v.validFrom !== undefined);
          const from = v.validFrom as CalendarDate;
          expect(from).toBe(dateOfAge(b, 15));
          expect(checkTrainingEligibility(person(b), { asOf: addDays(from, -1) }).outcome).toBe("fail");
          expect(checkTrainingEligibility(person(b), { asOf: from }).outcome).toBe("pass");
        }),
        { numRuns: runs(100) },
      );
    });

    it("holds until validUntil exactly: pass on it, fail the day after, for good", () => {
      fc.assert(
        fc.property(birth, asOf, (b, a) => {
          const v = checkTrainingEligibility(person(b), { asOf: a });
          fc.pre(v.outcome === "pass");
          const until = v.validUntil as CalendarDate;
          expect(checkTrainingEligibility(person(b), { asOf: until }).outcome).toBe("pass");
          const after = checkTrainingEligibility(person(b), { asOf: addDays(until, 1) });
          expect(after.outcome).toBe("fail");
          expect(after.validFrom).toBeUndefined();
        }),
        { numRuns: runs(100) },
      );
    });

    it("is constant between asOf and its window's edge", () => {
      fc.assert(
        fc.property(birth, asOf, fc.integer({ min: 0, max: 4000 }), (b, a, k) => {
          const v = checkTrainingEligibility(person(b), { asOf: a });
          const edge = v.outcome === "pass" ? v.validUntil : v.validFrom ? addDays(v.validFrom, -1) : undefined;
          const later = addDays(a, k);
          fc.pre(edge !== undefined && later <= edge);
          const next = checkTrainingEligibility(person(b), { asOf: later }).outcome;
          expect(next === "pass").toBe(v.outcome === "pass");
        }),
        { numRuns: runs(100) },
      );
    });

    it("is deterministic and plain JSON", () => {
      fc.assert(
        fc.property(birth, asOf, (b, a) => {
          const v = checkTrainingEligibility(person(b), { asOf: a });
          expect(checkTrainingEligibility(person(b), { asOf: a })).toStrictEqual(v);
          expect(JSON.parse(JSON.stringify(v))).toStrictEqual(v);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});

describe("the 15–29 offer of 2 May 2025", () => {
  it("is unknown the day before it was made, with a clear code, and judged from that day", () => {
    const before = check("2005-01-01", "2025-05-01");
    expect(before.outcome).toBe("unknown");
    expect(before.reasons[0]).toMatchObject({
      code: "TRAINING_AGE_NOT_YET_IN_FORCE",
      params: { from: "2025-05-02" },
      basis: "KP2MI, tawaran pelatihan terintegrasi UPTD LK Banten, 2 Mei 2025",
    });
    expect(before.validFrom).toBe("2025-05-02"); // a 20-year-old passes from the day of the offer
    expect(check("2005-01-01", "2025-05-02").outcome).toBe("pass");
    expect(check("1990-01-01", "2025-05-01").validFrom).toBeUndefined(); // 35: never inside the window
  });
});

describe("time-zone independence", () => {
  it("gives the pinned answers whatever TZ this process runs in", () => {
    // The same expectations run under every zone of the time-zone matrix (vitest.config.ts).
    expect(check("2012-02-29", "2027-02-28").validFrom).toBe("2027-03-01");
    expect(check("1997-01-01", "2026-12-31").validUntil).toBe("2026-12-31");
    expect(check("2011-12-30", "2026-12-30").outcome).toBe("pass"); // a day Pacific/Apia skipped in 2011
  });
});
