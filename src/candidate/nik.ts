/**
 * A NIK (Nomor Induk Kependudukan) that passed the structural check of {@link isValidNik}.
 * A plain string at run time.
 *
 * @example
 * ```ts
 * const nik: Nik | undefined = isValidNik(input) ? input : undefined;
 * ```
 */
export type Nik = string & { readonly __brand: "Nik" };

/**
 * Province codes of Kepmendagri 300.2.2-2138/2025 (38 provinces, DOMAIN.md §3.2, source S44).
 * 91–96 also cover NIKs issued under Papua's earlier codes.
 *
 * @example
 * ```ts
 * PROVINCE_CODES.includes("36"); // true (Banten)
 * ```
 */
export const PROVINCE_CODES = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
] as const;

/**
 * The NIK structure `PPKKCC DDMMYY SSSS` (DOMAIN.md §3.1): a known province, then a birth date
 * DDMMYY (day + 40 for women) that exists in 19YY or in 20YY, then a serial from 0001. Day 31
 * only in the months that have it, 30 never in February, 29 February only when YY is a multiple
 * of 4 (`00` included: 2000 is a leap year; for any other YY, 19YY and 20YY are both leap or
 * both common). Linear: no nested quantifiers.
 *
 * @example
 * ```ts
 * NIK_PATTERN.test("3674014507050001"); // true
 * NIK_PATTERN.test("3674013104050001"); // false (31 April)
 * ```
 */
export const NIK_PATTERN =
  /^(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])\d{4}(?:(?:0[1-9]|1\d|2[0-8]|4[1-9]|5\d|6[0-8])(?:0[1-9]|1[0-2])\d{2}|[26]9(?:(?:0[13-9]|1[0-2])\d{2}|02(?:[02468][048]|[13579][26]))|[37]0(?:0[13-9]|1[0-2])\d{2}|[37]1(?:0[13578]|1[02])\d{2})(?!0000)\d{4}$/;

/**
 * True when `value` has the structure of a NIK: 16 digits, a known province code, a birth date
 * DDMMYY (day 01–31, or 41–71 for women; month 01–12) that exists in 19YY or in 20YY, and a
 * serial from 0001. So 31 April, 30 February and 29 February of a YY that is leap in neither
 * century (`01`: 1901 and 2001 are common years) are rejected; 29 February `00` is accepted
 * (2000 is leap). It cannot tell whether the NIK was ever issued. Never throws.
 *
 * @example
 * ```ts
 * isValidNik("3674014507050001"); // true  (a woman born 5 July 2005, registered in Tangerang Selatan)
 * isValidNik("3674013207050001"); // false (day 32)
 * isValidNik("3674013102050001"); // false (31 February exists in no year)
 * isValidNik("3674016902000001"); // true  (a woman born 29 February 2000)
 * isValidNik("3674012902010001"); // false (29 February: neither 1901 nor 2001 is leap)
 * ```
 */
export function isValidNik(value: unknown): value is Nik {
  return typeof value === "string" && NIK_PATTERN.test(value);
}

/**
 * What a structurally valid NIK encodes.
 *
 * @example
 * ```ts
 * decodeNik("3674014507050001"); // { provinceCode: "36", regencyCode: "3674", birthDay: 5, sex: "F", birthYears: [1905, 2005], … }
 * ```
 */
export interface NikParts {
  readonly provinceCode: string;
  readonly regencyCode: string;
  readonly districtCode: string;
  /** Day of birth, 1–31 (already less 40 for women). */
  readonly birthDay: number;
  readonly birthMonth: number;
  /** Last two digits of the year of birth; the century is not encoded. */
  readonly birthYear2: number;
  /**
   * The full years of birth the NIK allows: those of 19YY and 20YY in which the encoded day
   * exists, ascending. Both for every date but 29 February `00`, which exists only in 2000
   * (`[2000]`). Never empty for a valid NIK. Tell the century from the birth date recorded.
   */
  readonly birthYears: readonly number[];
  readonly sex: "F" | "M";
  readonly serial: string;
}

/** True when 29 February exists in `year` (Gregorian). */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Reads what a NIK encodes (DOMAIN.md §3.1), or `undefined` when it is not a valid NIK
 * (see {@link isValidNik}: among others, a birth date that exists in neither 19YY nor 20YY).
 *
 * @example
 * ```ts
 * decodeNik("3674014507050001")?.sex; // "F"
 * decodeNik("3674014507050001")?.birthDay; // 5
 * decodeNik("3674014507050001")?.birthYears; // [1905, 2005]
 * decodeNik("3674016902000001")?.birthYears; // [2000] (29 February 1900 does not exist)
 * decodeNik("3674013104050001"); // undefined (31 April)
 * ```
 */
export function decodeNik(nik: string): NikParts | undefined {
  if (!isValidNik(nik)) return undefined;
  const day = Number(nik.slice(6, 8));
  const birthDay = day > 40 ? day - 40 : day;
  const birthMonth = Number(nik.slice(8, 10));
  const birthYear2 = Number(nik.slice(10, 12));
  // The pattern admits only dates that exist in some century; only 29 February needs a look.
  const birthYears = [1900 + birthYear2, 2000 + birthYear2].filter(
    (y) => birthMonth !== 2 || birthDay !== 29 || isLeap(y),
  );
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    birthDay,
    birthMonth,
    birthYear2,
    birthYears,
    sex: day > 40 ? "F" : "M",
    serial: nik.slice(12),
  };
}
