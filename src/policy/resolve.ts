import { addDays, type CalendarDate } from "../core/date.js";
import type { Verdict } from "../core/verdict.js";
import type { Parameter, ParameterName, ParameterValue, ParameterVersion, Policy } from "./types.js";

/**
 * The version of a parameter in force on `asOf`: the last listed version whose days cover it,
 * or `undefined` when none does. Never throws.
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
  const parameter = policy?.parameters?.[name] as Parameter<ParameterValue<K>> | undefined;
  const versions = parameter?.versions;
  if (!Array.isArray(versions)) return undefined;
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i];
    if (v !== undefined && v.from <= asOf && (v.until === undefined || asOf <= v.until)) return v;
  }
  return undefined;
}

const changeDatesCache = new WeakMap<Policy, readonly CalendarDate[]>();

/**
 * Every day on which some parameter of `policy` changes (a version starts, or the day after
 * one ends), sorted. Computed once per policy object.
 */
export function policyChangeDates(policy: Policy): readonly CalendarDate[] {
  const cached = changeDatesCache.get(policy);
  if (cached !== undefined) return cached;
  const days = new Set<CalendarDate>();
  const parameters = (policy?.parameters ?? {}) as unknown as Record<string, Parameter<unknown> | undefined>;
  for (const name of Object.keys(parameters)) {
    const versions = parameters[name]?.versions;
    if (!Array.isArray(versions)) continue;
    for (const v of versions) {
      days.add(v.from);
      if (v.until !== undefined) days.add(addDays(v.until, 1));
    }
  }
  const sorted = [...days].sort();
  if (typeof policy === "object" && policy !== null) changeDatesCache.set(policy, sorted);
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
      from = change;
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
