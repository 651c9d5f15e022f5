import fc from "fast-check";
import {
  type Candidate,
  checkCertification,
  checkLanguageRequirements,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  parseCandidate,
  targetRequirements,
  type Verdict,
} from "sentra-vokasi";
import { addDays, dateOfAge } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d, dateBetween, nikFor } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

function person(birthDate: string, extra: object = {}): Candidate {
  return parseCandidate({
    id: "P-1",
    nik: nikFor(birthDate, "M", "360401", 7),
    fullName: "Agus Santoso",
    sex: "M",
    birthDate,
    education: "SMK",
    ...extra,
  })._unsafeUnwrap();
}
const place = (c: Candidate, target: string, asOf: string) => checkPlacementEligibility(c, { asOf: d(asOf), target });
const codes = (v: Verdict) => v.reasons.map((r) => r.code);
const child = (v: Verdict, rule: string) => v.children?.find((x) => x.rule === rule);

describe("checkPlacementEligibility", () => {
  it("blocks placement abroad until the 18th birthday, and says from when (UU 18/2017 Pasal 5 huruf a)", () => {
    const before = place(person("2008-12-01"), "JP-SSW-CAREGIVING", "2026-11-30");
    expect(before.outcome).toBe("fail");
    // The national minimum and the target's own say the same: stated once, with the first (national) basis…
    expect(before.reasons).toEqual([
      { code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 17, min: 18 }, basis: "UU 18/2017 Pasal 5 huruf a" },
    ]);
    // …while each rule keeps its own.
    expect(child(before, "placement.age.target")?.reasons[0]?.basis).toBe("Jepang SSW (i): persyaratan");
    const national = child(before, "placement.age.national");
    expect(national?.reasons[0]).toEqual({
      code: "AGE_BELOW_MINIMUM",
      outcome: "fail",
      params: { age: 17, min: 18 },
      basis: "UU 18/2017 Pasal 5 huruf a",
    });
    expect(before.validFrom).toBe("2026-12-01");
    expect(place(person("2008-12-01"), "JP-SSW-CAREGIVING", "2026-12-01").outcome).toBe("pass");
  });

  it("a 15-year-old may train but not be placed", () => {
    expect(place(person("2011-06-15"), "MY-PLKS-MANUFACTURING", "2026-06-15").outcome).toBe("fail");
  });

  it("EPS judges the age at application: without an application day, the day assessed stands for it", () => {
    const last = place(person("1987-03-10"), "KR-EPS-MANUFACTURING", "2027-03-09");
    expect(last.outcome).toBe("pass");
    expect(last.validUntil).toBe("2027-03-09");
    const over = place(person("1987-03-10"), "KR-EPS-MANUFACTURING", "2027-03-10");
    expect(over.outcome).toBe("fail");
    expect(child(over, "placement.age.target")?.reasons[0]).toMatchObject({
      code: "AGE_AT_APPLICATION_ABOVE_MAXIMUM",
      params: { age: 40, max: 39, appliedOn: "2027-03-10", assumed: true },
    });
    expect(over.validFrom).toBeUndefined();
  });

  it("EPS: SLTP minimum, unknown without an education", () => {
    const sd = place(person("2000-01-01", { education: "SD" }), "KR-EPS-MANUFACTURING", "2026-11-28");
    expect(sd.outcome).toBe("fail");
    expect(codes(sd)).toEqual(["EDUCATION_BELOW_MINIMUM"]);
    expect(sd.reasons[0]?.params).toEqual({ education: "SD", min: "SMP" });
    const none = parseCandidate({
      id: "x",
      nik: nikFor("2000-01-01", "M", "360401", 7),
      fullName: "A",
      sex: "M",
      birthDate: "2000-01-01",
    })._unsafeUnwrap();
    const unknown = place(none, "KR-EPS-MANUFACTURING", "2026-11-28");
    expect(unknown.outcome).toBe("unknown");
    expect(codes(unknown)).toEqual(["EDUCATION_UNKNOWN"]);
  });

  it("German nursing needs a D3: SMK fails, D3 and S1 pass", () => {
    expect(place(person("2000-01-01"), "DE-NURSE", "2026-11-28").outcome).toBe("fail");
    expect(place(person("2000-01-01", { education: "D3" }), "DE-NURSE", "2026-11-28").outcome).toBe("pass");
    expect(place(person("2000-01-01", { education: "S1" }), "DE-NURSE", "2026-11-28").outcome).toBe("pass");
  });

  it("SA-DOMESTIC: open on 30 June 2015, closed from 1 July 2015 with no end in the default policy", () => {
    const c = person("1990-01-01");
    expect(place(c, "SA-DOMESTIC", "2015-06-30").outcome).toBe("pass");
    const closed = place(c, "SA-DOMESTIC", "2015-07-01");
    expect(closed.outcome).toBe("fail");
    expect(closed.reasons).toEqual([
      {
        code: "DESTINATION_CLOSED",
        outcome: "fail",
        params: { target: "SA-DOMESTIC", destination: "SA", since: "2015-07-01" },
        basis: "Kepmenaker 260/2015",
      },
    ]);
    expect(closed.validFrom).toBeUndefined();
    expect(place(c, "SA-DOMESTIC", "2026-11-28").outcome).toBe("fail");
  });

  it("SA-DOMESTIC: a policy that lifts the moratorium gives validFrom on the day it is lifted", () => {
    const lifted = definePolicy(DEFAULT_POLICY, {
      citations: { "Contoh pencabutan": { instrument: "Contoh", sources: ["S26"] } },
      targets: {
        "SA-DOMESTIC": { open: [{ from: d("2027-01-01"), value: true, basis: "Contoh pencabutan", confirmed: false }] },
      },
    })._unsafeUnwrap();
    const v = checkPlacementEligibility(person("1990-01-01"), {
      asOf: d("2026-11-28"),
      target: "SA-DOMESTIC",
      policy: lifted,
    });
    expect(v.outcome).toBe("fail");
    expect(v.validFrom).toBe("2027-01-01");
  });

  it("audits the past: under UU 39/2004 a 20-year-old could not go to a household employer", () => {
    const v = place(person("1996-01-01"), "HK-DOMESTIC-HELPER", "2016-06-01");
    expect(v.outcome).toBe("fail");
    expect(child(v, "placement.age.national")?.reasons[0]).toMatchObject({
      params: { age: 20, min: 21 },
      basis: "UU 39/2004 Pasal 35 huruf a",
    });
    // and the window follows the change of law on 22 November 2017: passes from the 21st birthday (1 Jan 2017)
    expect(v.validFrom).toBe("2017-01-01");
  });

  it("does not apply the national migrant minimum to placement at home, only the target's own", () => {
    const v = place(person("2008-05-05"), "ID-INDUSTRY-WELDING", "2026-06-01");
    expect(v.children?.map((x) => x.rule)).toEqual(["placement.age.target", "placement.destination"]);
    expect(v.outcome).toBe("pass");
    const young = place(person("2009-05-05"), "ID-INDUSTRY-WELDING", "2026-06-01");
    expect([young.outcome, young.validFrom]).toEqual(["fail", "2027-05-05"]);
  });

  it("says UNKNOWN_TARGET for a target it does not know, and never throws", () => {
    const v = place(person("1990-01-01"), "XX-NOPE", "2026-01-01");
    expect([v.outcome, codes(v)]).toEqual(["unknown", ["UNKNOWN_TARGET"]]);
    expect(checkPlacementEligibility(null as never, null as never).outcome).toBe("unknown");
    expect(checkPlacementEligibility({} as Candidate, { asOf: d("2026-01-01"), target: "DE-NURSE" }).outcome).toBe(
      "unknown",
    );
  });

  describe("laws", () => {
    it("a candidate built from a target's requirements passes each check they were built for", () => {
      fc.assert(
        fc.property(targetId, recentDate, slack, (id, asOf, s) => {
          const req = targetRequirements(id, { asOf })._unsafeUnwrap();
          const c = candidateFor(req, s);
          const eligibility = checkPlacementEligibility(c, { asOf, target: id });
          if (req.closed === undefined) expect(eligibility.outcome, JSON.stringify(eligibility.reasons)).toBe("pass");
          else expect(codes(eligibility)).toEqual(["DESTINATION_CLOSED"]);
          expect(checkLanguageRequirements(c, { asOf, requirements: req.language }).outcome).toBe("pass");
          expect(checkCertification(c, { asOf, target: id }).outcome).toBe("pass");
        }),
        { numRuns: runs(300) },
      );
    });

    it("verdicts flip exactly on validFrom and validUntil", () => {
      fc.assert(
        fc.property(
          targetId,
          dateBetween("1960-01-01", "2015-12-31"),
          dateBetween("2005-01-01", "2045-12-31"),
          (id, birth, asOf) => {
            const c = person(birth);
            const v = checkPlacementEligibility(c, { asOf, target: id });
            if (v.validFrom !== undefined) {
              expect(checkPlacementEligibility(c, { asOf: addDays(v.validFrom, -1), target: id }).outcome).not.toBe(
                "pass",
              );
              expect(checkPlacementEligibility(c, { asOf: v.validFrom, target: id }).outcome).toBe("pass");
            }
            if (v.validUntil !== undefined) {
              expect(checkPlacementEligibility(c, { asOf: v.validUntil, target: id }).outcome).toBe("pass");
              expect(checkPlacementEligibility(c, { asOf: addDays(v.validUntil, 1), target: id }).outcome).not.toBe(
                "pass",
              );
            }
          },
        ),
        { numRuns: runs(300) },
      );
    });

    it("is deterministic and plain JSON", () => {
      fc.assert(
        fc.property(targetId, recentDate, (id, asOf) => {
          const c = person("1999-02-28");
          const v = checkPlacementEligibility(c, { asOf, target: id });
          expect(checkPlacementEligibility(c, { asOf, target: id })).toStrictEqual(v);
          expect(JSON.parse(JSON.stringify(v))).toStrictEqual(v);
        }),
        { numRuns: runs(100) },
      );
    });

    it("every target's minimum is at least 18 abroad: no one under 18 passes", () => {
      fc.assert(
        fc.property(
          targetId,
          dateBetween("2005-01-01", "2040-12-31"),
          fc.integer({ min: 0, max: 17 * 365 }),
          (id, asOf, days) => {
            const birth = addDays(asOf, -days);
            fc.pre(birth > dateOfAge(asOf, -18));
            expect(checkPlacementEligibility(person(birth), { asOf, target: id }).outcome).not.toBe("pass");
          },
        ),
        { numRuns: runs(100) },
      );
    });
  });
});
