/**
 * `sentra-vokasi/extend`: what a caller needs to extend the library without forking it.
 *
 * - **Requirement kinds**: declare one with `defineRequirementKind` (its parameter schema,
 *   component, gates, codes with urgency and permanence, messages per locale, evaluation) and
 *   `registerRequirementKind` it; then policies can state requirements of it.
 * - **Typed codes**: add your kind's reason and gap codes to `CustomReasonParams` and
 *   `CustomGapParams`, and its parameter to `RequirementValues`, by declaration merging
 *   (`declare module "sentra-vokasi/extend" { interface CustomReasonParams { … } }`); `makeReason`
 *   then checks your codes and params like the library's.
 * - **Verdicts**: `makeReason`, `makeVerdict`, `allOf`, `anyOf` build what `evaluate` returns.
 * - **Dates**: the civil-date toolkit every rule of the library uses.
 * - **Policy reading**: `resolveParameter`, `resolveRequirement`; `BASIS`, the citation ids of
 *   `DEFAULT_POLICY`.
 * - **Locales**: the message table types, for a locale of your own (see `Locale`).
 *
 * @packageDocumentation
 */

export { educationRank, meetsEducation } from "./candidate/education.js";
export { NIK_PATTERN, PROVINCE_CODES } from "./candidate/nik.js";
export { CERTIFICATION_RULES } from "./certification/check.js";
export type {
  AllGapParams,
  AllReasonParams,
  CustomGapParams,
  CustomReasonParams,
  GapCode,
  GapParams,
  IssueCode,
  IssueParams,
  ParamsOf,
  ReasonCode,
  ReasonParams,
  WaitParams,
} from "./core/codes.js";
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dateOfAge,
  daysBetween,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  maxDate,
  minDate,
} from "./core/days.js";
export {
  allOf,
  allOutcomes,
  anyOf,
  anyOutcome,
  makeReason,
  makeVerdict,
  type VerdictWindow,
} from "./core/verdict.js";
export { PLACEMENT_RULES } from "./eligibility/placement.js";
export { TRAINING_RULES } from "./eligibility/training.js";
export { GAP_CODES, ISSUE_CODES, isReasonCode, REASON_CODES } from "./i18n/format.js";
export {
  type ActionMessage,
  type ActionMessages,
  aspectName,
  documentName,
  type IssueMessages,
  type LocaleNames,
  type LocaleText,
  localized,
  type ReasonMessage,
  type ReasonMessages,
  testName,
} from "./i18n/locale.js";
export { LANGUAGE_RULE, requirementMinimum } from "./language/check.js";
export { cefrRank, jftBasicBand, jlptRank, jlptToCefr, LANGUAGE_SCALES, type LanguageTest } from "./language/scales.js";
export { BASIS } from "./policy/default.js";
export { resolveParameter, resolveRequirement, resolveVersion } from "./policy/resolve.js";
export type { RequirementValues } from "./policy/types.js";
export {
  type AnyRequirementKind,
  type CodeSpec,
  defineRequirementKind,
  type KindGapParams,
  type KindMessages,
  type KindReasonParams,
  type RequirementContext,
  type RequirementKind,
  type TargetChecklist,
  URGENCY_RANK,
  type Urgency,
} from "./requirements/kind.js";
export {
  codeSpec,
  type RequirementKindError,
  registerRequirementKind,
  requirementKind,
  requirementKinds,
} from "./requirements/registry.js";
