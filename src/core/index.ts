export type {
  GapCode,
  GapParams,
  GapParamsOf,
  IssueCode,
  IssueParams,
  LocaleTag,
  ParamsOf,
  ReasonCode,
  ReasonParams,
  WaitParams,
} from "./codes.js";
// ageOn from days.ts, which imports nothing: an app importing only ageOn does not ship neverthrow.
export { calendarDate, type InvalidDateError } from "./date.js";
export { ageOn, type CalendarDate } from "./days.js";
export type { Issue } from "./issues.js";
export { maskDocumentNumber, maskName, maskNik } from "./mask.js";
export type { Gap, Outcome, Reason, Verdict } from "./verdict.js";
export {
  CEFR_LEVELS,
  type CefrLevel,
  COMPONENT_NAMES,
  type ComponentName,
  DOCUMENT_KINDS,
  type DocumentKind,
  EDUCATION_LEVELS,
  type Education,
  type Gate,
  JLPT_LEVELS,
  type JlptLevel,
  MARITAL_STATUSES,
  type MaritalStatus,
  type Sex,
} from "./vocabulary.js";
