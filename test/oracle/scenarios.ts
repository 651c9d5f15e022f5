/**
 * What the oracle test compares on: candidates built for a target and then bent in every way
 * the checks distinguish, policies with and without a change ahead, and the comparison itself.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import {
  type AssessReadinessOptions,
  type CalendarDate,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  type Policy,
  parseCandidate,
  type Readiness,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, addMonths } from "sentra-vokasi/extend";
import { assessReadiness } from "../../src/readiness/assess.js";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";
import { assessReadiness as oracle } from "./assess.js";

const CITED = "Contoh perubahan (uji oracle)";
const citations = { [CITED]: { instrument: "Contoh perubahan kebijakan untuk uji", sources: [] } };
const v = <T>(from: string, value: T) => [{ from: d(from), value, basis: CITED, confirmed: false }];

/**
 * Changes dated 2027–2028: on a day before them a change lies ahead (the verdict path follows
 * windows through it); on a day after them the compiled path judges the changed values.
 */
export const AHEAD: Policy = definePolicy(DEFAULT_POLICY, {
  id: "oracle-ahead",
  citations,
  parameters: {
    placementMinimumAge: v("2027-06-01", 19),
    lifelongDocuments: v("2027-09-01", ["KTP", "KK"] as const),
    competencyCertificateValidity: v("2028-01-01", { defaultYears: 2, bySchemeCode: { GEN: 4 } }),
  },
  targets: {
    "JP-SSW-CAREGIVING": {
      requirements: {
        language: v("2027-03-01", [[{ test: "JFT_BASIC" as const, minScore: 210, maxAgeMonths: 24 }]]),
        passport: v("2027-01-01", { minValidityMonths: 12 }),
      },
    },
    "SA-DOMESTIC": { requirements: { open: v("2027-01-15", true) } },
    "KR-EPS-MANUFACTURING": { requirements: { age: v("2027-04-01", { min: 20, max: 35 }) } },
    "TW-CAREGIVER": { retire: { from: d("2027-09-01"), basis: CITED } },
    "HK-DOMESTIC-HELPER": { requirements: { medical: v("2027-02-01", { maxAgeDays: 60, colourVisionNormal: true }) } },
  },
})._unsafeUnwrap();

/** Changes all dated by 2026-06-01: on later days, the compiled path with other values. */
export const PAST: Policy = definePolicy(DEFAULT_POLICY, {
  id: "oracle-past",
  citations,
  parameters: {
    lifelongDocuments: v("2026-01-01", ["KTP", "PASSPORT"] as const),
    competencyCertificateValidity: v("2026-01-01", { defaultYears: 3, bySchemeCode: { GEN: 1 } }),
    readinessWeights: v("2026-02-01", {
      eligibility: 5,
      skill: 0,
      language: 3,
      health: 2.5,
      documents: 1,
      orientation: 7,
    }),
  },
  targets: {
    "JP-SSW-CAREGIVING": {
      requirements: {
        language: v("2026-03-01", [
          [
            { test: "JFT_BASIC" as const, minScore: 200, maxAgeMonths: 18 },
            { test: "JLPT" as const, minLevel: "N4" as const, maxAgeMonths: 30 },
            { test: "JFT_BASIC" as const, minScore: 200 },
          ],
          [{ test: "CEFR" as const, minLevel: "A2" as const }],
        ]),
        age: v("2026-01-01", { min: 18, max: 40, judgedAt: "application" as const }),
      },
    },
    "DE-NURSE": {
      requirements: {
        medical: v("2026-05-01", { maxAgeDays: 120, colourVisionNormal: true }),
        sex: v("2026-05-01", { admitted: ["M"] as ("F" | "M")[] }),
      },
    },
    "MY-PLKS-MANUFACTURING": { requirements: { open: v("2026-04-01", false) } },
    "HK-DOMESTIC-HELPER": { retire: { from: d("2026-06-01"), basis: CITED } },
    "ID-INDUSTRY-WELDING": { requirements: { education: v("2026-01-01", "SMK" as const) } },
  },
})._unsafeUnwrap();

export const POLICIES: readonly Policy[] = [DEFAULT_POLICY, AHEAD, PAST];

/** Days judged: before the changes of AHEAD, after all of them, and the candidate's own. */
export const FIXED_DAYS = [d("2026-12-01"), d("2029-03-01")] as const;

const bend = (b: number, k: number) => b % k === 0;

/** A raw candidate built for `target` on `asOf`, then bent by `bends` (0–11 each). */
function bent(target: string, asOf: CalendarDate, s: number[], b: number[], shift: number): unknown {
  const base = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s) as unknown as Record<
    string,
    unknown
  >;
  const at = (i: number) => b[i % b.length] ?? 0;
  const docs = (base.documents as Record<string, unknown>[]).flatMap((x, i) => {
    const k = at(i);
    if (k === 1) return [];
    if (k === 2 && x.expiresOn !== undefined) return [{ ...x, expiresOn: addDays(asOf, -1 - (i % 40)) }];
    if (k === 3) return [x, { ...x, issuedOn: addDays(asOf, 10 + i), number: undefined }];
    if (k === 4 && x.kind === "PASSPORT") return [x, { ...x, expiresOn: addMonths(asOf, 2 + (shift % 9)) }];
    if (k === 5) return [{ ...x, expiresOn: addDays(asOf, 3 + ((shift * 7) % 400)) }];
    if (k === 6 && x.kind === "PASSPORT") return [{ ...x, expiresOn: undefined }];
    return [x];
  });
  if (bend(at(20), 5)) docs.push({ kind: "MARRIAGE_BOOK", issuedOn: addDays(asOf, -30 + (shift % 60)) });
  const medical = (base.medicalChecks as Record<string, unknown>[]).flatMap((m, i) => {
    const k = at(8 + i);
    if (k === 1) return [];
    if (k === 2) return [{ ...m, result: "UNFIT" }];
    if (k === 3) return [{ ...m, examinedOn: addDays(asOf, -200 + (shift % 150)) }];
    if (k === 4)
      return [
        { ...m, scope: "MEDICAL" },
        { ...m, scope: "PSYCHOLOGICAL", result: "UNFIT" },
      ];
    if (k === 5) return [{ ...m, certificateIssuedOn: addDays(String(m.examinedOn) as CalendarDate, shift % 40) }];
    if (k === 6) return [{ ...m, colourVisionNormal: false }];
    if (k === 7) return [{ ...m, colourVisionNormal: undefined, pregnancyTest: undefined }];
    if (k === 8) return [{ ...m, pregnancyTest: { result: "POSITIVE", testedOn: addDays(asOf, -3) } }];
    if (k === 9) return [{ ...m, pregnancyTest: { result: "NEGATIVE", testedOn: addDays(asOf, -8 - (shift % 20)) } }];
    if (k === 10) return [m, { ...m, examinedOn: addDays(asOf, 5), result: "UNFIT" }];
    return [m];
  });
  const language = (base.languageResults as Record<string, unknown>[]).flatMap((l, i) => {
    const k = at(11 + i);
    if (k === 1) return [];
    if (k === 2) return [{ ...l, takenOn: addDays(asOf, -900 - (shift % 300)) }];
    if (k === 3) return [l, { test: "JLPT", level: ["N5", "N4", "N3"][shift % 3], takenOn: addDays(asOf, -40) }];
    if (k === 4) return [{ ...l, announcedOn: addDays(String(l.takenOn) as CalendarDate, 30) }];
    if (k === 5 && typeof l.score === "number") return [{ ...l, score: Math.max(0, l.score - 30) }];
    if (k === 6) return [l, { test: "CEFR", level: ["A1", "A2", "B1", "B2"][shift % 4], takenOn: addDays(asOf, -5) }];
    if (k === 7) return [l, { ...l, takenOn: addDays(asOf, 3) }];
    return [l];
  });
  const certificates = (base.certificates as Record<string, unknown>[]).flatMap((c, i) => {
    const k = at(14 + i);
    if (k === 1) return [];
    if (k === 2) return [{ ...c, expiresOn: addDays(asOf, -1 - (shift % 100)) }];
    if (k === 3 && Array.isArray(c.unitCodes)) return [{ ...c, unitCodes: c.unitCodes.slice(0, 1 + (shift % 3)) }];
    if (k === 4) return [{ ...c, expiresOn: undefined }];
    if (k === 5)
      return [c, { ...c, issuedOn: addDays(asOf, -1500), expiresOn: addDays(asOf, -400), schemeCode: "OLD" }];
    if (k === 6) return [{ ...c, issuedOn: addDays(asOf, 20) }];
    if (k === 7 && c.kind === "SKILL_TEST") return [c, { ...c, expiresOn: addDays(asOf, 15 + (shift % 50)) }];
    return [c];
  });
  const raw: Record<string, unknown> = {
    ...base,
    documents: docs.map((x) => Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined))),
    medicalChecks: medical.map((x) => Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined))),
    languageResults: language,
    certificates: certificates.map((x) => Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined))),
  };
  if (bend(at(17), 4)) raw.birthDate = addDays(String(base.birthDate) as CalendarDate, shift * 23);
  if (at(18) === 1) raw.education = "SD";
  if (at(18) === 2) delete raw.education;
  if (at(19) === 1) raw.maritalStatus = "MARRIED";
  if (at(19) === 2) delete raw.maritalStatus;
  if (at(19) === 3) raw.maritalStatus = "DIVORCED";
  if (at(21) === 1) delete raw.orientation;
  if (at(21) === 2) raw.orientation = { completedOn: addDays(asOf, 2) };
  if (at(22) === 1) raw.sex = raw.sex === "F" ? "M" : "F";
  return raw;
}

/**
 * A parsed candidate for a random target and day, bent; the days to judge it on (its own, one
 * up to 400 days away, and one of {@link FIXED_DAYS}), a policy, maybe a day of application.
 */
export const scenario = fc
  .tuple(
    targetId,
    recentDate,
    slack,
    fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 23, maxLength: 23 }),
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: -400, max: 400 }),
    fc.integer({ min: 0, max: POLICIES.length - 1 }),
    fc.option(fc.integer({ min: -3000, max: 200 }), { nil: undefined }),
    fc.constantFrom(...FIXED_DAYS),
  )
  .map(([target, asOf, s, b, shift, later, policy, applied, fixed]) => {
    const raw = bent(target, asOf, s, b, shift);
    const parsed = parseCandidate(raw);
    return {
      candidate: parsed.isOk() ? parsed.value : (raw as Candidate),
      parsed: parsed.isOk(),
      target,
      days: [asOf, addDays(asOf, later), fixed],
      policy: POLICIES[policy] as Policy,
      appliedOn: applied === undefined ? undefined : addDays(asOf, applied),
    };
  });

/**
 * Compares the new `assessReadiness` with the oracle on one candidate and option set: the same
 * JSON (every field, key order included) and deep-equal (the lazy `components` read through
 * their getter, and a spread copy). Returns what differs, or `undefined`.
 */
export function compare(c: Candidate, options: AssessReadinessOptions, spread = false): string | undefined {
  const a: Readiness = assessReadiness(c, options);
  const b: Readiness = oracle(c, options);
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  if (ja !== jb) return `JSON differs:\n new ${ja}\n old ${jb}`;
  if (!isDeepStrictEqual(a, b)) return "not deep-equal";
  if (spread && !isDeepStrictEqual({ ...a }, { ...b })) return "spread copies not deep-equal";
  return undefined;
}
