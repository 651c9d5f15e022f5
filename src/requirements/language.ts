import * as z from "zod";
import type { Gap, Verdict } from "../core/verdict.js";
import { CEFR_LEVELS, JLPT_LEVELS } from "../core/vocabulary.js";
import { checkLanguageRequirements, LANGUAGE_RULE } from "../language/check.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const nonNegative = z.number().int().min(0).max(100_000);

const languageRequirement = z.discriminatedUnion("test", [
  z.strictObject({
    test: z.enum(["JFT_BASIC", "EPS_TOPIK", "TOPIK"]),
    minScore: z.number().min(0).max(300),
    maxAgeMonths: nonNegative.optional(),
  }),
  z.strictObject({ test: z.literal("JLPT"), minLevel: z.enum(JLPT_LEVELS), maxAgeMonths: nonNegative.optional() }),
  z.strictObject({ test: z.literal("CEFR"), minLevel: z.enum(CEFR_LEVELS), maxAgeMonths: nonNegative.optional() }),
  z.strictObject({ test: z.literal("IELTS"), minBand: z.number().min(0).max(9), maxAgeMonths: nonNegative.optional() }),
]);

/** One gap per unmet group: its alternatives (tests and minimums, in order, without repeats). */
function groupGap(group: Verdict): Gap {
  const tests: string[] = [];
  const minimums: string[] = [];
  for (const r of group.reasons) {
    const test = String(r.params.test ?? "");
    const min = String(r.params.min ?? "");
    if (test !== "" && !tests.some((t, i) => t === test && minimums[i] === min)) {
      tests.push(test);
      minimums.push(min);
    }
  }
  return {
    code: "LANGUAGE_RESULT_NEEDED",
    component: "language",
    params: { tests: tests.join(","), minimums: minimums.join(",") },
  };
}

/**
 * Language results: every group must hold, within a group any one requirement (a test and its
 * minimum, optionally no older than `maxAgeMonths`). An unmet group is one
 * `LANGUAGE_RESULT_NEEDED` gap listing its alternatives.
 */
export const languageKind = defineRequirementKind({
  id: "language",
  rule: LANGUAGE_RULE,
  component: "language",
  gates: ["placement", "departure"],
  description: { id: "Syarat bahasa", en: "Language requirements" },
  schema: z.array(z.array(languageRequirement).min(1).max(20)).max(20),
  codes: {
    LANGUAGE_NOT_REQUIRED: { urgency: "language" },
    LANGUAGE_REQUIREMENT_MET: { urgency: "language" },
    LANGUAGE_RESULT_TOO_LOW: { urgency: "language" },
    LANGUAGE_RESULT_EXPIRED: { urgency: "language" },
    LANGUAGE_RESULT_MISSING: { urgency: "language" },
    LANGUAGE_RESULT_NEEDED: { urgency: "language" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ language: ctx.version.value }),
  evaluate: (c, ctx) => [
    checkLanguageRequirements(c, { asOf: ctx.day, requirements: ctx.version.value, basis: ctx.version.basis }),
  ],
  gaps(v) {
    if (v.outcome === "pass") return [];
    return (v.children ?? []).filter((g) => g.outcome !== "pass").map(groupGap);
  },
});
