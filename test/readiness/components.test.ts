/**
 * The health, documents and orientation components against independent oracles: what the
 * latest check of each aspect says, which document of a kind speaks, and the last day a
 * passport still has its remaining validity, to the day.
 */
import fc from "fast-check";
import type { CalendarDate, Candidate, Verdict } from "sentra-vokasi";
import { addDays, addMonths } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { checkDocuments, lastDayWithValidity } from "../../src/requirements/documents.js";
import { checkHealth } from "../../src/requirements/medical.js";
import { checkOrientation } from "../../src/requirements/orientation.js";
import { dateBetween } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const asOfArb = dateBetween("2020-01-01", "2030-12-31");
const offset = fc.integer({ min: -400, max: 400 });
const BASIS = "health-basis";
const DOC_BASIS = "documents-basis";
const PASSPORT_BASIS = "passport-basis";

const leaf = (v: Verdict) => ({ outcome: v.outcome, codes: v.reasons.map((r) => r.code) });
const child = (v: Verdict, rule: string) => v.children?.find((x) => x.rule === rule) as Verdict;
const as = (x: object) => x as unknown as Candidate;

type Check = {
  result: "FIT" | "UNFIT";
  examinedOn: CalendarDate;
  scope: "MEDICAL" | "PSYCHOLOGICAL" | "FULL";
  colourVisionNormal?: boolean;
};

describe("health against an oracle", () => {
  const check = (asOf: CalendarDate) =>
    fc.record(
      {
        result: fc.constantFrom("FIT" as const, "UNFIT" as const),
        examinedOn: fc.integer({ min: -200, max: 30 }).map((k) => addDays(asOf, k)),
        scope: fc.constantFrom("MEDICAL" as const, "PSYCHOLOGICAL" as const, "FULL" as const),
        colourVisionNormal: fc.boolean(),
      },
      { requiredKeys: ["result", "examinedOn", "scope"] },
    );
  const scenario = asOfArb.chain((asOf) =>
    fc.tuple(
      fc.constant(asOf),
      fc.array(check(asOf), { maxLength: 5 }),
      fc.integer({ min: 1, max: 120 }),
      fc.boolean(),
    ),
  );

  /** The oracle: the last-listed of the latest checks covering the aspect, examined by asOf. */
  function expected(checks: Check[], asOf: CalendarDate, aspect: "medical" | "psychological", maxAgeDays: number) {
    const own = checks.filter(
      (m) =>
        m.examinedOn <= asOf &&
        (m.scope === "FULL" || m.scope === (aspect === "medical" ? "MEDICAL" : "PSYCHOLOGICAL")),
    );
    if (own.length === 0) return { outcome: "unknown", codes: ["MEDICAL_CHECK_MISSING"] };
    const latestDay = own
      .map((m) => m.examinedOn)
      .sort()
      .at(-1) as CalendarDate;
    const latest = own.filter((m) => m.examinedOn === latestDay).at(-1) as Check;
    if (latest.result === "UNFIT") return { outcome: "fail", codes: ["MEDICAL_UNFIT"], latest };
    const lastDay = addDays(latest.examinedOn, maxAgeDays);
    if (asOf > lastDay) return { outcome: "fail", codes: ["MEDICAL_CHECK_EXPIRED"], latest, lastDay };
    return { outcome: "pass", codes: ["MEDICAL_FIT"], latest, lastDay };
  }

  it("law: each aspect follows its latest covering check; colour vision follows any finding", () => {
    fc.assert(
      fc.property(scenario, ([asOf, checks, maxAgeDays, colour]) => {
        const v = checkHealth(as({ medicalChecks: checks }), asOf, { maxAgeDays, colourVisionNormal: colour }, BASIS);
        expect(v.rule).toBe("health");
        for (const aspect of ["medical", "psychological"] as const) {
          const got = child(v, `health.${aspect}`);
          const want = expected(checks, asOf, aspect, maxAgeDays);
          expect(leaf(got)).toEqual({ outcome: want.outcome, codes: want.codes });
          const reason = got.reasons[0];
          expect(reason?.outcome).toBe(want.outcome);
          expect(reason?.basis).toBe(BASIS);
          expect(reason?.params.aspect).toBe(aspect);
          if (want.latest) expect(reason?.params.examinedOn).toBe(want.latest.examinedOn);
          if (want.outcome === "pass") expect(got.validUntil).toBe(want.lastDay);
          if (want.codes[0] === "MEDICAL_CHECK_EXPIRED") expect(reason?.params.lastValidDay).toBe(want.lastDay);
        }
        const seen = checks.filter((m) => m.examinedOn <= asOf);
        const vision = child(v, "health.colourVision");
        if (!colour) {
          expect(vision).toBeUndefined();
          expect(v.children).toHaveLength(2);
        } else {
          const want = seen.some((m) => m.colourVisionNormal === false)
            ? ["fail", "COLOUR_VISION_DEFICIENT"]
            : seen.some((m) => m.colourVisionNormal === true)
              ? ["pass", "COLOUR_VISION_NORMAL"]
              : ["unknown", "COLOUR_VISION_UNKNOWN"];
          expect([
            vision.outcome,
            vision.reasons[0]?.code,
            vision.reasons[0]?.outcome,
            vision.reasons[0]?.basis,
          ]).toEqual([...want, want[0], BASIS]);
        }
        const outcomes = (v.children ?? []).map((x) => x.outcome);
        expect(v.outcome).toBe(outcomes.includes("fail") ? "fail" : outcomes.includes("unknown") ? "unknown" : "pass");
      }),
      { numRuns: runs(400) },
    );
  });

  it("of two checks on the same day, the one listed later governs", () => {
    const day = "2026-01-01" as CalendarDate;
    const rules = { maxAgeDays: 90, colourVisionNormal: false };
    const fit = { result: "FIT", examinedOn: day, scope: "FULL" };
    const unfit = { result: "UNFIT", examinedOn: day, scope: "FULL" };
    expect(checkHealth(as({ medicalChecks: [fit, unfit] }), day, rules, BASIS).outcome).toBe("fail");
    expect(checkHealth(as({ medicalChecks: [unfit, fit] }), day, rules, BASIS).outcome).toBe("pass");
  });

  it("a fresh check is valid through its last day, and expired the day after", () => {
    const c = as({ medicalChecks: [{ result: "FIT", examinedOn: "2026-01-01", scope: "FULL" }] });
    const on = (day: string) =>
      checkHealth(c, day as CalendarDate, { maxAgeDays: 90, colourVisionNormal: false }, BASIS);
    expect(on("2026-04-01").outcome).toBe("pass");
    expect(on("2026-04-01").validUntil).toBe("2026-04-01");
    expect(on("2026-04-02").outcome).toBe("fail");
    expect(
      checkHealth(
        as({ medicalChecks: "none" }),
        "2026-01-01" as CalendarDate,
        { maxAgeDays: 90, colourVisionNormal: false },
        BASIS,
      ).outcome,
    ).toBe("unknown");
    expect(
      checkHealth(
        as({ medicalChecks: [null, { examinedOn: "x" }] }),
        "2026-01-01" as CalendarDate,
        { maxAgeDays: 90, colourVisionNormal: false },
        BASIS,
      ).outcome,
    ).toBe("unknown");
  });
});

describe("documents against an oracle", () => {
  const KINDS = ["PASSPORT", "KTP", "VISA"] as const;
  const doc = (asOf: CalendarDate) =>
    fc.record(
      {
        kind: fc.constantFrom(...KINDS),
        issuedOn: fc.integer({ min: -3000, max: 20 }).map((k) => addDays(asOf, k)),
        expiresOn: offset.map((k) => addDays(asOf, k * 2)),
      },
      { requiredKeys: ["kind", "issuedOn"] },
    );
  const scenario = asOfArb.chain((asOf) =>
    fc.tuple(
      fc.constant(asOf),
      fc.array(doc(asOf), { maxLength: 5 }),
      fc.integer({ min: 0, max: 18 }),
      fc.subarray([...KINDS], { minLength: 1 }),
    ),
  );
  type Doc = { kind: string; issuedOn: CalendarDate; expiresOn?: CalendarDate };
  const RANK = { fail: 0, unknown: 1, pass: 2 } as const;

  /** One document alone, by the rules' definitions (not the implementation's search). */
  function judged(d: Doc, asOf: CalendarDate, months: number): { outcome: "pass" | "fail" | "unknown"; code: string } {
    if (d.kind === "PASSPORT") {
      if (d.expiresOn === undefined) return { outcome: "unknown", code: "PASSPORT_EXPIRY_UNKNOWN" };
      if (asOf > d.expiresOn) return { outcome: "fail", code: "DOCUMENT_EXPIRED" };
      // Remaining validity of `months` on asOf: the same day `months` later is still covered.
      if (addMonths(asOf, months) > d.expiresOn) return { outcome: "fail", code: "PASSPORT_VALIDITY_TOO_SHORT" };
      return { outcome: "pass", code: "DOCUMENT_PRESENT" };
    }
    if (d.expiresOn !== undefined && asOf > d.expiresOn) return { outcome: "fail", code: "DOCUMENT_EXPIRED" };
    return { outcome: "pass", code: "DOCUMENT_PRESENT" };
  }

  it("law: each required kind passes when one of its documents passes; codes, bases and windows are exact", () => {
    fc.assert(
      fc.property(scenario, ([asOf, docs, months, kinds]) => {
        const v = checkDocuments(as({ documents: docs }), asOf, kinds, months, DOC_BASIS, PASSPORT_BASIS);
        expect(v.rule).toBe("documents");
        expect(v.children?.map((x) => x.rule)).toEqual(kinds.map((k) => `documents.${k}`));
        for (const kind of kinds) {
          const got = child(v, `documents.${kind}`);
          const held = docs.filter((x) => x.kind === kind && x.issuedOn <= asOf);
          const basis = kind === "PASSPORT" ? PASSPORT_BASIS : DOC_BASIS;
          if (held.length === 0) {
            expect(leaf(got)).toEqual({ outcome: "unknown", codes: ["DOCUMENT_MISSING"] });
            expect([got.reasons[0]?.params.kind, got.reasons[0]?.basis]).toEqual([kind, DOC_BASIS]);
            continue;
          }
          const each = held.map((x) => judged(x, asOf, months));
          const best = each.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a));
          expect(got.outcome).toBe(best.outcome);
          const leaves = held.length === 1 ? [got] : (got.children ?? []);
          expect(leaves.map((x) => x.reasons[0]?.code)).toEqual(each.map((x) => x.code));
          for (const [i, x] of leaves.entries()) {
            const r = x.reasons[0];
            expect([r?.outcome, r?.basis, x.rule]).toEqual([each[i]?.outcome, basis, `documents.${kind}`]);
            if (r?.code === "DOCUMENT_PRESENT" || r?.code === "DOCUMENT_EXPIRED") expect(r.params.kind).toBe(kind);
            if (r?.code === "DOCUMENT_EXPIRED") expect(r.params.lastValidDay).toBe(held[i]?.expiresOn);
            if (r?.code === "PASSPORT_VALIDITY_TOO_SHORT") {
              expect(r.params).toEqual({ minMonths: months, expiresOn: held[i]?.expiresOn });
            }
            const exp = held[i]?.expiresOn;
            if (x.outcome === "pass" && kind === "PASSPORT" && exp !== undefined) {
              const last = x.validUntil as CalendarDate;
              expect(addMonths(last, months) <= exp).toBe(true);
              expect(addMonths(addDays(last, 1), months) > exp).toBe(true);
            } else if (x.outcome === "pass") {
              expect(x.validUntil).toBe(exp);
            }
          }
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it("no remaining validity asked (or a negative one from a hand-built policy): the expiry day itself", () => {
    const exp = "2027-03-31" as CalendarDate;
    expect(lastDayWithValidity(exp, 0)).toBe(exp);
    expect(lastDayWithValidity(exp, -3)).toBe(exp);
    expect(lastDayWithValidity(exp, 1)).toBe("2027-02-28");
  });

  it("ignores documents issued after asOf and entries that are not documents", () => {
    const asOf = "2026-06-01" as CalendarDate;
    const v = checkDocuments(
      as({ documents: [null, { kind: "KTP", issuedOn: "2026-06-02" }, { kind: "KTP", issuedOn: "bad" }] }),
      asOf,
      ["KTP"],
      0,
      DOC_BASIS,
      PASSPORT_BASIS,
    );
    expect(leaf(child(v, "documents.KTP"))).toEqual({ outcome: "unknown", codes: ["DOCUMENT_MISSING"] });
    expect(checkDocuments(as({ documents: 7 }), asOf, ["KTP"], 0, DOC_BASIS, PASSPORT_BASIS).outcome).toBe("unknown");
    const onTheDay = checkDocuments(
      as({ documents: [{ kind: "KTP", issuedOn: asOf, expiresOn: asOf }] }),
      asOf,
      ["KTP"],
      0,
      DOC_BASIS,
      PASSPORT_BASIS,
    );
    expect(onTheDay.outcome).toBe("pass");
  });
});

describe("orientation", () => {
  it("passes from the day it was completed, and is unknown before or without it", () => {
    const c = as({ orientation: { completedOn: "2026-05-05" } });
    const on = (day: string) => checkOrientation(c, day as CalendarDate);
    expect(on("2026-05-04")).toEqual({
      rule: "orientation",
      outcome: "unknown",
      reasons: [{ code: "ORIENTATION_MISSING", outcome: "unknown", params: {} }],
    });
    expect(on("2026-05-05")).toEqual({
      rule: "orientation",
      outcome: "pass",
      reasons: [{ code: "ORIENTATION_COMPLETED", outcome: "pass", params: { completedOn: "2026-05-05" } }],
    });
    expect(on("2026-05-06").outcome).toBe("pass");
    expect(checkOrientation(as({ orientation: { completedOn: "nope" } }), "2026-05-06" as CalendarDate).outcome).toBe(
      "unknown",
    );
    expect(checkOrientation(null as never, "2026-05-06" as CalendarDate).outcome).toBe("unknown");
  });
});
