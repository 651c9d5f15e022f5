import { addDays, ageOn, type CalendarDate, dateOfAge } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";

/**
 * Judges completed age on `day` against `min` and, when given, `max` of a parameter version.
 * The window: a pass lasts until the day before the birthday of `max + 1`; a fail below `min`
 * passes from the birthday of `min`; above `max` time cannot help. Internal.
 */
export function ageVerdict(
  rule: string,
  birthDate: CalendarDate,
  day: CalendarDate,
  version: { readonly basis: string },
  min: number,
  max: number | undefined,
): Verdict {
  const age = ageOn(birthDate, day);
  const basis = version.basis;
  if (age < min) {
    return makeVerdict(rule, "fail", [makeReason("AGE_BELOW_MINIMUM", "fail", { age, min }, basis)], {
      validFrom: dateOfAge(birthDate, min),
    });
  }
  if (max === undefined) {
    return makeVerdict(rule, "pass", [makeReason("AGE_AT_LEAST_MINIMUM", "pass", { age, min }, basis)]);
  }
  if (age > max) {
    return makeVerdict(rule, "fail", [makeReason("AGE_ABOVE_MAXIMUM", "fail", { age, max }, basis)]);
  }
  return makeVerdict(rule, "pass", [makeReason("AGE_WITHIN_RANGE", "pass", { age, min, max }, basis)], {
    validUntil: addDays(dateOfAge(birthDate, max + 1), -1),
  });
}
