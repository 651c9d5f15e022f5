import * as z from "zod";
import { meetsEducation } from "../candidate/education.js";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { resolveParameter } from "../policy/resolve.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const RULE = "placement.education.national";

/**
 * The national education minimum for placement abroad, on the days a law set one: SLTP under
 * UU 39/2004 Pasal 35 huruf d (18 October 2004 – 21 November 2017); none since UU 18/2017, whose
 * Pasal 5 names none. Every target abroad meets it without listing it.
 */
export const nationalEducationKind = defineRequirementKind({
  id: "nationalEducation",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  national: true,
  description: { id: "Pendidikan minimal nasional (luar negeri)", en: "National minimum education (abroad)" },
  schema: z.null(),
  codes: {
    EDUCATION_MEETS_MINIMUM: { urgency: "education" },
    EDUCATION_BELOW_MINIMUM: { urgency: "education" },
    EDUCATION_UNKNOWN: { urgency: "data" },
  },
  messages: BUILT_IN_MESSAGES,
  evaluate(c, ctx) {
    if (ctx.profile.destination === "ID") return [];
    const version = resolveParameter(ctx.policy, "placementEducationMinimum", ctx.day);
    if (version === undefined || version.value === "NONE") return [];
    const min = version.value;
    const basis = version.basis;
    const education = c?.education;
    if (education === undefined) {
      return [makeVerdict(RULE, "unknown", [makeReason("EDUCATION_UNKNOWN", "unknown", { min }, basis)])];
    }
    return meetsEducation(education, min)
      ? [makeVerdict(RULE, "pass", [makeReason("EDUCATION_MEETS_MINIMUM", "pass", { education, min }, basis)])]
      : [makeVerdict(RULE, "fail", [makeReason("EDUCATION_BELOW_MINIMUM", "fail", { education, min }, basis)])];
  },
});
