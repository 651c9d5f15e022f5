/**
 * The compiled assessor: a target's requirement plan at a gate, resolved once for a span of days
 * on which the policy does not change, and judged per candidate without building verdicts.
 *
 * Each built-in kind has here a transcription of its `evaluate` that computes only what
 * `assessReadiness` answers eagerly: each child of a component's verdict contributes its outcome,
 * its window, its partial credit, whether it fails for good, its gaps and, for a pass that
 * lapses, what it would have to renew. The verdict trees themselves are built from the kinds
 * (the reference) only when `components` is read. `test/readiness/oracle.test.ts` proves every
 * field equal to the previous, eager implementation.
 *
 * Compiled only for the last span (no change of the policy ahead of the day judged: windows need
 * no following through later changes) and for plans made only of built-in kinds whose values
 * pass their schema; otherwise `assessReadiness` takes the verdict-building path. Internal.
 *
 * The hot path allocates only what the answer holds (its gaps, the dates it shows): the
 * candidate is read into the scratch `P` of `prepare.ts`, and the accumulators below are module
 * state, reset per component (the steps call no caller code, so nothing re-enters them). Dates
 * are date keys (`YYYYMMDD` numbers, see `day-math.ts`).
 */
import { meetsEducation } from "../candidate/education.js";
import type { CalendarDate } from "../core/date.js";
import type { Gap } from "../core/verdict.js";
import { COMPONENT_NAMES, type ComponentName, type Gate } from "../core/vocabulary.js";
import { requirementMinimum } from "../language/check.js";
import { cefrRank, jlptRank } from "../language/scales.js";
import { nationalMinimumAge, resolveParameter, resolveVersion } from "../policy/resolve.js";
import type {
  CertificateValidity,
  LanguageRequirement,
  ParameterVersion,
  Policy,
  PolicyTarget,
  ReadinessWeights,
  RequirementValues,
} from "../policy/types.js";
import { ageKind, nationalAgeKind } from "../requirements/age.js";
import { openKind } from "../requirements/destination.js";
import { documentsKind, passportKind } from "../requirements/documents.js";
import { educationKind } from "../requirements/education.js";
import type { Step } from "../requirements/evaluate.js";
import type { AnyRequirementKind } from "../requirements/kind.js";
import { languageKind } from "../requirements/language.js";
import { marriedDocumentsKind } from "../requirements/married-documents.js";
import { medicalKind } from "../requirements/medical.js";
import { nationalEducationKind } from "../requirements/national-education.js";
import { nationalPregnancyKind } from "../requirements/national-pregnancy.js";
import { orientationKind } from "../requirements/orientation.js";
import { pregnancyTestKind } from "../requirements/pregnancy.js";
import { codeSpec } from "../requirements/registry.js";
import { sexKind } from "../requirements/sex.js";
import { skillKind } from "../requirements/skill.js";
import {
  ageAt,
  dateOfKey,
  dayAfter,
  dayBefore,
  dayNumberOfKey,
  keyOf,
  keyOfAge,
  plusDays,
  plusMonths,
  plusYears,
} from "./day-math.js";
import { sortGapList } from "./gaps.js";
import { NEEDS, P } from "./prepare.js";

/** A day judged: its date key and its text (params). */
export interface Day {
  readonly key: number;
  readonly date: CalendarDate;
}

/** One step of the plan, compiled: judges the prepared candidate (`P`) on a day into the accumulators. */
type StepFn = (d: Day) => void;

interface FastComponent {
  readonly name: ComponentName;
  readonly steps: readonly StepFn[];
  /** Its weight in the score (`readinessWeights`). */
  readonly weight: number;
}

/** A plan compiled for a span of days without a policy change. */
export interface FastPlan {
  readonly components: readonly FastComponent[];
  readonly weights: ReadinessWeights;
  /** The candidate's lists its steps read (`NEEDS` of `prepare.ts`). */
  readonly needs: number;
}

const INF = Number.POSITIVE_INFINITY;
const NONE = Number.NaN;
const isNone = Number.isNaN;

/** The lists the steps compiled so far read: module state while compiling one plan. */
let needs = 0;

// --- Accumulators ----------------------------------------------------------------------------
// Outcome ranks as in `allOf`: pass 0, unknown 1, fail 2.

/** Whether gaps and lapses are recorded (not when only asking whether every check passes). */
let recording = false;
let component: ComponentName = "eligibility";
let worst = 0;
let passed = 0;
let total = 0;
/** Earliest `validUntil` of a passing child (`INF`: none bounded). */
let minUntil = INF;
/** Latest `validFrom` of a non-passing child, and whether every one has one. */
let maxFrom = -INF;
let allFrom = true;
let permanent = false;

const gaps: Gap[] = [];
const gapPermanent: boolean[] = [];
/** The weight of each gap's component, for their order. */
const gapWeight: number[] = [];
let nGaps = 0;
/** The weight of the component being judged. */
let weight = 0;

/**
 * What passes today and lapses: `what` (the component, or a document's kind), the leaf's last
 * day, and the last day of the component's child it belongs to (the child lapses as a whole:
 * `lapsingBefore` names its passing leaves only when the child itself lapses before the day).
 */
const lapseWhat: string[] = [];
const lapseUntil: number[] = [];
const lapseGate: number[] = [];
let nLapses = 0;

/** Per component of the last run, in plan order. */
const cOutcome: number[] = [];
const cUntil: number[] = [];
const cFrom: number[] = [];
const cCredit: number[] = [];
const cPermanent: boolean[] = [];

function passChild(until: number): void {
  passed++;
  total++;
  if (until < minUntil) minUntil = until;
}

function otherChild(rank: number, from: number): void {
  total++;
  if (rank > worst) worst = rank;
  if (isNone(from)) allFrom = false;
  else if (from > maxFrom) maxFrom = from;
}

/** Whether a failing reason's code makes its leaf permanent (`isPermanent`), by code. */
const permanence = new Map<string, boolean>();
function isPermanentCode(code: string): boolean {
  let p = permanence.get(code);
  if (p === undefined) {
    p = codeSpec(code)?.permanent === true;
    permanence.set(code, p);
  }
  return p;
}

/** A failing leaf with one reason, no `validFrom`: permanent when its code is. */
function failLeaf(code: string, params: Gap["params"]): void {
  const isPermanent = isPermanentCode(code);
  otherChild(2, NONE);
  if (isPermanent) permanent = true;
  if (recording) addGap(code, params, isPermanent);
}

/** An unknown leaf with one reason. */
function unknownLeaf(code: string, params: Gap["params"]): void {
  otherChild(1, NONE);
  if (recording) addGap(code, params, false);
}

function addGap(code: string, params: Gap["params"], isPermanent: boolean): void {
  gaps[nGaps] = { code, component, params };
  gapPermanent[nGaps] = isPermanent;
  gapWeight[nGaps] = weight;
  nGaps++;
}

function addLapse(what: string, until: number, gate: number): void {
  lapseWhat[nLapses] = what;
  lapseUntil[nLapses] = until;
  lapseGate[nLapses] = gate;
  nLapses++;
}

/** A passing leaf that lapses by time alone after `until` (`INF`: never). */
function passLeaf(until: number): void {
  passChild(until);
  if (recording && until !== INF) addLapse(component, until, until);
}

const nothing: StepFn = () => {};

// --- Steps -----------------------------------------------------------------------------------

/** A kind's requirement with no version in force: `POLICY_PARAMETER_MISSING`. */
function missingStep(parameter: string): StepFn {
  return (d) => unknownLeaf("POLICY_PARAMETER_MISSING", { parameter, asOf: d.date });
}

/** `ageVerdict` of `age-window.ts`, the day not before the birth date. */
function ageLeaf(d: Day, min: number, max: number | undefined) {
  const age = ageAt(P.birth, d.key);
  if (age < min) {
    const from = keyOfAge(P.birth, min);
    otherChild(2, from);
    if (recording) addGap("AGE_BELOW_MINIMUM", { age, min, from: dateOfKey(from) }, false);
    return;
  }
  if (max === undefined) return passLeaf(INF);
  if (age > max) return failLeaf("AGE_ABOVE_MAXIMUM", { age, max });
  passLeaf(dayBefore(keyOfAge(P.birth, max + 1)));
}

function nationalAgeStep(policy: Policy, entry: PolicyTarget, day: CalendarDate): StepFn | undefined {
  if (entry.profile.destination === "ID") return nothing;
  const national = nationalMinimumAge(policy, entry.profile, day);
  if (national !== undefined && typeof national.min !== "number") return undefined;
  return (d) => {
    if (isNone(P.birth)) return unknownLeaf("BIRTH_DATE_UNKNOWN", {});
    if (d.key < P.birth) return unknownLeaf("AS_OF_BEFORE_BIRTH", { asOf: d.date });
    if (national === undefined) {
      return unknownLeaf("POLICY_PARAMETER_MISSING", { parameter: "placementMinimumAge", asOf: d.date });
    }
    ageLeaf(d, national.min, undefined);
  };
}

/** The day an application was made, when the caller gave it: module state set per call. */
let applied: Day | undefined;
const appliedDay = { key: 0, date: "" as CalendarDate };

function ageStep(value: RequirementValues["age"]): StepFn {
  const { min, max } = value;
  if (value.judgedAt !== "application") {
    return (d) => {
      if (isNone(P.birth)) return unknownLeaf("BIRTH_DATE_UNKNOWN", {});
      if (d.key < P.birth) return unknownLeaf("AS_OF_BEFORE_BIRTH", { asOf: d.date });
      ageLeaf(d, min, max);
    };
  }
  // `applicationAgeVerdict`: the age on the day of application, or on the day judged (assumed).
  return (d) => {
    if (isNone(P.birth)) return unknownLeaf("BIRTH_DATE_UNKNOWN", {});
    const on = applied ?? d;
    const assumed = applied === undefined;
    if (on.key < P.birth) return unknownLeaf("AS_OF_BEFORE_BIRTH", { asOf: on.date });
    const age = ageAt(P.birth, on.key);
    if (age < min) {
      const from = assumed ? keyOfAge(P.birth, min) : NONE;
      otherChild(2, from);
      if (recording) {
        addGap(
          "AGE_AT_APPLICATION_BELOW_MINIMUM",
          assumed
            ? { age, min, appliedOn: on.date, assumed, from: dateOfKey(from) }
            : { age, min, appliedOn: on.date, assumed },
          false,
        );
      }
      return;
    }
    if (max !== undefined && age > max) {
      return failLeaf("AGE_AT_APPLICATION_ABOVE_MAXIMUM", { age, max, appliedOn: on.date, assumed });
    }
    if (max === undefined) return passLeaf(INF);
    passLeaf(assumed ? dayBefore(keyOfAge(P.birth, max + 1)) : INF);
  };
}

/** `educationVerdicts` of `education.ts`. */
function educationStep(min: string): StepFn {
  if (min === "NONE") return nothing;
  return () => {
    const education = P.education;
    if (education === undefined) return unknownLeaf("EDUCATION_UNKNOWN", { min });
    if (meetsEducation(education as never, min as never)) return passLeaf(INF);
    failLeaf("EDUCATION_BELOW_MINIMUM", { education: education as string, min });
  };
}

function nationalEducationStep(policy: Policy, entry: PolicyTarget, day: CalendarDate): StepFn | undefined {
  if (entry.profile.destination === "ID") return nothing;
  const version = resolveParameter(policy, "placementEducationMinimum", day);
  if (version === undefined) return nothing;
  return typeof version.value === "string" ? educationStep(version.value) : undefined;
}

/** `latestPregnancyTest`: the latest test on or before the day (the last of equal days), or -1. */
function latestPregnancyTest(key: number): number {
  let latest = -1;
  for (let i = 0; i < P.nPregnancy; i++) {
    const tested = P.pregnancyTested[i] as number;
    if (tested > key) continue;
    if (latest < 0 || tested >= (P.pregnancyTested[latest] as number)) latest = i;
  }
  return latest;
}

function nationalPregnancyStep(policy: Policy, entry: PolicyTarget, day: CalendarDate): StepFn {
  if (entry.profile.destination === "ID") return nothing;
  const version = resolveParameter(policy, "placementNotPregnant", day);
  if (version === undefined || !version.value) return nothing;
  needs |= NEEDS.pregnancyTests;
  return (d) => {
    if (P.sex === "M") return;
    const latest = latestPregnancyTest(d.key);
    if (latest < 0) return unknownLeaf("HEALTH_REQUIREMENT_UNKNOWN", {});
    if (P.pregnancyNegative[latest]) return passLeaf(INF);
    failLeaf("HEALTH_REQUIREMENT_NOT_MET", {});
  };
}

function sexStep(value: RequirementValues["sex"]): StepFn {
  const admitted = value.admitted;
  const list = admitted.join(",");
  return () => {
    const sex = P.sex;
    if (sex !== "F" && sex !== "M") return unknownLeaf("SEX_UNKNOWN", { admitted: list });
    if (admitted.includes(sex)) return passLeaf(INF);
    failLeaf("SEX_NOT_ADMITTED", { sex, admitted: list });
  };
}

function openStep(version: ParameterVersion<boolean>, target: string, destination: string): StepFn {
  if (version.value) return () => passLeaf(INF);
  const since = version.from;
  return () => failLeaf("DESTINATION_CLOSED", { target, destination, since });
}

function retiredStep(target: string, since: CalendarDate): StepFn {
  return () => failLeaf("TARGET_RETIRED", { target, since });
}

/** Scratch of the competency step: each certificate's last day. */
const lastDays: number[] = [];

/** `competency` of `skill.ts`, with `certificateLastDay` per certificate for the span's validity. */
function competencyStep(units: readonly string[], validity: ParameterVersion<CertificateValidity> | undefined): StepFn {
  needs |= NEEDS.competencies;
  // A policy built by hand, not by definePolicy, may leave the scheme list out.
  const byScheme = validity === undefined ? undefined : (validity.value.bySchemeCode ?? {});
  return (d) => {
    const n = P.nCompetency;
    // Each certificate's last day, once (`certificateLastDay`); NaN for one not yet issued.
    for (let i = 0; i < n; i++) {
      const issued = P.competencyIssued[i] as number;
      if (issued > d.key) lastDays[i] = NONE;
      else if (P.competencyExpiresOn[i] !== undefined) lastDays[i] = P.competencyExpires[i] as number;
      else if (byScheme === undefined) lastDays[i] = dayBefore(plusYears(issued, 3));
      else {
        const scheme = P.competencySchemeCode[i] as string;
        const years = Object.hasOwn(byScheme, scheme)
          ? (byScheme[scheme] as number)
          : (validity as ParameterVersion<CertificateValidity>).value.defaultYears;
        lastDays[i] = dayBefore(plusYears(issued, years));
      }
    }
    let covered = 0;
    let expired = 0;
    let absent = 0;
    let expiredUnits = "";
    let absentUnits = "";
    let until = INF;
    let expiredOn = NONE;
    for (const unit of units) {
      let best = NONE;
      let lapsed = NONE;
      for (let i = 0; i < n; i++) {
        const lastDay = lastDays[i] as number;
        if (isNone(lastDay) || !(P.competencyUnits[i] as readonly unknown[]).includes(unit)) continue;
        if (d.key <= lastDay) {
          if (isNone(best) || lastDay > best) best = lastDay;
        } else if (isNone(lapsed) || lastDay > lapsed) {
          lapsed = lastDay;
        }
      }
      if (!isNone(best)) {
        covered++;
        if (best < until) until = best;
      } else if (!isNone(lapsed)) {
        expired++;
        if (recording) expiredUnits = expired === 1 ? unit : `${expiredUnits}, ${unit}`;
        if (isNone(expiredOn) || lapsed > expiredOn) expiredOn = lapsed;
      } else {
        absent++;
        if (recording) absentUnits = absent === 1 ? unit : `${absentUnits}, ${unit}`;
      }
    }
    // Partial credit: its reasons' counts (expired, missing, covered) weigh, the covered pass.
    passed += covered;
    total += covered + expired + absent;
    if (expired === 0 && absent === 0) {
      if (until < minUntil) minUntil = until;
      if (recording && until !== INF) addLapse(component, until, until);
      return;
    }
    if ((expired > 0 ? 2 : 1) > worst) worst = expired > 0 ? 2 : 1;
    allFrom = false;
    if (!recording) return;
    if (expired > 0) {
      addGap(
        "COMPETENCY_CERTIFICATE_EXPIRED",
        { units: expiredUnits, count: expired, lastValidDay: dateOfKey(expiredOn) },
        false,
      );
    }
    if (absent > 0) addGap("COMPETENCY_UNITS_MISSING", { units: absentUnits, count: absent }, false);
  };
}

/** `skillTest` of `skill.ts`. */
function skillTestStep(test: string): StepFn {
  needs |= NEEDS.skillTests;
  return (d) => {
    let held = false;
    let valid = false;
    let until = -INF;
    let lapsed = -1;
    for (let i = 0; i < P.nSkillTests; i++) {
      if (P.skillTestName[i] !== test || (P.skillTestIssued[i] as number) > d.key) continue;
      held = true;
      const expires = P.skillTestExpires[i] as number;
      if (d.key <= expires) {
        // Unbounded beats any date: a result without expiry never lapses.
        if (!valid || expires > until) until = expires;
        valid = true;
      } else if (lapsed < 0 || expires > (P.skillTestExpires[lapsed] as number)) {
        lapsed = i;
      }
    }
    if (!held) return unknownLeaf("SKILL_TEST_MISSING", { test });
    if (valid) return passLeaf(until);
    failLeaf("SKILL_TEST_EXPIRED", { test, lastValidDay: P.skillTestExpiresOn[lapsed] as CalendarDate });
  };
}

function skillStep(
  value: RequirementValues["skill"],
  validity: ParameterVersion<CertificateValidity> | undefined,
): StepFn {
  const steps: StepFn[] = [];
  if (value.units.length > 0) steps.push(competencyStep(value.units, validity));
  for (const test of value.skillTests) steps.push(skillTestStep(test));
  if (steps.length === 0) return () => passLeaf(INF);
  return (d) => {
    for (const s of steps) s(d);
  };
}

interface CompiledRequirement {
  readonly test: string;
  /** Score, band, or the rank of the minimum level on its scale. */
  readonly threshold: number;
  readonly maxAgeMonths: number | undefined;
}

interface CompiledGroup {
  readonly requirements: readonly CompiledRequirement[];
  /** The group's `LANGUAGE_RESULT_NEEDED` params: its alternatives, in order, without repeats. */
  readonly tests: string;
  readonly minimums: string;
}

function thresholdOf(r: LanguageRequirement): number {
  switch (r.test) {
    case "JLPT":
      return jlptRank(r.minLevel);
    case "CEFR":
      return cefrRank(r.minLevel);
    case "IELTS":
      return r.minBand;
    default:
      return r.minScore;
  }
}

/** A group of alternatives, and its gap (`groupGap` of `requirements/language.ts`). */
function compileGroup(group: readonly LanguageRequirement[]): CompiledGroup {
  const requirements: CompiledRequirement[] = [];
  const tests: string[] = [];
  const minimums: string[] = [];
  for (const r of group) {
    const min = requirementMinimum(r);
    requirements.push({ test: r.test, threshold: thresholdOf(r), maxAgeMonths: r.maxAgeMonths });
    let seen = false;
    for (let i = 0; i < tests.length; i++) if (tests[i] === r.test && minimums[i] === min) seen = true;
    if (!seen) {
      tests.push(r.test);
      minimums.push(min);
    }
  }
  return { requirements, tests: tests.join(","), minimums: minimums.join(",") };
}

/** `checkLanguageRequirements`: each group is one child (an `anyOf` of its requirements). */
function languageStep(value: RequirementValues["language"]): StepFn {
  if (value.length === 0) return () => passLeaf(INF);
  needs |= NEEDS.languageResults;
  const groups = value.map(compileGroup);
  return (d) => {
    for (const g of groups) {
      const mark = nLapses;
      // anyOf of anyOfs: the best outcome; a pass lasts as long as its longest passing result.
      let best = 2;
      let until = -INF;
      for (const r of g.requirements) {
        let relevant = false;
        for (let i = 0; i < P.nLanguage; i++) {
          if (P.languageTest[i] !== r.test || (P.languageTaken[i] as number) > d.key) continue;
          relevant = true;
          if ((P.languageValue[i] as number) < r.threshold) continue;
          const lastDay =
            r.maxAgeMonths === undefined ? INF : dayBefore(plusMonths(P.languageStart[i] as number, r.maxAgeMonths));
          if (d.key <= lastDay) {
            best = 0;
            if (lastDay > until) until = lastDay;
            if (recording && lastDay !== INF) addLapse(component, lastDay, 0);
          }
        }
        if (!relevant && best > 1) best = 1;
      }
      if (best === 0) {
        passChild(until);
        if (until === INF) nLapses = mark;
        else for (let i = mark; i < nLapses; i++) lapseGate[i] = until;
      } else {
        otherChild(best, NONE);
        if (recording) addGap("LANGUAGE_RESULT_NEEDED", { tests: g.tests, minimums: g.minimums }, false);
      }
    }
  };
}

/** One aspect of `checkHealth`: the latest check covering it governs. */
function aspect(d: Day, name: "medical" | "psychological", only: string, months: number | undefined, days: number) {
  let latest = -1;
  for (let i = 0; i < P.nMedical; i++) {
    const scope = P.medicalScope[i];
    if ((P.medicalExamined[i] as number) > d.key || (scope !== "FULL" && scope !== only)) continue;
    if (latest < 0 || (P.medicalExamined[i] as number) >= (P.medicalExamined[latest] as number)) latest = i;
  }
  if (latest < 0) return unknownLeaf("MEDICAL_CHECK_MISSING", { aspect: name });
  const examinedOn = P.medicalExaminedOn[latest] as CalendarDate;
  if (P.medicalUnfit[latest]) return failLeaf("MEDICAL_UNFIT", { aspect: name, examinedOn });
  const from = P.medicalFrom[latest] as number;
  const lastDay = months !== undefined ? dayBefore(plusMonths(from, months)) : plusDays(from, days);
  if (d.key > lastDay) {
    return failLeaf("MEDICAL_CHECK_EXPIRED", {
      aspect: name,
      examinedOn,
      lastValidDay: dateOfKey(lastDay),
      countedFrom: P.medicalCountedFrom[latest] as string,
    });
  }
  passLeaf(lastDay);
}

/** `checkHealth`: a child per aspect, and colour vision when required. */
function medicalStep(value: RequirementValues["medical"]): StepFn {
  needs |= NEEDS.medicalChecks;
  const months = value.validityMonths;
  const days = value.maxAgeDays ?? 0;
  const colourVision = value.colourVisionNormal;
  return (d) => {
    aspect(d, "medical", "MEDICAL", months, days);
    aspect(d, "psychological", "PSYCHOLOGICAL", months, days);
    if (!colourVision) return;
    let normal = false;
    for (let i = 0; i < P.nMedical; i++) {
      if ((P.medicalExamined[i] as number) > d.key) continue;
      const cv = P.medicalColourVision[i];
      if (cv === false) return failLeaf("COLOUR_VISION_DEFICIENT", {});
      if (cv === true) normal = true;
    }
    if (normal) return passLeaf(INF);
    unknownLeaf("COLOUR_VISION_UNKNOWN", {});
  };
}

/** The pregnancy test before departure (`pregnancyTestKind`). */
function pregnancyTestStep(value: RequirementValues["pregnancyTest"]): StepFn {
  needs |= NEEDS.pregnancyTests;
  const withinDays = value.withinDays;
  return (d) => {
    if (P.sex === "M") return;
    if (P.sex !== "F") return unknownLeaf("SEX_UNKNOWN", { admitted: "F,M" });
    const latest = latestPregnancyTest(d.key);
    if (latest < 0) return unknownLeaf("PREGNANCY_TEST_MISSING", { withinDays });
    if (!P.pregnancyNegative[latest]) return failLeaf("HEALTH_CERTIFICATE_VOID", {});
    const tested = P.pregnancyTested[latest] as number;
    if (dayNumberOfKey(d.key) - dayNumberOfKey(tested) > withinDays) {
      return failLeaf("PREGNANCY_TEST_TOO_OLD", { withinDays, testedOn: P.pregnancyTestedOn[latest] as CalendarDate });
    }
    passLeaf(plusDays(tested, withinDays));
  };
}

/** `lastDayWithValidity` of `documents.ts`: the last day with `months` of validity left. */
function lastDayWithValidity(expires: number, months: number): number {
  if (months <= 0) return expires;
  let day = plusMonths(expires, -months);
  while (plusMonths(day, months) > expires) day = dayBefore(day);
  while (plusMonths(dayAfter(day), months) <= expires) day = dayAfter(day);
  return day;
}

const PASSPORT_EXPIRY_UNKNOWN = 1;
const DOCUMENT_EXPIRED = 2;
const PASSPORT_VALIDITY_TOO_SHORT = 3;

/**
 * One kind of `checkDocuments`: an `anyOf` of the documents of that kind held on the day (the
 * best counts); a kind valid for life is judged undated.
 */
function documentKind(d: Day, kind: string, months: number, forLife: boolean) {
  const mark = nLapses;
  let best = 3;
  let until = -INF;
  // The gap of a failing kind is its closest alternative's: the last unknown, else the last fail.
  let speaker = -1;
  let speakerRank = 3;
  let speakerCode = 0;
  for (let i = 0; i < P.nDocuments; i++) {
    if (P.documentKind[i] !== kind || (P.documentIssued[i] as number) > d.key) continue;
    const expires = forLife ? NONE : (P.documentExpires[i] as number);
    let rank = 0;
    let code = 0;
    let lastDay = INF;
    if (kind === "PASSPORT") {
      if (isNone(expires)) {
        rank = 1;
        code = PASSPORT_EXPIRY_UNKNOWN;
      } else if (d.key > expires) {
        rank = 2;
        code = DOCUMENT_EXPIRED;
      } else {
        lastDay = lastDayWithValidity(expires, months);
        if (d.key > lastDay) {
          rank = 2;
          code = PASSPORT_VALIDITY_TOO_SHORT;
        }
      }
    } else if (d.key > expires) {
      rank = 2;
      code = DOCUMENT_EXPIRED;
    } else if (!isNone(expires)) {
      lastDay = expires;
    }
    if (rank < best) best = rank;
    if (rank === 0) {
      if (lastDay > until) until = lastDay;
      if (recording && lastDay !== INF) addLapse(kind, lastDay, 0);
    } else if (speaker < 0 || (rank === 1 ? 0 : 1) <= (speakerRank === 1 ? 0 : 1)) {
      speaker = i;
      speakerRank = rank;
      speakerCode = code;
    }
  }
  if (best === 3) return unknownLeaf("DOCUMENT_MISSING", { kind });
  if (best === 0) {
    passChild(until);
    if (until === INF) nLapses = mark;
    else for (let i = mark; i < nLapses; i++) lapseGate[i] = until;
    return;
  }
  otherChild(best, NONE);
  if (!recording) return;
  const expiresOn = P.documentExpiresOn[speaker] as CalendarDate;
  if (speakerCode === PASSPORT_EXPIRY_UNKNOWN) addGap("PASSPORT_EXPIRY_UNKNOWN", {}, false);
  else if (speakerCode === DOCUMENT_EXPIRED) addGap("DOCUMENT_EXPIRED", { kind, lastValidDay: expiresOn }, false);
  else addGap("PASSPORT_VALIDITY_TOO_SHORT", { minMonths: months, expiresOn }, false);
}

/** `checkDocuments` of `documents.ts`: one child per required kind. */
function documentsStep(kinds: readonly string[], months: number, lifelong: readonly unknown[]): StepFn {
  needs |= NEEDS.documents;
  const forLife = kinds.map((k) => lifelong.includes(k));
  return (d) => {
    for (let k = 0; k < kinds.length; k++) documentKind(d, kinds[k] as string, months, forLife[k] === true);
  };
}

function marriedDocumentsStep(
  value: RequirementValues["marriedDocuments"],
  gate: Gate,
  lifelong: readonly unknown[],
): StepFn {
  const required = value[gate];
  if (required.length === 0) return nothing;
  const kinds = required.join(",");
  const documents = documentsStep(required, 0, lifelong);
  return (d) => {
    const status = P.maritalStatus;
    if (status === undefined) return unknownLeaf("MARITAL_STATUS_UNKNOWN", { kinds });
    if (status !== "MARRIED") return;
    documents(d);
  };
}

function orientationStep(required: boolean): StepFn {
  if (!required) return nothing;
  needs |= NEEDS.orientation;
  return (d) => {
    if (P.orientation <= d.key) return passLeaf(INF);
    unknownLeaf("ORIENTATION_MISSING", {});
  };
}

// --- Compiling -------------------------------------------------------------------------------

const BUILT_IN = new Set<AnyRequirementKind>([
  nationalAgeKind,
  nationalEducationKind,
  nationalPregnancyKind,
  ageKind,
  sexKind,
  educationKind,
  openKind,
  skillKind,
  languageKind,
  medicalKind,
  pregnancyTestKind,
  passportKind,
  documentsKind,
  marriedDocumentsKind,
  orientationKind,
] as AnyRequirementKind[]);

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** The policy's national values the checks read, when they have the types the checks assume. */
function nationalValues(policy: Policy, day: CalendarDate) {
  const lifelong = resolveParameter(policy, "lifelongDocuments", day)?.value ?? [];
  const validity = resolveParameter(policy, "competencyCertificateValidity", day);
  if (!Array.isArray(lifelong)) return undefined;
  if (validity !== undefined) {
    const v = validity.value as Partial<CertificateValidity> | undefined;
    if (typeof v !== "object" || v === null || !isNumber(v.defaultYears)) return undefined;
    const byScheme = v.bySchemeCode;
    if (byScheme !== undefined && (typeof byScheme !== "object" || byScheme === null)) return undefined;
    for (const k in byScheme) if (Object.hasOwn(byScheme, k) && !isNumber(byScheme[k])) return undefined;
  }
  return { lifelong, validity };
}

function compileStep(
  step: Step,
  policy: Policy,
  target: string,
  entry: PolicyTarget,
  gate: Gate,
  day: CalendarDate,
  national: NonNullable<ReturnType<typeof nationalValues>>,
): StepFn | undefined {
  if (step.retired !== undefined) return day >= step.retired.from ? retiredStep(target, step.retired.from) : undefined;
  const kind = step.kind;
  if (!BUILT_IN.has(kind)) return undefined;
  if (kind === nationalAgeKind) return nationalAgeStep(policy, entry, day);
  if (kind === nationalEducationKind) return nationalEducationStep(policy, entry, day);
  if (kind === nationalPregnancyKind) return nationalPregnancyStep(policy, entry, day);
  const version = resolveVersion(step.parameter, day);
  if (version === undefined) return missingStep(`${target}.${kind.id}`);
  if (!kind.schema.safeParse(version.value).success) return undefined;
  const value = version.value as never;
  const requirements = entry.requirements as Readonly<Record<string, ParameterVersion<unknown> | undefined>>;
  switch (kind) {
    case ageKind:
      return ageStep(value);
    case sexKind:
      return sexStep(value);
    case educationKind:
      return educationStep(value);
    case openKind:
      return openStep(version as ParameterVersion<boolean>, target, entry.profile.destination);
    case skillKind:
      return skillStep(value, national.validity);
    case languageKind:
      return languageStep(value);
    case medicalKind:
      return medicalStep(value);
    case pregnancyTestKind:
      return pregnancyTestStep(value);
    case passportKind:
      return nothing;
    case documentsKind: {
      const own = Object.hasOwn(requirements, "passport") ? requirements.passport : undefined;
      const passport = resolveVersion(own as never, day) as
        | ParameterVersion<{ minValidityMonths?: unknown }>
        | undefined;
      const months = passport?.value.minValidityMonths ?? 0;
      if (!isNumber(months)) return undefined;
      return documentsStep((value as RequirementValues["documents"])[gate], months, national.lifelong);
    }
    case marriedDocumentsKind:
      return marriedDocumentsStep(value, gate, national.lifelong);
    case orientationKind:
      return orientationStep(value);
    default:
      return undefined;
  }
}

/**
 * The plan of `steps` compiled for the span of days of `day` (no policy change ahead of it), or
 * `undefined` when a step has no compiled form: a caller's kind, a requirement of no registered
 * kind, a value its schema refuses, a national value of an unexpected type.
 */
export function compilePlan(
  policy: Policy,
  target: string,
  entry: PolicyTarget,
  gate: Gate,
  steps: readonly Step[],
  day: CalendarDate,
  weights: ReadinessWeights,
): FastPlan | undefined {
  try {
    return compile(policy, target, entry, gate, steps, day, weights);
  } catch {
    // A policy built by hand that a check would trip over: the reference says what it says.
    return undefined;
  }
}

function compile(
  policy: Policy,
  target: string,
  entry: PolicyTarget,
  gate: Gate,
  steps: readonly Step[],
  day: CalendarDate,
  weights: ReadinessWeights,
): FastPlan | undefined {
  const national = nationalValues(policy, day);
  if (national === undefined || typeof weights !== "object" || weights === null) return undefined;
  needs = 0;
  for (const name of COMPONENT_NAMES) if (!isNumber(weights[name])) return undefined;
  const byComponent = new Map<ComponentName, StepFn[]>();
  for (const step of steps) {
    const fn = compileStep(step, policy, target, entry, gate, day, national);
    if (fn === undefined) return undefined;
    const name = step.kind.component;
    let list = byComponent.get(name);
    if (list === undefined) {
      list = [];
      byComponent.set(name, list);
    }
    list.push(fn);
  }
  const components: FastComponent[] = [];
  for (const name of COMPONENT_NAMES) {
    const fns = byComponent.get(name);
    if (fns !== undefined) components.push({ name, steps: fns, weight: weights[name] });
  }
  return { components, weights, needs };
}

// --- Running ---------------------------------------------------------------------------------

/**
 * Judges every component on day `d` into `cOutcome` … `cPermanent`; with `record`, also the
 * gaps (in the order of `componentGaps`) and what lapses. True when every component passes.
 */
function run(plan: FastPlan, d: Day, record: boolean): boolean {
  recording = record;
  nGaps = 0;
  nLapses = 0;
  let ready = true;
  const components = plan.components;
  for (let i = 0; i < components.length; i++) {
    const x = components[i] as FastComponent;
    component = x.name;
    weight = x.weight;
    worst = 0;
    passed = 0;
    total = 0;
    minUntil = INF;
    maxFrom = -INF;
    allFrom = true;
    permanent = false;
    for (const step of x.steps) step(d);
    cOutcome[i] = worst;
    if (worst === 0) {
      cUntil[i] = minUntil;
      cFrom[i] = NONE;
      cCredit[i] = 1;
    } else {
      ready = false;
      cUntil[i] = NONE;
      // allOf: from the latest child's day, if every failing child has one and no pass lapses before.
      cFrom[i] = allFrom && maxFrom !== -INF && !(minUntil < maxFrom) ? maxFrom : NONE;
      cCredit[i] = total === 0 ? 0 : Math.min(passed / total, 0.999);
    }
    cPermanent[i] = permanent;
  }
  return ready;
}

/** `withLapses` of the reference: a wait until `from` told what lapses before it. */
function withLapses(g: Gap, from: number): Gap {
  let n = 0;
  for (let i = 0; i < nLapses; i++) if ((lapseGate[i] as number) < from) n++;
  if (n === 0) return g;
  // In order of their last day (stable: what lapses first is renewed first), each named once.
  const whats: string[] = [];
  const untils: number[] = [];
  for (let i = 0; i < nLapses; i++) {
    if ((lapseGate[i] as number) >= from) continue;
    const what = lapseWhat[i] as string;
    const until = lapseUntil[i] as number;
    let j = whats.length;
    whats.push(what);
    untils.push(until);
    while (j > 0 && (untils[j - 1] as number) > until) {
      whats[j] = whats[j - 1] as string;
      untils[j] = untils[j - 1] as number;
      j--;
    }
    whats[j] = what;
    untils[j] = until;
  }
  let renew = "";
  for (let i = 0; i < whats.length; i++) {
    const w = whats[i] as string;
    let seen = false;
    for (let k = 0; k < i; k++) if (whats[k] === w) seen = true;
    if (!seen) renew = i === 0 ? w : `${renew},${w}`;
  }
  return { ...g, params: { ...g.params, renew, lapsesOn: dateOfKey(dayAfter(untils[0] as number)) } };
}

/**
 * The eager answer of the last {@link answer}: module state, read by `assessReadiness` before
 * anything else runs.
 */
export const answered = {
  status: "not_ready" as "ready" | "not_ready" | "ineligible",
  score: 0,
  gaps: [] as Gap[],
  readyFrom: undefined as CalendarDate | undefined,
  validUntil: undefined as CalendarDate | undefined,
};

const today = { key: 0, date: "" as CalendarDate };
const later = { key: 0, date: "" as CalendarDate };

/**
 * Status, score, gaps and window of the prepared candidate (`P`) on `asOf` (its key `key`; with the day of
 * application when given), as `assessReadiness`'s reference computes them from the verdicts,
 * into {@link answered}. False if a check threw (never on a prepared record): the reference
 * answers then.
 */
export function answer(plan: FastPlan, key: number, asOf: CalendarDate, appliedOn: CalendarDate | undefined): boolean {
  today.key = key;
  today.date = asOf;
  if (appliedOn === undefined) applied = undefined;
  else {
    appliedDay.key = keyOf(appliedOn);
    appliedDay.date = appliedOn;
    applied = appliedDay;
  }
  try {
    judge(plan);
    return true;
  } catch {
    return false;
  }
}

function judge(plan: FastPlan): void {
  const out = answered;
  out.readyFrom = undefined;
  out.validUntil = undefined;
  const ready = run(plan, today, true);
  const components = plan.components;
  const weights = plan.weights;
  const n = components.length;
  let ineligible = false;
  if (!ready) for (let i = 0; i < n; i++) if (cPermanent[i] === true) ineligible = true;
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += (components[i] as FastComponent).weight;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (components[i] as FastComponent).weight * (cCredit[i] as number);
  out.score = ready
    ? 100
    : ineligible || totalWeight === 0
      ? 0
      : Math.min(99, Math.floor((100 * weighted) / totalWeight));
  if (ineligible) {
    // Only what makes it so: the permanent gaps, in the same order.
    let k = 0;
    for (let i = 0; i < nGaps; i++) {
      if (gapPermanent[i] !== true) continue;
      gaps[k] = gaps[i] as Gap;
      gapWeight[k++] = gapWeight[i] as number;
    }
    nGaps = k;
  }
  const sorted = sortGapList(gaps, nGaps, weights, gapWeight);
  if (!ineligible && nLapses > 0) {
    for (let i = 0; i < sorted.length; i++) {
      const g = sorted[i] as Gap;
      const from = g.params.from;
      if (typeof from === "string") sorted[i] = withLapses(g, keyOf(from));
    }
  }
  out.gaps = sorted;
  if (ready) {
    out.status = "ready";
    let until = INF;
    for (let i = 0; i < n; i++) if ((cUntil[i] as number) < until) until = cUntil[i] as number;
    if (until !== INF) out.validUntil = dateOfKey(until);
    return;
  }
  if (ineligible) {
    out.status = "ineligible";
    return;
  }
  out.status = "not_ready";
  // Ready by time alone from the latest day a waiting component names, if every one names one
  // and every component passes on that day.
  let start = -INF;
  for (let i = 0; i < n; i++) {
    if (cOutcome[i] === 0) continue;
    const from = cFrom[i] as number;
    if (isNone(from)) return;
    if (from > start) start = from;
  }
  later.key = start;
  later.date = dateOfKey(start);
  if (run(plan, later, false)) out.readyFrom = later.date;
}
