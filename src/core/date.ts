import { err, ok, type Result } from "neverthrow";
import { type CalendarDate, keyOf } from "./days.js";

// The pure date functions live in days.ts, which imports nothing (no neverthrow): an app that
// imports only `ageOn` ships only them. This module adds the Result-returning parser.
export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  type CalendarDate,
  compareDates,
  dateOfAge,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  maxDate,
  minDate,
  toDayNumber,
} from "./days.js";

/**
 * The error of {@link calendarDate}: the input was not a valid `YYYY-MM-DD` Gregorian date.
 *
 * @example
 * ```ts
 * calendarDate("2026-02-29")._unsafeUnwrapErr(); // { code: "INVALID_DATE", input: "2026-02-29" }
 * ```
 */
export interface InvalidDateError {
  readonly code: "INVALID_DATE";
  /** The input as given (cut to its first 64 characters), or its `typeof` when it was not a string. */
  readonly input: string;
}

/**
 * Validates a `YYYY-MM-DD` string as a Gregorian calendar date (years 0000–9999).
 *
 * Rejects impossible dates (`2026-02-29`, `2025-13-01`) and every other form (`2026-3-1`,
 * `2026-03-01T00:00`, surrounding spaces). Never throws, whatever it is given.
 *
 * @param input - the text to validate
 * @returns `ok(date)` or `err({ code: "INVALID_DATE", input })`
 * @example
 * ```ts
 * calendarDate("2024-02-29"); // ok("2024-02-29")
 * calendarDate("2026-02-29"); // err({ code: "INVALID_DATE", input: "2026-02-29" })
 * ```
 */
export function calendarDate(input: string): Result<CalendarDate, InvalidDateError> {
  if (typeof input !== "string") {
    return err({ code: "INVALID_DATE", input: typeof input });
  }
  return keyOf(input) < 0
    ? err({ code: "INVALID_DATE", input: input.length > 64 ? input.slice(0, 64) : input })
    : ok(input as CalendarDate);
}
