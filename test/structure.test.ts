/**
 * Every decision explains itself, structurally: whatever the candidate, target, gate and day,
 * each verdict has a rule, each leaf at least one reason, each reason a documented code with
 * exactly the documented params, an outcome that agrees with its leaf, and a basis that names a
 * citation of the policy. These laws hold for readiness, both eligibilities and the audit.
 */
import fc from "fast-check";
import {
  assessReadiness,
  auditCandidate,
  type Candidate,
  checkPlacementEligibility,
  checkTrainingEligibility,
  DEFAULT_POLICY,
  formatGap,
  formatReason,
  type Reason,
  targetRequirements,
  type Verdict,
} from "sentra-vokasi";
import { addDays, GAP_CODES, REASON_CODES } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { REASON_DOCS } from "../src/i18n/docs.js";
import { candidateFor, recentDate, slack, targetId } from "./arbitraries/catalog.js";
import { d } from "./arbitraries/index.js";

const OUTCOMES = ["pass", "fail", "unknown"] as const;
const worst = (xs: readonly string[]) => (xs.includes("fail") ? "fail" : xs.includes("unknown") ? "unknown" : "pass");
const best = (xs: readonly string[]) => (xs.includes("pass") ? "pass" : xs.includes("unknown") ? "unknown" : "fail");
const CODES = new Set<string>(REASON_CODES);

/** Reasons that speak of the call or the record, not of a rule: they have no legal basis. */
const NO_BASIS = new Set([
  "INVALID_AS_OF",
  "UNKNOWN_TARGET",
  "BIRTH_DATE_UNKNOWN",
  "AS_OF_BEFORE_BIRTH",
  "POLICY_PARAMETER_MISSING",
]);

function checkReason(r: Reason, where: string, basisRequired = false): void {
  if (basisRequired && !NO_BASIS.has(r.code)) {
    expect(typeof r.basis, `${where}: ${r.code} names its legal basis`).toBe("string");
  }
  expect(CODES.has(r.code), `${where}: ${r.code} is a documented code`).toBe(true);
  expect(OUTCOMES, where).toContain(r.outcome);
  const documented = Object.keys(REASON_DOCS[r.code as keyof typeof REASON_DOCS].example).sort();
  expect(Object.keys(r.params).sort(), `${where}: params of ${r.code}`).toEqual(documented);
  for (const v of Object.values(r.params)) expect(["string", "number", "boolean"], where).toContain(typeof v);
  if (r.basis !== undefined)
    expect(Object.hasOwn(DEFAULT_POLICY.citations, r.basis), `${where}: basis ${r.basis}`).toBe(true);
  for (const locale of ["id", "en"] as const) {
    const text = formatReason(r, locale);
    expect(text, where).not.toMatch(/undefined|NaN|\[object/);
    expect(text.startsWith(r.code), `${where}: ${r.code} has a message`).toBe(false);
  }
}

function checkVerdict(v: Verdict, where: string, basisRequired = false): void {
  expect(v.rule, where).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z0-9_-]+)*$/);
  expect(OUTCOMES, where).toContain(v.outcome);
  if (v.outcome === "pass") expect(v.validFrom, where).toBeUndefined();
  else expect(v.validUntil, where).toBeUndefined();
  for (const r of v.reasons) checkReason(r, `${where} ${v.rule}`, basisRequired);
  const children = v.children ?? [];
  if (children.length === 0) {
    expect(v.reasons.length, `${where} ${v.rule} has a reason`).toBeGreaterThan(0);
    expect(v.outcome, `${where} ${v.rule}: the worst of its reasons`).toBe(worst(v.reasons.map((r) => r.outcome)));
  } else {
    const outcomes = children.map((x) => x.outcome);
    // allOf gives the worst child, anyOf the best.
    expect([worst(outcomes), best(outcomes)], `${where} ${v.rule}`).toContain(v.outcome);
    for (const x of children) checkVerdict(x, where, basisRequired);
  }
}

/** A candidate built for the target, then bent: evidence dropped, dates moved, results flipped. */
const scenario = fc
  .tuple(
    targetId,
    recentDate,
    slack,
    fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 8, maxLength: 8 }),
    fc.integer({ min: -800, max: 800 }),
    fc.constantFrom("placement" as const, "departure" as const),
  )
  .map(([target, asOf, s, bends, shift, gate]) => {
    const base = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s);
    const bend = (i: number) => bends[i] ?? 0;
    const c: Candidate = {
      ...base,
      documents: base.documents
        .filter((_, i) => bend(i % 8) !== 1)
        .map((x, i) => (bend(i % 8) === 2 && x.expiresOn ? { ...x, expiresOn: addDays(asOf, -1 - (i % 30)) } : x)),
      medicalChecks: base.medicalChecks.map((m, i) =>
        bend(i) === 3 ? { ...m, result: "UNFIT" } : bend(i) === 4 ? { ...m, examinedOn: addDays(asOf, -200) } : m,
      ),
      languageResults: bend(5) === 5 ? [] : base.languageResults,
      certificates: bend(6) === 6 ? [] : base.certificates,
      ...(bend(7) === 7 ? { birthDate: addDays(base.birthDate, shift * 20) } : {}),
      ...(bend(0) === 0 ? { education: bend(1) === 0 ? "SD" : base.education } : {}),
    };
    return { target, asOf: addDays(asOf, bend(2) === 7 ? shift : 0), c, gate };
  });

describe("every decision explains itself", () => {
  it("law: readiness and both eligibilities are well-formed verdict trees with documented reasons", () => {
    fc.assert(
      fc.property(scenario, ({ target, asOf, c, gate }) => {
        const r = assessReadiness(c, { asOf, target, gate });
        for (const x of r.components) checkVerdict(x.verdict, `readiness ${target} ${x.name}`, true);
        checkVerdict(checkPlacementEligibility(c, { asOf, target }), `placement ${target}`, true);
        checkVerdict(checkTrainingEligibility(c, { asOf }), "training", true);
        for (const f of auditCandidate(c, { asOf })) checkReason(f, "audit");
        expect(r.candidateId).toBe(c.id);
      }),
      { numRuns: 200 },
    );
  });

  it("holds for the refusals too: unknown target, invalid asOf, broken records", () => {
    const c = candidateFor(targetRequirements("JP-SSW-CAREGIVING", { asOf: d("2026-01-01") })._unsafeUnwrap(), [0.5]);
    for (const [input, target, asOf] of [
      [c, "XX-NOWHERE", d("2026-01-01")],
      [c, "JP-SSW-CAREGIVING", "2026-02-30"],
      [{ ...c, birthDate: "bad" }, "JP-SSW-CAREGIVING", d("2026-01-01")],
      [null, "JP-SSW-CAREGIVING", d("2026-01-01")],
      [c, 42, d("2026-01-01")],
    ] as const) {
      const r = assessReadiness(input as never, { asOf: asOf as never, target: target as never });
      for (const x of r.components) checkVerdict(x.verdict, `readiness ${String(target)} ${asOf}`);
      for (const g of r.gaps) {
        expect(GAP_CODES.includes(g.code) || CODES.has(g.code), g.code).toBe(true);
        for (const locale of ["id", "en"] as const) expect(formatGap(g, locale)).not.toMatch(/undefined|NaN/);
      }
      expect(r.status).toBe("not_ready");
      expect(r.candidateId).toBe(input === null ? "" : c.id);
      checkVerdict(
        checkPlacementEligibility(input as never, { asOf: asOf as never, target: target as never }),
        "placement",
      );
      checkVerdict(checkTrainingEligibility(input as never, { asOf: asOf as never }), "training");
      for (const f of auditCandidate(input as never, { asOf: asOf as never })) checkReason(f, "audit");
    }
  });
});
