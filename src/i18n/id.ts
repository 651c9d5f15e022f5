import type { ReasonCatalogue } from "./codes.js";
import { aspectName, documentName, testName } from "./names.js";

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
  END_BEFORE_START: (p) => `Tanggal ${p.field} (${p.date}) mendahului tanggal mulainya (${p.start}).`,
  DOMICILE_REGION_MISMATCH: (p) => `Kode kabupaten/kota ${p.regencyCode} tidak berada di provinsi ${p.provinceCode}.`,
  EDUCATION_MEETS_MINIMUM: (p) => `Pendidikan ${p.education} memenuhi syarat minimal ${p.min}.`,
  EDUCATION_BELOW_MINIMUM: (p) => `Pendidikan ${p.education} di bawah syarat minimal ${p.min}.`,
  EDUCATION_UNKNOWN: (p) => `Pendidikan belum tercatat; syarat minimal ${p.min}.`,
  DESTINATION_OPEN: (p) => `Penempatan ke ${p.target} terbuka.`,
  DESTINATION_CLOSED: (p) => `Penempatan ke ${p.target} ditutup (moratorium) sejak ${p.since}.`,
  UNKNOWN_TARGET: (p) => `Sasaran penempatan ${p.target} tidak dikenal.`,
  LANGUAGE_NOT_REQUIRED: () => "Tidak ada syarat bahasa.",
  LANGUAGE_REQUIREMENT_MET: (p) =>
    `Hasil ${testName(p.test)} ${p.result} (${p.takenOn}) memenuhi syarat minimal ${p.min}.`,
  LANGUAGE_RESULT_TOO_LOW: (p) => `Hasil ${testName(p.test)} ${p.result} di bawah syarat minimal ${p.min}.`,
  LANGUAGE_RESULT_EXPIRED: (p) =>
    `Hasil ${testName(p.test)} ${p.result} dari ${p.takenOn} sudah tidak berlaku (berlaku sampai ${p.lastValidDay}).`,
  LANGUAGE_RESULT_MISSING: (p) => `Belum ada hasil ${testName(p.test)}; syarat minimal ${p.min}.`,
  COMPETENCY_UNITS_COVERED: (p) => `Sertifikat kompetensi yang berlaku mencakup ${p.count} unit yang disyaratkan.`,
  COMPETENCY_UNITS_MISSING: (p) => `Belum ada sertifikat kompetensi untuk ${p.count} unit: ${p.units}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Sertifikat kompetensi untuk ${p.count} unit sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}): ${p.units}.`,
  SKILL_TEST_PASSED: (p) => `Uji keterampilan ${p.test} sudah lulus.`,
  SKILL_TEST_MISSING: (p) => `Uji keterampilan ${p.test} belum tercatat.`,
  SKILL_TEST_EXPIRED: (p) => `Uji keterampilan ${p.test} sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}).`,
  NO_CERTIFICATION_REQUIRED: (p) => `Sasaran ${p.target} tidak mensyaratkan sertifikat.`,
  TRACK_DESTINATION_MATCH: (p) => `Program ini menyiapkan penempatan ke ${p.destination}.`,
  TRACK_DESTINATION_MISMATCH: (p) => `Program ini tidak menyiapkan penempatan ke ${p.destination}.`,
  TRACK_PROGRESS: (p) => `Kemajuan pelatihan ${p.percent}%.`,
  MEDICAL_FIT: (p) => `Pemeriksaan ${aspectName(p.aspect, "id")} ${p.examinedOn}: sehat (fit).`,
  MEDICAL_UNFIT: (p) => `Pemeriksaan ${aspectName(p.aspect, "id")} ${p.examinedOn}: belum memenuhi syarat (unfit).`,
  MEDICAL_CHECK_MISSING: (p) => `Belum ada pemeriksaan ${aspectName(p.aspect, "id")}.`,
  MEDICAL_CHECK_EXPIRED: (p) =>
    `Pemeriksaan ${aspectName(p.aspect, "id")} ${p.examinedOn} sudah terlalu lama (berlaku sampai ${p.lastValidDay}).`,
  COLOUR_VISION_NORMAL: () => "Penglihatan warna normal.",
  COLOUR_VISION_DEFICIENT: () => "Buta warna, sedangkan sasaran ini mensyaratkan penglihatan warna normal.",
  COLOUR_VISION_UNKNOWN: () => "Hasil tes buta warna belum tercatat.",
  DOCUMENT_PRESENT: (p) => `Dokumen ${documentName(p.kind, "id")} tersedia.`,
  DOCUMENT_MISSING: (p) => `Dokumen ${documentName(p.kind, "id")} belum ada.`,
  DOCUMENT_EXPIRED: (p) =>
    `Dokumen ${documentName(p.kind, "id")} sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) =>
    `Sisa masa berlaku paspor (sampai ${p.expiresOn}) kurang dari ${p.minMonths} bulan.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Tanggal habis berlaku paspor belum tercatat.",
  ORIENTATION_COMPLETED: (p) => `Orientasi Pra Pemberangkatan (OPP) selesai ${p.completedOn}.`,
  ORIENTATION_MISSING: () => "Orientasi Pra Pemberangkatan (OPP) belum tercatat.",
};
