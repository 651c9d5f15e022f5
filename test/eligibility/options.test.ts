/**
 * The options of the eligibility checks at their edges: missing or odd options, the reasons
 * pinned, and the training age's next version found among several.
 */
import {
  type CalendarDate,
  checkPlacementEligibility,
  checkTrainingEligibility,
  DEFAULT_POLICY,
  definePolicy,
  type Policy,
  parseCandidate,
} from "sentra-vokasi";
import { BASIS } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

const d = (s: string) => s as CalendarDate;
const c = parseCandidate({
  id: "A",
  nik: "3674014507050001",
  fullName: "Siti",
  sex: "F",
  birthDate: "2005-07-05",
})._unsafeUnwrap();

describe("checkPlacementEligibility's options", () => {
  it("names a non-string target as given, and refuses an invalid asOf or appliedOn with its own reason", () => {
    expect(checkPlacementEligibility(c, { asOf: d("2026-12-01"), target: 42 as never }).reasons).toEqual([
      { code: "UNKNOWN_TARGET", outcome: "unknown", params: { target: "42" } },
    ]);
    expect(checkPlacementEligibility(c, { asOf: d("2026-13-01"), target: "DE-NURSE" })).toEqual({
      rule: "placement.eligibility",
      outcome: "unknown",
      reasons: [{ code: "INVALID_AS_OF", outcome: "unknown", params: {} }],
    });
    expect(checkPlacementEligibility(c, { asOf: d("2026-12-01"), target: "DE-NURSE", appliedOn: d("x") })).toEqual({
      rule: "placement.eligibility",
      outcome: "unknown",
      reasons: [{ code: "INVALID_APPLIED_ON", outcome: "unknown", params: {} }],
    });
  });

  it("never throws without options, and judges the eligibility component only", () => {
    expect(checkPlacementEligibility(c, undefined as never).reasons[0]?.code).toBe("INVALID_AS_OF");
    const v = checkPlacementEligibility(c, { asOf: d("2026-12-01"), target: "DE-NURSE" });
    expect(v.rule).toBe("placement.eligibility");
    expect(v.children?.every((x) => x.rule.startsWith("placement."))).toBe(true);
  });
});

describe("the training age before it is in force", () => {
  const window = (from: string, until?: string) => ({
    from: d(from),
    ...(until === undefined ? {} : { until: d(until) }),
    value: { min: 15, max: 29 },
    basis: BASIS.BANTEN_OFFER_2025,
    confirmed: false,
  });
  const withVersions = (versions: object[]): Policy =>
    ({
      ...DEFAULT_POLICY,
      parameters: { ...DEFAULT_POLICY.parameters, trainingAge: { description: { id: "", en: "" }, versions } },
    }) as never;

  it("names the earliest later version, whatever their order, and ignores ended ones", () => {
    const p = withVersions([window("2031-01-01"), window("2001-01-01", "2010-12-31"), window("2030-01-01")]);
    const v = checkTrainingEligibility(c, { asOf: d("2026-12-01"), policy: p });
    expect(v.reasons[0]).toEqual({
      code: "TRAINING_AGE_NOT_YET_IN_FORCE",
      outcome: "unknown",
      params: { from: "2030-01-01" },
      basis: BASIS.BANTEN_OFFER_2025,
    });
  });

  it("says the parameter is missing when no version is in force or to come", () => {
    const v = checkTrainingEligibility(c, {
      asOf: d("2026-12-01"),
      policy: withVersions([window("2001-01-01", "2010-12-31")]),
    });
    expect(v.reasons[0]).toEqual({
      code: "POLICY_PARAMETER_MISSING",
      outcome: "unknown",
      params: { parameter: "trainingAge", asOf: "2026-12-01" },
    });
    const none = { ...DEFAULT_POLICY, parameters: {} } as never;
    expect(checkTrainingEligibility(c, { asOf: d("2026-12-01"), policy: none }).reasons[0]?.code).toBe(
      "POLICY_PARAMETER_MISSING",
    );
    expect(definePolicy(DEFAULT_POLICY, {}).isOk()).toBe(true);
  });
});
