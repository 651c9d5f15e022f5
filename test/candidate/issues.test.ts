/**
 * The issues parseCandidate reports, pinned to the letter: code, path and message for each kind
 * of problem, so that a form can rely on them. Messages say what is wrong and what is expected,
 * with an example, and never repeat the input.
 */
import { formatIssue, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";

const base = { id: "X", nik: "3674014507050001", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };
/** The issues without their params (pinned in their own test below). */
const issues = (input: unknown) =>
  parseCandidate(input)
    ._unsafeUnwrapErr()
    .issues.map(({ params: _p, ...i }) => i);
const withParams = (patch: object) => parseCandidate({ ...base, ...patch })._unsafeUnwrapErr().issues;
const one = (patch: object) => issues({ ...base, ...patch });

describe("parseCandidate issues", () => {
  it("carry the facts of their code as params, so that any locale can word them", () => {
    expect(withParams({ id: "" })[0]?.params).toEqual({ min: 1 });
    expect(withParams({ fullName: 5 })[0]?.params).toEqual({ expected: "string" });
    expect(withParams({ sex: "X" })[0]?.params).toEqual({ values: "F, M" });
    expect(withParams({ tanggalLahir: "2005-07-05" })[0]?.params).toEqual({ key: "tanggalLahir" });
    expect(withParams({ birthDate: "2005-02-30" })[0]?.params).toEqual({ problem: "no_such_day" });
    expect(withParams({ birthDate: "05/07/2005" })[0]?.params).toBeUndefined();
    const long = withParams({ id: "x".repeat(65) })[0];
    expect(long && formatIssue(long, "id")).toBe("Terlalu panjang; paling banyak 64 karakter.");
    expect(long && formatIssue(long, "en")).toBe(long?.message);
    const date = withParams({ birthDate: "2005-7-5" })[0];
    expect(date && formatIssue(date, "id")).toBe("Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.");
    expect(date?.message).toBe("A date must be written YYYY-MM-DD, for example 2008-07-05.");
  });

  it("a missing field is REQUIRED, a wrong type INVALID_TYPE, a value outside a list INVALID_VALUE", () => {
    expect(one({ fullName: undefined })).toEqual([
      { path: ["fullName"], code: "REQUIRED", message: "Required: this field must be filled in." },
    ]);
    expect(one({ sex: undefined })).toEqual([
      { path: ["sex"], code: "REQUIRED", message: "Required: fill in one of: F, M." },
    ]);
    expect(one({ fullName: 5 })).toEqual([
      {
        path: ["fullName"],
        code: "INVALID_TYPE",
        message: 'Wrong type of value; expected text in quotes, for example "BLK-001".',
      },
    ]);
    expect(one({ sex: "X" })).toEqual([
      { path: ["sex"], code: "INVALID_VALUE", message: "Not an accepted value; expected one of: F, M." },
    ]);
    expect(issues([1])).toEqual([
      { path: [], code: "INVALID_TYPE", message: "Wrong type of value; expected a JSON object in curly braces { … }." },
    ]);
  });

  it("a value outside a list lists the accepted values, in every locale", () => {
    const bad = {
      sex: "L",
      education: "SLTA",
      maritalStatus: "KAWIN",
      documents: [{ kind: "KTP-EL", issuedOn: "2020-01-01" }],
      medicalChecks: [{ result: "fit", examinedOn: "2026-01-01" }],
      languageResults: [{ test: "JLPT", level: "n4", takenOn: "2026-01-01" }],
    };
    const found = withParams(bad).map((i) => [i.path.join("."), i.code, i.params?.values]);
    expect(found).toEqual([
      ["sex", "INVALID_VALUE", "F, M"],
      ["education", "INVALID_VALUE", expect.stringContaining("SD, PAKET_A, SMP")],
      ["maritalStatus", "INVALID_VALUE", "SINGLE, MARRIED, DIVORCED, WIDOWED"],
      ["documents.0.kind", "INVALID_VALUE", expect.stringMatching(/^KTP, KK, BIRTH_CERTIFICATE, .*E_PMI$/)],
      ["medicalChecks.0.result", "INVALID_VALUE", "FIT, UNFIT"],
      ["languageResults.0.level", "INVALID_VALUE", "N5, N4, N3, N2, N1"],
    ]);
    const jlpt = withParams(bad)[5];
    expect(jlpt && formatIssue(jlpt, "id")).toBe("Nilai tidak diterima; isi salah satu dari: N5, N4, N3, N2, N1.");
    expect(jlpt && formatIssue(jlpt, "en")).toBe("Not an accepted value; expected one of: N5, N4, N3, N2, N1.");
  });

  it("lengths, counts and ranges say their bound", () => {
    expect(one({ id: "" })).toEqual([
      { path: ["id"], code: "TOO_SHORT", message: "Must not be empty: write at least 1 character." },
    ]);
    expect(one({ id: "x".repeat(65) })).toEqual([
      { path: ["id"], code: "TOO_LONG", message: "Too long: at most 64 characters." },
    ]);
    const ktp = { kind: "KTP", issuedOn: "2020-01-01" };
    expect(one({ documents: Array.from({ length: 101 }, () => ktp) })).toEqual([
      { path: ["documents"], code: "TOO_MANY", message: "Too many items: at most 100." },
    ]);
    expect(parseCandidate({ ...base, documents: Array.from({ length: 100 }, () => ktp) }).isOk()).toBe(true);
    const jft = (score: number) => ({ languageResults: [{ test: "JFT_BASIC", score, takenOn: "2026-01-01" }] });
    expect(one(jft(251))).toEqual([
      {
        path: ["languageResults", 0, "score"],
        code: "OUT_OF_RANGE",
        message: "Too large: the highest accepted number is 250.",
      },
    ]);
    expect(one(jft(9))).toEqual([
      {
        path: ["languageResults", 0, "score"],
        code: "OUT_OF_RANGE",
        message: "Too small: the lowest accepted number is 10.",
      },
    ]);
    expect(one({ languageResults: [{ test: "IELTS", band: 6.3, takenOn: "2026-01-01" }] })).toEqual([
      {
        path: ["languageResults", 0, "band"],
        code: "OUT_OF_RANGE",
        message: "Expected a multiple of 0.5, for example 6 or 6.5.",
      },
    ]);
  });

  it("an unknown or missing test lists the tests; codes of the wrong shape are INVALID_FORMAT", () => {
    expect(one({ languageResults: [{ test: "TOEFL", score: 1, takenOn: "2020-01-01" }] })).toEqual([
      {
        path: ["languageResults", 0, "test"],
        code: "INVALID_VALUE",
        message: "Not an accepted value; expected one of: JFT_BASIC, EPS_TOPIK, TOPIK, JLPT, CEFR, IELTS.",
      },
    ]);
    expect(one({ languageResults: [{ score: 1, takenOn: "2020-01-01" }] })).toEqual([
      {
        path: ["languageResults", 0, "test"],
        code: "REQUIRED",
        message: "Required: fill in one of: JFT_BASIC, EPS_TOPIK, TOPIK, JLPT, CEFR, IELTS.",
      },
    ]);
    expect(one({ certificates: [{ kind: "X", issuedOn: "2020-01-01" }] })[0]?.message).toBe(
      "Not an accepted value; expected one of: COMPETENCY, SKILL_TEST.",
    );
    expect(one({ domicile: { provinceCode: "3" } })).toEqual([
      {
        path: ["domicile", "provinceCode"],
        code: "INVALID_FORMAT",
        message: "Expected exactly 2 digits, for example 36.",
      },
    ]);
    expect(withParams({ domicile: { provinceCode: "36", regencyCode: "36" } })[0]?.params).toEqual({
      format: "digits",
      length: 4,
    });
  });

  it("a value of a union of types names the types, and attributes say their rules", () => {
    expect(withParams({ attributes: { heightCm: {} } })[0]).toEqual({
      path: ["attributes", "heightCm"],
      code: "INVALID_TYPE",
      message: "Wrong type of value; expected text, a number or true/false.",
      params: { expected: "string|number|boolean" },
    });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`a${i}`, i]));
    expect(withParams({ attributes: many })[0]).toEqual({
      path: ["attributes"],
      code: "TOO_MANY_ATTRIBUTES",
      message: "Too many attributes: at most 50.",
      params: { max: 50 },
    });
    expect(one({ attributes: { "1x": 1 } })).toEqual([
      {
        path: ["attributes", "**"],
        code: "INVALID_ATTRIBUTE_KEY",
        message:
          "An attribute name must start with a letter, then up to 63 letters, digits or underscores, for example height_cm.",
      },
    ]);
  });

  it("dates and NIKs have their own codes and messages, with an example", () => {
    expect(one({ birthDate: "2005-02-30" })).toEqual([
      {
        path: ["birthDate"],
        code: "INVALID_DATE",
        message:
          "No such day in the calendar (like 30 February or 31 April); a date must be written YYYY-MM-DD, for example 2008-07-05.",
      },
    ]);
    expect(one({ nik: "1234" })).toEqual([
      {
        path: ["nik"],
        code: "INVALID_NIK",
        message:
          "This NIK has 4 digits, not 16. A NIK is 16 digits: a 6-digit region code (starting with the province code, such as 36 for Banten), the birth date as DDMMYY (women: day plus 40), then a 4-digit serial from 0001; for example 3201014508900001 (made up).",
      },
    ]);
    const problem = (nik: string) => withParams({ nik })[0]?.params;
    expect(problem("3674 0145 0705 0001")).toEqual({ problem: "digits" });
    expect(problem("3.67402E+15")).toEqual({ problem: "digits" });
    expect(problem("367401450705000")).toEqual({ problem: "length", length: 15 });
    expect(problem("9974014507050001")).toEqual({ problem: "province" });
    expect(problem("3674013207050001")).toEqual({ problem: "birth_date" });
    expect(problem("3674014513050001")).toEqual({ problem: "birth_date" });
    expect(problem("3674017102050001")).toEqual({ problem: "birth_date" });
    expect(problem("3674014507050000")).toEqual({ problem: "serial" });
    expect(problem("")).toBeUndefined();
    const nik = withParams({ nik: "3674014507050000" })[0];
    expect(nik && formatIssue(nik, "id")).toMatch(
      /^Nomor urut NIK \(4 angka terakhir\) tidak boleh 0000\. NIK harus 16 angka: .* misalnya 3201014508900001 \(contoh rekaan\)\.$/,
    );
  });

  it("unknown keys are shown when they look like identifiers, and masked otherwise (digits, spaces, length)", () => {
    const keyed = (key: string) => issues({ ...base, [key]: 1 })[0];
    expect(keyed("tanggalLahir")).toEqual({
      path: ["tanggalLahir"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "tanggalLahir": correct its name as documented or remove it.',
    });
    expect(keyed("nik12345")).toEqual({
      path: ["nik12345"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "nik12345": correct its name as documented or remove it.',
    });
    expect(keyed("nik123456")?.path).toEqual(["n********"]);
    expect(keyed("3674014507050001")?.path).toEqual(["****************"]);
    expect(keyed("Siti Aminah")?.path).toEqual(["S*** A*****"]);
    expect(keyed("a".repeat(41))?.path).toEqual([`a${"*".repeat(39)}`]);
    expect(keyed(`x${"y".repeat(38)}`)?.path).toEqual([`x${"y".repeat(38)}`]);
  });

  it("an unknown key close to a known one suggests it, at its own level and branch", () => {
    const suggested = (patch: object) =>
      withParams(patch)
        .filter((i) => i.code === "UNKNOWN_KEY")
        .map((i) => i.params?.suggestion);
    expect(withParams({ birthdate: "2005-07-05" })[0]).toEqual({
      path: ["birthdate"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "birthdate"; did you mean "birthDate"?',
      params: { key: "birthdate", suggestion: "birthDate" },
    });
    expect(suggested({ Sex: "F" })).toEqual(["sex"]);
    expect(suggested({ fulName: "x" })).toEqual(["fullName"]);
    expect(suggested({ documents: [{ kind: "KTP", issuedOn: "2020-01-01", expiresOm: "x" }] })).toEqual(["expiresOn"]);
    expect(suggested({ languageResults: [{ test: "JLPT", levl: "N4", takenOn: "2026-01-01" }] })).toContain("level");
    // the branch the test names: a JFT-Basic result has a score, not a level or a band
    expect(suggested({ languageResults: [{ test: "JFT_BASIC", score: 200, bnd: 1, takenOn: "2026-01-01" }] })).toEqual([
      undefined,
    ]);
    expect(suggested({ domicile: { provinceCod: "36" } })).toEqual(["provinceCode"]);
    // too far, too short, or as close to two keys: no suggestion
    expect(suggested({ tanggalLahir: "x", x: 1, ide: 1 })).toEqual([undefined, undefined, "id"]);
    const id = withParams({ birthdate: "2005-07-05" })[0];
    expect(id && formatIssue(id, "id")).toBe('Kolom "birthdate" tidak dikenal; mungkin maksudnya "birthDate".');
  });

  it("objects that throw when read are INVALID_TYPE, not a crash", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const input of [hostile, revocable.proxy]) {
      expect(parseCandidate(input)._unsafeUnwrapErr()).toEqual({
        code: "INVALID_CANDIDATE",
        issues: [
          {
            path: [],
            code: "INVALID_TYPE",
            message: "Wrong type of value; expected a JSON object in curly braces { … }.",
            params: { expected: "object" },
          },
        ],
      });
    }
  });

  it("the English message is the English locale's text, and no message repeats the NIK or name", () => {
    const inputs: object[] = [
      { nik: "3674014507050000" },
      { nik: "36740145070500011" },
      { fullName: 3674014507050001, sex: "3674014507050001" },
      { birthdate: "2005-07-05", Sex: "F" },
      { documents: [{ kind: "PASSPORT", number: 5, issuedOn: "2020-02-30" }] },
      { languageResults: [{ test: "IELTS", band: 9.5, takenOn: "2026-01-01" }] },
    ];
    for (const patch of inputs) {
      for (const i of withParams(patch)) {
        expect(formatIssue(i, "en"), i.code).toBe(i.message);
        for (const l of ["id", "en"] as const) {
          const text = formatIssue(i, l);
          expect(text).not.toContain("3674014507050");
          expect(text).not.toContain("Aminah");
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });
});
