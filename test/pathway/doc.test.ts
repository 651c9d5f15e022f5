/** docs/pathway.md's worked example holds the plan law too. */

import { applyPathway, assessReadiness, type CalendarDate, parseCandidate, planPathway } from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { pathwayExample } from "../../scripts/pathway-doc.js";

describe("docs/pathway.md's worked example", () => {
  it("is planned, ready on its earliest day and not the day before, training on a wave", () => {
    const { raw, asOf, target, schedule } = pathwayExample();
    const c = parseCandidate(raw)._unsafeUnwrap();
    const plan = planPathway(c, { asOf, target, schedule })._unsafeUnwrap();
    expect(plan.status).toBe("planned");
    const day = plan.earliestPlacement as CalendarDate;
    const on = (x: CalendarDate) => assessReadiness(applyPathway(c, plan), { asOf: x, target }).status;
    expect(on(day)).toBe("ready");
    expect(on(addDays(day, -1))).not.toBe("ready");
    expect(plan.steps.find((s) => s.id === "training")?.subject).toMatchObject({ wave: "2027-01-04" });
    expect(plan.steps.find((s) => s.kind === "language")?.plannedOn).toBe("2027-03-05");
  });
});
