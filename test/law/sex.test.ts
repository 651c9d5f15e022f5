/**
 * Who a scheme admits (DOMAIN.md §10, S51a, S64; unconfirmed): Malaysia's manufacturing sector
 * admits no male workers from Indonesia.
 */
import fc from "fast-check";
import { assessReadiness, type CalendarDate, checkPlacementEligibility, targetRequirements } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { candidateFor, slack } from "../arbitraries/catalog.js";
import { dateBetween } from "../arbitraries/index.js";

const asOf = "2026-12-01" as CalendarDate;
const MY = "MY-PLKS-MANUFACTURING";
const ready = candidateFor(targetRequirements(MY, { asOf })._unsafeUnwrap(), [0.5]);

describe("MY-PLKS-MANUFACTURING admits women only", () => {
  it("lists the restriction in its checklist, citing an unconfirmed source", () => {
    expect(targetRequirements(MY, { asOf })._unsafeUnwrap().sex).toEqual(["F"]);
    expect(targetRequirements("JP-SSW-CAREGIVING", { asOf })._unsafeUnwrap().sex).toBeUndefined();
  });

  it("a man is ineligible, with a permanent gap first; a woman is judged as before", () => {
    const woman = assessReadiness({ ...ready, sex: "F" }, { asOf, target: MY });
    const man = assessReadiness({ ...ready, sex: "M" }, { asOf, target: MY });
    expect(man.status).toBe("ineligible");
    expect(man.gaps[0]).toEqual({
      code: "SEX_NOT_ADMITTED",
      component: "eligibility",
      params: { sex: "M", admitted: "F" },
    });
    expect(woman.gaps.some((g) => g.code.startsWith("SEX"))).toBe(false);
    const v = checkPlacementEligibility({ ...ready, sex: "F" }, { asOf, target: MY });
    expect(v.children?.find((x) => x.rule === "placement.sex")?.reasons[0]).toMatchObject({
      code: "SEX_ADMITTED",
      basis: "Malaysia: sektor manufaktur tidak menerima pekerja laki-laki dari Indonesia",
    });
  });

  it("an unknown sex is unknown, not a failure", () => {
    const v = checkPlacementEligibility({ ...ready, sex: undefined as never }, { asOf, target: MY });
    expect(v.children?.find((x) => x.rule === "placement.sex")?.outcome).toBe("unknown");
  });

  it("law: under UU 18/2017, other targets do not look at sex; for Malaysia only a man's status changes", () => {
    // (Under UU 39/2004, until 21 November 2017, a woman also had to show she was not pregnant.)
    fc.assert(
      fc.property(
        dateBetween("2017-11-22", "2035-12-31"),
        slack,
        fc.constantFrom("JP-SSW-CAREGIVING", "KR-EPS-MANUFACTURING", MY),
        (day, s, target) => {
          const c = candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s);
          const f = assessReadiness({ ...c, sex: "F" }, { asOf: day, target });
          const m = assessReadiness({ ...c, sex: "M" }, { asOf: day, target });
          if (target === MY) expect(m.status).toBe("ineligible");
          else expect(m.status).toBe(f.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});
