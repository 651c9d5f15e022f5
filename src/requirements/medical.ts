import * as z from "zod";
import type { Candidate, MedicalCheck } from "../candidate/types.js";
import { addDays, addMonths, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const ASPECTS = ["medical", "psychological"] as const;

function covers(check: MedicalCheck, aspect: (typeof ASPECTS)[number]): boolean {
  return check.scope === "FULL" || (aspect === "medical" ? check.scope === "MEDICAL" : check.scope === "PSYCHOLOGICAL");
}

/**
 * The health component: the latest medical and the latest psychological examination (a `FULL`
 * check covers both; UU 18/2017 Pasal 13 huruf d) must be `FIT` and its health certificate
 * still valid, and, where required, colour vision must have been found normal.
 *
 * Validity counts from the certificate's issue day (`certificateIssuedOn`), or from
 * `examinedOn` when the record has no issue day (the reasons say which: `countedFrom`). With
 * `validityMonths` (Perpres 64/2011 Pasal 14 ayat (5): 3 months from the issue date) the last
 * valid day is the day before the same date that many months later (issued 2026-01-10: valid to
 * 2026-04-09; at a month's end, the end-of-month rule first: issued 2026-11-30, valid to
 * 2027-02-27); with `maxAgeDays` it is that many days after. The latest check of an aspect
 * governs: an `UNFIT` result is `MEDICAL_UNFIT` (a later check can pass), a stale one
 * `MEDICAL_CHECK_EXPIRED`, none `MEDICAL_CHECK_MISSING` (unknown). Deficient colour vision is
 * `COLOUR_VISION_DEFICIENT`, a permanent exclusion.
 */
export function checkHealth(
  c: Candidate,
  asOf: CalendarDate,
  medical: {
    readonly maxAgeDays?: number | undefined;
    readonly validityMonths?: number | undefined;
    readonly colourVisionNormal: boolean;
  },
  basis: string,
): Verdict {
  const lastValidDay = (m: MedicalCheck): CalendarDate => {
    const from = isCalendarDate(m.certificateIssuedOn) ? m.certificateIssuedOn : m.examinedOn;
    return medical.validityMonths !== undefined
      ? addDays(addMonths(from, medical.validityMonths), -1)
      : addDays(from, medical.maxAgeDays ?? 0);
  };
  const countedFrom = (m: MedicalCheck) =>
    isCalendarDate(m.certificateIssuedOn) ? "certificateIssuedOn" : "examinedOn";
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
    const lastDay = lastValidDay(latest);
    const from = countedFrom(latest);
    if (asOf > lastDay) {
      return makeVerdict(rule, "fail", [
        makeReason(
          "MEDICAL_CHECK_EXPIRED",
          "fail",
          { aspect, examinedOn: latest.examinedOn, lastValidDay: lastDay, countedFrom: from },
          basis,
        ),
      ]);
    }
    return makeVerdict(
      rule,
      "pass",
      [makeReason("MEDICAL_FIT", "pass", { aspect, examinedOn: latest.examinedOn, countedFrom: from }, basis)],
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
  schema: z
    .strictObject({
      maxAgeDays: z.number().int().min(0).max(100_000).optional(),
      validityMonths: z.number().int().min(0).max(120).optional(),
      colourVisionNormal: z.boolean(),
    })
    .refine((m) => (m.maxAgeDays === undefined) !== (m.validityMonths === undefined), {
      error: "INVALID_VALUE",
      path: ["validityMonths"],
    }),
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
