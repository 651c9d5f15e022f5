import { err, ok, type Result } from "neverthrow";
import type { DocumentKind, Education } from "../candidate/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { resolveParameter, resolveTargetParameter } from "../policy/resolve.js";
import type {
  LanguageRequirement,
  ParameterVersion,
  Policy,
  TargetParameterName,
  TargetParameterValue,
} from "../policy/types.js";
import { getTarget } from "./lookup.js";
import type { TargetId } from "./types.js";

/** Every target parameter's version in force on one day. */
type InForce = { readonly [K in TargetParameterName]: ParameterVersion<TargetParameterValue<K>> };

/** The order in which a missing target parameter is reported (the first missing one wins). */
const PARAMETER_ORDER: readonly TargetParameterName[] = [
  "age",
  "education",
  "language",
  "skill",
  "medical",
  "passport",
  "documents",
  "open",
];

/**
 * What the policy asks of a candidate for a target on one day: the checklist a UI shows.
 * `age.min` already includes the national minimum for placement abroad.
 *
 * @example
 * ```ts
 * targetRequirements("JP-SSW-CAREGIVING", { asOf }).map((r) => r.language);
 * // ok([[{ test: "JFT_BASIC", minScore: 200 }, { test: "JLPT", minLevel: "N4" }]])
 * ```
 */
export interface TargetRequirements {
  readonly target: TargetId;
  readonly asOf: CalendarDate;
  /** Present while a placement moratorium is in force: since when, and under which citation. */
  readonly closed?: { readonly since: CalendarDate; readonly basis: string };
  readonly age: { readonly min: number; readonly max?: number };
  /** Minimum education, when there is one. */
  readonly education?: Education;
  /** Every group must hold; within a group, any one. */
  readonly language: readonly (readonly LanguageRequirement[])[];
  readonly skill: { readonly units: readonly string[]; readonly skillTests: readonly string[] };
  readonly medical: { readonly maxAgeDays: number; readonly colourVisionNormal: boolean };
  readonly passport: { readonly minValidityMonths: number };
  /** Documents per gate; `departure` includes `placement`. */
  readonly documents: { readonly placement: readonly DocumentKind[]; readonly departure: readonly DocumentKind[] };
}

/** Options of {@link targetRequirements}. */
export interface TargetRequirementsOptions {
  readonly asOf: CalendarDate;
  /** The policy to read; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/** The error of {@link targetRequirements}. */
export interface TargetRequirementsError {
  /** `UNKNOWN_TARGET`: no such target in the catalogue or the policy; `INVALID_AS_OF`; `POLICY_PARAMETER_MISSING`: the policy has no version in force. */
  readonly code: "UNKNOWN_TARGET" | "INVALID_AS_OF" | "POLICY_PARAMETER_MISSING";
  readonly target: string;
  readonly parameter?: string;
}

/**
 * True when `target` is in the catalogue and has rules in `policy`: the targets every check
 * accepts. Internal.
 */
export function isKnownTarget(policy: Policy, target: string): boolean {
  return getTarget(target) !== undefined && Object.hasOwn(policy?.targets ?? {}, target);
}

/**
 * The national minimum age that applies to a target on a day: `placementMinimumAge`, or for an
 * individual employer `placementMinimumAgeIndividualEmployer` (21 under UU 39/2004, 18 since
 * UU 18/2017). `undefined` for placement at home or when the policy has no version in force.
 * Internal.
 */
export function nationalMinimumAge(
  policy: Policy,
  targetId: string,
  asOf: CalendarDate,
): { readonly min: number; readonly basis: string } | undefined {
  const profile = getTarget(targetId);
  if (profile === undefined || profile.destination === "ID") return undefined;
  const version =
    profile.employer === "individual"
      ? resolveParameter(policy, "placementMinimumAgeIndividualEmployer", asOf)
      : resolveParameter(policy, "placementMinimumAge", asOf);
  return version === undefined ? undefined : { min: version.value, basis: version.basis };
}

/**
 * The requirements of `target` as the policy states them on `asOf`: the checklist to show a
 * candidate or an operator. `age.min` is the larger of the target's own minimum and the
 * national one (18, UU 18/2017 Pasal 5 huruf a, for placement abroad); `closed` is present while
 * a moratorium is in force. Never throws.
 *
 * @returns `ok(requirements)`, or `err({ code: "UNKNOWN_TARGET", target })` for an id that
 *   neither the catalogue nor the policy knows (also `INVALID_AS_OF`, `POLICY_PARAMETER_MISSING`)
 * @example
 * ```ts
 * targetRequirements("SA-DOMESTIC", { asOf: "2026-11-28" as CalendarDate })._unsafeUnwrap().closed;
 * // { since: "2015-07-01", basis: "Kepmenaker 260/2015" }
 * targetRequirements("XX", { asOf: "2026-11-28" as CalendarDate }).isErr(); // true
 * ```
 */
export function targetRequirements(
  target: TargetId,
  options: TargetRequirementsOptions,
): Result<TargetRequirements, TargetRequirementsError> {
  const policy = options?.policy ?? DEFAULT_POLICY;
  const asOf = options?.asOf;
  const id = typeof target === "string" ? target : String(target);
  if (!isKnownTarget(policy, id)) {
    return err({ code: "UNKNOWN_TARGET", target: id });
  }
  if (!isCalendarDate(asOf)) return err({ code: "INVALID_AS_OF", target: id });
  const found: Partial<InForce> = {};
  for (const name of PARAMETER_ORDER) {
    const version = resolveTargetParameter(policy, id, name, asOf);
    if (version === undefined) return err({ code: "POLICY_PARAMETER_MISSING", target: id, parameter: name });
    (found as Record<string, unknown>)[name] = version;
  }
  const { age, education, language, skill, medical, passport, documents, open } = found as InForce;
  const national = nationalMinimumAge(policy, id, asOf);
  const min = Math.max(age.value.min, national?.min ?? 0);
  return ok({
    target: id,
    asOf,
    ...(open.value ? {} : { closed: { since: open.from, basis: open.basis } }),
    age: age.value.max === undefined ? { min } : { min, max: age.value.max },
    ...(education.value === "NONE" ? {} : { education: education.value }),
    language: language.value,
    skill: skill.value,
    medical: medical.value,
    passport: passport.value,
    documents: documents.value,
  });
}
