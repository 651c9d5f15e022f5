import fc from "fast-check";
import { CandidateSchema, candidateJsonSchema, decodeNik, isValidNik, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { mutatedCandidate, nikFor, rawCandidate } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const SITI = {
  id: "BTN-2026-0001",
  nik: "3674014507050001",
  fullName: "Siti Aminah",
  sex: "F",
  birthDate: "2005-07-05",
  domicile: { provinceCode: "36", regencyCode: "3674" },
  education: "SMK",
  maritalStatus: "SINGLE",
  documents: [
    { kind: "PASSPORT", number: "X1234567", issuedOn: "2026-01-10", expiresOn: "2036-01-09" },
    { kind: "FAMILY_CONSENT", issuedOn: "2026-09-01" },
    { kind: "SKCK", issuedOn: "2026-09-15", expiresOn: "2027-03-15" },
  ],
  medicalChecks: [{ result: "FIT", examinedOn: "2026-10-01", scope: "FULL", colourVisionNormal: true }],
  languageResults: [
    { test: "JFT_BASIC", score: 215, takenOn: "2026-03-01" },
    { test: "JLPT", level: "N4", takenOn: "2025-12-07" },
    { test: "CEFR", level: "B1", provider: "Goethe", takenOn: "2025-12-07" },
    { test: "IELTS", band: 6.5, takenOn: "2025-12-07" },
  ],
  enrollments: [{ trackId: "caregiving-jp", startedOn: "2026-01-05", completedOn: "2026-06-30", hoursAttended: 640 }],
  unitResults: [{ unitCode: "C.24LAS01.001.1", result: "COMPETENT", assessedOn: "2026-06-20" }],
  certificates: [
    {
      kind: "COMPETENCY",
      schemeCode: "SKM-CG-01",
      unitCodes: ["C.24LAS01.001.1"],
      issuer: "LSP P2 BLK Banten",
      issuedOn: "2026-07-01",
      expiresOn: "2029-06-30",
    },
    { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: "2026-08-01" },
  ],
  orientation: { completedOn: "2026-11-01" },
};

const codesOf = (input: unknown) =>
  parseCandidate(input)
    ._unsafeUnwrapErr()
    .issues.map((i) => [i.path.join("."), i.code]);

describe("parseCandidate", () => {
  it("accepts the full record of the API contract", () => {
    const c = parseCandidate(SITI)._unsafeUnwrap();
    expect(c).toStrictEqual(SITI);
  });

  it("fills empty evidence lists and the default medical scope", () => {
    const c = parseCandidate({
      id: "x",
      nik: SITI.nik,
      fullName: "A",
      sex: "F",
      birthDate: "2005-07-05",
      medicalChecks: [{ result: "UNFIT", examinedOn: "2026-01-01" }],
    })._unsafeUnwrap();
    expect(c.documents).toEqual([]);
    expect(c.certificates).toEqual([]);
    expect(c.medicalChecks[0]?.scope).toBe("FULL");
  });

  it("reports every issue at once, with paths and stable codes", () => {
    expect(
      codesOf({
        id: "",
        nik: "3674019907050001",
        fullName: 3,
        sex: "X",
        birthDate: "2026-02-29",
        languageResults: [{ test: "FOO" }, { test: "IELTS", band: 6.3, takenOn: "2026-01-01" }],
        documents: [{ kind: "PASSPORT", issuedOn: "2026-01-10", expiresOn: "2025-01-01" }],
        domicile: { provinceCode: "36", regencyCode: "3201" },
        typo: 1,
      }),
    ).toEqual([
      ["id", "TOO_SHORT"],
      ["nik", "INVALID_NIK"],
      ["fullName", "INVALID_TYPE"],
      ["sex", "INVALID_VALUE"],
      ["birthDate", "INVALID_DATE"],
      ["languageResults.0.test", "INVALID_VALUE"],
      ["languageResults.1.band", "OUT_OF_RANGE"],
      ["typo", "UNKNOWN_KEY"],
    ]);
  });

  it("says REQUIRED for missing fields and INVALID_TYPE for a non-object", () => {
    expect(codesOf({ id: "x" })).toEqual([
      ["nik", "REQUIRED"],
      ["fullName", "REQUIRED"],
      ["sex", "REQUIRED"],
      ["birthDate", "REQUIRED"],
    ]);
    expect(codesOf(null)).toEqual([["", "INVALID_TYPE"]]);
    expect(codesOf([])).toEqual([["", "INVALID_TYPE"]]);
  });

  it("checks scores against each test's scale", () => {
    const base = { id: "x", nik: SITI.nik, fullName: "A", sex: "F", birthDate: "2005-07-05" };
    const lr = (r: object) => codesOf({ ...base, languageResults: [r] });
    expect(lr({ test: "JFT_BASIC", score: 251, takenOn: "2026-01-01" })).toEqual([
      ["languageResults.0.score", "OUT_OF_RANGE"],
    ]);
    expect(lr({ test: "JFT_BASIC", score: 9, takenOn: "2026-01-01" })).toEqual([
      ["languageResults.0.score", "OUT_OF_RANGE"],
    ]);
    expect(lr({ test: "EPS_TOPIK", score: 201, takenOn: "2026-01-01" })).toEqual([
      ["languageResults.0.score", "OUT_OF_RANGE"],
    ]);
    expect(lr({ test: "TOPIK", score: 301, takenOn: "2026-01-01" })).toEqual([
      ["languageResults.0.score", "OUT_OF_RANGE"],
    ]);
    expect(lr({ test: "JLPT", level: "N6", takenOn: "2026-01-01" })).toEqual([
      ["languageResults.0.level", "INVALID_VALUE"],
    ]);
  });

  it("rejects __proto__ and constructor keys without polluting prototypes", () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`);
    const r = parseCandidate({ ...SITI, ...hostile, documents: [{ ...hostile, kind: "KTP", issuedOn: "2020-01-01" }] });
    expect(r.isErr()).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("survives hostile objects: throwing getters and proxies", () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    expect(parseCandidate(trap).isErr()).toBe(true);
    const getter = Object.defineProperty({ ...SITI }, "fullName", {
      enumerable: true,
      get: () => {
        throw new Error("x");
      },
    });
    expect(parseCandidate(getter).isErr()).toBe(true);
  });

  describe("laws", () => {
    it("accepts every generated valid record", () => {
      fc.assert(
        fc.property(rawCandidate, (raw) => {
          expect(parseCandidate(raw).isOk()).toBe(true);
        }),
        { numRuns: runs(100) },
      );
    });

    it("round-trips: parse → JSON → parse gives the same candidate", () => {
      fc.assert(
        fc.property(rawCandidate, (raw) => {
          const once = parseCandidate(raw)._unsafeUnwrap();
          const twice = parseCandidate(JSON.parse(JSON.stringify(once)))._unsafeUnwrap();
          expect(twice).toStrictEqual(once);
        }),
        { numRuns: runs(100) },
      );
    });

    it("never throws on anything", () => {
      fc.assert(
        fc.property(
          fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
          (x) => {
            const r = parseCandidate(x);
            expect(r.isOk() || r.isErr()).toBe(true);
          },
        ),
        { numRuns: runs(2000) },
      );
    });

    it("never throws on mutated records, and no issue carries the NIK, passport number or name", () => {
      fc.assert(
        fc.property(mutatedCandidate, (raw) => {
          const r = parseCandidate(raw);
          if (r.isErr()) {
            const text = JSON.stringify(r.error);
            const docs = Array.isArray(raw.documents) ? (raw.documents as { number?: unknown }[]) : [];
            const secrets = [raw.nik, raw.fullName, ...docs.map((x) => x?.number)];
            // Short values (" fro") occur in any English sentence ("from"): a leak is a value of at
            // least 8 characters besides spaces (a NIK has 16, a passport number 8 or 9).
            for (const s of secrets) if (typeof s === "string" && s.trim().length >= 8) expect(text).not.toContain(s);
          }
        }),
        { numRuns: runs(2000) },
      );
    });

    it("keeps personal data out of issues even when it sits in the wrong place", () => {
      fc.assert(
        fc.property(rawCandidate, (raw) => {
          const misplaced = {
            ...raw,
            [raw.nik]: raw.fullName,
            [raw.fullName]: 1,
            sex: raw.nik,
            education: raw.fullName,
            id: raw.nik.repeat(5),
          };
          const text = JSON.stringify(parseCandidate(misplaced)._unsafeUnwrapErr());
          expect(text).not.toContain(raw.nik);
          expect(text).not.toContain(raw.fullName);
        }),
        { numRuns: runs(100) },
      );
    });

    it("agrees with CandidateSchema on what is valid", () => {
      fc.assert(
        fc.property(fc.oneof(rawCandidate, mutatedCandidate), (raw) => {
          expect(parseCandidate(raw).isOk()).toBe(CandidateSchema.safeParse(raw).success);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});

describe("NIK", () => {
  it("decodes region, birth date and sex (women: day + 40)", () => {
    expect(decodeNik("3674014507050001")).toEqual({
      provinceCode: "36",
      regencyCode: "3674",
      districtCode: "367401",
      birthDay: 5,
      birthMonth: 7,
      birthYear2: 5,
      birthYears: [1905, 2005],
      sex: "F",
      serial: "0001",
    });
    expect(decodeNik("3603010507050001")?.sex).toBe("M");
  });

  it("rejects wrong length, unknown provinces, impossible days and months, serial 0000", () => {
    for (const nik of [
      "367401450705000",
      "36740145070500011",
      "9974014507050001",
      "1074014507050001",
      "3674013207050001",
      "3674014007050001",
      "3674017207050001",
      "3674010013050001",
      "3674010500050001",
      "3674010507050000",
      "36740105O7050001",
    ]) {
      expect(isValidNik(nik), nik).toBe(false);
    }
    expect(isValidNik("3674017107050001")).toBe(true);
  });

  it("law: every NIK built from a birth date and sex is valid and decodes back to them", () => {
    fc.assert(
      fc.property(rawCandidate, (raw) => {
        const parts = decodeNik(nikFor(raw.birthDate, raw.sex, "367402", 12));
        expect(parts?.sex).toBe(raw.sex);
        expect(parts?.birthDay).toBe(Number(raw.birthDate.slice(8, 10)));
      }),
      { numRuns: runs(100) },
    );
  });
});

describe("candidateJsonSchema", () => {
  it("is a draft 2020-12 schema of a strict object with the contract's fields", () => {
    const s = candidateJsonSchema() as {
      $schema: string;
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(s.additionalProperties).toBe(false);
    expect(s.required.sort()).toEqual(["birthDate", "fullName", "id", "nik", "sex"]);
    expect(Object.keys(s.properties)).toEqual([...Object.keys(SITI), "attributes"]);
    expect(JSON.stringify(s.properties.nik)).toContain("pattern");
  });

  it("returns a fresh object each call", () => {
    const a = candidateJsonSchema();
    a.title = "changed";
    expect(candidateJsonSchema().title).not.toBe("changed");
  });
});
