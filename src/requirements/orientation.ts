import * as z from "zod";
import type { Candidate } from "../candidate/types.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

/**
 * OPP, the pre-departure orientation, completed by `asOf` (DOMAIN.md §1.5), with the citation
 * `basis`.
 */
export function checkOrientation(c: Candidate, asOf: CalendarDate, basis?: string): Verdict {
  const done = c?.orientation?.completedOn;
  return isCalendarDate(done) && done <= asOf
    ? makeVerdict("orientation", "pass", [makeReason("ORIENTATION_COMPLETED", "pass", { completedOn: done }, basis)])
    : makeVerdict("orientation", "unknown", [makeReason("ORIENTATION_MISSING", "unknown", {}, basis)]);
}

/** Pre-departure orientation (OPP), required at the departure gate when the value is `true`. */
export const orientationKind = defineRequirementKind({
  id: "orientation",
  rule: "orientation",
  component: "orientation",
  gates: ["departure"],
  description: {
    id: "Orientasi Pra Pemberangkatan (OPP) wajib sebelum berangkat",
    en: "Pre-departure orientation (OPP) required before departure",
  },
  schema: z.boolean(),
  codes: {
    ORIENTATION_COMPLETED: { urgency: "orientation" },
    ORIENTATION_MISSING: { urgency: "orientation" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => (ctx.version.value ? { orientation: true } : {}),
  evaluate: (c, ctx) => (ctx.version.value ? [checkOrientation(c, ctx.day, ctx.version.basis)] : []),
});
