import type { ReasonCatalogue } from "./codes.js";

/**
 * Pesan alasan dalam Bahasa Indonesia.
 *
 * @example
 * ```ts
 * ID_MESSAGES.AGE_BELOW_MINIMUM({ age: 14, min: 15 }); // "Usia 14 tahun di bawah batas minimal 15 tahun."
 * ```
 */
export const ID_MESSAGES: ReasonCatalogue = {
  AGE_WITHIN_RANGE: (p) => `Usia ${p.age} tahun berada dalam rentang ${p.min}–${p.max} tahun.`,
  AGE_AT_LEAST_MINIMUM: (p) => `Usia ${p.age} tahun memenuhi batas minimal ${p.min} tahun.`,
  AGE_BELOW_MINIMUM: (p) => `Usia ${p.age} tahun di bawah batas minimal ${p.min} tahun.`,
  AGE_ABOVE_MAXIMUM: (p) => `Usia ${p.age} tahun melewati batas maksimal ${p.max} tahun.`,
  BIRTH_DATE_UNKNOWN: () => "Tanggal lahir tidak tercatat atau tidak sah.",
  INVALID_AS_OF: () => "Tanggal acuan (asOf) tidak sah; gunakan format YYYY-MM-DD.",
  POLICY_PARAMETER_MISSING: (p) => `Kebijakan tidak memuat parameter ${p.parameter} yang berlaku pada ${p.asOf}.`,
  NIK_BIRTHDATE_MISMATCH: (p) => `Tanggal lahir dalam NIK ${p.nik} tidak sama dengan tanggal lahir yang dicatat.`,
  NIK_SEX_MISMATCH: (p) =>
    `Jenis kelamin dalam NIK ${p.nik} tidak sama dengan jenis kelamin yang dicatat (${p.sex === "F" ? "perempuan" : "laki-laki"}).`,
  NIK_DOMICILE_MISMATCH: (p) =>
    `Kode provinsi NIK ${p.nik} (${p.nikProvinceCode}) berbeda dengan provinsi domisili (${p.provinceCode}).`,
  DATE_IN_FUTURE: (p) => `Tanggal ${p.field} (${p.date}) berada setelah tanggal acuan ${p.asOf}.`,
};
