/**
 * Perpres 64/2011 Pasal 14 (DOMAIN.md §10, S62): (5) the CPMI health certificate is valid 3
 * months from the date it is issued; (6) void if the candidate is pregnant; (7) the laboratory
 * check is repeated at most 7 days before departure.
 */
import fc from "fast-check";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  explainReadiness,
  formatGap,
  formatReason,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, addMonths } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor } from "../arbitraries/catalog.js";

const d = (s: string) => s as CalendarDate;
const JP = "JP-SSW-CAREGIVING";
const asOf = d("2026-04-01");
const base = candidateFor(targetRequirements(JP, { asOf })._unsafeUnwrap(), [0.5]);
const withCheck = (c: Candidate, check: Candidate["medicalChecks"][number]): Candidate => ({
  ...c,
  medicalChecks: [check],
});
const health = (c: Candidate, day: CalendarDate, gate: "placement" | "departure" = "placement") =>
  assessReadiness(c, { asOf: day, target: JP, gate }).components.find((x) => x.name === "health")?.verdict;

describe("the health certificate is valid 3 months from its issue date (ayat (5))", () => {
  const c = withCheck(base, {
    result: "FIT",
    examinedOn: d("2026-01-05"),
    certificateIssuedOn: d("2026-01-10"),
    scope: "FULL",
  });

  it("passes to the day before the same date three months later, and lapses on it", () => {
    expect(targetRequirements(JP, { asOf })._unsafeUnwrap().medical).toEqual({
      validityMonths: 3,
      colourVisionNormal: false,
    });
    const last = health(c, d("2026-04-09"));
    expect(last?.outcome).toBe("pass");
    expect(last?.validUntil).toBe("2026-04-09");
    const lapsed = health(c, d("2026-04-10"));
    expect(lapsed?.outcome).toBe("fail");
    expect(lapsed?.reasons[0]).toMatchObject({
      code: "MEDICAL_CHECK_EXPIRED",
      params: { lastValidDay: "2026-04-09", countedFrom: "certificateIssuedOn" },
      basis: "Perpres 64/2011 Pasal 14 ayat (5)-(7) (surat keterangan sehat CPMI)",
    });
  });

  it("counts from the examination when the record has no issue date, and says so", () => {
    const { certificateIssuedOn: _, ...undated } = c.medicalChecks[0] as Candidate["medicalChecks"][number];
    const v = health(withCheck(base, undated), d("2026-04-04"));
    expect(v?.validUntil).toBe("2026-04-04");
    expect(v?.reasons[0]?.params.countedFrom).toBe("examinedOn");
    expect(formatReason(v?.reasons[0] as never, "id")).toContain("tanggal terbit tidak tercatat");
  });

  it("at a month's end, the end-of-month rule first: issued 30 November, valid to 27 February", () => {
    const nov = withCheck(base, {
      result: "FIT",
      examinedOn: d("2026-11-30"),
      certificateIssuedOn: d("2026-11-30"),
      scope: "FULL",
    });
    expect(health(nov, d("2027-02-27"))?.outcome).toBe("pass");
    expect(health(nov, d("2027-02-28"))?.outcome).toBe("fail");
  });

  it("law: a certificate issued on any day passes exactly through addMonths(issued, 3) − 1 day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const issued = addDays(d("2020-01-01"), n);
        const last = addDays(addMonths(issued, 3), -1);
        const cc = withCheck(base, { result: "FIT", examinedOn: issued, certificateIssuedOn: issued, scope: "FULL" });
        expect(health(cc, last)?.outcome).toBe("pass");
        expect(health(cc, addDays(last, 1))?.outcome).toBe("fail");
      }),
      { numRuns: 80 },
    );
  });
});

describe("the laboratory check before departure (ayat (6), (7))", () => {
  const woman = withCheck({ ...base, sex: "F" }, { result: "FIT", examinedOn: d("2026-03-01"), scope: "FULL" });
  const tested = (result: "NEGATIVE" | "POSITIVE", testedOn: string): Candidate => ({
    ...woman,
    medicalChecks: [
      {
        ...(woman.medicalChecks[0] as Candidate["medicalChecks"][number]),
        pregnancyTest: { result, testedOn: d(testedOn) },
      },
    ],
  });
  const preDeparture = (c: Candidate, day: string) =>
    health(c, d(day), "departure")?.children?.find((x) => x.rule === "health.preDeparture");

  it("asks a woman, at the departure gate only, for a test at most 7 days old", () => {
    expect(preDeparture(woman, "2026-04-01")?.reasons[0]?.code).toBe("PREGNANCY_TEST_MISSING");
    expect(health(woman, asOf, "placement")?.children?.some((x) => x.rule === "health.preDeparture")).toBe(false);
    expect(preDeparture(tested("NEGATIVE", "2026-03-25"), "2026-04-01")?.outcome).toBe("pass");
    expect(preDeparture(tested("NEGATIVE", "2026-03-25"), "2026-04-01")?.validUntil).toBe("2026-04-01");
    expect(preDeparture(tested("NEGATIVE", "2026-03-24"), "2026-04-01")?.reasons[0]?.code).toBe(
      "PREGNANCY_TEST_TOO_OLD",
    );
    expect(preDeparture({ ...woman, sex: "M" }, "2026-04-01")).toBeUndefined();
  });

  it("a positive test voids the certificate, not_ready, without ever saying why", () => {
    const r = assessReadiness(tested("POSITIVE", "2026-03-30"), { asOf, target: JP, gate: "departure" });
    expect(r.status).toBe("not_ready");
    const gap = r.gaps.find((g) => g.code === "HEALTH_CERTIFICATE_VOID");
    expect(gap?.params).toEqual({});
    const words = [
      ...explainReadiness(r, "id"),
      ...explainReadiness(r, "en"),
      ...r.gaps.flatMap((g) => [formatGap(g, "id"), formatGap(g, "en")]),
      JSON.stringify(r),
    ].join(" ");
    for (const secret of ["POSITIVE", "NEGATIVE", "hamil", "pregnant"]) expect(words).not.toContain(secret);
  });

  it("law: between 0 and 7 days old a negative test passes, from 8 days it does not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (age) => {
        const c = tested("NEGATIVE", addDays(d("2026-04-01"), -age));
        expect(preDeparture(c, "2026-04-01")?.outcome).toBe(age <= 7 ? "pass" : "fail");
      }),
      { numRuns: 40 },
    );
  });
});
