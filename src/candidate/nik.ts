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
 * The NIK structure `PPKKCC DDMMYY SSSS` (DOMAIN.md §3.1): a known province, birth day 01–31
 * (women 41–71), month 01–12, serial from 0001. Linear: no nested quantifiers.
 *
 * @example
 * ```ts
 * NIK_PATTERN.test("3674014507050001"); // true
 * ```
 */
export const NIK_PATTERN =
  /^(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])\d{4}(?:0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(?:0[1-9]|1[0-2])\d{2}(?!0000)\d{4}$/;

/**
 * True when `value` has the structure of a NIK: 16 digits, a known province code, a birth day
 * of 01–31 (or 41–71 for women), a month of 01–12 and a serial from 0001. It cannot tell
 * whether the NIK was ever issued. Never throws.
 *
 * @example
 * ```ts
 * isValidNik("3674014507050001"); // true  (a woman born 5 July 2005, registered in Tangerang Selatan)
 * isValidNik("3674013207050001"); // false (day 32)
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
 * decodeNik("3674014507050001"); // { provinceCode: "36", regencyCode: "3674", birthDay: 5, sex: "F", … }
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
  readonly sex: "F" | "M";
  readonly serial: string;
}

/**
 * Reads what a NIK encodes (DOMAIN.md §3.1), or `undefined` when it is not a valid NIK.
 *
 * @example
 * ```ts
 * decodeNik("3674014507050001")?.sex; // "F"
 * decodeNik("3674014507050001")?.birthDay; // 5
 * ```
 */
export function decodeNik(nik: string): NikParts | undefined {
  if (!isValidNik(nik)) return undefined;
  const day = Number(nik.slice(6, 8));
  return {
    provinceCode: nik.slice(0, 2),
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    birthDay: day > 40 ? day - 40 : day,
    birthMonth: Number(nik.slice(8, 10)),
    birthYear2: Number(nik.slice(10, 12)),
    sex: day > 40 ? "F" : "M",
    serial: nik.slice(12),
  };
}
