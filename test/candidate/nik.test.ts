/**
 * A NIK's birth date must exist (issue 13, item 7): DDMMYY (day + 40 for women) is a real day in
 * 19YY or in 20YY, and `decodeNik` says in which. The UTC calendar is the oracle.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { candidateJsonSchema, decodeNik, isValidNik, parseCandidate } from "sentra-vokasi";
import { NIK_PATTERN } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { runs } from "../arbitraries/runs.js";

const two = (n: number) => String(n).padStart(2, "0");
/** A NIK of Tangerang Selatan (367401) with this day field (already + 40 for women), month and YY. */
const nikOf = (day: number, month: number, yy: number, serial = "0001") =>
  `367401${two(day)}${two(month)}${two(yy)}${serial}`;
/**
 * Whether the calendar day exists, by the UTC calendar (the day of a `Date.UTC` instant rolls
 * over when it does not exist). Not date-fns' `isExists`: it builds a local `Date`, and a local
 * day can be missing from a zone's clock (Pacific/Kiritimati skipped 31 December 1994,
 * Pacific/Apia 30 December 2011) while it exists in the calendar, so that oracle failed in the
 * time-zone matrix.
 */
const existsInCalendar = (y: number, month: number, day: number) => {
  const d = new Date(Date.UTC(y, month - 1, day));
  return d.getUTCFullYear() === y && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};
/** The years among 19YY and 20YY in which the day exists. */
const oracleYears = (day: number, month: number, yy: number) =>
  [1900 + yy, 2000 + yy].filter((y) => existsInCalendar(y, month, day));

const base = { id: "X", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };

describe("a NIK's encoded birth date", () => {
  it("is rejected when it exists in no year: 31 April, 30 and 31 February, 29 February of YY 01", () => {
    for (const nik of [
      nikOf(31, 4, 5),
      nikOf(71, 4, 5), // a woman's 31 April
      nikOf(30, 2, 4),
      nikOf(70, 2, 4),
      nikOf(31, 2, 0),
      nikOf(31, 6, 99),
      nikOf(31, 9, 10),
      nikOf(31, 11, 10),
      nikOf(29, 2, 1),
      nikOf(69, 2, 1),
      nikOf(29, 2, 99),
      nikOf(69, 2, 26),
    ]) {
      expect(isValidNik(nik), nik).toBe(false);
      expect(decodeNik(nik), nik).toBeUndefined();
    }
  });

  it("is accepted when it exists in 19YY or 20YY, and decodeNik says which", () => {
    expect(decodeNik(nikOf(29, 2, 0))?.birthYears).toEqual([2000]); // 1900 is not leap, 2000 is
    expect(decodeNik(nikOf(69, 2, 0))).toMatchObject({ sex: "F", birthDay: 29, birthMonth: 2, birthYears: [2000] });
    expect(decodeNik(nikOf(29, 2, 4))?.birthYears).toEqual([1904, 2004]);
    expect(decodeNik(nikOf(69, 2, 96))?.birthYears).toEqual([1996, 2096]);
    expect(decodeNik(nikOf(31, 12, 1))?.birthYears).toEqual([1901, 2001]);
    expect(decodeNik(nikOf(71, 7, 5))?.birthYears).toEqual([1905, 2005]);
    expect(decodeNik(nikOf(30, 4, 5))?.birthYears).toEqual([1905, 2005]);
    expect(decodeNik(nikOf(28, 2, 1))?.birthYears).toEqual([1901, 2001]);
  });

  it("law: isValidNik and decodeNik agree with the UTC calendar on every day, month, year and sex", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (day, month, yy, woman) => {
          const nik = nikOf(day + (woman ? 40 : 0), month, yy);
          const years = month >= 1 && month <= 12 && day >= 1 ? oracleYears(day, month, yy) : [];
          expect(isValidNik(nik), nik).toBe(years.length > 0);
          expect(NIK_PATTERN.test(nik), nik).toBe(years.length > 0);
          const parts = decodeNik(nik);
          if (years.length === 0) expect(parts, nik).toBeUndefined();
          else {
            expect(parts, nik).toMatchObject({ birthDay: day, birthMonth: month, birthYear2: yy, birthYears: years });
            expect(parts?.sex).toBe(woman ? "F" : "M");
          }
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it("law: every calendar day of 1900–2099 gives a valid NIK whose years include its own", () => {
    const day = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2099, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.boolean(), (t, woman) => {
        const [y, m, dd] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
        const parts = decodeNik(nikOf(dd + (woman ? 40 : 0), m, y % 100));
        expect(parts?.birthYears).toContain(y);
      }),
      { numRuns: runs(1000) },
    );
  });

  it("makes parseCandidate report INVALID_NIK, and the JSON Schema rejects it too", () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(candidateJsonSchema());
    for (const nik of [nikOf(71, 4, 5), nikOf(70, 2, 5), nikOf(69, 2, 1)]) {
      const r = parseCandidate({ ...base, nik });
      expect(r.isErr(), nik).toBe(true);
      expect(r._unsafeUnwrapErr().issues.map((i) => [i.path, i.code])).toEqual([[["nik"], "INVALID_NIK"]]);
      expect(validate({ ...base, nik }), nik).toBe(false);
    }
    const leap = { ...base, birthDate: "2000-02-29", nik: nikOf(69, 2, 0) };
    expect(parseCandidate(leap).isOk()).toBe(true);
    expect(validate(leap)).toBe(true);
  });
});
