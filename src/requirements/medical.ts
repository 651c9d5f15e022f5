import * as z from "zod";
import type { Candidate, MedicalCheck } from "../candidate/types.js";
import { addDays, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const ASPECTS = ["medical", "psychological"] as const;

function covers(check: MedicalCheck, aspect: (typeof ASPECTS)[number]): boolean {
  return check.scope === "FULL" || (aspect === "medical" ? check.scope === "MEDICAL" : check.scope === "PSYCHOLOGICAL");
}

/**
 * The health component: the latest medical and the latest psychological examination (a `FULL`
 * check covers both; UU 18/2017 Pasal 13 huruf d) must be `FIT` and at most `maxAgeDays` old,
 * and, where required, colour vision must have been found normal. The latest check of an aspect
 * governs: an `UNFIT` result is `MEDICAL_UNFIT` (a later check can pass), a stale one
 * `MEDICAL_CHECK_EXPIRED`, none `MEDICAL_CHECK_MISSING` (unknown). Deficient colour vision is
 * `COLOUR_VISION_DEFICIENT`, a permanent exclusion.
 */
export function checkHealth(
  c: Candidate,
  asOf: CalendarDate,
  medical: { readonly maxAgeDays: number; readonly colourVisionNormal: boolean },
  basis: string,
): Verdict {
  const checks = (Array.isArray(c?.medicalChecks) ? c.medicalChecks : []).filter(
    (m) => isCalendarDate(m?.examinedOn) && m.examinedOn <= asOf,
  );
  const children: Verdict[] = ASPECTS.map((aspect) => {
    const rule = `health.${aspect}`;
    let latest: MedicalCheck | undefined;
    for (const m of checks)
      if (covers(m, aspect) && (latest === undefined || m.examinedOn >= latest.examinedOn)) latest = m;
    if (latest === undefined) {
      return makeVerdict(rule, "unknown", [makeReason("MEDICAL_CHECK_MISSING", "unknown", { aspect }, basis)]);
    }
    if (latest.result === "UNFIT") {
      return makeVerdict(rule, "fail", [
        makeReason("MEDICAL_UNFIT", "fail", { aspect, examinedOn: latest.examinedOn }, basis),
      ]);
    }
    const lastDay = addDays(latest.examinedOn, medical.maxAgeDays);
    if (asOf > lastDay) {
      return makeVerdict(rule, "fail", [
        makeReason(
          "MEDICAL_CHECK_EXPIRED",
          "fail",
          { aspect, examinedOn: latest.examinedOn, lastValidDay: lastDay },
          basis,
        ),
      ]);
    }
    return makeVerdict(
      rule,
      "pass",
      [makeReason("MEDICAL_FIT", "pass", { aspect, examinedOn: latest.examinedOn }, basis)],
      { validUntil: lastDay },
    );
  });
  if (medical.colourVisionNormal) {
    const rule = "health.colourVision";
    if (checks.some((m) => m.colourVisionNormal === false)) {
      children.push(makeVerdict(rule, "fail", [makeReason("COLOUR_VISION_DEFICIENT", "fail", {}, basis)]));
    } else if (checks.some((m) => m.colourVisionNormal === true)) {
      children.push(makeVerdict(rule, "pass", [makeReason("COLOUR_VISION_NORMAL", "pass", {}, basis)]));
    } else {
      children.push(makeVerdict(rule, "unknown", [makeReason("COLOUR_VISION_UNKNOWN", "unknown", {}, basis)]));
    }
  }
  return allOf("health", children);
}

/** The health component's requirement: how recent a fit check must be, and colour vision. */
export const medicalKind = defineRequirementKind({
  id: "medical",
  rule: "health",
  component: "health",
  gates: ["placement", "departure"],
  description: { id: "Pemeriksaan kesehatan", en: "Medical check" },
  schema: z.strictObject({ maxAgeDays: z.number().int().min(0).max(100_000), colourVisionNormal: z.boolean() }),
  codes: {
    MEDICAL_FIT: { urgency: "health" },
    MEDICAL_UNFIT: { urgency: "health" },
    MEDICAL_CHECK_MISSING: { urgency: "health" },
    MEDICAL_CHECK_EXPIRED: { urgency: "health" },
    COLOUR_VISION_NORMAL: { urgency: "health" },
    COLOUR_VISION_DEFICIENT: { urgency: "blocker", permanent: true },
    COLOUR_VISION_UNKNOWN: { urgency: "health" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ medical: ctx.version.value }),
  evaluate: (c, ctx) => checkHealth(c, ctx.day, ctx.version.value, ctx.version.basis).children ?? [],
});
