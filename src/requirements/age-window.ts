import { addDays, ageOn, type CalendarDate, dateOfAge } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";

/**
 * The verdict of an age rule judged on a day before the birth date: no age exists then, so the
 * rule cannot judge (`unknown`, `AS_OF_BEFORE_BIRTH`, with that day and no personal data; one
 * of the two dates is wrong). Internal.
 */
export function beforeBirth(rule: string, day: CalendarDate): Verdict {
  return makeVerdict(rule, "unknown", [makeReason("AS_OF_BEFORE_BIRTH", "unknown", { asOf: day })]);
}

/**
 * Judges completed age on `day` against `min` and, when given, `max` of a parameter version.
 * The window: a pass lasts until the day before the birthday of `max + 1`; a fail below `min`
 * passes from the birthday of `min`; above `max` time cannot help. A `day` before the birth
 * date gives {@link beforeBirth}, never a negative age. Internal.
 */
export function ageVerdict(
  rule: string,
  birthDate: CalendarDate,
  day: CalendarDate,
  version: { readonly basis: string },
  min: number,
  max: number | undefined,
): Verdict {
  if (day < birthDate) return beforeBirth(rule, day);
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
