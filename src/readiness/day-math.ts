/**
 * Date arithmetic on date keys, the number `YYYYMMDD` of a date (2026-12-01 is 20261201), for
 * the compiled assessor: keys compare as the dates do, read off a string without a division,
 * and give the same results as `addDays`, `addMonths`, `addYears`, `dateOfAge` and `ageOn` of
 * `core/date`, clamps included, without parsing or formatting a string. A candidate's dates are
 * read once into keys; a key becomes a string again only where a result shows it. Internal.
 */
import { type CalendarDate, dayNumberOf, daysInMonth, isLeapYear, keyOf as keyOrMinusOne } from "../core/days.js";

/** 0000-01-01 and 9999-12-31, the range of `core/date`. */
export const MIN_KEY = 101;
export const MAX_KEY = 99991231;

/**
 * The key of a valid `YYYY-MM-DD` string (the validation of `isCalendarDate`), or `NaN` for
 * anything else. `NaN` fails every comparison, as an absent date must.
 */
export function keyOf(s: unknown): number {
  const key = keyOrMinusOne(s);
  return key < 0 ? Number.NaN : key;
}

const MIN_DAY = dayNumberOf(0, 1, 1);
const MAX_DAY = dayNumberOf(9999, 12, 31);

/** The number of days from 1970-01-01 to the date of `key`. */
export function dayNumberOfKey(key: number): number {
  return dayNumberOf(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
}

/** The key of day number `n` (civil from days, H. Hinnant), clamped to the range. */
function keyOfDayNumber(n: number): number {
  const z0 = Math.min(Math.max(Math.trunc(n), MIN_DAY), MAX_DAY) + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10000 + month * 100 + day;
}

/** `addDays(date, -1)`, clamped. */
export function dayBefore(key: number): number {
  if (key % 100 > 1) return key - 1;
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  if (m > 1) return y * 10000 + (m - 1) * 100 + daysInMonth(y, m - 1);
  return y > 0 ? (y - 1) * 10000 + 1231 : MIN_KEY;
}

/** `addDays(date, 1)`, clamped. */
export function dayAfter(key: number): number {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  if (key % 100 < daysInMonth(y, m)) return key + 1;
  if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
  return y < 9999 ? (y + 1) * 10000 + 101 : MAX_KEY;
}

/** `addDays`, clamped. */
export function plusDays(key: number, days: number): number {
  if (days === -1) return dayBefore(key);
  if (days === 1) return dayAfter(key);
  return keyOfDayNumber(dayNumberOfKey(key) + days);
}

/** `addMonths` (end-of-month rule, clamped). */
export function plusMonths(key: number, months: number): number {
  const day = key % 100;
  const index = Math.floor(key / 10000) * 12 + (Math.floor(key / 100) % 100) - 1 + Math.trunc(months);
  if (index < 0) return MIN_KEY;
  if (index > 9999 * 12 + 11) return MAX_KEY;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return y * 10000 + m * 100 + Math.min(day, daysInMonth(y, m));
}

/** `addYears`. */
export function plusYears(key: number, years: number): number {
  return plusMonths(key, Math.trunc(years) * 12);
}

/** `dateOfAge`: the day a person born on `birth` reaches `years` completed years. */
export function keyOfAge(birth: number, years: number): number {
  const y = Math.floor(birth / 10000) + Math.trunc(years);
  if (y > 9999) return MAX_KEY;
  if (y < 0) return MIN_KEY;
  const monthDay = birth % 10000;
  if (monthDay === 229 && !isLeapYear(y)) return y * 10000 + 301;
  return y * 10000 + monthDay;
}

/** `ageOn`: completed years on `on` of a person born on `birth`. */
export function ageAt(birth: number, on: number): number {
  return Math.floor((on - birth) / 10000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The date of `key` as a {@link CalendarDate} (the format of `core/date`). */
export function dateOfKey(key: number): CalendarDate {
  const y = Math.floor(key / 10000);
  return `${String(y).padStart(4, "0")}-${pad2(Math.floor(key / 100) % 100)}-${pad2(key % 100)}` as CalendarDate;
}
