import * as z from "zod";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const RULE = "placement.destination";

/**
 * Whether placement with the target is open: `false` while a moratorium is in force
 * (`DESTINATION_CLOSED`, permanent unless the policy knows the day it ends, then `validFrom`).
 */
export const openKind = defineRequirementKind({
  id: "open",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  description: { id: "Penempatan dibuka (tanpa moratorium)", en: "Placement open (no moratorium)" },
  schema: z.boolean(),
  codes: {
    DESTINATION_OPEN: { urgency: "time" },
    DESTINATION_CLOSED: { urgency: "time", permanent: true },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => (ctx.version.value ? {} : { closed: { since: ctx.version.from, basis: ctx.version.basis } }),
  evaluate(_c, ctx) {
    const { target } = ctx;
    const destination = ctx.profile.destination;
    const v = ctx.version;
    return [
      v.value
        ? makeVerdict(RULE, "pass", [makeReason("DESTINATION_OPEN", "pass", { target, destination }, v.basis)])
        : makeVerdict(RULE, "fail", [
            makeReason("DESTINATION_CLOSED", "fail", { target, destination, since: v.from }, v.basis),
          ]),
    ];
  },
});
