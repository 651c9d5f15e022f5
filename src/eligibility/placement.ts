import type { Candidate } from "../candidate/types.js";
import type { TargetId } from "../catalog/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { targetOf } from "../policy/resolve.js";
import type { Policy } from "../policy/types.js";
import { evaluateTarget } from "../requirements/evaluate.js";

/** Options of {@link checkPlacementEligibility}. */
export interface CheckPlacementEligibilityOptions {
  /** The day the candidate is judged on. */
  readonly asOf: CalendarDate;
  /** The placement target, e.g. `"JP-SSW-CAREGIVING"`. */
  readonly target: TargetId;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
  /** The day the candidate applied; see `AssessReadinessOptions.appliedOn`. */
  readonly appliedOn?: CalendarDate;
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
 * - every other requirement of the target that feeds eligibility (a caller's kind, a retired
 *   target's `TARGET_RETIRED`).
 *
 * Windows follow dated changes of the policy (education too). A target the policy does not
 * know gives `unknown` with `UNKNOWN_TARGET`. Never throws.
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
  const appliedOn = options?.appliedOn;
  if (appliedOn !== undefined && !isCalendarDate(appliedOn)) {
    return makeVerdict(rule, "unknown", [makeReason("INVALID_APPLIED_ON", "unknown", {})]);
  }
  if (targetOf(policy, target) === undefined) {
    return makeVerdict(rule, "unknown", [makeReason("UNKNOWN_TARGET", "unknown", { target })]);
  }
  const input = { candidate: c, target, gate: "placement" as const, policy, only: "eligibility" as const, appliedOn };
  const components = evaluateTarget(input, asOf);
  return components?.[0]?.verdict ?? allOf(rule, []);
}
