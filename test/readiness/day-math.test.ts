/**
 * The compiled assessor's date keys (`readiness/day-math.ts`) against `core/date`, over the whole
 * range 0000-01-01…9999-12-31 with its ends, month ends and 29 February weighted in: every
 * function gives the date `core/date` gives, clamps included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  type CalendarDate,
  dateOfAge,
  fromDayNumber,
  isCalendarDate,
  MAX_DATE,
  MIN_DATE,
  toDayNumber,
} from "../../src/core/date.js";
import {
  ageAt,
  dateOfKey,
  dayAfter,
  dayBefore,
  dayNumberOfKey,
  keyOf,
  keyOfAge,
  MAX_KEY,
  MIN_KEY,
  plusDays,
  plusMonths,
  plusYears,
} from "../../src/readiness/day-math.js";
import { runs } from "../arbitraries/runs.js";

const FIRST = toDayNumber(MIN_DATE);
const LAST = toDayNumber(MAX_DATE);
const day = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(fromDayNumber);
/** Any date, dates near either end of the range, month ends and leap days more often than by chance. */
const date: fc.Arbitrary<CalendarDate> = fc.oneof(
  day(FIRST, LAST),
  day(FIRST, FIRST + 800),
  day(LAST - 800, LAST),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.constantFrom(28, 29, 30, 31),
    })
    .map(({ y, m, d }) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${d}`)
    .filter(isCalendarDate),
);
const shift = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -4_000_000, max: 4_000_000 }));
const months = fc.oneof(fc.integer({ min: -25, max: 25 }), fc.integer({ min: -130_000, max: 130_000 }));
const years = fc.oneof(fc.integer({ min: 0, max: 80 }), fc.integer({ min: -11_000, max: 11_000 }));
const key = (d: CalendarDate) => keyOf(d);

describe("date keys give the dates of core/date", () => {
  it("keyOf accepts what isCalendarDate accepts, and a key reads back as its date", () => {
    fc.assert(
      fc.property(fc.oneof(date, fc.string({ maxLength: 12 }), fc.anything()), (s) => {
        const k = keyOf(s);
        expect(Number.isNaN(k)).toBe(!isCalendarDate(s));
        if (!Number.isNaN(k)) expect(dateOfKey(k)).toBe(s);
      }),
      { numRuns: runs(500) },
    );
  });

  it("dayNumberOfKey is toDayNumber; plusDays, dayBefore and dayAfter are addDays, clamped", () => {
    fc.assert(
      fc.property(date, shift, (d, n) => {
        const k = key(d);
        expect(dayNumberOfKey(k)).toBe(toDayNumber(d));
        expect(dateOfKey(plusDays(k, n))).toBe(addDays(d, n));
        expect(dateOfKey(dayBefore(k))).toBe(addDays(d, -1));
        expect(dateOfKey(dayAfter(k))).toBe(addDays(d, 1));
      }),
      { numRuns: runs(1000) },
    );
  });

  it("plusMonths and plusYears are addMonths and addYears (end-of-month rule, clamped)", () => {
    fc.assert(
      fc.property(date, months, years, (d, m, y) => {
        expect(dateOfKey(plusMonths(key(d), m))).toBe(addMonths(d, m));
        expect(dateOfKey(plusYears(key(d), y))).toBe(addYears(d, y));
      }),
      { numRuns: runs(1000) },
    );
  });

  it("keyOfAge is dateOfAge and ageAt is ageOn", () => {
    fc.assert(
      fc.property(date, years, date, (birth, y, on) => {
        expect(dateOfKey(keyOfAge(key(birth), y))).toBe(dateOfAge(birth, y));
        if (on >= birth) expect(ageAt(key(birth), key(on))).toBe(ageOn(birth, on));
      }),
      { numRuns: runs(1000) },
    );
  });

  it("the ends of the range: one day past either end stays on it", () => {
    expect(dayBefore(MIN_KEY)).toBe(MIN_KEY);
    expect(dayAfter(MAX_KEY)).toBe(MAX_KEY);
    expect(dateOfKey(MIN_KEY)).toBe(MIN_DATE);
    expect(dateOfKey(MAX_KEY)).toBe(MAX_DATE);
    expect(dateOfKey(keyOfAge(key("2004-02-29" as CalendarDate), 21))).toBe("2025-03-01");
    expect(dateOfKey(keyOfAge(key("2004-02-29" as CalendarDate), 24))).toBe("2028-02-29");
  });
});
