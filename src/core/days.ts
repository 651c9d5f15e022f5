/**
 * The civil-date toolkit: pure arithmetic on `YYYY-MM-DD` strings, no `Date`, no time zone, and no
 * import at all, so that an app using only these functions (`ageOn`, say) ships only them.
 * `calendarDate`, which returns a `Result`, lives in `date.ts` (which re-exports all of this).
 * Internal module: import from `date.ts` or the package.
 */

/**
 * A civil (calendar) date in the proleptic Gregorian calendar, written `YYYY-MM-DD`.
 *
 * It is a plain string at run time, branded at the type level so that only validated dates
 * reach the rules. Obtain one with {@link calendarDate}. Comparing two `CalendarDate`s with
 * `<`, `>` or `===` compares them chronologically.
 *
 * @example
 * ```ts
 * const d = calendarDate("2026-03-01"); // ok("2026-03-01")
 * ```
 */
export type CalendarDate = string & { readonly __brand: "CalendarDate" };

/**
 * The earliest date the library represents.
 *
 * @example
 * ```ts
 * addDays(MIN_DATE, -1) === MIN_DATE; // true: results are clamped
 * ```
 */
export const MIN_DATE = "0000-01-01" as CalendarDate;
/**
 * The latest date the library represents.
 *
 * @example
 * ```ts
 * addDays(MAX_DATE, 1) === MAX_DATE; // true: results are clamped
 * ```
 */
export const MAX_DATE = "9999-12-31" as CalendarDate;

/** True when `year` is a leap year of the proleptic Gregorian calendar (year 0 is one). @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Reads `YYYY-MM-DD` as the number `YYYYMMDD`, or -1 when it is not a valid date (or not a
 * string). Allocates nothing: cheap enough for the hot paths that call it.
 */
export function keyOf(s: unknown): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * True when `value` is a string holding a valid {@link CalendarDate}; a type guard.
 *
 * @example
 * ```ts
 * isCalendarDate("2026-11-28"); // true
 * isCalendarDate("2026-11-31"); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return keyOf(value) >= 0;
}

/**
 * Days from civil, after H. Hinnant's algorithm: integer arithmetic, no Date, no time zone.
 * @internal
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Pure annotations: an app that uses none of the day-number functions drops these too.
const MIN_DAY = /* @__PURE__ */ dayNumberOf(0, 1, 1);
const MAX_DAY = /* @__PURE__ */ dayNumberOf(9999, 12, 31);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/**
 * The number of days from 1970-01-01 to `date` (negative before it). Dates are compared and
 * subtracted through this number, never through `Date`.
 */
export function toDayNumber(date: CalendarDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayNumberOf(year, month, day);
}

/**
 * The date `dayNumber` days after 1970-01-01, clamped to 0000-01-01 … 9999-12-31.
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z0 = Math.min(Math.max(Math.trunc(dayNumber), MIN_DAY), MAX_DAY) + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return format(year, month, day);
}

function partsOf(date: CalendarDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Adds (or, when negative, subtracts) whole days. The result is clamped to the representable
 * range 0000-01-01 … 9999-12-31.
 *
 * @example
 * ```ts
 * addDays("2024-02-28" as CalendarDate, 1); // "2024-02-29"
 * addDays("2026-03-01" as CalendarDate, -1); // "2026-02-28"
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds whole calendar months. **End-of-month rule:** when the day does not exist in the
 * resulting month, the result is that month's last day (31 January + 1 month = 28 or 29
 * February). Clamped to the representable range.
 *
 * @example
 * ```ts
 * addMonths("2026-01-31" as CalendarDate, 1); // "2026-02-28"
 * addMonths("2026-03-15" as CalendarDate, -6); // "2025-09-15"
 * ```
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = partsOf(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  if (index < 0) return MIN_DATE;
  if (index > 9999 * 12 + 11) return MAX_DATE;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Adds whole calendar years, with the end-of-month rule of {@link addMonths}
 * (29 February + 1 year = 28 February). For birthdays use {@link dateOfAge}, which follows
 * the legal convention instead.
 *
 * @example
 * ```ts
 * addYears("2024-02-29" as CalendarDate, 1); // "2025-02-28"
 * ```
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, Math.trunc(years) * 12);
}

/**
 * The day on which a person born on `birthDate` reaches `years` completed years: the birthday,
 * or 1 March in a common year for someone born on 29 February (the convention of {@link ageOn}).
 *
 * @example
 * ```ts
 * dateOfAge("2008-02-29" as CalendarDate, 18); // "2026-03-01"
 * dateOfAge("2011-06-15" as CalendarDate, 15); // "2026-06-15"
 * ```
 */
export function dateOfAge(birthDate: CalendarDate, years: number): CalendarDate {
  const [year, month, day] = partsOf(birthDate);
  const y = year + Math.trunc(years);
  if (y > 9999) return MAX_DATE;
  if (y < 0) return MIN_DATE;
  if (month === 2 && day === 29 && !isLeapYear(y)) return format(y, 3, 1);
  return format(y, month, day);
}

/**
 * Completed years of age on `asOf` for a person born on `birthDate`.
 *
 * The age goes up on the birthday. A person born on 29 February becomes a year older on
 * 1 March in a common year. When `asOf` is before `birthDate` the result is negative
 * (−1 from the day before birth back to the same day a year earlier, and so on): the rules
 * never judge such an age, they answer `unknown` with `AS_OF_BEFORE_BIRTH`. Independent of
 * the time zone.
 *
 * Total over its input type and never throws: when either argument is not a valid
 * {@link CalendarDate} at run time (`undefined`, `null`, a number, `"2026-02-30"`, any other
 * text) the result is `NaN`, which fails every comparison; test it with `Number.isNaN`.
 *
 * @example
 * ```ts
 * ageOn("2008-02-29" as CalendarDate, "2026-02-28" as CalendarDate); // 17
 * ageOn("2008-02-29" as CalendarDate, "2026-03-01" as CalendarDate); // 18
 * ageOn("2020-05-05" as CalendarDate, "2020-05-04" as CalendarDate); // -1 (before birth)
 * ageOn("2026-02-30" as CalendarDate, "2026-03-01" as CalendarDate); // NaN (no such date)
 * ageOn(undefined as never, "2026-03-01" as CalendarDate); // NaN
 * ```
 */
export function ageOn(birthDate: CalendarDate, asOf: CalendarDate): number {
  const born = keyOf(birthDate);
  const on = keyOf(asOf);
  if (born < 0 || on < 0) return Number.NaN;
  // YYYYMMDD numbers: the difference's ten-thousands are the completed years, the birthday
  // (MMDD) reached or not; 29 February (0229) is passed on 1 March (0301) of a common year.
  return Math.floor((on - born) / 10000);
}

/**
 * Compares two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * compareDates("2026-01-01" as CalendarDate, "2026-01-02" as CalendarDate); // -1
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Signed number of days from `from` to `to` (`to − from`).
 *
 * @example
 * ```ts
 * daysBetween("2024-02-28" as CalendarDate, "2024-03-01" as CalendarDate); // 2
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The earlier of two dates, ignoring `undefined`.
 *
 * @example
 * ```ts
 * minDate("2026-01-01" as CalendarDate, undefined); // "2026-01-01"
 * ```
 */
export function minDate(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

/**
 * The later of two dates, ignoring `undefined`.
 *
 * @example
 * ```ts
 * maxDate("2026-01-01" as CalendarDate, "2025-01-01" as CalendarDate); // "2026-01-01"
 * ```
 */
export function maxDate(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
