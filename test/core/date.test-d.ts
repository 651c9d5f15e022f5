import { ageOn, type CalendarDate, type Candidate, calendarDate, checkTrainingEligibility } from "sentra-vokasi";
import { describe, expectTypeOf, it } from "vitest";

describe("CalendarDate at the type level", () => {
  it("is a branded string: a plain string is not accepted where a CalendarDate is required", () => {
    const birth = "2008-02-29" as CalendarDate;
    // @ts-expect-error a plain string is not a CalendarDate
    ageOn("2008-02-29", birth);
    // @ts-expect-error asOf must be a CalendarDate
    checkTrainingEligibility({} as Candidate, { asOf: "2026-11-28" });
    expectTypeOf<CalendarDate>().toMatchTypeOf<string>();
    expectTypeOf<string>().not.toMatchTypeOf<CalendarDate>();
  });

  it("is produced by calendarDate", () => {
    const r = calendarDate("2026-11-28");
    if (r.isOk()) expectTypeOf(r.value).toEqualTypeOf<CalendarDate>();
    expectTypeOf(ageOn).returns.toEqualTypeOf<number>();
  });
});
