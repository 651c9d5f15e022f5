import * as z from "zod";
import type { MedicalCheck } from "../candidate/types.js";
import { addDays, type CalendarDate, daysBetween, isCalendarDate } from "../core/date.js";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const RULE = "health.preDeparture";

/** The latest pregnancy test recorded on or before `day`, if any. Shared with the national rule of UU 39/2004. */
export function latestPregnancyTest(
  checks: readonly MedicalCheck[] | undefined,
  day: CalendarDate,
): { readonly result: string; readonly testedOn: CalendarDate } | undefined {
  let latest: { readonly result: string; readonly testedOn: CalendarDate } | undefined;
  for (const m of Array.isArray(checks) ? checks : []) {
    const t = m?.pregnancyTest;
    if (t === undefined || !isCalendarDate(t.testedOn) || t.testedOn > day) continue;
    if (latest === undefined || t.testedOn >= latest.testedOn) latest = t;
  }
  return latest;
}

/**
 * The laboratory check repeated before departure (Perpres 64/2011 Pasal 14 ayat (7)): a female
 * candidate needs a pregnancy test taken at most `withinDays` days before the day judged, and a
 * positive one voids the health certificate (ayat (6)). Health data: no reason or message says
 * the result; a void certificate is `HEALTH_CERTIFICATE_VOID` (not permanent: a later
 * examination can pass). Not asked of a male candidate; `unknown` without a recorded sex.
 */
export const pregnancyTestKind = defineRequirementKind({
  id: "pregnancyTest",
  rule: RULE,
  component: "health",
  gates: ["departure"],
  description: {
    id: "Pemeriksaan laboratorium (tes kehamilan) menjelang keberangkatan",
    en: "Laboratory check (pregnancy test) before departure",
  },
  schema: z.strictObject({ withinDays: z.number().int().min(0).max(365) }),
  codes: {
    PREGNANCY_TEST_RECENT: { urgency: "health" },
    PREGNANCY_TEST_MISSING: { urgency: "health" },
    PREGNANCY_TEST_TOO_OLD: { urgency: "health" },
    HEALTH_CERTIFICATE_VOID: { urgency: "health" },
    SEX_UNKNOWN: { urgency: "data" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ pregnancyTestWithinDays: ctx.version.value.withinDays }),
  evaluate(c, ctx) {
    const { withinDays } = ctx.version.value;
    const basis = ctx.version.basis;
    const day = ctx.day;
    if (c?.sex === "M") return [];
    if (c?.sex !== "F") {
      return [makeVerdict(RULE, "unknown", [makeReason("SEX_UNKNOWN", "unknown", { admitted: "F,M" }, basis)])];
    }
    const latest = latestPregnancyTest(c.medicalChecks, day);
    if (latest === undefined) {
      return [makeVerdict(RULE, "unknown", [makeReason("PREGNANCY_TEST_MISSING", "unknown", { withinDays }, basis)])];
    }
    const testedOn = latest.testedOn;
    if (latest.result !== "NEGATIVE") {
      return [makeVerdict(RULE, "fail", [makeReason("HEALTH_CERTIFICATE_VOID", "fail", {}, basis)])];
    }
    if (daysBetween(testedOn, day) > withinDays) {
      return [
        makeVerdict(RULE, "fail", [makeReason("PREGNANCY_TEST_TOO_OLD", "fail", { withinDays, testedOn }, basis)]),
      ];
    }
    return [
      makeVerdict(RULE, "pass", [makeReason("PREGNANCY_TEST_RECENT", "pass", { withinDays, testedOn }, basis)], {
        validUntil: addDays(testedOn, withinDays),
      }),
    ];
  },
});
