/**
 * The issues parseCandidate reports, pinned to the letter: code, path and message for each kind
 * of problem, so that a form can rely on them. Messages never repeat the input.
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
    expect(withParams({ birthDate: "2005-02-30" })[0]?.params).toBeUndefined();
    const long = withParams({ id: "x".repeat(65) })[0];
    expect(long && formatIssue(long, "id")).toBe("Maksimal 64 karakter.");
    expect(long && formatIssue(long, "en")).toBe(long?.message);
    const date = withParams({ birthDate: "2005-02-30" })[0];
    expect(date && formatIssue(date, "id")).toBe("Tanggal tidak sah; tulis sebagai YYYY-MM-DD.");
  });

  it("a missing field is REQUIRED, a wrong type INVALID_TYPE, a value outside a list INVALID_VALUE", () => {
    expect(one({ fullName: undefined })).toEqual([
      { path: ["fullName"], code: "REQUIRED", message: "Required field is missing." },
    ]);
    expect(one({ sex: undefined })).toEqual([
      { path: ["sex"], code: "REQUIRED", message: "Required field is missing." },
    ]);
    expect(one({ fullName: 5 })).toEqual([{ path: ["fullName"], code: "INVALID_TYPE", message: "Expected string." }]);
    expect(one({ sex: "X" })).toEqual([{ path: ["sex"], code: "INVALID_VALUE", message: "Expected one of: F, M." }]);
    expect(issues([1])).toEqual([{ path: [], code: "INVALID_TYPE", message: "Expected object." }]);
  });

  it("lengths, counts and ranges say their bound", () => {
    expect(one({ id: "" })).toEqual([
      { path: ["id"], code: "TOO_SHORT", message: "Expected at least 1 character(s)." },
    ]);
    expect(one({ id: "x".repeat(65) })).toEqual([
      { path: ["id"], code: "TOO_LONG", message: "Expected at most 64 characters." },
    ]);
    const ktp = { kind: "KTP", issuedOn: "2020-01-01" };
    expect(one({ documents: Array.from({ length: 101 }, () => ktp) })).toEqual([
      { path: ["documents"], code: "TOO_MANY", message: "Expected at most 100 items." },
    ]);
    expect(parseCandidate({ ...base, documents: Array.from({ length: 100 }, () => ktp) }).isOk()).toBe(true);
    const jft = (score: number) => ({ languageResults: [{ test: "JFT_BASIC", score, takenOn: "2026-01-01" }] });
    expect(one(jft(251))).toEqual([
      { path: ["languageResults", 0, "score"], code: "OUT_OF_RANGE", message: "Expected a number of at most 250." },
    ]);
    expect(one(jft(9))).toEqual([
      { path: ["languageResults", 0, "score"], code: "OUT_OF_RANGE", message: "Expected a number of at least 10." },
    ]);
    expect(one({ languageResults: [{ test: "IELTS", band: 6.3, takenOn: "2026-01-01" }] })).toEqual([
      { path: ["languageResults", 0, "band"], code: "OUT_OF_RANGE", message: "Expected a multiple of 0.5." },
    ]);
  });

  it("an unknown test names the discriminator; codes of the wrong shape are INVALID_FORMAT", () => {
    expect(one({ languageResults: [{ test: "TOEFL", score: 1, takenOn: "2020-01-01" }] })).toEqual([
      {
        path: ["languageResults", 0, "test"],
        code: "INVALID_VALUE",
        message: 'Unknown "test": see the accepted values in the documentation.',
      },
    ]);
    expect(one({ domicile: { provinceCode: "3" } })).toEqual([
      { path: ["domicile", "provinceCode"], code: "INVALID_FORMAT", message: "Expected the regex format." },
    ]);
  });

  it("dates and NIKs have their own codes and messages", () => {
    expect(one({ birthDate: "2005-02-30" })).toEqual([
      { path: ["birthDate"], code: "INVALID_DATE", message: "Expected a valid calendar date written YYYY-MM-DD." },
    ]);
    expect(one({ nik: "1234" })).toEqual([
      {
        path: ["nik"],
        code: "INVALID_NIK",
        message:
          "Expected a 16-digit NIK: a known province code, birth day 01-31 (women 41-71), month 01-12 and a serial from 0001.",
      },
    ]);
  });

  it("unknown keys are shown when they look like identifiers, and masked otherwise (digits, spaces, length)", () => {
    const keyed = (key: string) => issues({ ...base, [key]: 1 })[0];
    expect(keyed("birthdate")).toEqual({
      path: ["birthdate"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "birthdate".',
    });
    expect(keyed("nik12345")).toEqual({
      path: ["nik12345"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "nik12345".',
    });
    expect(keyed("nik123456")?.path).toEqual(["n********"]);
    expect(keyed("3674014507050001")?.path).toEqual(["****************"]);
    expect(keyed("Siti Aminah")?.path).toEqual(["S*** A*****"]);
    expect(keyed("a".repeat(41))?.path).toEqual([`a${"*".repeat(39)}`]);
    expect(keyed(`x${"y".repeat(38)}`)?.path).toEqual([`x${"y".repeat(38)}`]);
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
        issues: [{ path: [], code: "INVALID_TYPE", message: "Expected a plain JSON object." }],
      });
    }
  });
});
