import * as z from "zod";
import { meetsEducation } from "../candidate/education.js";
import { makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { EDUCATION_LEVELS, type Education } from "../core/vocabulary.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const RULE = "placement.education";

/** The verdict of an education minimum (none for `"NONE"`), shared with the national minimum. */
export function educationVerdicts(
  rule: string,
  education: Education | undefined,
  min: Education,
  basis: string,
): Verdict[] {
  if (min === "NONE") return [];
  if (education === undefined) {
    return [makeVerdict(rule, "unknown", [makeReason("EDUCATION_UNKNOWN", "unknown", { min }, basis)])];
  }
  return meetsEducation(education, min)
    ? [makeVerdict(rule, "pass", [makeReason("EDUCATION_MEETS_MINIMUM", "pass", { education, min }, basis)])]
    : [makeVerdict(rule, "fail", [makeReason("EDUCATION_BELOW_MINIMUM", "fail", { education, min }, basis)])];
}

/**
 * The target's education minimum (`EDUCATION_BELOW_MINIMUM`; `EDUCATION_UNKNOWN` when the
 * record has none). `"NONE"` asks for nothing.
 */
export const educationKind = defineRequirementKind({
  id: "education",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  description: { id: "Pendidikan minimal", en: "Minimum education" },
  schema: z.enum(EDUCATION_LEVELS),
  codes: {
    EDUCATION_MEETS_MINIMUM: { urgency: "education" },
    EDUCATION_BELOW_MINIMUM: { urgency: "education" },
    EDUCATION_UNKNOWN: { urgency: "data" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => (ctx.version.value === "NONE" ? {} : { education: ctx.version.value }),
  evaluate: (c, ctx) => educationVerdicts(RULE, c?.education, ctx.version.value, ctx.version.basis),
});
