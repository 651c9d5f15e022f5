import { addDays, type CalendarDate } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import type {
  Parameter,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
  PolicyTarget,
  RequirementKindId,
  RequirementValues,
} from "./types.js";

/**
 * The version of a parameter in force on `asOf`: the last listed version whose days cover it,
 * or `undefined` when none does. Never throws.
 *
 * @example
 * ```ts
 * resolveVersion(DEFAULT_POLICY.parameters.trainingAge, "2026-01-01" as CalendarDate)?.value; // { min: 15, max: 29 }
 * ```
 */
export function resolveVersion<T>(
  parameter: Parameter<T> | undefined,
  asOf: CalendarDate,
): ParameterVersion<T> | undefined {
  const versions = parameter?.versions;
  if (!Array.isArray(versions)) return undefined;
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i] as ParameterVersion<T> | undefined;
    if (v !== undefined && v.from <= asOf && (v.until === undefined || asOf <= v.until)) return v;
  }
  return undefined;
}

/**
 * The version of a policy parameter in force on `asOf`, or `undefined` when none is. Never
 * throws.
 *
 * @example
 * ```ts
 * resolveParameter(DEFAULT_POLICY, "trainingAge", "2026-01-01" as CalendarDate)?.value; // { min: 15, max: 29 }
 * ```
 */
export function resolveParameter<K extends ParameterName>(
  policy: Policy,
  name: K,
  asOf: CalendarDate,
): ParameterVersion<ParameterValue<K>> | undefined {
  return resolveVersion(policy?.parameters?.[name] as Parameter<ParameterValue<K>> | undefined, asOf);
}

/**
 * The target of `policy` with this id (own keys only), or `undefined`. Never throws.
 *
 * @example
 * ```ts
 * targetOf(DEFAULT_POLICY, "SA-DOMESTIC")?.profile.destination; // "SA"
 * ```
 */
export function targetOf(policy: Policy, target: string): PolicyTarget | undefined {
  const targets = policy?.targets;
  if (typeof targets !== "object" || targets === null || typeof target !== "string") return undefined;
  const t = Object.hasOwn(targets, target) ? targets[target] : undefined;
  return typeof t === "object" && t !== null && typeof t.profile === "object" && t.profile !== null ? t : undefined;
}

/**
 * The version of a target's requirement of kind `kind` in force on `asOf`, or `undefined` when
 * the target, the requirement or the version is missing. Never throws.
 *
 * @example
 * ```ts
 * resolveRequirement(DEFAULT_POLICY, "SA-DOMESTIC", "open", "2026-01-01" as CalendarDate)?.value; // false
 * ```
 */
export function resolveRequirement<K extends RequirementKindId>(
  policy: Policy,
  target: string,
  kind: K,
  asOf: CalendarDate,
): ParameterVersion<RequirementValues[K]> | undefined {
  const requirements = targetOf(policy, target)?.requirements;
  const own = requirements !== undefined && Object.hasOwn(requirements, kind) ? requirements[kind] : undefined;
  return resolveVersion(own as Parameter<RequirementValues[K]> | undefined, asOf);
}

/**
 * The national minimum age that applies to a target on a day: `placementMinimumAge`, or for an
 * individual employer `placementMinimumAgeIndividualEmployer` (21 under UU 39/2004, 18 since
 * UU 18/2017). `undefined` for placement at home (destination `"ID"`) or when the policy has
 * no version in force.
 */
export function nationalMinimumAge(
  policy: Policy,
  profile: { readonly destination: string; readonly employer: string },
  asOf: CalendarDate,
): { readonly min: number; readonly basis: string } | undefined {
  if (profile.destination === "ID") return undefined;
  const version =
    profile.employer === "individual"
      ? resolveParameter(policy, "placementMinimumAgeIndividualEmployer", asOf)
      : resolveParameter(policy, "placementMinimumAge", asOf);
  return version === undefined ? undefined : { min: version.value, basis: version.basis };
}

const changeDatesCache = new WeakMap<Policy, Map<string, readonly CalendarDate[]>>();

function collect(days: Set<CalendarDate>, parameters: unknown): void {
  if (typeof parameters !== "object" || parameters === null) return;
  for (const p of Object.values(parameters as Record<string, Parameter<unknown> | undefined>)) {
    const versions = p?.versions;
    if (!Array.isArray(versions)) continue;
    for (const v of versions) {
      days.add(v.from);
      if (v.until !== undefined) days.add(addDays(v.until, 1));
    }
  }
}

/**
 * Every day on which a national parameter of `policy` (or, with `target`, also one of that
 * target's) changes: a version starts, or the day after one ends. Sorted; computed once per
 * policy object and target.
 */
export function policyChangeDates(policy: Policy, target?: string): readonly CalendarDate[] {
  const key = target ?? "";
  let perPolicy = typeof policy === "object" && policy !== null ? changeDatesCache.get(policy) : undefined;
  const cached = perPolicy?.get(key);
  if (cached !== undefined) return cached;
  const days = new Set<CalendarDate>();
  collect(days, policy?.parameters);
  const entry = target === undefined ? undefined : targetOf(policy, target);
  if (entry !== undefined) {
    collect(days, entry.requirements);
    if (entry.retired !== undefined) days.add(entry.retired.from);
  }
  const sorted = [...days].sort();
  if (typeof policy === "object" && policy !== null) {
    if (perPolicy === undefined) {
      perPolicy = new Map();
      changeDatesCache.set(policy, perPolicy);
    }
    perPolicy.set(key, sorted);
  }
  return sorted;
}

/**
 * Makes a verdict's time window honest across changes of the law. `evaluate(day)` judges the
 * case under the policy in force on `day` and gives a window valid under that policy only;
 * this follows the window through each later change date of the policy, re-judging there,
 * so that `validUntil` / `validFrom` also account for a parameter that changes on a known day.
 */
export function evaluateOverTime(
  asOf: CalendarDate,
  changeDates: readonly CalendarDate[],
  evaluate: (day: CalendarDate) => Verdict,
): Verdict {
  const first = evaluate(asOf);
  let i = 0;
  while (i < changeDates.length && (changeDates[i] as CalendarDate) <= asOf) i++;
  if (i === changeDates.length) return first;
  if (first.outcome === "pass") {
    let until = first.validUntil;
    for (; i < changeDates.length; i++) {
      const change = changeDates[i] as CalendarDate;
      if (until !== undefined && change > until) break;
      const next = evaluate(change);
      if (next.outcome !== "pass") {
        until = addDays(change, -1);
        break;
      }
      until = next.validUntil;
    }
    return withWindow(first, { validUntil: until });
  }
  let from = first.validFrom;
  for (; i < changeDates.length; i++) {
    const change = changeDates[i] as CalendarDate;
    if (from !== undefined && from < change) break;
    const next = evaluate(change);
    if (next.outcome === "pass") {
      // Claim the change day only if it is really the first: evidence dated after asOf can
      // make the case pass earlier, on a day this walk does not visit.
      from = evaluate(addDays(change, -1)).outcome === "pass" ? undefined : change;
      break;
    }
    from = next.validFrom;
  }
  return withWindow(first, { validFrom: from });
}

function withWindow(
  v: Verdict,
  window: { validFrom?: CalendarDate | undefined; validUntil?: CalendarDate | undefined },
): Verdict {
  const { validFrom: _f, validUntil: _u, ...rest } = v;
  if (v.outcome === "pass") {
    return window.validUntil === undefined ? rest : { ...rest, validUntil: window.validUntil };
  }
  return window.validFrom === undefined ? rest : { ...rest, validFrom: window.validFrom };
}

/** The verdict of a rule whose policy parameter has no version in force on `day`. */
export function parameterMissing(rule: string, parameter: string, day: CalendarDate): Verdict {
  return makeVerdict(rule, "unknown", [makeReason("POLICY_PARAMETER_MISSING", "unknown", { parameter, asOf: day })]);
}
