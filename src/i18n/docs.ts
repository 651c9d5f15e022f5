import type { IssueCode, IssueParams, ReasonParams } from "../core/codes.js";

/**
 * Documentation of each reason code: what it means and an example of its params. Used to
 * generate the docs' reason-code table and by tests; a code without an entry fails to compile.
 * Internal (not exported from the package root).
 */
export const REASON_DOCS: {
  readonly [C in keyof ReasonParams]: { readonly meaning: string; readonly example: ReasonParams[C] };
} = {
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
  AGE_AT_APPLICATION_WITHIN_RANGE: {
    meaning:
      "Age on the day of application within the target's window (pass). assumed: no appliedOn was given, so the day assessed stands for it (then validUntil as for an application that day).",
    example: { age: 30, min: 18, max: 39, appliedOn: "2025-06-10", assumed: false },
  },
  AGE_AT_APPLICATION_AT_LEAST_MINIMUM: {
    meaning: "Age on the day of application at or above the minimum, no maximum (pass).",
    example: { age: 30, min: 18, appliedOn: "2025-06-10", assumed: false },
  },
  AGE_AT_APPLICATION_BELOW_MINIMUM: {
    meaning:
      "Age on the day of application below the minimum (fail): apply again; validFrom only when the application day was assumed.",
    example: { age: 17, min: 18, appliedOn: "2025-06-10", assumed: false },
  },
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: {
    meaning: "Age on the day of application above the maximum (fail, permanent for this target).",
    example: { age: 40, max: 39, appliedOn: "2025-06-10", assumed: true },
  },
  AGE_ABOVE_MAXIMUM: {
    meaning: "Completed age above the maximum (fail); time cannot fix it.",
    example: { age: 30, max: 29 },
  },
  BIRTH_DATE_UNKNOWN: {
    meaning: "No valid birth date on a record that bypassed parseCandidate (unknown).",
    example: {},
  },
  AS_OF_BEFORE_BIRTH: {
    meaning:
      "An age rule is judged on a day (asOf, or the application day of an age at application) before the birth date: no age exists then, so no age verdict is given (unknown); one of the two dates is wrong.",
    example: { asOf: "2010-01-01" },
  },
  TARGET_ACTIVE: {
    meaning: "A retired target is still in force on the day judged (pass); until is its last day.",
    example: { target: "SA-DOMESTIC", until: "2027-12-31" },
  },
  TARGET_RETIRED: {
    meaning: "The target was retired from the policy on since (fail, permanent).",
    example: { target: "SA-DOMESTIC", since: "2028-01-01" },
  },
  PLAN_NO_TRACK: {
    meaning: "planPathway: no catalogue track covers the target's units, so training cannot be planned (impossible).",
    example: { units: "X.001, X.002" },
  },
  PLAN_NO_WAVE: {
    meaning:
      "planPathway: the schedule's wave calendar of the track has no wave starting after the day given (impossible).",
    example: { track: "banten-welding-smaw-1", after: "2027-06-01" },
  },
  PLAN_NO_SITTING: {
    meaning: "planPathway: the schedule's calendar of a test has no sitting after the day given (impossible).",
    example: { test: "JLPT", after: "2027-12-06" },
  },
  PLAN_NOT_CONVERGED: {
    meaning: "planPathway: renewals kept moving the earliest day for the given number of rounds (impossible).",
    example: { rounds: 6 },
  },
  REQUIREMENT_ERROR: {
    meaning: "A caller-defined requirement kind threw while judging (unknown); fix the kind's evaluate.",
    example: { kind: "minimumHeight" },
  },
  UNKNOWN_REQUIREMENT_KIND: {
    meaning: "The policy states a requirement of a kind that is not registered (unknown).",
    example: { kind: "minimumHeight" },
  },
  INVALID_APPLIED_ON: {
    meaning: "The appliedOn option is given but is not a valid calendar date (unknown).",
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
  END_BEFORE_START: {
    meaning: "Audit: an expiry before its issue, or a completion before its start.",
    example: { field: "documents[0].expiresOn", date: "2025-01-01", start: "2026-01-10" },
  },
  DOMICILE_REGION_MISMATCH: {
    meaning: "Audit: the domicile's regency code does not start with its province code.",
    example: { provinceCode: "36", regencyCode: "3201" },
  },
  SEX_ADMITTED: {
    meaning: "The scheme admits the candidate's sex (pass); admitted lists the sexes it takes.",
    example: { sex: "F", admitted: "F" },
  },
  SEX_NOT_ADMITTED: {
    meaning: "The scheme does not admit the candidate's sex (fail, permanent for this target).",
    example: { sex: "M", admitted: "F" },
  },
  SEX_UNKNOWN: {
    meaning: "The record has no sex while the scheme admits only some (unknown).",
    example: { admitted: "F" },
  },
  EDUCATION_MEETS_MINIMUM: {
    meaning: "Education at or above the minimum (pass).",
    example: { education: "SMK", min: "SMP" },
  },
  EDUCATION_BELOW_MINIMUM: {
    meaning: "Education below the minimum (fail).",
    example: { education: "SD", min: "SMP" },
  },
  EDUCATION_UNKNOWN: { meaning: "No education recorded while a minimum applies (unknown).", example: { min: "D3" } },
  DESTINATION_OPEN: {
    meaning: "No placement moratorium in force (pass); destination is the country's ISO code.",
    example: { target: "JP-SSW-CAREGIVING", destination: "JP" },
  },
  DESTINATION_CLOSED: {
    meaning: "A placement moratorium is in force (fail); validFrom when the policy knows its end.",
    example: { target: "SA-DOMESTIC", destination: "SA", since: "2015-07-01" },
  },
  UNKNOWN_TARGET: {
    meaning: "The policy given has no target of this id (unknown).",
    example: { target: "XX-UNKNOWN" },
  },
  LANGUAGE_NOT_REQUIRED: { meaning: "The target asks for no language result (pass).", example: {} },
  LANGUAGE_REQUIREMENT_MET: {
    meaning:
      "A result meets a requirement (pass); validUntil when it lapses, counted from countedFrom (announcedOn when recorded, else takenOn).",
    example: { test: "JFT_BASIC", result: "215", min: "200", takenOn: "2026-03-01", countedFrom: "takenOn" },
  },
  LANGUAGE_RESULT_TOO_LOW: {
    meaning: "A result is below the requirement's minimum (fail).",
    example: { test: "JLPT", result: "N5", min: "N4" },
  },
  LANGUAGE_RESULT_EXPIRED: {
    meaning:
      "A result met the minimum but is older than the requirement's maxAgeMonths (fail), counted from countedFrom (announcedOn when recorded, else takenOn).",
    example: {
      test: "EPS_TOPIK",
      result: "150",
      min: "80",
      takenOn: "2024-03-01",
      lastValidDay: "2026-02-28",
      countedFrom: "takenOn",
    },
  },
  LANGUAGE_RESULT_MISSING: { meaning: "No result of the test (unknown).", example: { test: "JLPT", min: "N4" } },
  COMPETENCY_UNITS_COVERED: {
    meaning: "Valid competency certificates cover every required unit (pass).",
    example: { count: 6 },
  },
  COMPETENCY_UNITS_MISSING: {
    meaning: "Units no competency certificate covers (unknown).",
    example: { units: "C.24LAS01.029.1, C.24LAS01.030.1", count: 2 },
  },
  COMPETENCY_CERTIFICATE_EXPIRED: {
    meaning: "Units covered only by lapsed certificates (fail).",
    example: { units: "C.24LAS01.001.1", count: 1, lastValidDay: "2026-06-30" },
  },
  SKILL_TEST_PASSED: {
    meaning: "A required pass/fail scheme test is held (pass).",
    example: { test: "JP_SSW_CAREGIVING_SKILL" },
  },
  SKILL_TEST_MISSING: {
    meaning: "A required scheme test is not recorded (unknown).",
    example: { test: "JP_NURSING_CARE_JAPANESE" },
  },
  SKILL_TEST_EXPIRED: {
    meaning: "A required scheme test was held but lapsed (fail).",
    example: { test: "KR_EPS_SKILL_TEST", lastValidDay: "2026-05-31" },
  },
  NO_CERTIFICATION_REQUIRED: {
    meaning: "The target asks for no certificate or test (pass).",
    example: { target: "XX" },
  },
  TRACK_DESTINATION_MATCH: {
    meaning: "The track prepares for a target in the wanted destination.",
    example: { destination: "JP" },
  },
  TRACK_DESTINATION_MISMATCH: {
    meaning: "The track prepares for no target in the wanted destination.",
    example: { destination: "DE" },
  },
  TRAINING_AGE_NOT_YET_IN_FORCE: {
    meaning: "No training age window is in force on the day judged; the policy has one from `from` (unknown).",
    example: { from: "2025-05-02" },
  },
  TRAINING_OFFER_NOT_COVERED: {
    meaning:
      "recommendTracks: the hub's training offer does not cover this age; tracks for schemes with wider windows are still listed (unknown).",
    example: { age: 31, max: 29 },
  },
  TRACK_TARGETS_ADMIT_AGE: {
    meaning: "recommendTracks: some targets of the track admit this age (pass).",
    example: { age: 31, targets: "KR-EPS-MANUFACTURING" },
  },
  TRACK_TARGETS_EXCLUDE_AGE: {
    meaning: "recommendTracks: no target of the track admits this age (fail).",
    example: { age: 50 },
  },
  TRACK_PROGRESS: { meaning: "Progress already made in the track.", example: { percent: 40 } },
  MEDICAL_FIT: {
    meaning:
      "The latest examination of the aspect found the candidate fit (pass); validUntil is the certificate's last valid day, counted from countedFrom (certificateIssuedOn, or examinedOn when absent).",
    example: { aspect: "medical", examinedOn: "2026-10-01", countedFrom: "certificateIssuedOn" },
  },
  MEDICAL_UNFIT: {
    meaning: "The latest examination found the candidate unfit (fail; not_ready, a later check can pass).",
    example: { aspect: "psychological", examinedOn: "2026-10-01" },
  },
  MEDICAL_CHECK_MISSING: { meaning: "No examination of the aspect (unknown).", example: { aspect: "medical" } },
  MEDICAL_CHECK_EXPIRED: {
    meaning:
      "The health certificate of the latest examination has lapsed (fail): 3 months from its issue date under Perpres 64/2011, or the target's maxAgeDays.",
    example: { aspect: "medical", examinedOn: "2026-01-02", lastValidDay: "2026-04-01", countedFrom: "examinedOn" },
  },
  PREGNANCY_TEST_RECENT: {
    meaning:
      "A female candidate's laboratory check (pregnancy test) within withinDays before departure (pass; the result is never shown).",
    example: { withinDays: 7, testedOn: "2026-11-28" },
  },
  PREGNANCY_TEST_MISSING: {
    meaning: "No pregnancy test recorded for the departure check (unknown).",
    example: { withinDays: 7 },
  },
  PREGNANCY_TEST_TOO_OLD: {
    meaning: "The latest pregnancy test is older than withinDays before the day judged (fail; repeat it).",
    example: { withinDays: 7, testedOn: "2026-11-01" },
  },
  HEALTH_CERTIFICATE_VOID: {
    meaning:
      "The latest laboratory check voids the health certificate (Perpres 64/2011 Pasal 14 ayat (6)); the result is not shown (fail, not permanent).",
    example: {},
  },
  HEALTH_REQUIREMENT_MET: {
    meaning:
      "A national health rule of the day (UU 39/2004 Pasal 35 huruf c, not pregnant) is met (pass); the finding is not shown.",
    example: {},
  },
  HEALTH_REQUIREMENT_NOT_MET: {
    meaning: "A national health rule of the day is not met (fail, not permanent); the finding is not shown.",
    example: {},
  },
  HEALTH_REQUIREMENT_UNKNOWN: {
    meaning: "A national health rule of the day needs a test the record does not have (unknown).",
    example: {},
  },
  COLOUR_VISION_NORMAL: { meaning: "Colour vision found normal (pass).", example: {} },
  COLOUR_VISION_DEFICIENT: {
    meaning: "Deficient colour vision where the target requires normal vision (fail; ineligible).",
    example: {},
  },
  COLOUR_VISION_UNKNOWN: { meaning: "Colour vision required but not recorded (unknown).", example: {} },
  DOCUMENT_PRESENT: { meaning: "A valid document of the kind is held (pass).", example: { kind: "KTP" } },
  DOCUMENT_MISSING: { meaning: "No document of the kind (unknown).", example: { kind: "FAMILY_CONSENT" } },
  DOCUMENT_EXPIRED: {
    meaning: "The document has expired (fail).",
    example: { kind: "SKCK", lastValidDay: "2026-03-15" },
  },
  PASSPORT_VALIDITY_TOO_SHORT: {
    meaning: "The passport has less remaining validity than the target asks (fail).",
    example: { minMonths: 6, expiresOn: "2027-03-01" },
  },
  PASSPORT_EXPIRY_UNKNOWN: { meaning: "The passport's expiry date is not recorded (unknown).", example: {} },
  MARITAL_STATUS_UNKNOWN: {
    meaning: "The record has no marital status, so whether the documents of a married candidate are needed is unknown.",
    example: { kinds: "MARRIAGE_BOOK" },
  },
  ORIENTATION_COMPLETED: { meaning: "OPP completed (pass).", example: { completedOn: "2026-11-01" } },
  ORIENTATION_MISSING: { meaning: "OPP not recorded (unknown).", example: {} },
};

/**
 * Documentation of each issue code: what it means, which functions report it (`from`), and an
 * example of its params. Used to generate the docs' issue-code table and by tests; a code
 * without an entry fails to compile. Internal (not exported from the package root).
 */
export const ISSUE_DOCS: {
  readonly [C in IssueCode]: { readonly meaning: string; readonly from: string; readonly example: IssueParams[C] };
} = {
  REQUIRED: {
    meaning:
      "A required field (a column of a file) is missing or empty; values: the accepted values of a field that takes a fixed list.",
    from: "parseCandidate, definePolicy",
    example: { values: "F, M" },
  },
  INVALID_TYPE: {
    meaning:
      "A value of the wrong JSON type (or the input is not an object); expected: string, number, int, boolean, object, array (several joined by |), or function / zod_schema in a requirement kind.",
    from: "parseCandidate, definePolicy, registerRequirementKind",
    example: { expected: "number" },
  },
  UNKNOWN_KEY: {
    meaning:
      "A field the contract does not have. key: shown only when it looks like an identifier (masked otherwise); suggestion: the known field within two edits, ignoring letter case, when exactly one is.",
    from: "parseCandidate, definePolicy, importOpenBadgeCredential",
    example: { key: "birthdate", suggestion: "birthDate" },
  },
  INVALID_VALUE: {
    meaning:
      "Not one of the accepted values (sex, education, marital status, document kind, medical result, test, level, …); values lists them.",
    from: "parseCandidate, definePolicy, registerRequirementKind",
    example: { values: "N5, N4, N3, N2, N1" },
  },
  TOO_SHORT: {
    meaning: "A text shorter than min characters (empty when min is 1).",
    from: "parseCandidate, definePolicy, registerRequirementKind",
    example: { min: 1 },
  },
  TOO_LONG: {
    meaning: "A text longer than max characters.",
    from: "parseCandidate, definePolicy, registerRequirementKind",
    example: { max: 64 },
  },
  TOO_FEW: {
    meaning: "A list with fewer than min items.",
    from: "definePolicy, registerRequirementKind",
    example: { min: 1 },
  },
  TOO_MANY: {
    meaning: "A list with more than max items.",
    from: "parseCandidate, definePolicy",
    example: { max: 100 },
  },
  OUT_OF_RANGE: {
    meaning:
      "A number outside the test's scale (JFT-Basic 10–250, EPS-TOPIK 0–200, TOPIK 0–300, IELTS 0–9 in halves) or a policy's bounds: min or max is the bound broken (exclusive: the bound itself is refused), divisor the step.",
    from: "parseCandidate, definePolicy",
    example: { max: 250 },
  },
  INVALID_FORMAT: {
    meaning:
      "A code of the wrong shape. format: digits (exactly length digits: a province code has 2, a regency code 4), country_code, language_tag, camel_case, screaming_snake, or zod's format name.",
    from: "parseCandidate, definePolicy, registerRequirementKind",
    example: { format: "digits", length: 2 },
  },
  INVALID_DATE: {
    meaning:
      "Not a real YYYY-MM-DD date; problem no_such_day: written so, but the day does not exist (30 February); format date_time: an Open Badges dateTime.",
    from: "parseCandidate, definePolicy, importOpenBadgeCredential",
    example: {},
  },
  INVALID_NIK: {
    meaning:
      "Not a structurally valid NIK; problem: digits, length (with the number of digits written), province, birth_date or serial. The NIK is never a param; the message shows a made-up example.",
    from: "parseCandidate",
    example: { problem: "length", length: 15 },
  },
  INVALID_DATE_RANGE: {
    meaning: "A policy version ends (until) before it starts (from).",
    from: "definePolicy",
    example: {},
  },
  INVALID_RANGE: { meaning: "A maximum below its minimum (an age window).", from: "definePolicy", example: {} },
  INVALID_DOCUMENT_GATES: {
    meaning: "A placement document that is not also a departure document.",
    from: "definePolicy",
    example: {},
  },
  INVALID_ATTRIBUTE_KEY: {
    meaning:
      "An attribute name that is not a letter then up to 63 letters, digits or underscores (the name is masked in the path).",
    from: "parseCandidate",
    example: {},
  },
  TOO_MANY_ATTRIBUTES: { meaning: "More attributes than max (50).", from: "parseCandidate", example: { max: 50 } },
  UNKNOWN_CITATION: {
    meaning: "A version's basis names no citation of the policy.",
    from: "definePolicy",
    example: { basis: "Pergub Banten X/2026" },
  },
  UNKNOWN_TARGET: {
    meaning: "An override of a target the base policy does not have, without a whole profile.",
    from: "definePolicy",
    example: { target: "XX-NEW" },
  },
  UNKNOWN_REQUIREMENT_KIND: {
    meaning: "A requirement of a kind nobody registered; suggestion: a registered kind within two edits.",
    from: "definePolicy",
    example: { kind: "medicl", suggestion: "medical" },
  },
  NOT_AN_OBJECT: {
    meaning: "The input is not an object.",
    from: "definePolicy, importOpenBadgeCredential, registerRequirementKind",
    example: {},
  },
  DUPLICATE_KIND: {
    meaning: "Another requirement kind with this id is registered.",
    from: "registerRequirementKind",
    example: { kind: "minimumHeight" },
  },
  DUPLICATE_CODE: {
    meaning: "The reason code is declared by another kind with another urgency or permanence.",
    from: "registerRequirementKind",
    example: { code: "DOCUMENT_MISSING" },
  },
  MISSING_MESSAGE: {
    meaning: "No locale of the kind has a message for one of its reason codes.",
    from: "registerRequirementKind",
    example: { code: "HEIGHT_BELOW_MINIMUM" },
  },
  NOT_AN_ACHIEVEMENT_CREDENTIAL: {
    meaning: "The credential's type is not VerifiableCredential with OpenBadgeCredential or AchievementCredential.",
    from: "importOpenBadgeCredential",
    example: {},
  },
  MISSING_ISSUER: { meaning: "The credential names no issuer.", from: "importOpenBadgeCredential", example: {} },
  MISSING_VALID_FROM: {
    meaning: "The credential has no validFrom (or issuanceDate).",
    from: "importOpenBadgeCredential",
    example: {},
  },
  MISSING_ACHIEVEMENT: {
    meaning: "The credential subject has no achievement.",
    from: "importOpenBadgeCredential",
    example: {},
  },
  NO_ALIGNED_UNITS: {
    meaning: "The achievement is aligned to no SKKNI competency unit.",
    from: "importOpenBadgeCredential",
    example: {},
  },
  MALFORMED_CSV: {
    meaning:
      "A CSV row with a quoted cell never closed (unclosed_quote) or text right after a closing quote (text_after_quote): one invalid record, never several.",
    from: "CLI",
    example: { problem: "unclosed_quote" },
  },
  MALFORMED_JSON: {
    meaning: "A line of a JSON-lines file (or an element of a JSON array) is not valid JSON.",
    from: "CLI",
    example: {},
  },
  RECORD_TOO_LONG: { meaning: "A record longer than max characters.", from: "CLI", example: { max: 100000 } },
  EXTRA_CELLS: {
    meaning: "A CSV row with more cells than the header has columns: the extra cells have no column.",
    from: "CLI",
    example: { cells: 9, columns: 7 },
  },
  NIK_SCIENTIFIC_NOTATION: {
    meaning: "A NIK that a spreadsheet turned into scientific notation (3.67402E+15): its last digits are lost.",
    from: "CLI",
    example: {},
  },
  DATE_DAY_FIRST: {
    meaning:
      "A date written day first (DD/MM/YYYY or DD-MM-YYYY) without --day-first; example: what was written, as YYYY-MM-DD.",
    from: "CLI",
    example: { example: "2008-07-05" },
  },
};
