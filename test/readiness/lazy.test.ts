/**
 * Explanations on demand (issue 15): `components` is an enumerable getter built once, when first
 * read, and a readiness still behaves as plain data (keys in the same order, JSON, spread,
 * structured clone). Which path answers: the compiled assessor, or the verdicts when a policy
 * change lies ahead, a caller's kind is asked for, or the record is one parseCandidate refuses.
 */
import { type Candidate, DEFAULT_POLICY, targetRequirements } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { assessReadiness, paths } from "../../src/readiness/assess.js";
import { candidateFor } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";
import { assessReadiness as oracle } from "../oracle/assess.js";
import { AHEAD } from "../oracle/scenarios.js";

const asOf = d("2026-11-28");
const target = "JP-SSW-CAREGIVING";
const complete = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), [0.5]);
const without: Candidate = { ...complete, languageResults: [], documents: complete.documents.slice(1) };

describe("a readiness's components are built when read", () => {
  it("is an enumerable getter, in the reference's key order, built once", () => {
    const r = assessReadiness(without, { asOf, target });
    const descriptor = Object.getOwnPropertyDescriptor(r, "components");
    expect(typeof descriptor?.get).toBe("function");
    expect(descriptor?.enumerable).toBe(true);
    expect(Object.keys(r)).toEqual(Object.keys(oracle(without, { asOf, target })));
    expect(Object.keys(r)).toEqual(["candidateId", "target", "gate", "asOf", "status", "score", "components", "gaps"]);
    const first = r.components;
    expect(r.components).toBe(first);
    expect(first.map((x) => x.name)).toEqual(["eligibility", "skill", "language", "health", "documents"]);
  });

  it("is seen by JSON, a spread and a structured clone, and equals the eager reference", () => {
    const r = assessReadiness(complete, { asOf, target });
    const old = oracle(complete, { asOf, target });
    expect(r.status).toBe("ready");
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(old)));
    expect({ ...r }).toStrictEqual({ ...old });
    expect(structuredClone(r)).toStrictEqual(structuredClone(old));
    expect(r).toStrictEqual(old);
  });

  it("costs nothing until read: status, score, gaps and window come from the compiled assessor", () => {
    const before = { ...paths };
    const r = assessReadiness(without, { asOf, target });
    expect(paths.compiled).toBe(before.compiled + 1);
    expect(r.gaps.map((g) => g.code)).toEqual(["LANGUAGE_RESULT_NEEDED", "DOCUMENT_MISSING"]);
  });

  it("takes the verdicts where the compiled assessor does not apply, with the same answer", () => {
    const cases: [Candidate, Parameters<typeof assessReadiness>[1]][] = [
      // A change of the policy ahead of the day: windows follow the policy through it.
      [without, { asOf, target, policy: AHEAD }],
      // A record parseCandidate would refuse: a document's expiry that is not a date.
      [
        { ...complete, documents: [{ kind: "KTP", issuedOn: d("2020-01-01"), expiresOn: "soon" as never }] },
        { asOf, target },
      ],
    ];
    for (const [c, options] of cases) {
      const before = { ...paths };
      const r = assessReadiness(c, options);
      expect(paths.verdicts).toBe(before.verdicts + 1);
      expect(Object.getOwnPropertyDescriptor(r, "components")?.get).toBeUndefined();
      expect(r).toStrictEqual(oracle(c, options));
    }
    // The default policy has no change ahead of 2026.
    expect(assessReadiness(without, { asOf, target, policy: DEFAULT_POLICY }).status).toBe("not_ready");
  });
});
