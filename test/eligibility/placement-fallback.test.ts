/**
 * checkPlacementEligibility when the evaluation yields no eligibility component at all (the
 * built-in national rules always feed one, so the evaluation is replaced here): eligibility is
 * then the empty conjunction, a pass with nothing under it, never a crash or an "unknown".
 */
import { type CalendarDate, checkPlacementEligibility, parseCandidate } from "sentra-vokasi";
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/requirements/evaluate.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/requirements/evaluate.js")>();
  return { ...real, evaluateTarget: () => [] };
});

const candidate = parseCandidate({
  id: "F-1",
  nik: "3674014507050001",
  fullName: "Siti Aminah",
  sex: "F",
  birthDate: "2005-07-05",
})._unsafeUnwrap();

describe("no eligibility rule to judge", () => {
  it("passes with no reasons and no children; the option checks still come first", () => {
    const asOf = "2026-12-01" as CalendarDate;
    expect(checkPlacementEligibility(candidate, { asOf, target: "JP-SSW-CAREGIVING" })).toEqual({
      rule: "placement.eligibility",
      outcome: "pass",
      reasons: [],
      children: [],
    });
    expect(checkPlacementEligibility(candidate, { asOf, target: "XX" }).reasons[0]?.code).toBe("UNKNOWN_TARGET");
  });
});
