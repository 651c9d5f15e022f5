import * as z from "zod";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const RULE = "placement.sex";

/**
 * Who a scheme admits by sex: `admitted` lists the sexes the scheme takes (Malaysia's
 * manufacturing sector admits no male workers from Indonesia). A candidate of another sex
 * cannot be placed with the target, for good (`SEX_NOT_ADMITTED`, permanent); a record without
 * a sex is `unknown`.
 */
export const sexKind = defineRequirementKind({
  id: "sex",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  description: { id: "Jenis kelamin yang diterima skema", en: "Sexes the scheme admits" },
  schema: z.strictObject({
    admitted: z
      .array(z.enum(["F", "M"]))
      .min(1)
      .max(2),
  }),
  codes: {
    SEX_ADMITTED: { urgency: "data" },
    SEX_NOT_ADMITTED: { urgency: "blocker", permanent: true },
    SEX_UNKNOWN: { urgency: "data" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ sex: ctx.version.value.admitted }),
  evaluate(c, ctx) {
    const { admitted } = ctx.version.value;
    const basis = ctx.version.basis;
    const sex = c?.sex;
    const list = admitted.join(",");
    if (sex !== "F" && sex !== "M") {
      return [makeVerdict(RULE, "unknown", [makeReason("SEX_UNKNOWN", "unknown", { admitted: list }, basis)])];
    }
    return admitted.includes(sex)
      ? [makeVerdict(RULE, "pass", [makeReason("SEX_ADMITTED", "pass", { sex, admitted: list }, basis)])]
      : [makeVerdict(RULE, "fail", [makeReason("SEX_NOT_ADMITTED", "fail", { sex, admitted: list }, basis)])];
  },
});
