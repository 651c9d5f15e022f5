import { isExists } from "date-fns";
import fc from "fast-check";
import { importOpenBadgeCredential, parseCandidate } from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
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
      ignoredAlignments: [],
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
          achievement: {
            ...VC.credentialSubject.achievement,
            alignment: [{ targetCode: "X".repeat(65), targetFramework: "SKKNI" }],
          },
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
    expect(plain).toEqual({ certificate: CERTIFICATE, verified: false, ignoredAlignments: [] });
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
      { numRuns: 100 },
    );
  });
});

describe("importOpenBadgeCredential: XML Schema dateTime", () => {
  const issues = (x: unknown) => {
    const r = importOpenBadgeCredential(x);
    return r.isOk() ? [] : r.error.issues.map((i) => [i.path.join("."), i.code]);
  };

  it("rejects a time that is not one, out of range, or half written, with INVALID_DATE on its field", () => {
    for (const bad of [
      "2010-01-01Tnot-a-time",
      "2010-01-01T25:99:00Z",
      "2010-01-01T24:00:01Z",
      "2010-01-01T24:01:00Z",
      "2010-01-01T24:00:00.5Z",
      "2010-01-01T23:60:00Z",
      "2010-01-01T23:59:60Z",
      "2010-01-01T9:00:00Z",
      "2010-01-01T09:00Z",
      "2010-01-01T09:00:00.Z",
      "2010-01-01T09:00:00+14:01",
      "2010-01-01T09:00:00+15:00",
      "2010-01-01T09:00:00+07:60",
      "2010-01-01T09:00:00+0700",
      "2010-01-01T09:00:00z",
      "2010-01-01T09:00:00 Z",
      "2010-01-01T",
      "2010-02-30T00:00:00Z",
      "2011-02-29T12:00:00Z",
      "-2010-01-01T00:00:00Z",
      "12010-01-01T00:00:00Z",
      "2010-1-01T00:00:00Z",
      "2010-01-01t00:00:00Z",
    ]) {
      expect(issues({ ...VC, validFrom: bad }), bad).toEqual([["validFrom", "INVALID_DATE"]]);
      expect(issues({ ...VC, validUntil: bad }), bad).toEqual([["validUntil", "INVALID_DATE"]]);
      expect(issues({ ...VC, validFrom: undefined, issuanceDate: bad }), bad).toEqual([
        ["issuanceDate", "INVALID_DATE"],
      ]);
      expect(issues({ ...VC, validUntil: undefined, expirationDate: bad }), bad).toEqual([
        ["expirationDate", "INVALID_DATE"],
      ]);
    }
  });

  it("rejects a start or an end that falls outside the years the library represents", () => {
    // A start on 24:00:00 of the last day is the day after it; an end at midnight of the first day ends before it.
    expect(issues({ ...VC, validFrom: "9999-12-31T24:00:00Z", validUntil: undefined })).toEqual([
      ["validFrom", "INVALID_DATE"],
    ]);
    expect(issues({ ...VC, validFrom: "0000-01-01", validUntil: "0000-01-01T00:00:00Z" })).toEqual([
      ["validUntil", "INVALID_DATE"],
    ]);
    expect(
      importOpenBadgeCredential({ ...VC, validUntil: "9999-12-31T24:00:00Z" })._unsafeUnwrap().certificate.expiresOn,
    ).toBe("9999-12-31");
  });

  it("accepts every lexical form of the standard: fractions, offsets to ±14:00, 24:00:00, no zone", () => {
    const on = (validFrom: string, validUntil?: string) =>
      importOpenBadgeCredential({ ...VC, validFrom, validUntil })._unsafeUnwrap().certificate;
    expect(on("2026-07-01T09:30:15.123456789+14:00").issuedOn).toBe("2026-07-01");
    expect(on("2026-07-01T23:59:59-14:00").issuedOn).toBe("2026-07-01");
    expect(on("2026-07-01T00:00:00").issuedOn).toBe("2026-07-01");
    expect(on("2026-07-01T12:00:00-00:00").issuedOn).toBe("2026-07-01");
    expect(on("2024-02-29T12:00:00+07:00").issuedOn).toBe("2024-02-29");
    // 24:00:00 is the first instant of the next day: a start on it is that next day …
    expect(on("2026-07-01T24:00:00Z").issuedOn).toBe("2026-07-02");
    expect(on("2026-12-31T24:00:00.000Z").issuedOn).toBe("2027-01-01");
    // … and an end on it (exclusive) leaves the day as written, like midnight of the next day.
    expect(on("2026-07-01", "2029-06-30T24:00:00Z").expiresOn).toBe("2029-06-30");
    expect(on("2026-07-01", "2029-07-01T00:00:00.000+07:00").expiresOn).toBe("2029-06-30");
    expect(on("2026-07-01", "2029-07-01T00:00:00.001Z").expiresOn).toBe("2029-07-01");
    // Four-digit years from 0000 (XML Schema 1.1) to 9999.
    expect(on("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z")).toMatchObject({
      issuedOn: "0000-01-01",
      expiresOn: "9999-12-31",
    });
  });

  const two = (n: number) => String(n).padStart(2, "0");
  const zone = fc.oneof(
    fc.constant(""),
    fc.constant("Z"),
    fc
      .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 61 }))
      .map(([sign, h, m]) => ({ text: `${sign}${two(h)}:${two(m)}`, ok: h < 14 ? m < 60 : h === 14 && m === 0 })),
  );

  it("law: a dateTime built from parts is accepted exactly when each part is in range and the day exists (date-fns)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
        zone,
        (y, mo, d, h, mi, se, fraction, z) => {
          const date = `${y}-${two(mo)}-${two(d)}`;
          const value = `${date}T${two(h)}:${two(mi)}:${two(se)}${fraction === undefined ? "" : `.${fraction}`}${typeof z === "string" ? z : z.text}`;
          const dayOk = mo >= 1 && mo <= 12 && isExists(y, mo - 1, d);
          const end = h === 24 && mi === 0 && se === 0 && (fraction === undefined || /^0+$/.test(fraction));
          const timeOk = (h < 24 && mi < 60 && se < 60) || end;
          const zoneOk = typeof z === "string" || z.ok;
          const r = importOpenBadgeCredential({ ...VC, validFrom: value, validUntil: undefined });
          expect(r.isOk(), value).toBe(dayOk && timeOk && zoneOk);
          if (r.isOk()) expect(r.value.certificate.issuedOn, value).toBe(end ? addDays(date as never, 1) : date);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("importOpenBadgeCredential: alignments", () => {
  const achievement = VC.credentialSubject.achievement;
  const withAlignment = (alignment: unknown[]) => ({
    ...VC,
    credentialSubject: { ...VC.credentialSubject, achievement: { ...achievement, alignment } },
  });
  const SKKNI_UNIT = { targetCode: "C.24LAS01.001.1", targetFramework: "SKKNI 98/2018" };

  it("takes a targetCode as a unit code only when its framework names SKKNI, and lists the others", () => {
    const r = importOpenBadgeCredential(
      withAlignment([
        { targetCode: "ESCO-7212", targetFramework: "ESCO", targetName: "Welder" },
        SKKNI_UNIT,
        { targetCode: "C.24LAS01.003.1" }, // no framework
        { targetCode: " C.24LAS01.004.1 ", targetFramework: "Standar Kompetensi Kerja Nasional Indonesia" },
        { targetCode: "C.24LAS01.005.1", targetFramework: "skkni" },
        { targetFramework: "SKKNI 98/2018" }, // no code
        "not an alignment",
        { targetCode: "C.24LAS01.006.1", targetFramework: "SKKNIX" }, // not the word SKKNI
      ]),
    )._unsafeUnwrap();
    expect(r.certificate.unitCodes).toEqual(["C.24LAS01.001.1", "C.24LAS01.004.1", "C.24LAS01.005.1"]);
    const at = (i: number) => ["credentialSubject", "achievement", "alignment", i];
    expect(r.ignoredAlignments).toEqual([
      { path: at(0), targetCode: "ESCO-7212", targetFramework: "ESCO" },
      { path: at(2), targetCode: "C.24LAS01.003.1" },
      { path: at(5), targetFramework: "SKKNI 98/2018" },
      { path: at(6) },
      { path: at(7), targetCode: "C.24LAS01.006.1", targetFramework: "SKKNIX" },
    ]);
  });

  it("takes the frameworks the caller names too, trimmed and in any letter case", () => {
    const vc = withAlignment([
      { targetCode: "LSP-LAS-01", targetFramework: "Skema Sertifikasi LSP P2 BBPVP Serang" },
      { targetCode: "ESCO-7212", targetFramework: "ESCO" },
    ]);
    expect(
      importOpenBadgeCredential(vc)
        ._unsafeUnwrapErr()
        .issues.map((i) => i.code),
    ).toEqual(["NO_ALIGNED_UNITS"]);
    const r = importOpenBadgeCredential(vc, {
      unitFrameworks: [" skema sertifikasi lsp p2 bbpvp serang ", 42 as never],
    })._unsafeUnwrap();
    expect(r.certificate.unitCodes).toEqual(["LSP-LAS-01"]);
    expect(r.ignoredAlignments).toEqual([
      { path: ["credentialSubject", "achievement", "alignment", 1], targetCode: "ESCO-7212", targetFramework: "ESCO" },
    ]);
    // Junk options are ignored.
    for (const options of [null, 42, { unitFrameworks: "ESCO" }, { unitFrameworks: [null] }, []]) {
      expect(importOpenBadgeCredential(vc, options as never).isErr()).toBe(true);
    }
  });

  it("an array of subjects: the ignored alignment's path names the subject", () => {
    const r = importOpenBadgeCredential({
      ...VC,
      credentialSubject: [
        { id: "did:x" },
        { ...VC.credentialSubject, achievement: { ...achievement, alignment: [{ targetCode: "X" }, SKKNI_UNIT] } },
      ],
    })._unsafeUnwrap();
    expect(r.ignoredAlignments).toEqual([
      { path: ["credentialSubject", 1, "achievement", "alignment", 0], targetCode: "X" },
    ]);
  });

  it("law: never throws, whatever the alignments, dates and options", () => {
    const junk = fc.oneof(fc.anything(), fc.string(), fc.constantFrom("SKKNI", "ESCO", "2010-01-01T24:00:00Z"));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(junk, fc.record({ targetCode: junk, targetFramework: junk }, { requiredKeys: [] }))),
        junk,
        junk,
        fc.oneof(fc.anything(), fc.record({ unitFrameworks: fc.oneof(fc.anything(), fc.array(junk)) })),
        (alignment, validFrom, validUntil, options) => {
          const vc = { ...withAlignment(alignment), validFrom, validUntil };
          const r = importOpenBadgeCredential(vc, options as never);
          if (r.isOk()) {
            expect(r.value.verified).toBe(false);
            expect(r.value.certificate.unitCodes.length).toBeGreaterThan(0);
            expect(r.value.certificate.unitCodes.length + r.value.ignoredAlignments.length).toBeLessThanOrEqual(
              alignment.length,
            );
          } else {
            expect(r.error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
