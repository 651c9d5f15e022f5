import * as z from "zod";
import { addDays, ageOn, type CalendarDate, dateOfAge, isCalendarDate } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { nationalMinimumAge, parameterMissing } from "../policy/resolve.js";
import { ageVerdict, beforeBirth } from "./age-window.js";
import { type CodeSpec, defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const AGE_CODES = {
  AGE_WITHIN_RANGE: { urgency: "time" },
  AGE_AT_LEAST_MINIMUM: { urgency: "time" },
  AGE_BELOW_MINIMUM: { urgency: "time" },
  AGE_ABOVE_MAXIMUM: { urgency: "blocker", permanent: true },
  BIRTH_DATE_UNKNOWN: { urgency: "data" },
  AS_OF_BEFORE_BIRTH: { urgency: "data" },
  POLICY_PARAMETER_MISSING: { urgency: "data" },
} as const satisfies Record<string, CodeSpec>;

const APPLICATION_CODES = {
  ...AGE_CODES,
  AGE_AT_APPLICATION_WITHIN_RANGE: { urgency: "time" },
  AGE_AT_APPLICATION_AT_LEAST_MINIMUM: { urgency: "time" },
  AGE_AT_APPLICATION_BELOW_MINIMUM: { urgency: "time" },
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: { urgency: "blocker", permanent: true },
} as const satisfies Record<string, CodeSpec>;

/**
 * A target age judged on the day of application. With a known `appliedOn` the age is a fact of
 * the past: no window (growing older later does not matter; under the minimum then, the
 * candidate must apply again). Without it the day assessed stands for the application day
 * (`assumed: true`), with the windows of an application made that day. An application day
 * before the birth date gives `AS_OF_BEFORE_BIRTH` (`unknown`) with that day.
 */
function applicationAgeVerdict(
  rule: string,
  birthDate: CalendarDate,
  day: CalendarDate,
  appliedOn: CalendarDate | undefined,
  basis: string,
  min: number,
  max: number | undefined,
): Verdict {
  const on = appliedOn ?? day;
  const assumed = appliedOn === undefined;
  if (on < birthDate) return beforeBirth(rule, on);
  const age = ageOn(birthDate, on);
  if (age < min) {
    return makeVerdict(
      rule,
      "fail",
      [makeReason("AGE_AT_APPLICATION_BELOW_MINIMUM", "fail", { age, min, appliedOn: on, assumed }, basis)],
      { validFrom: assumed ? dateOfAge(birthDate, min) : undefined },
    );
  }
  if (max !== undefined && age > max) {
    return makeVerdict(rule, "fail", [
      makeReason("AGE_AT_APPLICATION_ABOVE_MAXIMUM", "fail", { age, max, appliedOn: on, assumed }, basis),
    ]);
  }
  if (max === undefined) {
    return makeVerdict(rule, "pass", [
      makeReason("AGE_AT_APPLICATION_AT_LEAST_MINIMUM", "pass", { age, min, appliedOn: on, assumed }, basis),
    ]);
  }
  return makeVerdict(
    rule,
    "pass",
    [makeReason("AGE_AT_APPLICATION_WITHIN_RANGE", "pass", { age, min, max, appliedOn: on, assumed }, basis)],
    { validUntil: assumed ? addDays(dateOfAge(birthDate, max + 1), -1) : undefined },
  );
}

const age = z.number().int().min(0).max(150);

function birthDateUnknown(rule: string): Verdict {
  return makeVerdict(rule, "unknown", [makeReason("BIRTH_DATE_UNKNOWN", "unknown", {})]);
}

/**
 * The national minimum age for placement abroad (UU 18/2017 Pasal 5 huruf a: 18; before it
 * UU 39/2004: 18, or 21 with an individual employer), which every target abroad meets without
 * listing it. Not applied to placement at home (destination `"ID"`). A day judged before the
 * birth date gives `unknown` with `AS_OF_BEFORE_BIRTH`, never a negative age.
 */
export const nationalAgeKind = defineRequirementKind({
  id: "nationalAge",
  rule: "placement.age.national",
  component: "eligibility",
  gates: ["placement", "departure"],
  national: true,
  description: { id: "Usia minimal penempatan PMI (nasional)", en: "National minimum age for placement abroad" },
  schema: z.null(),
  codes: AGE_CODES,
  messages: BUILT_IN_MESSAGES,
  checklist(ctx) {
    const national = nationalMinimumAge(ctx.policy, ctx.profile, ctx.day);
    return { age: { min: national?.min ?? 0 } };
  },
  evaluate(c, ctx) {
    const rule = "placement.age.national";
    if (ctx.profile.destination === "ID") return [];
    if (!isCalendarDate(c?.birthDate)) return [birthDateUnknown(rule)];
    if (ctx.day < c.birthDate) return [beforeBirth(rule, ctx.day)];
    const national = nationalMinimumAge(ctx.policy, ctx.profile, ctx.day);
    if (national === undefined) return [parameterMissing(rule, "placementMinimumAge", ctx.day)];
    return [ageVerdict(rule, c.birthDate, ctx.day, national, national.min, undefined)];
  },
});

/**
 * The target's own age window, in completed years on the day judged (`AGE_BELOW_MINIMUM` with
 * `validFrom` on the birthday that reaches it; `AGE_ABOVE_MAXIMUM`, permanent; a pass with
 * `validUntil` the day before the window closes). A day judged (or, with `judgedAt:
 * "application"`, an application day) before the birth date gives `unknown` with
 * `AS_OF_BEFORE_BIRTH`, never a negative age.
 */
export const ageKind = defineRequirementKind({
  id: "age",
  rule: "placement.age.target",
  component: "eligibility",
  gates: ["placement", "departure"],
  description: { id: "Rentang usia sasaran (tahun penuh)", en: "Target age window (completed years)" },
  schema: z
    .strictObject({ min: age, max: age.optional(), judgedAt: z.enum(["application", "assessment"]).optional() })
    .refine((r) => r.max === undefined || r.min <= r.max, { error: "INVALID_RANGE", path: ["max"] }),
  codes: APPLICATION_CODES,
  messages: BUILT_IN_MESSAGES,
  checklist(ctx) {
    const national = nationalMinimumAge(ctx.policy, ctx.profile, ctx.day);
    const { min, max, judgedAt } = ctx.version.value;
    const atLeast = Math.max(min, national?.min ?? 0);
    const at = judgedAt === undefined ? {} : { judgedAt };
    return { age: max === undefined ? { min: atLeast, ...at } : { min: atLeast, max, ...at } };
  },
  evaluate(c, ctx) {
    const rule = "placement.age.target";
    if (!isCalendarDate(c?.birthDate)) return [birthDateUnknown(rule)];
    const v = ctx.version;
    const birth = c.birthDate as CalendarDate;
    return v.value.judgedAt === "application"
      ? [applicationAgeVerdict(rule, birth, ctx.day, ctx.appliedOn, v.basis, v.value.min, v.value.max)]
      : [ageVerdict(rule, birth, ctx.day, v, v.value.min, v.value.max)];
  },
});
