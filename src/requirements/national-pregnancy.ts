import * as z from "zod";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { resolveParameter } from "../policy/resolve.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";
import { latestPregnancyTest } from "./pregnancy.js";

const RULE = "placement.health.national";

/**
 * The national rule that a woman placed abroad is not pregnant, on the days a law set it
 * (UU 39/2004 Pasal 35 huruf c, 18 October 2004 – 21 November 2017; UU 18/2017 has none), judged
 * from the latest recorded pregnancy test. Health data: no reason or message says the result.
 */
export const nationalPregnancyKind = defineRequirementKind({
  id: "nationalPregnancy",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  national: true,
  description: { id: "Syarat nasional tidak sedang hamil (luar negeri)", en: "National rule: not pregnant (abroad)" },
  schema: z.null(),
  codes: {
    HEALTH_REQUIREMENT_MET: { urgency: "health" },
    HEALTH_REQUIREMENT_NOT_MET: { urgency: "health" },
    HEALTH_REQUIREMENT_UNKNOWN: { urgency: "health" },
  },
  messages: BUILT_IN_MESSAGES,
  evaluate(c, ctx) {
    if (ctx.profile.destination === "ID" || c?.sex === "M") return [];
    const version = resolveParameter(ctx.policy, "placementNotPregnant", ctx.day);
    if (version === undefined || !version.value) return [];
    const basis = version.basis;
    const latest = latestPregnancyTest(c?.medicalChecks, ctx.day);
    if (latest === undefined) {
      return [makeVerdict(RULE, "unknown", [makeReason("HEALTH_REQUIREMENT_UNKNOWN", "unknown", {}, basis)])];
    }
    return latest.result === "NEGATIVE"
      ? [makeVerdict(RULE, "pass", [makeReason("HEALTH_REQUIREMENT_MET", "pass", {}, basis)])]
      : [makeVerdict(RULE, "fail", [makeReason("HEALTH_REQUIREMENT_NOT_MET", "fail", {}, basis)])];
  },
});
