import fc from "fast-check";
import { DEFAULT_POLICY, definePolicy, type Policy } from "sentra-vokasi";
import { BASIS, resolveParameter } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { makeVerdict } from "../../src/core/verdict.js";
import { evaluateOverTime, policyChangeDates, resolveRequirement } from "../../src/policy/resolve.js";
import { d, dateBetween } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const NEW_RULE = "Pergub Banten (contoh uji)";
const withNarrowWindow = (from: string, min = 17, max = 25) =>
  definePolicy(DEFAULT_POLICY, {
    id: "banten-test",
    citations: { [NEW_RULE]: { instrument: "Peraturan Gubernur (contoh)", sources: [] } },
    parameters: { trainingAge: [{ from: d(from), value: { min, max }, basis: NEW_RULE, confirmed: false }] },
  })._unsafeUnwrap();

describe("DEFAULT_POLICY", () => {
  it("has the training window 15–29 from the ministerial offer of 2 May 2025", () => {
    const v = resolveParameter(DEFAULT_POLICY, "trainingAge", d("2026-11-28"));
    expect(v?.value).toEqual({ min: 15, max: 29 });
    expect(v?.basis).toBe(BASIS.BANTEN_OFFER_2025);
    expect(DEFAULT_POLICY.citations[BASIS.BANTEN_OFFER_2025]?.sources).toEqual(["S1", "S2", "S3", "S63"]);
    // A spoken ministerial offer, not an instrument: in force from that Friday, unconfirmed.
    expect(v?.from).toBe("2025-05-02");
    expect(v?.confirmed).toBe(false);
    expect(resolveParameter(DEFAULT_POLICY, "trainingAge", d("2025-05-01"))).toBeUndefined();
  });

  it("has the national placement minimum of 18 under UU 18/2017 Pasal 5 huruf a", () => {
    const v = resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2026-11-28"));
    expect(v?.value).toBe(18);
    expect(v?.basis).toBe("UU 18/2017 Pasal 5 huruf a");
    expect(v?.confirmed).toBe(true);
    expect(resolveParameter(DEFAULT_POLICY, "placementMinimumAge", d("2010-01-01"))?.basis).toBe(BASIS.UU_39_2004_P35A);
  });

  it("cites a known citation from every version and is valid under its own schema", () => {
    for (const p of Object.values(DEFAULT_POLICY.parameters)) {
      for (const v of p.versions) expect(DEFAULT_POLICY.citations[v.basis]).toBeDefined();
    }
    expect(definePolicy(DEFAULT_POLICY, {}).isOk()).toBe(true);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_POLICY))).toStrictEqual(DEFAULT_POLICY);
  });
});

describe("definePolicy", () => {
  it("returns the base itself when nothing changes", () => {
    expect(definePolicy(DEFAULT_POLICY, {})._unsafeUnwrap()).toBe(DEFAULT_POLICY);
    expect(definePolicy(DEFAULT_POLICY, { parameters: {} })._unsafeUnwrap()).toBe(DEFAULT_POLICY);
  });

  it("lets a province narrow the training window from a date, keeping the base before it", () => {
    const p = withNarrowWindow("2027-01-01");
    expect(resolveParameter(p, "trainingAge", d("2026-12-31"))?.value).toEqual({ min: 15, max: 29 });
    expect(resolveParameter(p, "trainingAge", d("2027-01-01"))?.value).toEqual({ min: 17, max: 25 });
    expect(p.id).toBe("banten-test");
    expect(DEFAULT_POLICY.parameters.trainingAge.versions).toHaveLength(1);
  });

  it("reports every problem with a path and a code, and never throws", () => {
    const r = definePolicy(DEFAULT_POLICY, {
      parameters: {
        trainingAge: [{ from: d("2027-02-30"), value: { min: 20, max: 18 }, basis: "nowhere", confirmed: false }],
      },
      extra: true,
    } as never);
    const issues = r._unsafeUnwrapErr().issues;
    expect(r._unsafeUnwrapErr().code).toBe("INVALID_POLICY");
    expect(issues.map((i) => i.code).sort()).toEqual(["INVALID_DATE", "INVALID_RANGE", "UNKNOWN_KEY"]);
    expect(issues.find((i) => i.code === "INVALID_DATE")?.path).toEqual([
      "overrides",
      "parameters",
      "trainingAge",
      0,
      "from",
    ]);
  });

  it("rejects a basis that names no citation", () => {
    const r = definePolicy(DEFAULT_POLICY, {
      parameters: { placementMinimumAge: [{ from: d("2030-01-01"), value: 19, basis: "nowhere", confirmed: true }] },
    });
    expect(r._unsafeUnwrapErr().issues).toEqual([
      {
        path: ["overrides", "parameters", "placementMinimumAge", 0, "basis"],
        code: "UNKNOWN_CITATION",
        message: 'The basis "nowhere" names no citation of the policy; add the citation or correct the name.',
        params: { basis: "nowhere" },
      },
    ]);
  });

  it("rejects overrides for a target the base does not have", () => {
    const r = definePolicy(DEFAULT_POLICY, {
      targets: {
        "XX-NOWHERE": { open: [{ from: d("2027-01-01"), value: false, basis: BASIS.UU_18_2017_P5A, confirmed: true }] },
      },
    });
    expect(r._unsafeUnwrapErr().issues).toEqual([
      {
        path: ["overrides", "targets", "XX-NOWHERE"],
        code: "UNKNOWN_TARGET",
        message: "The base policy has no target XX-NOWHERE; to add one, give its whole profile.",
        params: { target: "XX-NOWHERE" },
      },
    ]);
  });

  it("skips empty version lists beside real changes, and treats only-empty lists as no change", () => {
    const closed = [{ from: d("2027-01-01"), value: false, basis: BASIS.UU_18_2017_P5A, confirmed: true }];
    const p = definePolicy(DEFAULT_POLICY, {
      parameters: { trainingAge: [] },
      targets: { "SA-DOMESTIC": { open: closed, age: [] } },
    })._unsafeUnwrap();
    expect(p).not.toBe(DEFAULT_POLICY);
    expect(p.parameters.trainingAge).toEqual(DEFAULT_POLICY.parameters.trainingAge);
    expect(p.targets["SA-DOMESTIC"]?.requirements.age).toEqual(DEFAULT_POLICY.targets["SA-DOMESTIC"]?.requirements.age);
    expect(p.targets["SA-DOMESTIC"]?.requirements.open?.versions).toHaveLength(
      (DEFAULT_POLICY.targets["SA-DOMESTIC"]?.requirements.open?.versions.length ?? 0) + 1,
    );
    expect(definePolicy(DEFAULT_POLICY, { targets: { "SA-DOMESTIC": { open: [] } } })._unsafeUnwrap()).toBe(
      DEFAULT_POLICY,
    );
    expect(definePolicy(DEFAULT_POLICY, { parameters: { trainingAge: undefined } })._unsafeUnwrap()).toBe(
      DEFAULT_POLICY,
    );
  });

  it("rejects a base that is not a policy", () => {
    for (const base of [null, 42, {}, { ...DEFAULT_POLICY, parameters: {} }]) {
      expect(definePolicy(base as unknown as Policy, {})._unsafeUnwrapErr().code).toBe("INVALID_POLICY");
    }
  });

  describe("laws", () => {
    it("never throws, whatever it is given", () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (a, b) => {
          const r = definePolicy(a as Policy, b as never);
          expect(r.isErr() || r.isOk()).toBe(true);
        }),
        { numRuns: runs(100) },
      );
    });

    it("a derived policy applies its version exactly from its first day", () => {
      fc.assert(
        fc.property(dateBetween("2025-05-02", "2040-12-31"), dateBetween("2025-05-02", "2050-12-31"), (from, day) => {
          const p = withNarrowWindow(from);
          const v = resolveParameter(p, "trainingAge", day)?.value;
          expect(v).toEqual(day >= from ? { min: 17, max: 25 } : { min: 15, max: 29 });
        }),
        { numRuns: runs(200) },
      );
    });
  });
});

describe("evaluateOverTime", () => {
  it("ends a pass the day before a change of the law that makes it fail", () => {
    const changes = [d("2027-01-01")];
    const v = evaluateOverTime(d("2026-06-01"), changes, (day) =>
      makeVerdict("r", day < d("2027-01-01") ? "pass" : "fail", [], { validUntil: d("2030-01-01") }),
    );
    expect(v.validUntil).toBe("2026-12-31");
  });

  it("starts a pass on the day a change of the law allows it", () => {
    const v = evaluateOverTime(d("2026-06-01"), [d("2027-01-01")], (day) =>
      makeVerdict("r", day < d("2027-01-01") ? "fail" : "pass", []),
    );
    expect(v.validFrom).toBe("2027-01-01");
  });

  it("ignores changes before asOf and after the window", () => {
    expect(policyChangeDates(DEFAULT_POLICY)).toEqual(["0000-01-01", "2004-10-18", "2017-11-22", "2025-05-02"]);
    // Hand-built or broken policies give what they can, without throwing.
    expect(policyChangeDates(null as never)).toEqual([]);
    expect(policyChangeDates(null as never, "SA-DOMESTIC")).toEqual([]);
    const partial = {
      parameters: {
        a: { versions: "none" },
        b: undefined,
        c: { versions: [{ from: d("2020-01-01"), until: d("2020-12-31") }] },
      },
    } as never;
    expect(policyChangeDates(partial, "SA-DOMESTIC")).toEqual(["2020-01-01", "2021-01-01"]);
    expect(policyChangeDates(partial, "SA-DOMESTIC")).toBe(policyChangeDates(partial, "SA-DOMESTIC"));
    expect(resolveRequirement(partial, "SA-DOMESTIC", "age", d("2026-01-01"))).toBeUndefined();
    expect(policyChangeDates(DEFAULT_POLICY, "SA-DOMESTIC")).toEqual([
      "0000-01-01",
      "2004-10-18",
      "2015-07-01",
      "2017-11-22",
      "2025-05-02",
    ]);
    const v = evaluateOverTime(d("2026-06-01"), policyChangeDates(DEFAULT_POLICY), () =>
      makeVerdict("r", "pass", [], { validUntil: d("2030-01-01") }),
    );
    expect(v.validUntil).toBe("2030-01-01");
  });
});
