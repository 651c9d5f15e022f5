import fc from "fast-check";
import {
  type Candidate,
  checkCertification,
  DEFAULT_POLICY,
  definePolicy,
  parseCandidate,
  type Verdict,
} from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d, dateBetween, nikFor } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const WELDING = [
  "C.24LAS01.001.1",
  "C.24LAS01.003.1",
  "C.24LAS01.010.1",
  "C.24LAS01.028.1",
  "C.24LAS01.029.1",
  "C.24LAS01.030.1",
];

const withCertificates = (certificates: object[]): Candidate =>
  parseCandidate({
    id: "C-1",
    nik: nikFor("1999-09-09", "M", "367201", 9),
    fullName: "Dedi Permana",
    sex: "M",
    birthDate: "1999-09-09",
    certificates,
  })._unsafeUnwrap();

const welder = (issuedOn: string, extra: object = {}, unitCodes = WELDING) =>
  withCertificates([
    { kind: "COMPETENCY", schemeCode: "SKM-LAS-2", unitCodes, issuer: "LSP P2 BBPVP Serang", issuedOn, ...extra },
  ]);
const check = (c: Candidate, target: string, asOf: string) => checkCertification(c, { asOf: d(asOf), target });
const codes = (v: Verdict) => v.reasons.map((r) => r.code);

describe("checkCertification", () => {
  it("passes when a valid certificate covers every unit, until its expiry day", () => {
    const c = welder("2026-07-01", { expiresOn: "2029-06-30" });
    const v = check(c, "ID-INDUSTRY-WELDING", "2026-11-28");
    expect(v.outcome).toBe("pass");
    expect(v.validUntil).toBe("2029-06-30");
    expect(check(c, "ID-INDUSTRY-WELDING", "2029-06-30").outcome).toBe("pass");
    const after = check(c, "ID-INDUSTRY-WELDING", "2029-07-01");
    expect(after.outcome).toBe("fail");
    expect(codes(after)).toEqual(["COMPETENCY_CERTIFICATE_EXPIRED"]);
  });

  it("without an expiry date, a certificate lasts the policy's 3 years (unconfirmed): issued 2026-07-01, last day 2029-06-30", () => {
    const c = welder("2026-07-01");
    expect(check(c, "ID-INDUSTRY-WELDING", "2026-11-28").validUntil).toBe("2029-06-30");
    expect(check(c, "ID-INDUSTRY-WELDING", "2029-07-01").outcome).toBe("fail");
    const five = definePolicy(DEFAULT_POLICY, {
      parameters: {
        competencyCertificateValidity: [
          {
            from: d("0000-01-01"),
            value: { defaultYears: 3, bySchemeCode: { "SKM-LAS-2": 5 } },
            basis: "Masa berlaku sertifikat kompetensi BNSP/LSP",
            confirmed: false,
          },
        ],
      },
    })._unsafeUnwrap();
    expect(
      checkCertification(c, { asOf: d("2026-11-28"), target: "ID-INDUSTRY-WELDING", policy: five }).validUntil,
    ).toBe("2031-06-30");
  });

  it("names the units no certificate covers (unknown), and counts a union of certificates", () => {
    const partial = welder("2026-07-01", {}, WELDING.slice(0, 4));
    const v = check(partial, "ID-INDUSTRY-WELDING", "2026-11-28");
    expect(v.outcome).toBe("unknown");
    expect(v.reasons[0]).toMatchObject({
      code: "COMPETENCY_UNITS_MISSING",
      params: { units: "C.24LAS01.029.1, C.24LAS01.030.1", count: 2 },
      basis: "Kepmenaker 98/2018 (SKKNI Pengelasan)",
    });
    const union = withCertificates([
      {
        kind: "COMPETENCY",
        schemeCode: "A",
        unitCodes: WELDING.slice(0, 3),
        issuer: "LSP A",
        issuedOn: "2026-01-01",
        expiresOn: "2027-01-01",
      },
      {
        kind: "COMPETENCY",
        schemeCode: "B",
        unitCodes: WELDING.slice(3),
        issuer: "LSP B",
        issuedOn: "2026-02-01",
        expiresOn: "2028-01-01",
      },
    ]);
    const u = check(union, "ID-INDUSTRY-WELDING", "2026-11-28");
    expect([u.outcome, u.validUntil]).toEqual(["pass", "2027-01-01"]);
  });

  it("asks for Japan's skill tests too, and ignores certificates issued after asOf", () => {
    const caregiver = withCertificates([
      {
        kind: "COMPETENCY",
        schemeCode: "CG",
        unitCodes: ["ILLUS.CG.001", "ILLUS.CG.002", "ILLUS.CG.003", "ILLUS.CG.004", "ILLUS.CG.005"],
        issuer: "LSP",
        issuedOn: "2026-07-01",
      },
      { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: "2026-08-01" },
    ]);
    const v = check(caregiver, "JP-SSW-CAREGIVING", "2026-11-28");
    expect(v.outcome).toBe("unknown");
    expect(codes(v)).toEqual(["SKILL_TEST_MISSING"]);
    expect(v.reasons[0]?.params).toEqual({ test: "JP_NURSING_CARE_JAPANESE" });
    expect(check(caregiver, "JP-SSW-CAREGIVING", "2026-07-31").reasons.map((r) => r.params.test)).toContain(
      "JP_SSW_CAREGIVING_SKILL",
    );
  });

  it("fails on an expired skill test", () => {
    const c = withCertificates([
      { kind: "SKILL_TEST", test: "KR_EPS_SKILL_TEST", issuedOn: "2025-01-01", expiresOn: "2025-12-31" },
    ]);
    const v = check(c, "KR-EPS-MANUFACTURING", "2026-11-28");
    expect(v.outcome).toBe("fail");
    expect(codes(v)).toContain("SKILL_TEST_EXPIRED");
  });

  it("says UNKNOWN_TARGET for an unknown target, and never throws", () => {
    expect(codes(check(welder("2026-01-01"), "XX", "2026-11-28"))).toEqual(["UNKNOWN_TARGET"]);
    expect(checkCertification(null as never, null as never).outcome).toBe("unknown");
    expect(checkCertification({} as Candidate, { asOf: d("2026-01-01"), target: "ID-INDUSTRY-WELDING" }).outcome).toBe(
      "unknown",
    );
  });

  describe("several certificates for the same thing", () => {
    const comp = (issuedOn: string, expiresOn: string) => ({
      kind: "COMPETENCY",
      schemeCode: "SKM-LAS-2",
      unitCodes: WELDING,
      issuer: "LSP P2 BBPVP Serang",
      issuedOn,
      expiresOn,
    });
    const eps = (issuedOn: string, expiresOn?: string) => ({
      kind: "SKILL_TEST",
      test: "KR_EPS_SKILL_TEST",
      issuedOn,
      ...(expiresOn === undefined ? {} : { expiresOn }),
    });

    it("a unit counts until the latest of its valid certificates, in either order", () => {
      for (const pair of [
        [comp("2025-01-01", "2027-12-31"), comp("2026-01-01", "2028-12-31")],
        [comp("2026-01-01", "2028-12-31"), comp("2025-01-01", "2027-12-31")],
      ]) {
        const v = check(withCertificates(pair), "ID-INDUSTRY-WELDING", "2026-11-28");
        expect([v.outcome, v.validUntil]).toEqual(["pass", "2028-12-31"]);
      }
    });

    it("a lapsed unit reports the latest of its lapsed certificates, in either order", () => {
      for (const pair of [
        [comp("2020-01-01", "2023-12-31"), comp("2021-01-01", "2024-12-31")],
        [comp("2021-01-01", "2024-12-31"), comp("2020-01-01", "2023-12-31")],
      ]) {
        const v = check(withCertificates(pair), "ID-INDUSTRY-WELDING", "2026-11-28");
        expect(v.outcome).toBe("fail");
        expect(v.reasons[0]?.params.lastValidDay).toBe("2024-12-31");
      }
    });

    it("a valid certificate outweighs a lapsed one for the same units", () => {
      const v = check(
        withCertificates([comp("2020-01-01", "2023-12-31"), comp("2026-01-01", "2028-12-31")]),
        "ID-INDUSTRY-WELDING",
        "2026-11-28",
      );
      expect([v.outcome, v.validUntil, codes(v)]).toEqual(["pass", "2028-12-31", ["COMPETENCY_UNITS_COVERED"]]);
    });

    it("without the validity parameter in the policy, a certificate lasts 3 years and cites the target's basis", () => {
      const { competencyCertificateValidity: _gone, ...parameters } = DEFAULT_POLICY.parameters;
      const policy = { ...DEFAULT_POLICY, parameters } as typeof DEFAULT_POLICY;
      const v = checkCertification(welder("2026-07-01"), {
        asOf: d("2026-11-28"),
        target: "ID-INDUSTRY-WELDING",
        policy,
      });
      expect([v.outcome, v.validUntil]).toEqual(["pass", "2029-06-30"]);
      const late = checkCertification(welder("2026-07-01"), {
        asOf: d("2029-07-01"),
        target: "ID-INDUSTRY-WELDING",
        policy,
      });
      expect(late.reasons[0]?.basis).toBe(
        check(welder("2026-07-01"), "ID-INDUSTRY-WELDING", "2026-11-28").reasons[0]?.basis,
      );
    });

    it("a hand-built validity parameter without a scheme list uses its default years", () => {
      const policy = {
        ...DEFAULT_POLICY,
        parameters: {
          ...DEFAULT_POLICY.parameters,
          competencyCertificateValidity: {
            description: DEFAULT_POLICY.parameters.competencyCertificateValidity.description,
            versions: [{ from: d("0000-01-01"), value: { defaultYears: 5 }, basis: "BNSP", confirmed: false }],
          },
        },
      } as unknown as typeof DEFAULT_POLICY;
      const v = checkCertification(welder("2026-07-01"), {
        asOf: d("2026-11-28"),
        target: "ID-INDUSTRY-WELDING",
        policy,
      });
      expect(v.validUntil).toBe("2031-06-30");
    });

    it("a skill test result without expiry outlasts any dated one, whatever the order", () => {
      for (const list of [
        [eps("2026-01-01", "2027-12-31"), eps("2026-02-01")],
        [eps("2026-02-01"), eps("2026-01-01", "2027-12-31")],
      ]) {
        const v = check(withCertificates(list), "KR-EPS-MANUFACTURING", "2026-11-28");
        const test = v.children?.find((x) => x.rule.endsWith("KR_EPS_SKILL_TEST"));
        expect([test?.outcome, test?.validUntil]).toEqual(["pass", undefined]);
      }
    });

    it("of two dated skill test results the later expiry counts; of two lapsed ones the later lapse is reported", () => {
      const skill = (list: object[]) =>
        check(withCertificates(list), "KR-EPS-MANUFACTURING", "2026-11-28").children?.find((x) =>
          x.rule.endsWith("KR_EPS_SKILL_TEST"),
        );
      for (const list of [
        [eps("2026-01-01", "2027-06-30"), eps("2026-02-01", "2027-12-31")],
        [eps("2026-02-01", "2027-12-31"), eps("2026-01-01", "2027-06-30")],
      ]) {
        expect(skill(list)?.validUntil).toBe("2027-12-31");
      }
      for (const list of [
        [eps("2024-01-01", "2025-06-30"), eps("2024-02-01", "2025-12-31")],
        [eps("2024-02-01", "2025-12-31"), eps("2024-01-01", "2025-06-30")],
      ]) {
        const v = skill(list);
        expect(v?.outcome).toBe("fail");
        expect(v?.reasons[0]?.params.lastValidDay).toBe("2025-12-31");
      }
    });
  });

  describe("laws", () => {
    it("flips exactly after the earliest expiry that matters", () => {
      fc.assert(
        fc.property(dateBetween("2015-01-01", "2030-12-31"), fc.integer({ min: 0, max: 2000 }), (issuedOn, k) => {
          const c = welder(issuedOn);
          const asOf = addDays(issuedOn, k);
          const v = checkCertification(c, { asOf, target: "ID-INDUSTRY-WELDING" });
          if (v.outcome === "pass") {
            const until = v.validUntil as never;
            expect(checkCertification(c, { asOf: until, target: "ID-INDUSTRY-WELDING" }).outcome).toBe("pass");
            expect(checkCertification(c, { asOf: addDays(until, 1), target: "ID-INDUSTRY-WELDING" }).outcome).toBe(
              "fail",
            );
          } else {
            expect(codes(v)).toEqual(["COMPETENCY_CERTIFICATE_EXPIRED"]);
          }
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
