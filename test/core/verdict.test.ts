import fc from "fast-check";
import type { Outcome, Verdict } from "sentra-vokasi";
import { allOf, allOutcomes, anyOf, anyOutcome, makeVerdict } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d, dateBetween } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const outcome = fc.constantFrom<Outcome>("pass", "fail", "unknown");
const verdict: fc.Arbitrary<Verdict> = fc
  .tuple(outcome, fc.option(dateBetween("2020-01-01", "2030-12-31"), { nil: undefined }))
  .map(([o, date]) => makeVerdict("leaf", o, [], o === "pass" ? { validUntil: date } : { validFrom: date }));

describe("three-valued combination", () => {
  it("all-of: fail beats unknown beats pass", () => {
    expect(allOutcomes(["pass", "unknown", "pass"])).toBe("unknown");
    expect(allOutcomes(["unknown", "fail"])).toBe("fail");
    expect(allOutcomes([])).toBe("pass");
  });

  it("any-of: pass beats unknown beats fail", () => {
    expect(anyOutcome(["fail", "unknown"])).toBe("unknown");
    expect(anyOutcome(["fail", "pass", "unknown"])).toBe("pass");
    expect(anyOutcome([])).toBe("fail");
  });

  it("allOf keeps the deciding reasons, failing before unknown", () => {
    const a = makeVerdict("a", "unknown", [{ code: "X", outcome: "unknown", params: {} }]);
    const b = makeVerdict("b", "fail", [{ code: "Y", outcome: "fail", params: {} }]);
    const c = makeVerdict("c", "pass", [{ code: "Z", outcome: "pass", params: {} }]);
    expect(allOf("all", [a, b, c]).reasons.map((r) => r.code)).toEqual(["Y", "X"]);
    expect(allOf("all", [c]).reasons.map((r) => r.code)).toEqual(["Z"]);
  });

  it("allOf windows: earliest lapse, latest start, none when a part cannot pass by time", () => {
    const p1 = makeVerdict("p1", "pass", [], { validUntil: d("2027-01-01") });
    const p2 = makeVerdict("p2", "pass", [], { validUntil: d("2026-06-30") });
    expect(allOf("x", [p1, p2]).validUntil).toBe("2026-06-30");
    const f1 = makeVerdict("f1", "fail", [], { validFrom: d("2026-03-01") });
    const f2 = makeVerdict("f2", "unknown", [], { validFrom: d("2026-05-01") });
    expect(allOf("x", [f1, f2, p1]).validFrom).toBe("2026-05-01");
    expect(allOf("x", [f1, p2, makeVerdict("f3", "fail", [])]).validFrom).toBeUndefined();
    // a passing part lapses before the failing one starts to pass: no honest validFrom
    expect(allOf("x", [makeVerdict("f", "fail", [], { validFrom: d("2027-06-01") }), p2]).validFrom).toBeUndefined();
  });

  it("anyOf windows: the latest lapse among passing alternatives, the earliest start otherwise", () => {
    const p1 = makeVerdict("p1", "pass", [], { validUntil: d("2027-01-01") });
    const p2 = makeVerdict("p2", "pass", [], { validUntil: d("2026-06-30") });
    expect(anyOf("x", [p1, p2]).validUntil).toBe("2027-01-01");
    expect(anyOf("x", [p1, makeVerdict("p3", "pass", [])]).validUntil).toBeUndefined();
    const f1 = makeVerdict("f1", "fail", [], { validFrom: d("2026-03-01") });
    const f2 = makeVerdict("f2", "unknown", [], { validFrom: d("2026-05-01") });
    expect(anyOf("x", [f1, f2]).validFrom).toBe("2026-03-01");
  });

  it("makeVerdict keeps verdicts plain JSON and drops meaningless windows", () => {
    const v = makeVerdict("r", "pass", [], { validFrom: d("2026-01-01"), validUntil: undefined });
    expect(Object.keys(v)).toEqual(["rule", "outcome", "reasons"]);
    expect(makeVerdict("r", "fail", [], { validUntil: d("2026-01-01") })).not.toHaveProperty("validUntil");
  });

  describe("laws", () => {
    it("allOf and anyOf are order-independent in outcome and window", () => {
      fc.assert(
        fc.property(fc.array(verdict, { maxLength: 6 }), (vs) => {
          const rev = [...vs].reverse();
          for (const f of [allOf, anyOf]) {
            const a = f("r", vs);
            const b = f("r", rev);
            expect([a.outcome, a.validFrom, a.validUntil]).toEqual([b.outcome, b.validFrom, b.validUntil]);
          }
        }),
        { numRuns: runs(100) },
      );
    });

    it("De Morgan over outcomes: any-of is the dual of all-of", () => {
      const neg = (o: Outcome): Outcome => (o === "pass" ? "fail" : o === "fail" ? "pass" : "unknown");
      fc.assert(
        fc.property(fc.array(outcome), (os) => {
          expect(anyOutcome(os)).toBe(neg(allOutcomes(os.map(neg))));
        }),
        { numRuns: runs(100) },
      );
    });

    it("a single child combines to itself", () => {
      fc.assert(
        fc.property(verdict, (v) => {
          for (const f of [allOf, anyOf]) {
            const c = f("r", [v]);
            expect([c.outcome, c.validFrom, c.validUntil]).toEqual([v.outcome, v.validFrom, v.validUntil]);
          }
        }),
        { numRuns: runs(100) },
      );
    });

    it("combined verdicts survive JSON round-trips unchanged", () => {
      fc.assert(
        fc.property(fc.array(verdict, { maxLength: 4 }), (vs) => {
          const v = allOf("r", [anyOf("s", vs), ...vs]);
          expect(JSON.parse(JSON.stringify(v))).toStrictEqual(v);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
