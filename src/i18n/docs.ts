import type { ParamsOf, ReasonCode } from "./codes.js";

/**
 * Documentation of each reason code: what it means and an example of its params. Used to
 * generate the docs' reason-code table and by tests; a code without an entry fails to compile.
 * Internal (not exported from the package root).
 */
export const REASON_DOCS: { readonly [C in ReasonCode]: { readonly meaning: string; readonly example: ParamsOf<C> } } =
  {
    AGE_WITHIN_RANGE: {
      meaning: "Completed age within an inclusive window (pass).",
      example: { age: 21, min: 15, max: 29 },
    },
    AGE_AT_LEAST_MINIMUM: {
      meaning: "Completed age at or above a minimum with no maximum (pass).",
      example: { age: 21, min: 18 },
    },
    AGE_BELOW_MINIMUM: {
      meaning: "Completed age below the minimum (fail); the verdict's validFrom is the day it is reached.",
      example: { age: 14, min: 15 },
    },
    AGE_ABOVE_MAXIMUM: {
      meaning: "Completed age above the maximum (fail); time cannot fix it.",
      example: { age: 30, max: 29 },
    },
    BIRTH_DATE_UNKNOWN: {
      meaning: "No valid birth date on a record that bypassed parseCandidate (unknown).",
      example: {},
    },
    INVALID_AS_OF: { meaning: "The asOf option is not a valid calendar date (unknown).", example: {} },
    POLICY_PARAMETER_MISSING: {
      meaning: "The policy has no version of the parameter in force on that day (unknown).",
      example: { parameter: "trainingAge", asOf: "2026-11-28" },
    },
    NIK_BIRTHDATE_MISMATCH: {
      meaning: "Audit: the birth date encoded in the NIK differs from birthDate. NIK masked.",
      example: { nik: "3674********0001" },
    },
    NIK_SEX_MISMATCH: {
      meaning: "Audit: the sex encoded in the NIK (day + 40 for women) differs from sex. NIK masked.",
      example: { nik: "3674********0001", sex: "M" },
    },
    NIK_DOMICILE_MISMATCH: {
      meaning: "Audit: the NIK's province differs from the domicile's (lawful after a move). NIK masked.",
      example: { nik: "3674********0001", nikProvinceCode: "36", provinceCode: "32" },
    },
    DATE_IN_FUTURE: {
      meaning: "Audit: a date of an event lies after asOf (expiry dates excluded).",
      example: { field: "medicalChecks[0].examinedOn", date: "2026-12-01", asOf: "2026-11-28" },
    },
  };
