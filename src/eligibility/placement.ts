import { meetsEducation } from "../candidate/education.js";
import type { Candidate } from "../candidate/types.js";
import { getTarget } from "../catalog/lookup.js";
import { isKnownTarget, nationalMinimumAge } from "../catalog/requirements.js";
import type { TargetId } from "../catalog/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { evaluateOverTime, parameterMissing, policyChangeDates, resolveTargetParameter } from "../policy/resolve.js";
import type { Policy } from "../policy/types.js";
import { ageVerdict } from "./age.js";

/** Options of {@link checkPlacementEligibility}. */
export interface CheckPlacementEligibilityOptions {
  /** The day the candidate is judged on. */
  readonly asOf: CalendarDate;
  /** The placement target, e.g. `"JP-SSW-CAREGIVING"`. */
  readonly target: TargetId;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/**
 * Rule ids of the placement verdict and its checks.
 *
 * @example
 * ```ts
 * checkPlacementEligibility(c, { asOf, target }).rule === PLACEMENT_RULES.eligibility; // true
 * ```
 */
export const PLACEMENT_RULES = {
  eligibility: "placement.eligibility",
  nationalAge: "placement.age.national",
  targetAge: "placement.age.target",
  education: "placement.education",
  destination: "placement.destination",
} as const;

function nationalAge(c: Candidate, policy: Policy, target: string, day: CalendarDate): Verdict {
  const national = nationalMinimumAge(policy, target, day);
  if (national === undefined) return parameterMissing(PLACEMENT_RULES.nationalAge, "placementMinimumAge", day);
  return ageVerdict(PLACEMENT_RULES.nationalAge, c.birthDate, day, { basis: national.basis }, national.min, undefined);
}

function targetAge(c: Candidate, policy: Policy, target: string, day: CalendarDate): Verdict {
  const version = resolveTargetParameter(policy, target, "age", day);
  if (version === undefined) return parameterMissing(PLACEMENT_RULES.targetAge, `${target}.age`, day);
  return ageVerdict(PLACEMENT_RULES.targetAge, c.birthDate, day, version, version.value.min, version.value.max);
}

function education(c: Candidate, policy: Policy, target: string, day: CalendarDate): Verdict | undefined {
  const version = resolveTargetParameter(policy, target, "education", day);
  if (version === undefined) return parameterMissing(PLACEMENT_RULES.education, `${target}.education`, day);
  const min = version.value;
  if (min === "NONE") return undefined;
  const rule = PLACEMENT_RULES.education;
  if (c.education === undefined) {
    return makeVerdict(rule, "unknown", [makeReason("EDUCATION_UNKNOWN", "unknown", { min }, version.basis)]);
  }
  return meetsEducation(c.education, min)
    ? makeVerdict(rule, "pass", [
        makeReason("EDUCATION_MEETS_MINIMUM", "pass", { education: c.education, min }, version.basis),
      ])
    : makeVerdict(rule, "fail", [
        makeReason("EDUCATION_BELOW_MINIMUM", "fail", { education: c.education, min }, version.basis),
      ]);
}

function destination(policy: Policy, target: string, day: CalendarDate): Verdict {
  const version = resolveTargetParameter(policy, target, "open", day);
  const rule = PLACEMENT_RULES.destination;
  if (version === undefined) return parameterMissing(rule, `${target}.open`, day);
  return version.value
    ? makeVerdict(rule, "pass", [makeReason("DESTINATION_OPEN", "pass", { target }, version.basis)])
    : makeVerdict(rule, "fail", [
        makeReason("DESTINATION_CLOSED", "fail", { target, since: version.from }, version.basis),
      ]);
}

/**
 * May this person be placed with `target` on `asOf`? All of:
 *
 * - the national minimum age for placement abroad: 18 under UU 18/2017 Pasal 5 huruf a (and,
 *   before it, UU 39/2004: 18, or 21 with an individual employer); not applied to placement at
 *   home (`destination: "ID"`);
 * - the target's own age window (`AGE_BELOW_MINIMUM` with `validFrom` on the birthday that
 *   reaches it, `AGE_ABOVE_MAXIMUM`, or a pass with `validUntil` the day before the window
 *   closes); `params` hold `age` and the `min` or `max` applied, `basis` the citation;
 * - the target's education minimum (`EDUCATION_BELOW_MINIMUM`; `EDUCATION_UNKNOWN` when the
 *   record has no education);
 * - no placement moratorium in force (`DESTINATION_CLOSED`, with `validFrom` when the policy
 *   knows the day it ends).
 *
 * Windows follow dated changes of the policy. An unknown target gives `unknown` with
 * `UNKNOWN_TARGET`. Never throws.
 *
 * @example
 * ```ts
 * checkPlacementEligibility(c, { asOf: "2026-11-28" as CalendarDate, target: "KR-EPS-MANUFACTURING" }).outcome;
 * ```
 */
export function checkPlacementEligibility(c: Candidate, options: CheckPlacementEligibilityOptions): Verdict {
  const asOf = options?.asOf;
  const policy = options?.policy ?? DEFAULT_POLICY;
  const target = typeof options?.target === "string" ? options.target : String(options?.target);
  const rule = PLACEMENT_RULES.eligibility;
  if (!isCalendarDate(asOf)) return makeVerdict(rule, "unknown", [makeReason("INVALID_AS_OF", "unknown", {})]);
  const profile = getTarget(target);
  if (profile === undefined || !isKnownTarget(policy, target)) {
    return makeVerdict(rule, "unknown", [makeReason("UNKNOWN_TARGET", "unknown", { target })]);
  }
  if (!isCalendarDate(c?.birthDate)) {
    return allOf(rule, [
      makeVerdict(PLACEMENT_RULES.targetAge, "unknown", [makeReason("BIRTH_DATE_UNKNOWN", "unknown", {})]),
    ]);
  }
  const changes = policyChangeDates(policy, target);
  const over = (f: (day: CalendarDate) => Verdict) => evaluateOverTime(asOf, changes, f);
  const children: Verdict[] = [];
  if (profile.destination !== "ID") children.push(over((day) => nationalAge(c, policy, target, day)));
  children.push(over((day) => targetAge(c, policy, target, day)));
  const edu = education(c, policy, target, asOf);
  if (edu !== undefined) children.push(edu);
  children.push(over((day) => destination(policy, target, day)));
  return allOf(rule, children);
}
