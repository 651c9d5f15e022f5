import fc from "fast-check";
import { importOpenBadgeCredential, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";

const VC = {
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  id: "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
  type: ["VerifiableCredential", "OpenBadgeCredential"],
  issuer: { id: "https://lsp.example/issuers/565049", type: ["Profile"], name: "LSP P2 BBPVP Serang" },
  validFrom: "2026-07-01T00:00:00Z",
  validUntil: "2029-07-01T00:00:00Z",
  name: "Tukang Las Konstruksi Plat dan Pipa Level 2",
  credentialSubject: {
    id: "did:example:ebfeb1f712ebc6f1c276e12ec21",
    type: ["AchievementSubject"],
    achievement: {
      id: "https://lsp.example/achievements/las-2",
      type: ["Achievement"],
      humanCode: "SKM-LAS-2",
      name: "Tukang Las Konstruksi Plat dan Pipa Level 2",
      alignment: [
        {
          type: ["Alignment"],
          targetName: "Melaksanakan Persiapan Tempat Kerja",
          targetCode: "C.24LAS01.001.1",
          targetFramework: "SKKNI 98/2018",
        },
        {
          type: ["Alignment"],
          targetName: "Menetapkan Proses dan Peralatan Las",
          targetCode: "C.24LAS01.003.1",
          targetFramework: "SKKNI 98/2018",
        },
      ],
    },
  },
  proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", proofValue: "z58DAdFfa9…" },
};

/** The certificate VC maps to, without the expiry. */
const CERTIFICATE = {
  kind: "COMPETENCY",
  schemeCode: "SKM-LAS-2",
  unitCodes: ["C.24LAS01.001.1", "C.24LAS01.003.1"],
  issuer: "LSP P2 BBPVP Serang",
  issuedOn: "2026-07-01",
};

describe("importOpenBadgeCredential", () => {
  it("maps an Open Badges 3.0 achievement credential to a competency certificate, unverified", () => {
    const r = importOpenBadgeCredential(VC)._unsafeUnwrap();
    expect(r).toEqual({
      certificate: { ...CERTIFICATE, expiresOn: "2029-06-30" }, // validUntil at midnight is exclusive
      credentialId: "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
      verified: false,
    });
    // the certificate slots into a candidate record
    const c = parseCandidate({
      id: "x",
      nik: "3674014507050001",
      fullName: "A",
      sex: "F",
      birthDate: "2005-07-05",
      certificates: [r.certificate],
    });
    expect(c.isOk()).toBe(true);
  });

  it("reads VC 1.1 dates, a string issuer, an array of subjects, and a non-midnight end as that day", () => {
    const v1 = {
      ...VC,
      type: ["VerifiableCredential", "AchievementCredential"],
      issuer: "https://lsp.example/issuers/1",
      validFrom: undefined,
      validUntil: undefined,
      issuanceDate: "2026-07-01T09:30:00+07:00",
      expirationDate: "2029-06-30T23:59:59+07:00",
      credentialSubject: [{ id: "did:x" }, VC.credentialSubject],
    };
    const r = importOpenBadgeCredential(JSON.parse(JSON.stringify(v1)))._unsafeUnwrap();
    expect(r.certificate).toMatchObject({
      issuer: "https://lsp.example/issuers/1",
      issuedOn: "2026-07-01",
      expiresOn: "2029-06-30",
    });
  });

  it("says clearly why a credential cannot be mapped", () => {
    const codes = (x: unknown) =>
      importOpenBadgeCredential(x)
        ._unsafeUnwrapErr()
        .issues.map((i) => i.code);
    expect(codes(null)).toEqual(["NOT_AN_OBJECT"]);
    expect(codes({ ...VC, type: ["VerifiableCredential"] })).toEqual(["NOT_AN_ACHIEVEMENT_CREDENTIAL"]);
    expect(codes({ ...VC, issuer: {} })).toEqual(["MISSING_ISSUER"]);
    expect(codes({ ...VC, validFrom: undefined })).toEqual(["MISSING_VALID_FROM"]);
    expect(codes({ ...VC, validFrom: "2026-02-30T00:00:00Z" })).toEqual(["INVALID_DATE"]);
    expect(codes({ ...VC, credentialSubject: { id: "did:x" } })).toEqual(["MISSING_ACHIEVEMENT"]);
    expect(
      codes({ ...VC, credentialSubject: { achievement: { ...VC.credentialSubject.achievement, alignment: [] } } }),
    ).toEqual(["NO_ALIGNED_UNITS"]);
    expect(
      codes({
        ...VC,
        credentialSubject: {
          achievement: { ...VC.credentialSubject.achievement, alignment: [{ targetCode: "X".repeat(65) }] },
        },
      }),
    ).toEqual(["TOO_LONG"]);
  });

  it("takes a single type string only if it names both types, date-only values, and no id or end", () => {
    const codes = (x: unknown) =>
      importOpenBadgeCredential(x)
        ._unsafeUnwrapErr()
        .issues.map((i) => i.code);
    expect(codes({ ...VC, type: "VerifiableCredential" })).toEqual(["NOT_AN_ACHIEVEMENT_CREDENTIAL"]);
    expect(codes({ ...VC, type: 42 })).toEqual(["NOT_AN_ACHIEVEMENT_CREDENTIAL"]);
    expect(importOpenBadgeCredential({ ...VC, type: ["VerifiableCredential", 7, "OpenBadgeCredential"] }).isOk()).toBe(
      true,
    );
    const plain = importOpenBadgeCredential({
      ...VC,
      id: undefined,
      validFrom: "2026-07-01",
      validUntil: undefined,
    })._unsafeUnwrap();
    expect(plain).toEqual({ certificate: CERTIFICATE, verified: false });
    // A date-only end is that whole day; only a midnight instant ends the day before.
    expect(importOpenBadgeCredential({ ...VC, validUntil: "2029-07-01" })._unsafeUnwrap().certificate.expiresOn).toBe(
      "2029-07-01",
    );
    expect(codes({ ...VC, validFrom: "2026-07-01 09:00" })).toEqual(["INVALID_DATE"]);
    expect(importOpenBadgeCredential({ ...VC, validUntil: "2029-07-01X" })._unsafeUnwrapErr().issues).toEqual([
      { path: ["validUntil"], code: "INVALID_DATE", message: "Expected an XML Schema dateTime." },
    ]);
    expect(codes({ ...VC, validFrom: 20260701 })).toEqual(["INVALID_DATE"]);
  });

  it("law: never throws and never claims verification", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(VC)), (x) => {
        const r = importOpenBadgeCredential(x);
        if (r.isOk()) expect(r.value.verified).toBe(false);
      }),
    );
  });
});
