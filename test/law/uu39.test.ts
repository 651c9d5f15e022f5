/**
 * UU 39/2004 (disahkan 18 October 2004, LN 2004 No. 133) governed placement until UU 18/2017
 * (22 November 2017, Pasal 91; LN 2017 No. 242). Its Pasal 35 also asked (c) not pregnant and
 * (d) at least SLTP education: applied to the dates it governed (DOMAIN.md §10, S60, S61).
 */
import {
  type CalendarDate,
  type Candidate,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  parseCandidate,
} from "sentra-vokasi";
import { resolveParameter } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

const d = (s: string) => s as CalendarDate;
const woman = (extra: object = {}): Candidate =>
  parseCandidate({
    id: "W",
    nik: "3674014501900001",
    fullName: "Wati",
    sex: "F",
    birthDate: "1990-01-05",
    education: "SD",
    ...extra,
  })._unsafeUnwrap();
const child = (c: Candidate, day: string, rule: string) =>
  checkPlacementEligibility(c, { asOf: d(day), target: "HK-DOMESTIC-HELPER" }).children?.find((x) => x.rule === rule);

describe("the dates of the two laws", () => {
  it("UU 39/2004 from 18 October 2004 to 21 November 2017, UU 18/2017 from 22 November 2017, both confirmed", () => {
    expect(resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2004-10-17"))).toBeUndefined();
    expect(resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2004-10-18"))?.basis).toBe(
      "UU 39/2004 Pasal 35 huruf a",
    );
    expect(resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2017-11-21"))?.basis).toBe(
      "UU 39/2004 Pasal 35 huruf a",
    );
    const now = resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2017-11-22"));
    expect([now?.basis, now?.confirmed]).toEqual(["UU 18/2017 Pasal 5 huruf a", true]);
    expect(DEFAULT_POLICY.citations["UU 18/2017 Pasal 5 huruf a"]?.note).toContain("LN 2017 No. 242");
    expect(DEFAULT_POLICY.citations["UU 39/2004 Pasal 35 huruf a"]?.note).toContain("LN 2004 No. 133");
  });
});

describe("UU 39/2004 Pasal 35 huruf d: at least SLTP", () => {
  it("applies on 21 November 2017 and not on the 22nd, with an honest validFrom", () => {
    const last = child(woman(), "2017-11-21", "placement.education.national");
    expect(last?.reasons[0]).toMatchObject({ code: "EDUCATION_BELOW_MINIMUM", basis: "UU 39/2004 Pasal 35 huruf d" });
    expect(last?.validFrom).toBe("2017-11-22");
    expect(child(woman(), "2017-11-22", "placement.education.national")).toBeUndefined();
    expect(child(woman({ education: "SMP" }), "2010-01-01", "placement.education.national")?.outcome).toBe("pass");
  });
});

describe("UU 39/2004 Pasal 35 huruf c: not pregnant", () => {
  it("asks a woman for a test on the dates it governed, and shows no result", () => {
    expect(child(woman(), "2010-01-01", "placement.health.national")?.reasons[0]?.code).toBe(
      "HEALTH_REQUIREMENT_UNKNOWN",
    );
    const negative = woman({
      medicalChecks: [
        { result: "FIT", examinedOn: "2009-12-20", pregnancyTest: { result: "NEGATIVE", testedOn: "2009-12-20" } },
      ],
    });
    expect(child(negative, "2010-01-01", "placement.health.national")?.outcome).toBe("pass");
    const positive = woman({
      medicalChecks: [
        { result: "FIT", examinedOn: "2009-12-20", pregnancyTest: { result: "POSITIVE", testedOn: "2009-12-20" } },
      ],
    });
    const v = child(positive, "2010-01-01", "placement.health.national");
    expect(v?.reasons[0]).toEqual({
      code: "HEALTH_REQUIREMENT_NOT_MET",
      outcome: "fail",
      params: {},
      basis: "UU 39/2004 Pasal 35 huruf c",
    });
    expect(child(woman(), "2017-11-22", "placement.health.national")).toBeUndefined();
    expect(child({ ...woman(), sex: "M" }, "2010-01-01", "placement.health.national")).toBeUndefined();
  });
});
