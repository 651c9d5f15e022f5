import type { Candidate } from "../candidate/types.js";
import type { TargetId } from "../catalog/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { targetOf } from "../policy/resolve.js";
import type { Policy } from "../policy/types.js";
import { evaluateTarget } from "../requirements/evaluate.js";
import { SKILL_RULES } from "../requirements/skill.js";

/** Options of {@link checkCertification}. */
export interface CheckCertificationOptions {
  readonly asOf: CalendarDate;
  readonly target: TargetId;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/**
 * Rule ids of the certification verdict and its checks.
 *
 * @example
 * ```ts
 * checkCertification(c, { asOf, target }).rule === CERTIFICATION_RULES.skill; // true
 * ```
 */
export const CERTIFICATION_RULES = SKILL_RULES;

/**
 * Does the candidate hold the certification a target asks for on `asOf`? A competency
 * certificate (BNSP, issued by an LSP to a candidate found Kompeten; UU 18/2017 Pasal 13
 * huruf c) must cover each of the target's units and still be valid, and each pass/fail skill
 * test of the target must be held.
 *
 * - A unit covered by no certificate: `unknown`, `COMPETENCY_UNITS_MISSING` (which units).
 * - Covered only by lapsed certificates: `fail`, `COMPETENCY_CERTIFICATE_EXPIRED`. A certificate
 *   is valid to its `expiresOn`, or else for the policy's validity of its scheme (3 years by
 *   default, unconfirmed): issued 2026-07-01, its last day is 2029-06-30.
 * - A skill test not held: `unknown`, `SKILL_TEST_MISSING`; held but expired: `fail`,
 *   `SKILL_TEST_EXPIRED`.
 *
 * A pass carries `validUntil`: the earliest expiry that matters. Certificates dated after
 * `asOf` are not counted. An unknown target gives `unknown` with `UNKNOWN_TARGET`. Never throws.
 *
 * @example
 * ```ts
 * checkCertification(candidate, { asOf: "2026-11-28" as CalendarDate, target: "ID-INDUSTRY-WELDING" }).outcome;
 * ```
 */
export function checkCertification(c: Candidate, options: CheckCertificationOptions): Verdict {
  const asOf = options?.asOf;
  const policy = options?.policy ?? DEFAULT_POLICY;
  const target = typeof options?.target === "string" ? options.target : String(options?.target);
  const rule = CERTIFICATION_RULES.skill;
  if (!isCalendarDate(asOf)) return makeVerdict(rule, "unknown", [makeReason("INVALID_AS_OF", "unknown", {})]);
  if (targetOf(policy, target) === undefined) {
    return makeVerdict(rule, "unknown", [makeReason("UNKNOWN_TARGET", "unknown", { target })]);
  }
  const components = evaluateTarget({ candidate: c, target, gate: "placement", policy, only: "skill" }, asOf);
  return (
    components?.[0]?.verdict ?? makeVerdict(rule, "pass", [makeReason("NO_CERTIFICATION_REQUIRED", "pass", { target })])
  );
}
