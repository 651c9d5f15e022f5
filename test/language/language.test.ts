import fc from "fast-check";
import { type Candidate, checkLanguageRequirements, type LanguageRequirement, parseCandidate } from "sentra-vokasi";
import { addDays, jftBasicBand, jlptToCefr, LANGUAGE_SCALES } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d, dateBetween, nikFor } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const withResults = (languageResults: object[]): Candidate =>
  parseCandidate({
    id: "L-1",
    nik: nikFor("2000-01-01", "F", "367402", 3),
    fullName: "Nur Hidayat",
    sex: "F",
    birthDate: "2000-01-01",
    languageResults,
  })._unsafeUnwrap();

const JAPANESE: LanguageRequirement[][] = [
  [
    { test: "JFT_BASIC", minScore: 200 },
    { test: "JLPT", minLevel: "N4" },
  ],
];
const EPS: LanguageRequirement[][] = [[{ test: "EPS_TOPIK", minScore: 80, maxAgeMonths: 24 }]];
const check = (c: Candidate, requirements: LanguageRequirement[][], asOf = "2026-11-28") =>
  checkLanguageRequirements(c, { asOf: d(asOf), requirements });

describe("scales", () => {
  it("keeps each test on its own scale", () => {
    expect(LANGUAGE_SCALES.JFT_BASIC).toMatchObject({ min: 10, max: 250 });
    expect(LANGUAGE_SCALES.EPS_TOPIK).toMatchObject({ max: 200 });
    expect(LANGUAGE_SCALES.JLPT.levels).toEqual(["N5", "N4", "N3", "N2", "N1"]);
  });

  it("maps JLPT to CEFR only from December 2025, per the official table", () => {
    expect(jlptToCefr("N4", { takenOn: "2025-12-07" })).toBe("A2");
    expect(jlptToCefr("N5", { takenOn: "2025-12-07" })).toBe("A1");
    expect(jlptToCefr("N3", { takenOn: "2025-12-07", totalScore: 103 })).toBe("A2");
    expect(jlptToCefr("N3", { takenOn: "2025-12-07", totalScore: 104 })).toBe("B1");
    expect(jlptToCefr("N2", { takenOn: "2025-12-07", totalScore: 112 })).toBe("B2");
    expect(jlptToCefr("N1", { takenOn: "2025-12-07", totalScore: 141 })).toBe("B2");
    expect(jlptToCefr("N1", { takenOn: "2025-12-07", totalScore: 142 })).toBe("C1");
    expect(jlptToCefr("N2", { takenOn: "2025-12-07", totalScore: 111 })).toBe("B1");
    // Without the total score only the lower band of a level is certain.
    for (const [level, band] of [
      ["N3", "A2"],
      ["N2", "B1"],
      ["N1", "B2"],
    ] as const) {
      expect(jlptToCefr(level, { takenOn: "2025-12-07" })).toBe(band);
    }
    expect(jlptToCefr("N6" as never, { takenOn: "2025-12-07" })).toBeUndefined();
    expect(jlptToCefr("N4", { takenOn: "2025-11-30" })).toBeUndefined();
    expect(jlptToCefr("N4", { takenOn: "2025-12-01" })).toBe("A2");
    expect(jlptToCefr("N4", { takenOn: "2025-07-06" })).toBeUndefined();
  });

  it("reads JFT-Basic bands by design, with the August 2026 bands", () => {
    expect(jftBasicBand(200, { takenOn: "2024-01-01" })).toBe("A2");
    expect(jftBasicBand(199, { takenOn: "2024-01-01" })).toBeUndefined();
    expect(jftBasicBand(199, { takenOn: "2026-08-01" })).toBe("A2.1");
    expect(jftBasicBand(175, { takenOn: "2026-08-01" })).toBe("A2.1");
    expect(jftBasicBand(174, { takenOn: "2026-08-01" })).toBe("A1");
    expect(jftBasicBand(145, { takenOn: "2026-08-01" })).toBe("A1");
    expect(jftBasicBand(144, { takenOn: "2026-08-01" })).toBeUndefined();
  });
});

describe("checkLanguageRequirements", () => {
  it("passes with either JFT-Basic 200 or JLPT N4 and says which result met which requirement", () => {
    const v = check(withResults([{ test: "JLPT", level: "N3", takenOn: "2025-12-07" }]), JAPANESE);
    expect(v.outcome).toBe("pass");
    expect(v.reasons).toEqual([
      {
        code: "LANGUAGE_REQUIREMENT_MET",
        outcome: "pass",
        params: { test: "JLPT", result: "N3", min: "N4", takenOn: "2025-12-07", countedFrom: "takenOn" },
      },
    ]);
    expect(v.validUntil).toBeUndefined(); // JLPT and JFT-Basic do not lapse for SSW
  });

  it("is unknown without any result, naming what is missing", () => {
    const v = check(withResults([]), JAPANESE);
    expect(v.outcome).toBe("unknown");
    expect(v.reasons.map((r) => [r.code, r.params.test])).toEqual([
      ["LANGUAGE_RESULT_MISSING", "JFT_BASIC"],
      ["LANGUAGE_RESULT_MISSING", "JLPT"],
    ]);
  });

  it("fails when every result is too low", () => {
    const v = check(
      withResults([
        { test: "JFT_BASIC", score: 199, takenOn: "2026-01-01" },
        { test: "JLPT", level: "N5", takenOn: "2025-12-07" },
      ]),
      JAPANESE,
    );
    expect(v.outcome).toBe("fail");
    expect(v.reasons.map((r) => r.code)).toEqual(["LANGUAGE_RESULT_TOO_LOW", "LANGUAGE_RESULT_TOO_LOW"]);
  });

  it("EPS-TOPIK: valid the day before its two years end, lapsed on the day they do", () => {
    const c = withResults([{ test: "EPS_TOPIK", score: 150, takenOn: "2024-03-01" }]);
    const last = check(c, EPS, "2026-02-28");
    expect([last.outcome, last.validUntil]).toEqual(["pass", "2026-02-28"]);
    const lapsed = check(c, EPS, "2026-03-01");
    expect(lapsed.outcome).toBe("fail");
    expect(lapsed.reasons[0]).toMatchObject({
      code: "LANGUAGE_RESULT_EXPIRED",
      params: { lastValidDay: "2026-02-28" },
    });
  });

  it("does not count a general TOPIK result for EPS, nor a result taken after asOf", () => {
    expect(check(withResults([{ test: "TOPIK", score: 200, takenOn: "2026-01-01" }]), EPS).outcome).toBe("unknown");
    expect(check(withResults([{ test: "EPS_TOPIK", score: 150, takenOn: "2026-12-01" }]), EPS).outcome).toBe("unknown");
  });

  it("meets a CEFR requirement only with a CEFR-labelled certificate", () => {
    const b1: LanguageRequirement[][] = [[{ test: "CEFR", minLevel: "B1" }]];
    expect(
      check(withResults([{ test: "CEFR", level: "B2", provider: "Goethe", takenOn: "2026-01-01" }]), b1).outcome,
    ).toBe("pass");
    expect(check(withResults([{ test: "CEFR", level: "A2", takenOn: "2026-01-01" }]), b1).outcome).toBe("fail");
    expect(check(withResults([{ test: "JLPT", level: "N1", takenOn: "2026-01-01" }]), b1).outcome).toBe("unknown");
  });

  it("needs every group: Japanese and a second test", () => {
    const both: LanguageRequirement[][] = [...JAPANESE, [{ test: "IELTS", minBand: 5.5 }]];
    const c = withResults([{ test: "JFT_BASIC", score: 220, takenOn: "2026-01-01" }]);
    expect(check(c, both).outcome).toBe("unknown");
    expect(
      check(
        withResults([
          { test: "JFT_BASIC", score: 220, takenOn: "2026-01-01" },
          { test: "IELTS", band: 6, takenOn: "2026-01-01" },
        ]),
        both,
      ).outcome,
    ).toBe("pass");
  });

  it("passes when nothing is required, and never throws", () => {
    expect(check(withResults([]), []).reasons[0]?.code).toBe("LANGUAGE_NOT_REQUIRED");
    expect(check(withResults([]), "none" as never).reasons[0]?.code).toBe("LANGUAGE_NOT_REQUIRED");
    expect(checkLanguageRequirements(null as never, null as never).outcome).toBe("unknown");
    expect(checkLanguageRequirements({} as Candidate, { asOf: d("2026-01-01"), requirements: JAPANESE }).outcome).toBe(
      "unknown",
    );
  });

  describe("laws", () => {
    it("a result with maxAgeMonths flips exactly at validUntil", () => {
      fc.assert(
        fc.property(dateBetween("2015-01-01", "2030-12-31"), fc.integer({ min: 0, max: 800 }), (takenOn, k) => {
          const c = withResults([{ test: "EPS_TOPIK", score: 120, takenOn }]);
          const asOf = addDays(takenOn, k);
          const v = checkLanguageRequirements(c, { asOf, requirements: EPS });
          if (v.outcome === "pass") {
            const until = v.validUntil as string as never;
            expect(checkLanguageRequirements(c, { asOf: until, requirements: EPS }).outcome).toBe("pass");
            expect(checkLanguageRequirements(c, { asOf: addDays(until, 1), requirements: EPS }).outcome).toBe("fail");
          } else {
            expect(v.outcome).toBe("fail");
          }
        }),
        { numRuns: runs(100) },
      );
    });

    it("adding a result never turns a pass into a non-pass", () => {
      const result = fc.oneof(
        fc.record({
          test: fc.constant("JFT_BASIC"),
          score: fc.integer({ min: 10, max: 250 }),
          takenOn: dateBetween("2020-01-01", "2026-11-28"),
        }),
        fc.record({
          test: fc.constant("JLPT"),
          level: fc.constantFrom("N5", "N4", "N3", "N2", "N1"),
          takenOn: dateBetween("2020-01-01", "2026-11-28"),
        }),
      );
      fc.assert(
        fc.property(fc.array(result, { maxLength: 3 }), result, (rs, extra) => {
          const before = check(withResults(rs), JAPANESE).outcome;
          const after = check(withResults([...rs, extra]), JAPANESE).outcome;
          // (unknown may become fail: a low result is evidence that fails, where none was before)
          if (before === "pass") expect(after).toBe("pass");
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
