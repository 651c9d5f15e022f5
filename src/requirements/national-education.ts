import * as z from "zod";
import { resolveParameter } from "../policy/resolve.js";
import { educationVerdicts } from "./education.js";
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
    if (version === undefined) return [];
    return educationVerdicts(RULE, c?.education, version.value, version.basis);
  },
});
