import type { Candidate, CompetencyCertificate, SkillTestCertificate } from "../candidate/types.js";
import { isKnownTarget } from "../catalog/requirements.js";
import type { TargetId } from "../catalog/types.js";
import { addDays, addYears, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Reason, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { parameterMissing, resolveParameter, resolveTargetParameter } from "../policy/resolve.js";
import type { CertificateValidity, ParameterVersion, Policy } from "../policy/types.js";

/** Options of {@link checkCertification}. */
export interface CheckCertificationOptions {
  readonly asOf: CalendarDate;
  readonly target: TargetId;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/**
 * Rule ids of the certification verdict and its parts (`skill.test.<id>` per skill test).
 *
 * @example
 * ```ts
 * checkCertification(c, { asOf, target }).rule === CERTIFICATION_RULES.skill; // true
 * ```
 */
export const CERTIFICATION_RULES = { skill: "skill", competency: "skill.competency", test: "skill.test" } as const;

/**
 * The last day a competency certificate is valid: its own `expiresOn`, or else the day before
 * the anniversary of its issue `years` later, where `years` is the policy's validity for its
 * scheme (3 by default, unconfirmed, DOMAIN.md §2.3). Internal.
 */
export function certificateLastDay(
  cert: CompetencyCertificate,
  validity: ParameterVersion<CertificateValidity> | undefined,
): { readonly lastDay: CalendarDate; readonly basis?: string } {
  if (cert.expiresOn !== undefined) return { lastDay: cert.expiresOn };
  if (validity === undefined) return { lastDay: addDays(addYears(cert.issuedOn, 3), -1) };
  // A policy built by hand, not by definePolicy, may leave the scheme list out.
  const byScheme = validity.value.bySchemeCode ?? {};
  const years = Object.hasOwn(byScheme, cert.schemeCode)
    ? (byScheme[cert.schemeCode] as number)
    : validity.value.defaultYears;
  return { lastDay: addDays(addYears(cert.issuedOn, years), -1), basis: validity.basis };
}

function competency(
  c: Candidate,
  units: readonly string[],
  basis: string,
  policy: Policy,
  asOf: CalendarDate,
): Verdict {
  const certs = (Array.isArray(c?.certificates) ? c.certificates : []).filter(
    (x): x is CompetencyCertificate => x?.kind === "COMPETENCY" && isCalendarDate(x.issuedOn) && x.issuedOn <= asOf,
  );
  const validity = resolveParameter(policy, "competencyCertificateValidity", asOf);
  const dated = certs.map((cert) => ({ cert, ...certificateLastDay(cert, validity) }));
  const covered: string[] = [];
  const expired: string[] = [];
  const absent: string[] = [];
  let until: CalendarDate | undefined;
  let expiredOn: CalendarDate | undefined;
  let expiryBasis: string | undefined;
  for (const unit of units) {
    let best: CalendarDate | undefined;
    let lapsed: CalendarDate | undefined;
    for (const d of dated) {
      if (!d.cert.unitCodes.includes(unit)) continue;
      if (asOf <= d.lastDay) {
        if (best === undefined || d.lastDay > best) best = d.lastDay;
      } else if (lapsed === undefined || d.lastDay > lapsed) {
        lapsed = d.lastDay;
        expiryBasis = d.basis ?? expiryBasis;
      }
    }
    if (best !== undefined) {
      covered.push(unit);
      if (until === undefined || best < until) until = best;
    } else if (lapsed !== undefined) {
      expired.push(unit);
      if (expiredOn === undefined || lapsed > expiredOn) expiredOn = lapsed;
    } else {
      absent.push(unit);
    }
  }
  const rule = CERTIFICATION_RULES.competency;
  const reasons: Reason[] = [];
  if (expired.length > 0) {
    reasons.push(
      makeReason(
        "COMPETENCY_CERTIFICATE_EXPIRED",
        "fail",
        { units: expired.join(", "), count: expired.length, lastValidDay: expiredOn as CalendarDate },
        expiryBasis ?? basis,
      ),
    );
  }
  if (absent.length > 0) {
    reasons.push(
      makeReason("COMPETENCY_UNITS_MISSING", "unknown", { units: absent.join(", "), count: absent.length }, basis),
    );
  }
  if (reasons.length > 0) {
    // What is already covered still counts, for partial credit and for the record.
    if (covered.length > 0)
      reasons.push(makeReason("COMPETENCY_UNITS_COVERED", "pass", { count: covered.length }, basis));
    return makeVerdict(rule, expired.length > 0 ? "fail" : "unknown", reasons);
  }
  return makeVerdict(rule, "pass", [makeReason("COMPETENCY_UNITS_COVERED", "pass", { count: covered.length }, basis)], {
    validUntil: until,
  });
}

function skillTest(c: Candidate, test: string, basis: string, asOf: CalendarDate): Verdict {
  const rule = `${CERTIFICATION_RULES.test}.${test}`;
  const held = (Array.isArray(c?.certificates) ? c.certificates : []).filter(
    (x): x is SkillTestCertificate =>
      x?.kind === "SKILL_TEST" && x.test === test && isCalendarDate(x.issuedOn) && x.issuedOn <= asOf,
  );
  if (held.length === 0)
    return makeVerdict(rule, "unknown", [makeReason("SKILL_TEST_MISSING", "unknown", { test }, basis)]);
  let valid = false;
  let until: CalendarDate | undefined;
  let lapsed: CalendarDate | undefined;
  for (const h of held) {
    if (h.expiresOn === undefined || asOf <= h.expiresOn) {
      // Unbounded beats any date: a result without expiry never lapses.
      if (!valid || (until !== undefined && (h.expiresOn === undefined || h.expiresOn > until))) until = h.expiresOn;
      valid = true;
    } else if (lapsed === undefined || h.expiresOn > lapsed) {
      lapsed = h.expiresOn;
    }
  }
  if (valid) {
    return makeVerdict(rule, "pass", [makeReason("SKILL_TEST_PASSED", "pass", { test }, basis)], { validUntil: until });
  }
  return makeVerdict(rule, "fail", [
    makeReason("SKILL_TEST_EXPIRED", "fail", { test, lastValidDay: lapsed as CalendarDate }, basis),
  ]);
}

/**
 * Does the candidate hold the certification a target asks for on `asOf`? A competency
 * certificate (BNSP, issued by an LSP to a candidate found Kompeten; UU 18/2017 Pasal 13
 * huruf c) must cover each of the target's units and still be valid, and each pass/fail skill
 * test of the target must be held.
 *
 * - A unit covered by no certificate: `unknown`, `COMPETENCY_UNITS_MISSING` (which units).
 * - Covered only by lapsed certificates: `fail`, `COMPETENCY_CERTIFICATE_EXPIRED`. A certificate
 *   is valid to its `expiresOn`, or else for the policy's validity of its scheme (3 years by
 *   default, unconfirmed): issued 2026-07-01, its last day is 2029-06-30.
 * - A skill test not held: `unknown`, `SKILL_TEST_MISSING`; held but expired: `fail`,
 *   `SKILL_TEST_EXPIRED`.
 *
 * A pass carries `validUntil`: the earliest expiry that matters. Certificates dated after
 * `asOf` are not counted. An unknown target gives `unknown` with `UNKNOWN_TARGET`. Never throws.
 *
 * @example
 * ```ts
 * checkCertification(candidate, { asOf: "2026-11-28" as CalendarDate, target: "ID-INDUSTRY-WELDING" }).outcome;
 * ```
 */
export function checkCertification(c: Candidate, options: CheckCertificationOptions): Verdict {
  const asOf = options?.asOf;
  const policy = options?.policy ?? DEFAULT_POLICY;
  const target = typeof options?.target === "string" ? options.target : String(options?.target);
  const rule = CERTIFICATION_RULES.skill;
  if (!isCalendarDate(asOf)) return makeVerdict(rule, "unknown", [makeReason("INVALID_AS_OF", "unknown", {})]);
  if (!isKnownTarget(policy, target)) {
    return makeVerdict(rule, "unknown", [makeReason("UNKNOWN_TARGET", "unknown", { target })]);
  }
  const skill = resolveTargetParameter(policy, target, "skill", asOf);
  if (skill === undefined) {
    return parameterMissing(rule, `${target}.skill`, asOf);
  }
  const children: Verdict[] = [];
  if (skill.value.units.length > 0) children.push(competency(c, skill.value.units, skill.basis, policy, asOf));
  for (const test of skill.value.skillTests) children.push(skillTest(c, test, skill.basis, asOf));
  if (children.length === 0) {
    return makeVerdict(rule, "pass", [makeReason("NO_CERTIFICATION_REQUIRED", "pass", { target }, skill.basis)]);
  }
  return allOf(rule, children);
}
