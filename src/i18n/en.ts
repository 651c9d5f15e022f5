import type { ReasonCatalogue } from "./codes.js";
import { aspectName, documentName, testName } from "./names.js";

/**
 * Reason messages in English.
 *
 * @example
 * ```ts
 * EN_MESSAGES.AGE_BELOW_MINIMUM({ age: 14, min: 15 }); // "Age 14 is below the minimum of 15 years."
 * ```
 */
export const EN_MESSAGES: ReasonCatalogue = {
  AGE_WITHIN_RANGE: (p) => `Age ${p.age} is within the range of ${p.min} to ${p.max} years.`,
  AGE_AT_LEAST_MINIMUM: (p) => `Age ${p.age} meets the minimum of ${p.min} years.`,
  AGE_BELOW_MINIMUM: (p) => `Age ${p.age} is below the minimum of ${p.min} years.`,
  AGE_ABOVE_MAXIMUM: (p) => `Age ${p.age} is above the maximum of ${p.max} years.`,
  BIRTH_DATE_UNKNOWN: () => "The birth date is missing or invalid.",
  INVALID_AS_OF: () => "The reference date (asOf) is not a valid date; use YYYY-MM-DD.",
  POLICY_PARAMETER_MISSING: (p) => `The policy has no ${p.parameter} parameter in force on ${p.asOf}.`,
  NIK_BIRTHDATE_MISMATCH: (p) => `The birth date encoded in NIK ${p.nik} differs from the recorded birth date.`,
  NIK_SEX_MISMATCH: (p) =>
    `The sex encoded in NIK ${p.nik} differs from the recorded sex (${p.sex === "F" ? "female" : "male"}).`,
  NIK_DOMICILE_MISMATCH: (p) =>
    `The province of NIK ${p.nik} (${p.nikProvinceCode}) differs from the province of domicile (${p.provinceCode}).`,
  DATE_IN_FUTURE: (p) => `The date ${p.field} (${p.date}) is after the reference date ${p.asOf}.`,
  END_BEFORE_START: (p) => `The date ${p.field} (${p.date}) is before its start (${p.start}).`,
  DOMICILE_REGION_MISMATCH: (p) => `Regency code ${p.regencyCode} is not in province ${p.provinceCode}.`,
  EDUCATION_MEETS_MINIMUM: (p) => `Education ${p.education} meets the minimum of ${p.min}.`,
  EDUCATION_BELOW_MINIMUM: (p) => `Education ${p.education} is below the minimum of ${p.min}.`,
  EDUCATION_UNKNOWN: (p) => `Education is not recorded; the minimum is ${p.min}.`,
  DESTINATION_OPEN: (p) => `Placement with ${p.target} is open.`,
  DESTINATION_CLOSED: (p) => `Placement with ${p.target} is closed by a moratorium since ${p.since}.`,
  UNKNOWN_TARGET: (p) => `Unknown placement target ${p.target}.`,
  LANGUAGE_NOT_REQUIRED: () => "No language result is required.",
  LANGUAGE_REQUIREMENT_MET: (p) =>
    `${testName(p.test)} result ${p.result} (${p.takenOn}) meets the minimum of ${p.min}.`,
  LANGUAGE_RESULT_TOO_LOW: (p) => `${testName(p.test)} result ${p.result} is below the minimum of ${p.min}.`,
  LANGUAGE_RESULT_EXPIRED: (p) =>
    `${testName(p.test)} result ${p.result} of ${p.takenOn} has lapsed (valid until ${p.lastValidDay}).`,
  LANGUAGE_RESULT_MISSING: (p) => `No ${testName(p.test)} result yet; the minimum is ${p.min}.`,
  COMPETENCY_UNITS_COVERED: (p) => `Valid competency certificates cover all ${p.count} required units.`,
  COMPETENCY_UNITS_MISSING: (p) => `No competency certificate yet for ${p.count} unit(s): ${p.units}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `The competency certificate for ${p.count} unit(s) has expired (valid until ${p.lastValidDay}): ${p.units}.`,
  SKILL_TEST_PASSED: (p) => `Skill test ${p.test} passed.`,
  SKILL_TEST_MISSING: (p) => `Skill test ${p.test} is not recorded yet.`,
  SKILL_TEST_EXPIRED: (p) => `Skill test ${p.test} has expired (valid until ${p.lastValidDay}).`,
  NO_CERTIFICATION_REQUIRED: (p) => `Target ${p.target} asks for no certificate.`,
  TRACK_DESTINATION_MATCH: (p) => `This track prepares for placement in ${p.destination}.`,
  TRACK_DESTINATION_MISMATCH: (p) => `This track does not prepare for placement in ${p.destination}.`,
  TRACK_PROGRESS: (p) => `Training progress ${p.percent}%.`,
  MEDICAL_FIT: (p) => `The ${aspectName(p.aspect, "en")} examination of ${p.examinedOn} found the candidate fit.`,
  MEDICAL_UNFIT: (p) => `The ${aspectName(p.aspect, "en")} examination of ${p.examinedOn} found the candidate unfit.`,
  MEDICAL_CHECK_MISSING: (p) => `No ${aspectName(p.aspect, "en")} examination is recorded.`,
  MEDICAL_CHECK_EXPIRED: (p) =>
    `The ${aspectName(p.aspect, "en")} examination of ${p.examinedOn} is too old (it counted until ${p.lastValidDay}).`,
  COLOUR_VISION_NORMAL: () => "Colour vision is normal.",
  COLOUR_VISION_DEFICIENT: () => "Colour vision is deficient, and this target requires normal colour vision.",
  COLOUR_VISION_UNKNOWN: () => "No colour vision test is recorded.",
  DOCUMENT_PRESENT: (p) => `A valid ${documentName(p.kind, "en")} is held.`,
  DOCUMENT_MISSING: (p) => `No ${documentName(p.kind, "en")} is recorded.`,
  DOCUMENT_EXPIRED: (p) => `The ${documentName(p.kind, "en")} has expired (valid until ${p.lastValidDay}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) =>
    `The passport (valid until ${p.expiresOn}) has less than ${p.minMonths} months of validity left.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "The passport's expiry date is not recorded.",
  ORIENTATION_COMPLETED: (p) => `Pre-departure orientation (OPP) completed on ${p.completedOn}.`,
  ORIENTATION_MISSING: () => "Pre-departure orientation (OPP) is not recorded.",
};
