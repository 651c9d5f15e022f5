import { isValid, parse } from "date-fns";
import fc from "fast-check";
import { ageOn, calendarDate } from "sentra-vokasi";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dateOfAge,
  daysBetween,
  isCalendarDate,
  maxDate,
  minDate,
} from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/core/date.js";
import { anyDate, d, dateBetween, interestingDate } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

/** Independent oracle: the UTC calendar of the JavaScript engine (no local time zone involved). */
function utcOracle(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, da);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === da;
}

/** A second, independent oracle: date-fns' strict parser. */
function dateFnsOracle(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(parse(s, "yyyy-MM-dd", new Date(2000, 0, 1, 12)));
}

const dateLikeString = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
  .map(([y, m, day]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

describe("calendarDate", () => {
  it("accepts real dates, including 29 February of leap years", () => {
    expect(calendarDate("2024-02-29").isOk()).toBe(true);
    expect(calendarDate("2000-02-29").isOk()).toBe(true);
    expect(calendarDate("0000-01-01").isOk()).toBe(true);
    expect(calendarDate("9999-12-31").isOk()).toBe(true);
  });

  it("rejects impossible dates with INVALID_DATE and the input", () => {
    for (const s of ["2026-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00"]) {
      expect(calendarDate(s)._unsafeUnwrapErr()).toEqual({ code: "INVALID_DATE", input: s });
    }
  });

  it("rejects every other form", () => {
    for (const s of [
      "2026-3-1",
      "26-03-01",
      "2026/03/01",
      " 2026-03-01",
      "2026-03-01T00:00:00Z",
      "",
      "２０２６-03-01",
      "+02026-03-01",
    ]) {
      expect(calendarDate(s).isErr()).toBe(true);
    }
  });

  it("echoes at most 64 characters of a rejected input", () => {
    const long = "9".repeat(10_000);
    expect(calendarDate(long)._unsafeUnwrapErr()).toEqual({ code: "INVALID_DATE", input: "9".repeat(64) });
    const edge = "x".repeat(64);
    expect(calendarDate(edge)._unsafeUnwrapErr().input).toBe(edge);
  });

  it("checks each separator and each digit on its own, and the month lengths and century leap years", () => {
    for (const s of ["2026/03-01", "2026-03/01", "2026-01-0:", "2026-0:-01", "202:-01-01"]) {
      expect(calendarDate(s).isErr(), s).toBe(true);
    }
    const valid = ["1600-02-29", "2000-02-29", "2400-02-29", "2023-04-30", "2023-05-31", "2023-12-31"];
    const invalid = ["1700-02-29", "1900-02-29", "2100-02-29", "2023-04-31", "2023-06-31", "2023-09-31", "2023-11-31"];
    for (const s of valid) expect(isCalendarDate(s), s).toBe(true);
    for (const s of invalid) expect(isCalendarDate(s), s).toBe(false);
  });

  it("never throws on non-strings and reports their type", () => {
    expect(calendarDate(42 as unknown as string)._unsafeUnwrapErr()).toEqual({ code: "INVALID_DATE", input: "number" });
    expect(calendarDate(null as unknown as string).isErr()).toBe(true);
  });

  describe("laws", () => {
    it("accepts exactly the dates the UTC calendar and date-fns accept", () => {
      fc.assert(
        fc.property(dateLikeString, (s) => {
          const expected = utcOracle(s);
          // date-fns has no year 0 (1 BC); the UTC calendar, ISO 8601 and the library do.
          if (!s.startsWith("0000")) expect(dateFnsOracle(s)).toBe(expected);
          expect(calendarDate(s).isOk()).toBe(expected);
          expect(isCalendarDate(s)).toBe(expected);
        }),
        { numRuns: runs(20_000) },
      );
    });

    it("never throws and rejects arbitrary strings that are not dates", () => {
      fc.assert(
        fc.property(fc.string(), (s) => {
          expect(calendarDate(s).isOk()).toBe(utcOracle(s));
        }),
        { numRuns: runs(100) },
      );
    });
  });
});

describe("ageOn", () => {
  it("counts completed years, going up on the birthday", () => {
    expect(ageOn(d("2011-06-15"), d("2026-06-14"))).toBe(14);
    expect(ageOn(d("2011-06-15"), d("2026-06-15"))).toBe(15);
  });

  it("makes someone born on 29 February a year older on 1 March in a common year", () => {
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18);
    expect(ageOn(d("2008-02-29"), d("2028-02-28"))).toBe(19);
    expect(ageOn(d("2008-02-29"), d("2028-02-29"))).toBe(20);
  });

  it("is 0 on the day of birth and negative before it", () => {
    expect(ageOn(d("2020-05-05"), d("2020-05-05"))).toBe(0);
    expect(ageOn(d("2020-05-05"), d("2020-05-04"))).toBe(-1);
    expect(ageOn(d("2020-05-05"), d("2019-05-05"))).toBe(-1);
    expect(ageOn(d("2020-05-05"), d("2019-05-04"))).toBe(-2);
  });

  it("is NaN, never a number made of garbage nor a throw, when a date is not valid", () => {
    const valid = d("2020-05-05");
    for (const bad of [
      undefined,
      null,
      42,
      {},
      [],
      "",
      "2026-02-30",
      "2026-13-01",
      "2026-3-1",
      "2026-03-01T00:00:00Z",
      " 2026-03-01",
      "garbage!!!",
      "abcd-ef-gh",
    ]) {
      expect(ageOn(bad as never, valid), String(bad)).toBeNaN();
      expect(ageOn(valid, bad as never), String(bad)).toBeNaN();
    }
    expect(ageOn(undefined as never, undefined as never)).toBeNaN();
  });

  describe("laws", () => {
    it("is monotone in asOf", () => {
      fc.assert(
        fc.property(interestingDate, interestingDate, interestingDate, (b, x, y) => {
          const [a1, a2] = x <= y ? [x, y] : [y, x];
          expect(ageOn(b, a1)).toBeLessThanOrEqual(ageOn(b, a2));
        }),
        { numRuns: runs(100) },
      );
    });

    it("reaches n exactly on dateOfAge(b, n) and is n - 1 the day before", () => {
      fc.assert(
        fc.property(interestingDate, fc.integer({ min: 1, max: 120 }), (b, n) => {
          const day = dateOfAge(b, n);
          fc.pre(day < d("9999-12-31"));
          expect(ageOn(b, day)).toBe(n);
          expect(ageOn(b, addDays(day, -1))).toBe(n - 1);
        }),
        { numRuns: runs(100) },
      );
    });

    it("is total: a number for two valid dates, NaN otherwise, and never throws", () => {
      const input = fc.oneof(interestingDate, fc.anything(), fc.string({ minLength: 10, maxLength: 10 }));
      fc.assert(
        fc.property(input, input, (b, a) => {
          const age = ageOn(b as never, a as never);
          expect(Number.isNaN(age)).toBe(!(isCalendarDate(b) && isCalendarDate(a)));
          if (!Number.isNaN(age)) expect(Number.isInteger(age)).toBe(true);
        }),
        { numRuns: runs(500) },
      );
    });

    it("agrees with a day-by-day count of birthdays", () => {
      fc.assert(
        fc.property(dateBetween("1990-01-01", "2030-12-31"), fc.integer({ min: 0, max: 40 * 366 }), (b, offset) => {
          const asOf = addDays(b, offset);
          let n = 0;
          while (dateOfAge(b, n + 1) <= asOf) n++;
          expect(ageOn(b, asOf)).toBe(n);
        }),
        { numRuns: runs(300) },
      );
    });
  });
});

describe("date algebra", () => {
  it("adds days across month, year and leap boundaries", () => {
    expect(addDays(d("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(d("2025-02-28"), 1)).toBe("2025-03-01");
    expect(addDays(d("2025-12-31"), 1)).toBe("2026-01-01");
    expect(addDays(d("2026-03-01"), -1)).toBe("2026-02-28");
  });

  it("adds months with the end-of-month rule", () => {
    expect(addMonths(d("2026-01-31"), 1)).toBe("2026-02-28");
    expect(addMonths(d("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(d("2026-03-31"), -1)).toBe("2026-02-28");
    expect(addMonths(d("2026-03-15"), -6)).toBe("2025-09-15");
    expect(addMonths(d("2026-11-30"), 3)).toBe("2027-02-28");
  });

  it("adds years with the end-of-month rule, while dateOfAge follows the birthday convention", () => {
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28");
    expect(dateOfAge(d("2024-02-29"), 1)).toBe("2025-03-01");
    expect(addYears(d("2024-02-29"), 4)).toBe("2028-02-29");
  });

  it("clamps to the representable range", () => {
    expect(addDays(d("9999-12-31"), 1)).toBe("9999-12-31");
    expect(addDays(d("0000-01-01"), -1)).toBe("0000-01-01");
    expect(addMonths(d("9999-12-01"), 1)).toBe("9999-12-31");
    expect(addYears(d("0001-06-01"), -5)).toBe("0000-01-01");
  });

  it("compares and measures", () => {
    expect(compareDates(d("2026-01-01"), d("2026-01-02"))).toBe(-1);
    expect(compareDates(d("2026-01-02"), d("2026-01-02"))).toBe(0);
    expect(daysBetween(d("2024-02-28"), d("2024-03-01"))).toBe(2);
    expect(daysBetween(d("2025-02-28"), d("2025-03-01"))).toBe(1);
    expect(minDate(d("2026-01-01"), undefined)).toBe("2026-01-01");
    expect(maxDate(d("2026-01-01"), d("2025-01-01"))).toBe("2026-01-01");
    expect(minDate(undefined, undefined)).toBeUndefined();
  });

  describe("laws", () => {
    it("day numbers round-trip and agree with the UTC calendar", () => {
      fc.assert(
        fc.property(anyDate, (x) => {
          expect(fromDayNumber(toDayNumber(x))).toBe(x);
          const t = new Date(0);
          t.setUTCFullYear(Number(x.slice(0, 4)), Number(x.slice(5, 7)) - 1, Number(x.slice(8, 10)));
          expect(toDayNumber(x)).toBe(Math.round(t.getTime() / 86_400_000));
        }),
        { numRuns: runs(100) },
      );
    });

    it("addDays is inverted by negative addDays and measured by daysBetween", () => {
      fc.assert(
        fc.property(dateBetween("1000-01-01", "9000-12-31"), fc.integer({ min: -100_000, max: 100_000 }), (x, n) => {
          const y = addDays(x, n);
          expect(isCalendarDate(y)).toBe(true);
          expect(addDays(y, -n)).toBe(x);
          expect(daysBetween(x, y)).toBe(n);
          expect(compareDates(x, y)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
        }),
        { numRuns: runs(100) },
      );
    });

    it("day arithmetic is pinned at known distances and across centuries and the ends of the range", () => {
      expect(daysBetween(d("0000-01-01"), d("9999-12-31"))).toBe(3_652_424);
      expect(daysBetween(d("1970-01-01"), d("2000-03-01"))).toBe(11_017);
      expect(daysBetween(d("1583-10-15"), d("2026-11-28"))).toBe(161_847);
      expect(addDays(d("1899-12-31"), 1)).toBe("1900-01-01");
      expect(addDays(d("2099-12-31"), 1)).toBe("2100-01-01");
      expect(addDays(d("0399-03-01"), -1)).toBe("0399-02-28");
      expect(addDays(d("1700-03-01"), -1)).toBe("1700-02-28");
      expect(addMonths(d("0000-01-15"), -1)).toBe("0000-01-01");
      expect(addMonths(d("9999-12-15"), 1)).toBe("9999-12-31");
      expect(addMonths(d("0000-02-29"), 12)).toBe("0001-02-28");
      expect(addMonths(d("1999-11-30"), 3)).toBe("2000-02-29");
      expect(ageOn(d("1955-06-15"), d("2026-06-14"))).toBe(70);
      expect(ageOn(d("1899-03-01"), d("2026-03-01"))).toBe(127);
    });

    it("minDate and maxDate pick by calendar order, in either argument order, and ignore undefined", () => {
      fc.assert(
        fc.property(anyDate, anyDate, (x, y) => {
          const [lo, hi] = compareDates(x, y) <= 0 ? [x, y] : [y, x];
          expect([minDate(x, y), minDate(y, x)]).toEqual([lo, lo]);
          expect([maxDate(x, y), maxDate(y, x)]).toEqual([hi, hi]);
          expect([minDate(x, undefined), minDate(undefined, x), maxDate(x, undefined), maxDate(undefined, x)]).toEqual([
            x,
            x,
            x,
            x,
          ]);
        }),
        { numRuns: runs(100) },
      );
      expect(minDate(undefined, undefined)).toBeUndefined();
    });

    it("dateOfAge stays inside years 0000 to 9999", () => {
      expect(dateOfAge(d("9990-05-05"), 18)).toBe("9999-12-31");
      expect(dateOfAge(d("9981-05-05"), 18)).toBe("9999-05-05");
      expect(dateOfAge(d("0010-05-05"), -11)).toBe("0000-01-01");
      expect(dateOfAge(d("0010-05-05"), -10)).toBe("0000-05-05");
    });

    it("addMonths keeps the day when it exists and otherwise gives the month's last day", () => {
      fc.assert(
        fc.property(dateBetween("1000-01-01", "9000-12-31"), fc.integer({ min: -1200, max: 1200 }), (x, n) => {
          const y = addMonths(x, n);
          expect(isCalendarDate(y)).toBe(true);
          const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
          expect(monthIndex(y) - monthIndex(x)).toBe(n);
          const day = Number(x.slice(8, 10));
          const yDay = Number(y.slice(8, 10));
          if (yDay !== day) {
            expect(yDay).toBeLessThan(day);
            expect(isCalendarDate(addDays(y, 1)) && addDays(y, 1).slice(8, 10)).toBe("01");
          }
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
