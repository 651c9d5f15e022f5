export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  type CalendarDate,
  calendarDate,
  compareDates,
  dateOfAge,
  daysBetween,
  type InvalidDateError,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  maxDate,
  minDate,
} from "./date.js";
export type { Issue } from "./issues.js";
export { maskDocumentNumber, maskName, maskNik } from "./mask.js";
export {
  allOf,
  allOutcomes,
  anyOf,
  anyOutcome,
  makeReason,
  makeVerdict,
  type Outcome,
  type Reason,
  type Verdict,
  type VerdictWindow,
} from "./verdict.js";
