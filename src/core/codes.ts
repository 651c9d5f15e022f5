/**
 * Every reason code of the library with the params it carries. One closed table: a code added
 * here must get a message in every locale, or the library does not compile.
 *
 * @example
 * ```ts
 * const p: ReasonParams["AGE_BELOW_MINIMUM"] = { age: 14, min: 15 };
 * ```
 */
export interface ReasonParams {
  /** Age inside the window `min`–`max` (completed years). */
  AGE_WITHIN_RANGE: { age: number; min: number; max: number };
  /** Age at or above `min`, with no upper limit. */
  AGE_AT_LEAST_MINIMUM: { age: number; min: number };
  /** Age below `min`; the verdict's `validFrom` is the day it is reached. */
  AGE_BELOW_MINIMUM: { age: number; min: number };
  /** Age above `max`; time cannot fix it. */
  AGE_ABOVE_MAXIMUM: { age: number; max: number };
  /** Age at application (`appliedOn`) inside the window; `assumed`: no application day was given, so the day assessed stands for it. */
  AGE_AT_APPLICATION_WITHIN_RANGE: { age: number; min: number; max: number; appliedOn: string; assumed: boolean };
  /** Age at application at or above `min`, with no upper limit. */
  AGE_AT_APPLICATION_AT_LEAST_MINIMUM: { age: number; min: number; appliedOn: string; assumed: boolean };
  /** Age at application below `min`. */
  AGE_AT_APPLICATION_BELOW_MINIMUM: { age: number; min: number; appliedOn: string; assumed: boolean };
  /** Age at application above `max`: permanent for this application. */
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: { age: number; max: number; appliedOn: string; assumed: boolean };
  /** No training age is in force on the day judged; one is from `from` (the 2 May 2025 offer). */
  TRAINING_AGE_NOT_YET_IN_FORCE: { from: string };
  /** The hub's training offer (`max`) does not cover this age; schemes with wider windows may still. */
  TRAINING_OFFER_NOT_COVERED: { age: number; max: number };
  /** Targets of the track admit this age (`targets`, comma-separated). */
  TRACK_TARGETS_ADMIT_AGE: { age: number; targets: string };
  /** No target of the track admits this age. */
  TRACK_TARGETS_EXCLUDE_AGE: { age: number };
  /** The record has no valid birth date (only for records that bypassed `parseCandidate`). */
  BIRTH_DATE_UNKNOWN: Record<string, never>;
  /** The day an age rule judges (`asOf`, or the application day) is before the birth date: no age exists then. */
  AS_OF_BEFORE_BIRTH: { asOf: string };
  /** The `asOf` option is not a valid calendar date. */
  INVALID_AS_OF: Record<string, never>;
  /** The `appliedOn` option is given but is not a valid calendar date. */
  INVALID_APPLIED_ON: Record<string, never>;
  /** The policy has no version of `parameter` in force on `asOf`. */
  POLICY_PARAMETER_MISSING: { parameter: string; asOf: string };
  /** The birth date encoded in the NIK differs from `birthDate`. */
  NIK_BIRTHDATE_MISMATCH: { nik: string };
  /** The sex encoded in the NIK (day + 40 for women) differs from `sex`. */
  NIK_SEX_MISMATCH: { nik: string; sex: string };
  /** The NIK's province differs from the domicile's (legal after a move; worth a look). */
  NIK_DOMICILE_MISMATCH: { nik: string; nikProvinceCode: string; provinceCode: string };
  /** A date of the record (`field`, a path) lies after `asOf`. */
  DATE_IN_FUTURE: { field: string; date: string; asOf: string };
  /** An end date (`field`, on `date`) lies before its start (`start`). */
  END_BEFORE_START: { field: string; date: string; start: string };
  /** The domicile's regency code does not belong to its province. */
  DOMICILE_REGION_MISMATCH: { provinceCode: string; regencyCode: string };
  /** The scheme admits the candidate's sex (`admitted`: the sexes it admits, comma-separated). */
  SEX_ADMITTED: { sex: string; admitted: string };
  /** The scheme does not admit the candidate's sex: permanent for this target. */
  SEX_NOT_ADMITTED: { sex: string; admitted: string };
  /** The record has no sex while the scheme admits only some. */
  SEX_UNKNOWN: { admitted: string };
  /** Education at or above the minimum. */
  EDUCATION_MEETS_MINIMUM: { education: string; min: string };
  /** Education below the minimum. */
  EDUCATION_BELOW_MINIMUM: { education: string; min: string };
  /** The record has no education while a minimum applies. */
  EDUCATION_UNKNOWN: { min: string };
  /** No placement moratorium is in force for the target. */
  DESTINATION_OPEN: { target: string; destination: string };
  /** A placement moratorium is in force for the target since `since`. */
  DESTINATION_CLOSED: { target: string; destination: string; since: string };
  /** The policy has no target of this id. */
  UNKNOWN_TARGET: { target: string };
  /** The target is in force until it is retired: `until` is its last day. */
  TARGET_ACTIVE: { target: string; until: string };
  /** The target was retired from the policy on `since`: nothing can be placed with it any more. */
  TARGET_RETIRED: { target: string; since: string };
  PLAN_NO_TRACK: { units: string };
  PLAN_NO_WAVE: { track: string; after: string };
  PLAN_NO_SITTING: { test: string; after: string };
  PLAN_NOT_CONVERGED: { rounds: number };
  /** The evaluation of a caller-defined requirement kind failed (it threw); the requirement cannot be judged. */
  REQUIREMENT_ERROR: { kind: string };
  /** The policy states a requirement of a kind that is not registered (see `registerRequirementKind`). */
  UNKNOWN_REQUIREMENT_KIND: { kind: string };
  /** The target asks for no language result. */
  LANGUAGE_NOT_REQUIRED: Record<string, never>;
  /** A result of `test` (`result`, taken on `takenOn`) meets the minimum `min`. */
  LANGUAGE_REQUIREMENT_MET: { test: string; result: string; min: string; takenOn: string; countedFrom: string };
  /** A result of `test` is below the minimum. */
  LANGUAGE_RESULT_TOO_LOW: { test: string; result: string; min: string };
  /** A result of `test` met the minimum but lapsed after `lastValidDay`. */
  LANGUAGE_RESULT_EXPIRED: {
    test: string;
    result: string;
    min: string;
    takenOn: string;
    lastValidDay: string;
    countedFrom: string;
  };
  /** No result of `test` is recorded. */
  LANGUAGE_RESULT_MISSING: { test: string; min: string };
  /** Valid competency certificates cover all `count` units required. */
  COMPETENCY_UNITS_COVERED: { count: number };
  /** No competency certificate covers these units. */
  COMPETENCY_UNITS_MISSING: { units: string; count: number };
  /** These units are covered only by certificates that lapsed (the latest after `lastValidDay`). */
  COMPETENCY_CERTIFICATE_EXPIRED: { units: string; count: number; lastValidDay: string };
  /** The skill test is held and valid. */
  SKILL_TEST_PASSED: { test: string };
  /** The skill test is not recorded. */
  SKILL_TEST_MISSING: { test: string };
  /** The skill test was held but lapsed after `lastValidDay`. */
  SKILL_TEST_EXPIRED: { test: string; lastValidDay: string };
  /** The target asks for no certificate and no skill test. */
  NO_CERTIFICATION_REQUIRED: { target: string };
  /** The track prepares for a target in the wanted destination. */
  TRACK_DESTINATION_MATCH: { destination: string };
  /** The track prepares for no target in the wanted destination. */
  TRACK_DESTINATION_MISMATCH: { destination: string };
  /** Progress already made in the track. */
  TRACK_PROGRESS: { percent: number };
  /** The latest examination of `aspect` (medical or psychological) found the candidate fit. */
  MEDICAL_FIT: { aspect: string; examinedOn: string; countedFrom: string };
  /** The latest examination of `aspect` found the candidate unfit; a later check can pass. */
  MEDICAL_UNFIT: { aspect: string; examinedOn: string };
  /** No examination of `aspect` is recorded. */
  MEDICAL_CHECK_MISSING: { aspect: string };
  /** The latest examination of `aspect` is too old (it counted until `lastValidDay`). */
  MEDICAL_CHECK_EXPIRED: { aspect: string; examinedOn: string; lastValidDay: string; countedFrom: string };
  /** A pregnancy test of the laboratory check was taken on `testedOn`, within `withinDays` days (pass). */
  PREGNANCY_TEST_RECENT: { withinDays: number; testedOn: string };
  /** No pregnancy test is recorded for the departure check. */
  PREGNANCY_TEST_MISSING: { withinDays: number };
  /** The latest pregnancy test is older than `withinDays` days: repeat it. */
  PREGNANCY_TEST_TOO_OLD: { withinDays: number; testedOn: string };
  /** The latest laboratory check voids the health certificate (the result itself is never shown). */
  HEALTH_CERTIFICATE_VOID: Record<string, never>;
  /** A national health rule of the day judged (UU 39/2004 Pasal 35 huruf c) is met; which, and why, is not shown. */
  HEALTH_REQUIREMENT_MET: Record<string, never>;
  /** A national health rule of the day judged is not met; the finding itself is never shown. */
  HEALTH_REQUIREMENT_NOT_MET: Record<string, never>;
  /** A national health rule of the day judged needs a test the record does not have. */
  HEALTH_REQUIREMENT_UNKNOWN: Record<string, never>;
  /** Colour vision found normal. */
  COLOUR_VISION_NORMAL: Record<string, never>;
  /** Colour vision found deficient where normal vision is required: a permanent exclusion. */
  COLOUR_VISION_DEFICIENT: Record<string, never>;
  /** Colour vision is required but not recorded. */
  COLOUR_VISION_UNKNOWN: Record<string, never>;
  /** A valid document of `kind` is held. */
  DOCUMENT_PRESENT: { kind: string };
  /** No document of `kind` is recorded. */
  DOCUMENT_MISSING: { kind: string };
  /** The document of `kind` expired after `lastValidDay`. */
  DOCUMENT_EXPIRED: { kind: string; lastValidDay: string };
  /** The passport (expiring `expiresOn`) has less than `minMonths` of validity left. */
  PASSPORT_VALIDITY_TOO_SHORT: { minMonths: number; expiresOn: string };
  /** The passport has no expiry date recorded, so its remaining validity is unknown. */
  PASSPORT_EXPIRY_UNKNOWN: Record<string, never>;
  /** The record has no marital status, so whether these documents (`kinds`) are needed is unknown. */
  MARITAL_STATUS_UNKNOWN: { kinds: string };
  /** Pre-departure orientation (OPP) completed. */
  ORIENTATION_COMPLETED: { completedOn: string };
  /** Pre-departure orientation (OPP) not recorded. */
  ORIENTATION_MISSING: Record<string, never>;
}

/**
 * Reason codes of caller-defined requirement kinds, with their params. Empty in the library;
 * a caller adds its own codes by declaration merging, after which `makeReason`, the kind's
 * declaration and the locale tables check them like the built-in ones:
 *
 * @example
 * ```ts
 * declare module "sentra-vokasi/extend" {
 *   interface CustomReasonParams {
 *     HEIGHT_BELOW_MINIMUM: { heightCm: number; min: number };
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: a declaration-merging point for callers
export interface CustomReasonParams {}

/** Every reason code: the library's and the caller's (see {@link CustomReasonParams}). */
export type AllReasonParams = ReasonParams & CustomReasonParams;

/**
 * A reason code of the library.
 *
 * @example
 * ```ts
 * const code: ReasonCode = "AGE_ABOVE_MAXIMUM";
 * ```
 */
export type ReasonCode = keyof AllReasonParams & string;

/**
 * The params of reason code `C`.
 *
 * @example
 * ```ts
 * const p: ParamsOf<"AGE_WITHIN_RANGE"> = { age: 21, min: 15, max: 29 };
 * ```
 */
export type ParamsOf<C extends ReasonCode> = AllReasonParams[C];

/**
 * What a gap fixed by time alone adds to its reason's params. `from`: the day it passes by time
 * alone. When evidence that holds today lapses before that day, waiting alone is not enough, and
 * `renew` and `lapsesOn` say what must be renewed before it and from when it no longer holds.
 *
 * @example
 * ```ts
 * const p: GapParams["AGE_BELOW_MINIMUM"] = { age: 17, min: 18, from: "2027-04-02", renew: "health", lapsesOn: "2027-01-18" };
 * ```
 */
export interface WaitParams {
  /** The day the gap closes by time alone (an 18th birthday, a moratorium's end). */
  from?: string;
  /**
   * What holds today and lapses before `from`, comma-separated, earliest first: a readiness
   * component (`health`, `language`, `skill`, `orientation`; `eligibility` for what cannot be
   * renewed: an age window, a target or an open destination ending) or, for documents, the
   * document kind (`PASSPORT`; `documents` when no kind is known). Absent when waiting is enough.
   */
  renew?: string;
  /** With `renew`: the first day the earliest of them no longer holds (the day after its `validUntil`). */
  lapsesOn?: string;
}

/**
 * Every gap code of the library with its params: the code of the failing or missing reason it
 * comes from (with that reason's params, plus the {@link WaitParams} when time alone fixes it),
 * and `LANGUAGE_RESULT_NEEDED` for a language requirement with its alternatives.
 */
export interface GapParams {
  AGE_BELOW_MINIMUM: ReasonParams["AGE_BELOW_MINIMUM"] & WaitParams;
  AGE_ABOVE_MAXIMUM: ReasonParams["AGE_ABOVE_MAXIMUM"] & WaitParams;
  BIRTH_DATE_UNKNOWN: WaitParams;
  AS_OF_BEFORE_BIRTH: ReasonParams["AS_OF_BEFORE_BIRTH"] & WaitParams;
  AGE_AT_APPLICATION_BELOW_MINIMUM: ReasonParams["AGE_AT_APPLICATION_BELOW_MINIMUM"] & WaitParams;
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: ReasonParams["AGE_AT_APPLICATION_ABOVE_MAXIMUM"] & WaitParams;
  INVALID_AS_OF: Record<string, never>;
  INVALID_APPLIED_ON: Record<string, never>;
  UNKNOWN_TARGET: ReasonParams["UNKNOWN_TARGET"];
  TARGET_RETIRED: ReasonParams["TARGET_RETIRED"];
  UNKNOWN_REQUIREMENT_KIND: ReasonParams["UNKNOWN_REQUIREMENT_KIND"];
  REQUIREMENT_ERROR: ReasonParams["REQUIREMENT_ERROR"];
  POLICY_PARAMETER_MISSING: ReasonParams["POLICY_PARAMETER_MISSING"] & WaitParams;
  EDUCATION_BELOW_MINIMUM: ReasonParams["EDUCATION_BELOW_MINIMUM"] & WaitParams;
  SEX_NOT_ADMITTED: ReasonParams["SEX_NOT_ADMITTED"] & WaitParams;
  SEX_UNKNOWN: ReasonParams["SEX_UNKNOWN"] & WaitParams;
  EDUCATION_UNKNOWN: ReasonParams["EDUCATION_UNKNOWN"] & WaitParams;
  DESTINATION_CLOSED: ReasonParams["DESTINATION_CLOSED"] & WaitParams;
  LANGUAGE_RESULT_NEEDED: { tests: string; minimums: string };
  COMPETENCY_UNITS_MISSING: ReasonParams["COMPETENCY_UNITS_MISSING"] & WaitParams;
  COMPETENCY_CERTIFICATE_EXPIRED: ReasonParams["COMPETENCY_CERTIFICATE_EXPIRED"] & WaitParams;
  SKILL_TEST_MISSING: ReasonParams["SKILL_TEST_MISSING"] & WaitParams;
  SKILL_TEST_EXPIRED: ReasonParams["SKILL_TEST_EXPIRED"] & WaitParams;
  MEDICAL_UNFIT: ReasonParams["MEDICAL_UNFIT"] & WaitParams;
  MEDICAL_CHECK_MISSING: ReasonParams["MEDICAL_CHECK_MISSING"] & WaitParams;
  MEDICAL_CHECK_EXPIRED: ReasonParams["MEDICAL_CHECK_EXPIRED"] & WaitParams;
  COLOUR_VISION_DEFICIENT: WaitParams;
  PREGNANCY_TEST_MISSING: ReasonParams["PREGNANCY_TEST_MISSING"] & WaitParams;
  PREGNANCY_TEST_TOO_OLD: ReasonParams["PREGNANCY_TEST_TOO_OLD"] & WaitParams;
  HEALTH_CERTIFICATE_VOID: WaitParams;
  HEALTH_REQUIREMENT_NOT_MET: WaitParams;
  HEALTH_REQUIREMENT_UNKNOWN: WaitParams;
  COLOUR_VISION_UNKNOWN: WaitParams;
  DOCUMENT_MISSING: ReasonParams["DOCUMENT_MISSING"] & WaitParams;
  DOCUMENT_EXPIRED: ReasonParams["DOCUMENT_EXPIRED"] & WaitParams;
  PASSPORT_VALIDITY_TOO_SHORT: ReasonParams["PASSPORT_VALIDITY_TOO_SHORT"] & WaitParams;
  PASSPORT_EXPIRY_UNKNOWN: WaitParams;
  ORIENTATION_MISSING: WaitParams;
  MARITAL_STATUS_UNKNOWN: ReasonParams["MARITAL_STATUS_UNKNOWN"] & WaitParams;
}

/**
 * Gap codes of caller-defined requirement kinds (declaration merging, like
 * {@link CustomReasonParams}). A caller's failing reason code becomes a gap code of the same
 * name.
 */
// biome-ignore lint/suspicious/noEmptyInterface: a declaration-merging point for callers
export interface CustomGapParams {}

/** Every gap code: the library's and the caller's. */
export type AllGapParams = GapParams & CustomGapParams;

/**
 * A gap code: one of the library's (see the docs' gap table) or a caller's.
 *
 * @example
 * ```ts
 * const code: GapCode = "DOCUMENT_MISSING";
 * ```
 */
export type GapCode = keyof AllGapParams & string;

/** The params of gap code `C`. */
export type GapParamsOf<C extends GapCode> = AllGapParams[C];

/**
 * Every issue code of parsing, of policy and requirement-kind validation, and of reading an
 * officer's file, with its params. Params never carry personal data (a NIK, a name, a document
 * number): they say what is wrong and what is expected, and every locale words them.
 *
 * @example
 * ```ts
 * const p: IssueParams["UNKNOWN_KEY"] = { key: "birthdate", suggestion: "birthDate" };
 * ```
 */
export interface IssueParams {
  /** A required field (or column) is missing or empty; `values`: the accepted values when the field takes a fixed list. */
  REQUIRED: { values?: string };
  /**
   * A value of the wrong type. `expected`: the type wanted as zod names it (`string`, `number`,
   * `int`, `boolean`, `object`, `array`; `function`, `zod_schema` in a requirement kind), several
   * joined by `|` when a union admits them.
   */
  INVALID_TYPE: { expected?: string };
  /** A field the contract does not have: `key` (masked unless it looks like an identifier) and, when a known field is within two edits of it, `suggestion`. */
  UNKNOWN_KEY: { key?: string; suggestion?: string };
  /** Not an accepted value: `values` lists them, comma-separated; `field` names the discriminator when the list is not known. */
  INVALID_VALUE: { values?: string; field?: string };
  /** A text shorter than `min` characters (`min` 1: empty). */
  TOO_SHORT: { min?: number };
  /** A text longer than `max` characters. */
  TOO_LONG: { max?: number };
  /** A list with fewer than `min` items. */
  TOO_FEW: { min?: number };
  /** A list with more than `max` items. */
  TOO_MANY: { max?: number };
  /** A number below `min` or above `max` (`exclusive`: the bound itself is not allowed either), or not a multiple of `divisor`. */
  OUT_OF_RANGE: { min?: number; max?: number; divisor?: number; exclusive?: boolean };
  /**
   * A code of the wrong shape. `format`: `digits` (exactly `length` digits), `country_code`
   * (ISO 3166-1 alpha-2), `language_tag` (BCP 47), `camel_case` and `screaming_snake` (a
   * requirement kind's id and codes), else zod's name of the format.
   */
  INVALID_FORMAT: { format?: string; length?: number };
  /**
   * Not a `YYYY-MM-DD` calendar date; `problem: "no_such_day"` when it is written so but the day
   * does not exist (30 February); `format: "date_time"` where an XML Schema dateTime is expected
   * (an Open Badges credential).
   */
  INVALID_DATE: { problem?: "no_such_day"; format?: "date_time" };
  /**
   * Not a structurally valid NIK. `problem`: `digits` (something other than digits), `length`
   * (`length` digits instead of 16), `province` (unknown province code), `birth_date` (digits
   * 7–12 are no birth date), `serial` (serial 0000). The NIK itself is never a param.
   */
  INVALID_NIK: { problem?: "digits" | "length" | "province" | "birth_date" | "serial"; length?: number };
  /** An end date before its start date (a policy version's `until`). */
  INVALID_DATE_RANGE: Record<string, never>;
  /** A maximum below its minimum. */
  INVALID_RANGE: Record<string, never>;
  /** A placement document that is not also a departure document. */
  INVALID_DOCUMENT_GATES: Record<string, never>;
  /** An attribute name that is not a letter followed by up to 63 letters, digits or underscores. */
  INVALID_ATTRIBUTE_KEY: Record<string, never>;
  /** More than `max` attributes. */
  TOO_MANY_ATTRIBUTES: { max?: number };
  /** A `basis` that names no citation of the policy. */
  UNKNOWN_CITATION: { basis?: string };
  /** An override of a `target` the base policy does not have, without a whole profile. */
  UNKNOWN_TARGET: { target?: string };
  /** A requirement of a `kind` nobody registered; `suggestion`: a registered kind within two edits. */
  UNKNOWN_REQUIREMENT_KIND: { kind?: string; suggestion?: string };
  /** The input is not an object. */
  NOT_AN_OBJECT: Record<string, never>;
  /** A requirement kind with the id `kind` is already registered. */
  DUPLICATE_KIND: { kind?: string };
  /** The reason `code` is declared by another kind with another urgency or permanence. */
  DUPLICATE_CODE: { code?: string };
  /** No locale of a requirement kind has a message for its reason `code`. */
  MISSING_MESSAGE: { code?: string };
  /** A credential whose `type` is not `VerifiableCredential` with `OpenBadgeCredential` or `AchievementCredential`. */
  NOT_AN_ACHIEVEMENT_CREDENTIAL: Record<string, never>;
  /** A credential that names no issuer. */
  MISSING_ISSUER: Record<string, never>;
  /** A credential without `validFrom` (or `issuanceDate`). */
  MISSING_VALID_FROM: Record<string, never>;
  /** A credential subject without an achievement. */
  MISSING_ACHIEVEMENT: Record<string, never>;
  /** An achievement aligned to no SKKNI competency unit. */
  NO_ALIGNED_UNITS: Record<string, never>;
  /** A row of a CSV file is malformed: a quoted cell never closed (`unclosed_quote`), or text right after a closing quote (`text_after_quote`). */
  MALFORMED_CSV: { problem: "unclosed_quote" | "text_after_quote" };
  /** A line (JSONL) or element of the input is not valid JSON. */
  MALFORMED_JSON: Record<string, never>;
  /** A record longer than `max` characters. */
  RECORD_TOO_LONG: { max: number };
  /** A row with more `cells` than the header has `columns`: the extra cells have no column. */
  EXTRA_CELLS: { cells: number; columns: number };
  /** A NIK that a spreadsheet turned into scientific notation (`3.67402E+15`): its last digits are lost. */
  NIK_SCIENTIFIC_NOTATION: Record<string, never>;
  /** A date written day first (`DD/MM/YYYY`, `DD-MM-YYYY`); `example`: what was written, as `YYYY-MM-DD`. */
  DATE_DAY_FIRST: { example: string };
}

/** An issue code. */
export type IssueCode = keyof IssueParams;

/**
 * The tags of the built-in locales: Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * const tag: LocaleTag = "id";
 * ```
 */
export type LocaleTag = "id" | "en";
