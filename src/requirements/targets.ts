import { err, ok, type Result } from "neverthrow";
import type { TargetId } from "../catalog/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import type { DocumentKind } from "../core/vocabulary.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { resolveVersion, targetOf } from "../policy/resolve.js";
import type { LanguageRequirement, Parameter, ParameterVersion, Policy } from "../policy/types.js";
import { noParameter, type TargetChecklist } from "./kind.js";
import { requirementKinds } from "./registry.js";

/**
 * What the policy asks of a candidate for a target on one day: the checklist a UI shows.
 * `age.min` already includes the national minimum for placement abroad. The fields of the
 * built-in kinds keep their documented shape (a kind the target does not ask for shows its
 * neutral value: no language group, no unit, no document, 0 months; `medical` is then absent);
 * requirements of a caller's kinds are under `other`, by kind id.
 *
 * @example
 * ```ts
 * targetRequirements("JP-SSW-CAREGIVING", { asOf }).map((r) => r.language);
 * // ok([[{ test: "JFT_BASIC", minScore: 200 }, { test: "JLPT", minLevel: "N4" }]])
 * ```
 */
export interface TargetRequirements extends TargetChecklist {
  readonly target: TargetId;
  readonly asOf: CalendarDate;
  /** Present once the target is retired: since when, and under which citation. */
  readonly retired?: { readonly since: CalendarDate; readonly basis: string };
  readonly age: { readonly min: number; readonly max?: number; readonly judgedAt?: "application" | "assessment" };
  readonly language: readonly (readonly LanguageRequirement[])[];
  readonly skill: { readonly units: readonly string[]; readonly skillTests: readonly string[] };
  readonly passport: { readonly minValidityMonths: number };
  readonly documents: { readonly placement: readonly DocumentKind[]; readonly departure: readonly DocumentKind[] };
  /** Requirements of caller-defined kinds, by kind id: the value in force. */
  readonly other?: Readonly<Record<string, unknown>>;
}

/** The documented order of the checklist's fields. */
const ORDER = [
  "closed",
  "retired",
  "age",
  "sex",
  "education",
  "language",
  "skill",
  "medical",
  "pregnancyTestWithinDays",
  "passport",
  "documents",
  "ifMarried",
  "orientation",
  "other",
] as const;

/** Options of {@link targetRequirements}. */
export interface TargetRequirementsOptions {
  readonly asOf: CalendarDate;
  /** The policy to read; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/**
 * The error of {@link targetRequirements}.
 *
 * @example
 * ```ts
 * targetRequirements("XX", { asOf })._unsafeUnwrapErr(); // { code: "UNKNOWN_TARGET", target: "XX" }
 * ```
 */
export interface TargetRequirementsError {
  /** `UNKNOWN_TARGET`: no such target in the policy; `INVALID_AS_OF`; `POLICY_PARAMETER_MISSING`: a requirement has no version in force. */
  readonly code: "UNKNOWN_TARGET" | "INVALID_AS_OF" | "POLICY_PARAMETER_MISSING";
  readonly target: string;
  readonly parameter?: string;
}

/**
 * The requirements of `target` as the policy states them on `asOf`: the checklist to show a
 * candidate or an operator, built from each requirement kind's own contribution. `age.min` is
 * the larger of the target's own minimum and the national one (18, UU 18/2017 Pasal 5 huruf a,
 * for placement abroad); `closed` is present while a moratorium is in force. Never throws.
 *
 * @returns `ok(requirements)`, or `err({ code: "UNKNOWN_TARGET", target })` for an id the
 *   policy does not know (also `INVALID_AS_OF`, `POLICY_PARAMETER_MISSING`)
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
  const entry = targetOf(policy, id);
  if (entry === undefined) return err({ code: "UNKNOWN_TARGET", target: id });
  if (!isCalendarDate(asOf)) return err({ code: "INVALID_AS_OF", target: id });
  const requirements = (entry.requirements ?? {}) as Readonly<Record<string, Parameter<unknown> | undefined>>;
  const resolve = (kind: string) =>
    resolveVersion(Object.hasOwn(requirements, kind) ? requirements[kind] : undefined, asOf) as never;
  const fields: Record<string, unknown> = {
    age: { min: 0 },
    language: [],
    skill: { units: [], skillTests: [] },
    passport: { minValidityMonths: 0 },
    documents: { placement: [], departure: [] },
  };
  const other: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const kind of requirementKinds()) {
    known.add(kind.id);
    let version: ParameterVersion<unknown>;
    if (kind.national === true) {
      version = noParameter(asOf);
    } else {
      if (!Object.hasOwn(requirements, kind.id)) continue;
      const v = resolveVersion(requirements[kind.id], asOf);
      if (v === undefined) return err({ code: "POLICY_PARAMETER_MISSING", target: id, parameter: kind.id });
      version = v;
    }
    const ctx = {
      day: asOf,
      target: id,
      profile: entry.profile,
      gate: "placement" as const,
      policy,
      version,
      requirement: resolve,
    };
    if (kind.checklist === undefined) {
      if (kind.national !== true) other[kind.id] = version.value;
    } else {
      Object.assign(fields, kind.checklist(ctx));
    }
  }
  for (const kind of Object.keys(requirements)) {
    if (!known.has(kind)) other[kind] = resolveVersion(requirements[kind], asOf)?.value;
  }
  if (entry.retired !== undefined && asOf >= entry.retired.from) {
    fields.retired = { since: entry.retired.from, basis: entry.retired.basis };
  }
  if (Object.keys(other).length > 0) fields.other = other;
  const out: Record<string, unknown> = { target: id, asOf };
  for (const key of ORDER) if (fields[key] !== undefined) out[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in out)) out[key] = fields[key];
  return ok(out as unknown as TargetRequirements);
}
