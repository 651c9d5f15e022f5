import type { ReasonCatalogue } from "./codes.js";

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
};
