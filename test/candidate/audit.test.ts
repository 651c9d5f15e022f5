import fc from "fast-check";
import { auditCandidate, type Candidate, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { d, rawCandidate } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const base = {
  id: "BTN-1",
  nik: "3674014507050001",
  fullName: "Siti Aminah",
  sex: "F",
  birthDate: "2005-07-05",
  domicile: { provinceCode: "36", regencyCode: "3674" },
};
const parse = (x: object): Candidate => parseCandidate({ ...base, ...x })._unsafeUnwrap();
const codes = (c: Candidate, asOf = "2026-11-28") => auditCandidate(c, { asOf: d(asOf) }).map((r) => r.code);

describe("auditCandidate", () => {
  it("finds nothing in a consistent record", () => {
    expect(auditCandidate(parse({}), { asOf: d("2026-11-28") })).toEqual([]);
  });

  it("finds a NIK whose birth date disagrees, with the NIK masked", () => {
    const findings = auditCandidate(parse({ birthDate: "2005-07-06" }), { asOf: d("2026-11-28") });
    expect(findings).toEqual([
      { code: "NIK_BIRTHDATE_MISMATCH", outcome: "fail", params: { nik: "3674********0001" } },
    ]);
    expect(codes(parse({ birthDate: "2005-08-05" }))).toEqual(["NIK_BIRTHDATE_MISMATCH"]);
    expect(codes(parse({ birthDate: "1905-07-05" }))).toEqual([]); // the century is not encoded
    expect(codes(parse({ birthDate: "2006-07-05" }))).toEqual(["NIK_BIRTHDATE_MISMATCH"]);
  });

  it("reads a woman's NIK day as day + 40 and finds a sex mismatch", () => {
    expect(codes(parse({ sex: "M" }))).toEqual(["NIK_SEX_MISMATCH"]);
    expect(codes(parse({ nik: "3674010507050001", sex: "M" }))).toEqual([]);
    expect(codes(parse({ nik: "3674010507050001", sex: "F" }))).toEqual(["NIK_SEX_MISMATCH"]);
  });

  it("finds a NIK province that differs from the domicile", () => {
    const f = auditCandidate(parse({ domicile: { provinceCode: "32" } }), { asOf: d("2026-11-28") });
    expect(f).toEqual([
      {
        code: "NIK_DOMICILE_MISMATCH",
        outcome: "fail",
        params: { nik: "3674********0001", nikProvinceCode: "36", provinceCode: "32" },
      },
    ]);
    // a NIK of Kab. Tangerang (3603) for someone now in Tangerang Selatan is fine: same province
    expect(codes(parse({ nik: "3603014507050001", domicile: { provinceCode: "36", regencyCode: "3674" } }))).toEqual(
      [],
    );
  });

  it("finds dates after asOf, but not expiry dates", () => {
    const c = parse({
      documents: [{ kind: "PASSPORT", issuedOn: "2026-01-10", expiresOn: "2036-01-09" }],
      medicalChecks: [{ result: "FIT", examinedOn: "2026-12-01" }],
      orientation: { completedOn: "2026-12-02" },
    });
    expect(auditCandidate(c, { asOf: d("2026-11-30") })).toEqual([
      {
        code: "DATE_IN_FUTURE",
        outcome: "fail",
        params: { field: "medicalChecks[0].examinedOn", date: "2026-12-01", asOf: "2026-11-30" },
      },
      {
        code: "DATE_IN_FUTURE",
        outcome: "fail",
        params: { field: "orientation.completedOn", date: "2026-12-02", asOf: "2026-11-30" },
      },
    ]);
    expect(codes(c, "2026-12-02")).toEqual([]);
    expect(codes(c, "2005-07-04")).toContain("DATE_IN_FUTURE");
  });

  it("finds end dates before their start and a regency outside the province", () => {
    const c = parse({
      documents: [{ kind: "PASSPORT", issuedOn: "2026-05-01", expiresOn: "2026-04-30" }],
      enrollments: [{ trackId: "welding-smaw", startedOn: "2026-03-01", completedOn: "2026-02-01" }],
      domicile: { provinceCode: "36", regencyCode: "3201" },
    });
    expect(auditCandidate(c, { asOf: d("2026-11-28") })).toEqual([
      {
        code: "END_BEFORE_START",
        outcome: "fail",
        params: { field: "documents[0].expiresOn", date: "2026-04-30", start: "2026-05-01" },
      },
      {
        code: "END_BEFORE_START",
        outcome: "fail",
        params: { field: "enrollments[0].completedOn", date: "2026-02-01", start: "2026-03-01" },
      },
      { code: "DOMICILE_REGION_MISMATCH", outcome: "fail", params: { provinceCode: "36", regencyCode: "3201" } },
    ]);
  });

  it("never throws: an invalid asOf or an unparsed record give findings, not exceptions", () => {
    expect(auditCandidate(parse({}), { asOf: "2026-02-30" as never }).map((r) => r.code)).toEqual(["INVALID_AS_OF"]);
    expect(auditCandidate(null as never, { asOf: d("2026-01-01") })).toEqual([]);
    expect(auditCandidate({ documents: "x", certificates: [null] } as never, { asOf: d("2026-01-01") })).toEqual([]);
  });

  describe("laws", () => {
    it("a record whose NIK was built from its birth date and sex has no NIK findings", () => {
      fc.assert(
        fc.property(rawCandidate, (raw) => {
          const c = parseCandidate(raw)._unsafeUnwrap();
          expect(codes(c, "2099-12-31")).toEqual([]);
        }),
        { numRuns: runs(100) },
      );
    });

    it("no finding carries the NIK, a document number or the name", () => {
      fc.assert(
        fc.property(rawCandidate, fc.constantFrom("F", "M"), (raw, sex) => {
          const c = parseCandidate({
            ...raw,
            sex,
            birthDate: "2001-01-01",
            domicile: { provinceCode: "11" },
          })._unsafeUnwrap();
          const text = JSON.stringify(auditCandidate(c, { asOf: d("2000-01-01") }));
          expect(text).not.toContain(c.nik);
          expect(text).not.toContain(c.fullName);
          for (const doc of c.documents) if (doc.number !== undefined) expect(text).not.toContain(doc.number);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
