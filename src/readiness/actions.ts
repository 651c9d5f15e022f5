import type { Locale } from "../i18n/codes.js";
import { formatReason } from "../i18n/format.js";
import { aspectName, documentName, testName } from "../i18n/names.js";
import type { Gap } from "./types.js";

type P = Readonly<Record<string, string | number | boolean>>;
type Action = (p: P) => string;

const s = (v: unknown) => String(v ?? "");

function alternatives(p: P, locale: Locale): string {
  const tests = s(p.tests).split(",").filter(Boolean);
  const mins = s(p.minimums).split(",");
  return tests.map((t, i) => `${testName(t)} ≥ ${mins[i] ?? ""}`).join(locale === "id" ? " atau " : " or ");
}

/** Each gap code as an action, in Bahasa Indonesia. */
const ID_ACTIONS: Readonly<Record<string, Action>> = {
  AGE_BELOW_MINIMUM: (p) =>
    p.from
      ? `Tunggu sampai ${s(p.from)}: usia minimal ${s(p.min)} tahun.`
      : `Usia minimal ${s(p.min)} tahun belum tercapai.`,
  AGE_ABOVE_MAXIMUM: (p) => `Usia melewati batas ${s(p.max)} tahun untuk sasaran ini: pertimbangkan sasaran lain.`,
  DESTINATION_CLOSED: (p) =>
    p.from
      ? `Tunggu dibukanya kembali penempatan ke ${s(p.target)} pada ${s(p.from)}.`
      : `Penempatan ke ${s(p.target)} ditutup (moratorium sejak ${s(p.since)}): pilih sasaran lain.`,
  COLOUR_VISION_DEFICIENT: () => "Sasaran ini mensyaratkan penglihatan warna normal: pilih sasaran lain.",
  EDUCATION_UNKNOWN: (p) => `Catat pendidikan terakhir (minimal ${s(p.min)}).`,
  EDUCATION_BELOW_MINIMUM: (p) => `Penuhi pendidikan minimal ${s(p.min)} (saat ini ${s(p.education)}).`,
  BIRTH_DATE_UNKNOWN: () => "Catat tanggal lahir yang sah.",
  DOCUMENT_MISSING: (p) => `Lengkapi ${documentName(s(p.kind), "id")}.`,
  DOCUMENT_EXPIRED: (p) => `Perbarui ${documentName(s(p.kind), "id")} (habis berlaku ${s(p.lastValidDay)}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) => `Perpanjang paspor: sisa masa berlaku minimal ${s(p.minMonths)} bulan.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Catat tanggal habis berlaku paspor.",
  MEDICAL_CHECK_MISSING: (p) => `Jalani pemeriksaan ${aspectName(s(p.aspect), "id")}.`,
  MEDICAL_CHECK_EXPIRED: (p) =>
    `Ulangi pemeriksaan ${aspectName(s(p.aspect), "id")} (hasil terakhir ${s(p.examinedOn)}).`,
  MEDICAL_UNFIT: (p) => `Tindak lanjuti hasil pemeriksaan ${aspectName(s(p.aspect), "id")} lalu periksa ulang.`,
  COLOUR_VISION_UNKNOWN: () => "Jalani tes buta warna.",
  LANGUAGE_RESULT_NEEDED: (p) => `Raih hasil tes bahasa: ${alternatives(p, "id")}.`,
  COMPETENCY_UNITS_MISSING: (p) => `Ikuti uji kompetensi di LSP untuk ${s(p.count)} unit: ${s(p.units)}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Perbarui sertifikat kompetensi (sertifikasi ulang) untuk ${s(p.count)} unit: ${s(p.units)}.`,
  SKILL_TEST_MISSING: (p) => `Ikuti dan lulus uji ${s(p.test)}.`,
  SKILL_TEST_EXPIRED: (p) => `Ulangi uji ${s(p.test)} (berlaku sampai ${s(p.lastValidDay)}).`,
  ORIENTATION_MISSING: () => "Ikuti Orientasi Pra Pemberangkatan (OPP).",
};

/** Each gap code as an action, in English. */
const EN_ACTIONS: Readonly<Record<string, Action>> = {
  AGE_BELOW_MINIMUM: (p) =>
    p.from
      ? `Wait until ${s(p.from)}: the minimum age is ${s(p.min)}.`
      : `The minimum age of ${s(p.min)} is not reached.`,
  AGE_ABOVE_MAXIMUM: (p) => `Above this target's maximum age of ${s(p.max)}: consider another target.`,
  DESTINATION_CLOSED: (p) =>
    p.from
      ? `Wait for placement with ${s(p.target)} to reopen on ${s(p.from)}.`
      : `Placement with ${s(p.target)} is closed (moratorium since ${s(p.since)}): choose another target.`,
  COLOUR_VISION_DEFICIENT: () => "This target requires normal colour vision: choose another target.",
  EDUCATION_UNKNOWN: (p) => `Record the highest education (minimum ${s(p.min)}).`,
  EDUCATION_BELOW_MINIMUM: (p) => `Reach the minimum education of ${s(p.min)} (now ${s(p.education)}).`,
  BIRTH_DATE_UNKNOWN: () => "Record a valid birth date.",
  DOCUMENT_MISSING: (p) => `Obtain the ${documentName(s(p.kind), "en")}.`,
  DOCUMENT_EXPIRED: (p) => `Renew the ${documentName(s(p.kind), "en")} (expired after ${s(p.lastValidDay)}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) => `Renew the passport: at least ${s(p.minMonths)} months of validity are needed.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Record the passport's expiry date.",
  MEDICAL_CHECK_MISSING: (p) => `Take the ${aspectName(s(p.aspect), "en")} examination.`,
  MEDICAL_CHECK_EXPIRED: (p) => `Repeat the ${aspectName(s(p.aspect), "en")} examination (last on ${s(p.examinedOn)}).`,
  MEDICAL_UNFIT: (p) => `Follow up the ${aspectName(s(p.aspect), "en")} findings, then re-examine.`,
  COLOUR_VISION_UNKNOWN: () => "Take a colour vision test.",
  LANGUAGE_RESULT_NEEDED: (p) => `Obtain a language result: ${alternatives(p, "en")}.`,
  COMPETENCY_UNITS_MISSING: (p) => `Take the LSP competency assessment for ${s(p.count)} unit(s): ${s(p.units)}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Renew the competency certificate (re-certify) for ${s(p.count)} unit(s): ${s(p.units)}.`,
  SKILL_TEST_MISSING: (p) => `Take and pass the ${s(p.test)} test.`,
  SKILL_TEST_EXPIRED: (p) => `Retake the ${s(p.test)} test (valid until ${s(p.lastValidDay)}).`,
  ORIENTATION_MISSING: () => "Attend the pre-departure orientation (OPP).",
};

/** Every gap code the library emits with an action message; the test suite checks parity. */
export const GAP_CODES = Object.keys(EN_ACTIONS) as readonly string[];

/**
 * A gap as an action a counsellor can read aloud, in Bahasa Indonesia or English. A gap code
 * without an action (for instance from a newer library) is rendered as its reason. Never throws.
 *
 * @example
 * ```ts
 * formatGap({ code: "DOCUMENT_MISSING", component: "documents", params: { kind: "PASSPORT" } }, "id");
 * // "Lengkapi paspor."
 * ```
 */
export function formatGap(gap: Gap, locale: Locale): string {
  const table = locale === "id" ? ID_ACTIONS : EN_ACTIONS;
  const code = gap?.code;
  const params = (gap?.params ?? {}) as P;
  if (typeof code === "string" && Object.hasOwn(table, code)) return (table[code] as Action)(params);
  return formatReason({ code: String(code), outcome: "fail", params }, locale === "id" ? "id" : "en");
}
