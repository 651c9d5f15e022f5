import type { Candidate } from "../candidate/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { evaluateOverTime, parameterMissing, policyChangeDates, resolveParameter } from "../policy/resolve.js";
import type { Policy } from "../policy/types.js";
import { ageVerdict, beforeBirth } from "../requirements/age-window.js";

/**
 * Options of {@link checkTrainingEligibility}.
 *
 * @example
 * ```ts
 * const options: CheckTrainingEligibilityOptions = { asOf: "2026-11-28" as CalendarDate, policy: DEFAULT_POLICY };
 * ```
 */
export interface CheckTrainingEligibilityOptions {
  /** The day the candidate is judged on. */
  readonly asOf: CalendarDate;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/** The first version of the training age that starts after `day`, if any. */
function nextVersion(policy: Policy, day: CalendarDate): { from: CalendarDate; basis: string } | undefined {
  const versions = policy?.parameters?.trainingAge?.versions;
  let next: { from: CalendarDate; basis: string } | undefined;
  for (const v of Array.isArray(versions) ? versions : []) {
    if (v.from > day && (next === undefined || v.from < next.from)) next = { from: v.from, basis: v.basis };
  }
  return next;
}

/**
 * Rule id of the training verdict and of its age check.
 *
 * @example
 * ```ts
 * checkTrainingEligibility(candidate, { asOf }).rule === TRAINING_RULES.eligibility; // true
 * ```
 */
export const TRAINING_RULES = { eligibility: "training.eligibility", age: "training.age" } as const;

/**
 * May this person enrol as a trainee on `asOf`? Under `DEFAULT_POLICY` the trainee's completed
 * age must be from 15 to 29 inclusive (the offer of the Minister of P2MI (KP2MI) of 2 May 2025, in force from that day).
 *
 * - Below 15: `fail` with `AGE_BELOW_MINIMUM`, `validFrom` = the 15th birthday.
 * - 15 to 29: `pass` with `AGE_WITHIN_RANGE`, `validUntil` = the day before the 30th birthday.
 * - 30 or more: `fail` with `AGE_ABOVE_MAXIMUM`, no `validFrom`.
 *
 * Windows also follow known future changes of the policy. Never throws: an invalid `asOf`
 * gives `unknown` with `INVALID_AS_OF`, and an `asOf` before the birth date gives `unknown`
 * with `AS_OF_BEFORE_BIRTH` (`{ asOf }`), never a negative age.
 *
 * @example
 * ```ts
 * checkTrainingEligibility(candidate, { asOf: "2026-11-28" as CalendarDate }).outcome; // "pass"
 * ```
 */
export function checkTrainingEligibility(c: Candidate, options: CheckTrainingEligibilityOptions): Verdict {
  const asOf = options?.asOf;
  const policy = options?.policy ?? DEFAULT_POLICY;
  if (!isCalendarDate(asOf)) {
    return makeVerdict(TRAINING_RULES.eligibility, "unknown", [makeReason("INVALID_AS_OF", "unknown", {})]);
  }
  const birthDate = c?.birthDate;
  const age = isCalendarDate(birthDate)
    ? evaluateOverTime(asOf, policyChangeDates(policy), (day) => {
        // Before birth no age exists, whatever the policy says that day.
        if (day < birthDate) return beforeBirth(TRAINING_RULES.age, day);
        const version = resolveParameter(policy, "trainingAge", day);
        if (version === undefined) {
          const next = nextVersion(policy, day);
          return next === undefined
            ? parameterMissing(TRAINING_RULES.age, "trainingAge", day)
            : makeVerdict(TRAINING_RULES.age, "unknown", [
                makeReason("TRAINING_AGE_NOT_YET_IN_FORCE", "unknown", { from: next.from }, next.basis),
              ]);
        }
        return ageVerdict(TRAINING_RULES.age, birthDate, day, version, version.value.min, version.value.max);
      })
    : makeVerdict(TRAINING_RULES.age, "unknown", [makeReason("BIRTH_DATE_UNKNOWN", "unknown", {})]);
  return allOf(TRAINING_RULES.eligibility, [age]);
}
