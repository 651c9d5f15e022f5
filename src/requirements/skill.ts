import * as z from "zod";
import type { Candidate, CompetencyCertificate, SkillTestCertificate } from "../candidate/types.js";
import { addDays, addYears, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, makeReason, makeVerdict, type Reason, type Verdict } from "../core/verdict.js";
import { resolveParameter } from "../policy/resolve.js";
import type { CertificateValidity, ParameterVersion, Policy, RequirementValues } from "../policy/types.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

/** Rule ids of the skill verdict and its checks. */
export const SKILL_RULES = { skill: "skill", competency: "skill.competency", test: "skill.test" } as const;
const CERTIFICATION_RULES = SKILL_RULES;

/**
 * The last day a competency certificate is valid: its own `expiresOn`, or else the day before
 * the anniversary of its issue `years` later, where `years` is the policy's validity for its
 * scheme (3 by default, unconfirmed, DOMAIN.md §2.3).
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
 * The skill component on one day: a competency certificate covering the units, and each
 * pass/fail test held (see `checkCertification`). Internal.
 */
export function skillVerdict(
  c: Candidate,
  value: RequirementValues["skill"],
  basis: string,
  policy: Policy,
  target: string,
  day: CalendarDate,
): Verdict {
  const children: Verdict[] = [];
  if (value.units.length > 0) children.push(competency(c, value.units, basis, policy, day));
  for (const test of value.skillTests) children.push(skillTest(c, test, basis, day));
  if (children.length === 0) {
    return makeVerdict(SKILL_RULES.skill, "pass", [makeReason("NO_CERTIFICATION_REQUIRED", "pass", { target }, basis)]);
  }
  return allOf(SKILL_RULES.skill, children);
}

const code = z.string().min(1).max(64);

/**
 * Competency units a valid certificate must cover (UU 18/2017 Pasal 13 huruf c) and the
 * target's pass/fail scheme tests.
 */
export const skillKind = defineRequirementKind({
  id: "skill",
  rule: SKILL_RULES.skill,
  component: "skill",
  gates: ["placement", "departure"],
  description: { id: "Unit kompetensi dan uji keterampilan", en: "Competency units and skill tests" },
  schema: z.strictObject({ units: z.array(code).max(500), skillTests: z.array(code).max(50) }),
  codes: {
    NO_CERTIFICATION_REQUIRED: { urgency: "skill" },
    COMPETENCY_UNITS_COVERED: { urgency: "skill" },
    COMPETENCY_UNITS_MISSING: { urgency: "skill" },
    COMPETENCY_CERTIFICATE_EXPIRED: { urgency: "skill" },
    SKILL_TEST_PASSED: { urgency: "skill" },
    SKILL_TEST_MISSING: { urgency: "skill" },
    SKILL_TEST_EXPIRED: { urgency: "skill" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ skill: ctx.version.value }),
  evaluate: (c, ctx) => [skillVerdict(c, ctx.version.value, ctx.version.basis, ctx.policy, ctx.target, ctx.day)],
});
