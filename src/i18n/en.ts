import type { GapParams, WaitParams } from "../core/codes.js";
import { EN_ISSUES } from "./en-issues.js";
import type { ActionMessages, CompleteLocale, LocaleNames, LocaleText, ReasonMessages } from "./locale.js";
import { EDUCATION_NAMES, TEST_NAMES } from "./names.js";

const s = (v: unknown) => String(v ?? "");

const names: LocaleNames = {
  documents: {
    KTP: "identity card (KTP)",
    KK: "family card (KK)",
    BIRTH_CERTIFICATE: "birth certificate",
    IJAZAH: "school certificate (ijazah)",
    PASSPORT: "passport",
    PASSPORT_RECOMMENDATION: "Disnaker passport recommendation",
    SKCK: "police certificate (SKCK)",
    FAMILY_CONSENT: "consent of spouse, parent or guardian",
    MARITAL_STATUS: "marital status letter",
    MARRIAGE_BOOK: "marriage book",
    BPJS_KETENAGAKERJAAN: "BPJS Ketenagakerjaan membership",
    JKN: "national health insurance (JKN) card",
    VISA: "work visa",
    WORK_CONTRACT: "employment contract",
    PLACEMENT_AGREEMENT: "placement agreement",
    PROFESSIONAL_REGISTRATION: "professional registration (STR)",
    E_PMI: "E-PMI card",
  },
  tests: TEST_NAMES,
  aspects: { medical: "medical", psychological: "psychological" },
  skillTests: {
    JP_SSW_CAREGIVING_SKILL: "SSW Care Worker Skills Evaluation Test",
    JP_NURSING_CARE_JAPANESE: "Nursing Care Japanese Language Evaluation Test",
    JP_SSW_MANUFACTURING_SKILL: "SSW manufacturing skills test",
    KR_EPS_SKILL_TEST: "EPS skill and competency test (round 2)",
  },
  countries: {
    JP: "Japan",
    KR: "South Korea",
    TW: "Taiwan",
    HK: "Hong Kong",
    MY: "Malaysia",
    DE: "Germany",
    SA: "Saudi Arabia",
    AU: "Australia",
    ID: "Indonesia",
  },
};

/** The English title of a skill test, or its id when none is known. */
const skillTest = (test: string | undefined) => names.skillTests?.[String(test)] ?? String(test ?? "");
/** Where a moratorium applies: the country by name, else the target's id. */
const place = (p: { destination?: string; target?: string }) =>
  p.destination === undefined || p.destination === "" ? String(p.target ?? "") : country(p.destination);
/** A country by name, or its code when none is known. */
const country = (code: string | undefined) => names.countries?.[String(code)] ?? String(code ?? "");

const doc = (kind: string) =>
  Object.hasOwn(names.documents, kind) ? names.documents[kind as keyof LocaleNames["documents"]] : kind;
const aspect = (a: string) => (a === "medical" || a === "psychological" ? names.aspects[a] : a);

const kinds = (list: string | undefined) =>
  String(list ?? "")
    .split(",")
    .filter(Boolean)
    .map(doc)
    .join(", ");

const text: LocaleText = {
  status: { ready: "READY", not_ready: "NOT READY", ineligible: "INELIGIBLE" },
  gate: { placement: "placement", departure: "departure" },
  headline: (p) => `${p.status} for ${p.target} (${p.gate}) as of ${p.asOf}, score ${p.score}/100.`,
  readyFrom: (day) => `Ready from ${day} with no further action.`,
  validUntil: (day) => `Readiness holds until ${day}.`,
  or: " or ",
  sex: { F: "female", M: "male" },
};

/** "F,M" → "female and male". */
const sexes = (list: string | undefined) =>
  String(list ?? "")
    .split(",")
    .map((x) => (x === "F" ? text.sex.F : x === "M" ? text.sex.M : x))
    .join(" and ");

/** Where a health certificate's validity was counted from. */
const counted = (from: string | undefined) =>
  from === "certificateIssuedOn"
    ? "from the certificate's issue date"
    : "from the examination date (no issue date recorded)";

/** The application day of an age judged at application, and whether it was assumed. */
const applied = (p: { appliedOn: string; assumed: boolean }) =>
  p.assumed ? `${p.appliedOn}, the day assessed, as no application day was given` : p.appliedOn;

/** An education code as written: "MTs", "Paket B", "SMK". */
const edu = (e: string | undefined) =>
  e === "NONE" ? "no schooling" : (EDUCATION_NAMES[String(e)] ?? String(e ?? ""));
/** A minimum named by its level: "junior secondary (SLTP) or equivalent" for SMP. */
const level = (min: string | undefined) =>
  min === "SD" || min === "PAKET_A"
    ? "primary (SD) or equivalent"
    : min === "SMP" || min === "MTS" || min === "PAKET_B"
      ? "junior secondary (SLTP) or equivalent"
      : min === "SMA" || min === "SMK" || min === "MA" || min === "MAK" || min === "PAKET_C"
        ? "senior secondary (SLTA) or equivalent"
        : edu(min);

const reasons: ReasonMessages = {
  AGE_WITHIN_RANGE: (p) => `Age ${p.age} is within the range of ${p.min} to ${p.max} years.`,
  AGE_AT_LEAST_MINIMUM: (p) => `Age ${p.age} meets the minimum of ${p.min} years.`,
  AGE_BELOW_MINIMUM: (p) => `Age ${p.age} is below the minimum of ${p.min} years.`,
  AGE_ABOVE_MAXIMUM: (p) => `Age ${p.age} is above the maximum of ${p.max} years.`,
  AGE_AT_APPLICATION_WITHIN_RANGE: (p) =>
    `Age ${p.age} at application (${applied(p)}) is within the range of ${p.min} to ${p.max} years.`,
  AGE_AT_APPLICATION_AT_LEAST_MINIMUM: (p) =>
    `Age ${p.age} at application (${applied(p)}) meets the minimum of ${p.min} years.`,
  AGE_AT_APPLICATION_BELOW_MINIMUM: (p) =>
    `Age ${p.age} at application (${applied(p)}) is below the minimum of ${p.min} years.`,
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: (p) =>
    `Age ${p.age} at application (${applied(p)}) is above the maximum of ${p.max} years.`,
  BIRTH_DATE_UNKNOWN: () => "The birth date is missing or invalid.",
  AS_OF_BEFORE_BIRTH: (p) =>
    `The age cannot be judged: the date judged, ${p.asOf}, is before the birth date; check both dates.`,
  INVALID_APPLIED_ON: () => "The application date (appliedOn) is not a valid date; use YYYY-MM-DD.",
  INVALID_AS_OF: () => "The reference date (asOf) is not a valid date; use YYYY-MM-DD.",
  POLICY_PARAMETER_MISSING: (p) => `The policy has no ${p.parameter} parameter in force on ${p.asOf}.`,
  NIK_BIRTHDATE_MISMATCH: (p) => `The birth date encoded in NIK ${p.nik} differs from the recorded birth date.`,
  NIK_SEX_MISMATCH: (p) =>
    `The sex encoded in NIK ${p.nik} differs from the recorded sex (${p.sex === "F" ? text.sex.F : text.sex.M}).`,
  NIK_DOMICILE_MISMATCH: (p) =>
    `The province of NIK ${p.nik} (${p.nikProvinceCode}) differs from the province of domicile (${p.provinceCode}).`,
  DATE_IN_FUTURE: (p) => `The date ${p.field} (${p.date}) is after the reference date ${p.asOf}.`,
  END_BEFORE_START: (p) => `The date ${p.field} (${p.date}) is before its start (${p.start}).`,
  DOMICILE_REGION_MISMATCH: (p) => `Regency code ${p.regencyCode} is not in province ${p.provinceCode}.`,
  SEX_ADMITTED: (p) => `The scheme admits ${sexes(p.sex)} workers.`,
  SEX_NOT_ADMITTED: (p) => `The scheme does not admit ${sexes(p.sex)} workers; only ${sexes(p.admitted)}.`,
  SEX_UNKNOWN: (p) => `Sex is not recorded; the scheme admits only ${sexes(p.admitted)} workers.`,
  EDUCATION_MEETS_MINIMUM: (p) => `Education ${edu(p.education)} meets the minimum of ${level(p.min)}.`,
  EDUCATION_BELOW_MINIMUM: (p) => `Education ${edu(p.education)} is below the minimum of ${level(p.min)}.`,
  EDUCATION_UNKNOWN: (p) => `Education is not recorded; the minimum is ${level(p.min)}.`,
  DESTINATION_OPEN: (p) => `Placement in ${country(p.destination)} (${p.target}) is open.`,
  DESTINATION_CLOSED: (p) =>
    `Placement in ${country(p.destination)} (${p.target}) is closed by a moratorium since ${p.since}.`,
  UNKNOWN_TARGET: (p) => `Unknown placement target ${p.target} in this policy.`,
  TARGET_ACTIVE: (p) => `Target ${p.target} is in force until ${p.until}.`,
  TARGET_RETIRED: (p) => `Target ${p.target} was retired on ${p.since}.`,
  PLAN_NO_TRACK: (p) => `No training track in the catalogue covers the units ${p.units}.`,
  PLAN_NO_WAVE: (p) => `No training wave of ${p.track} starts after ${p.after}.`,
  PLAN_NO_SITTING: (p) => `No sitting of ${p.test} is scheduled after ${p.after}.`,
  PLAN_NOT_CONVERGED: (p) => `The plan could not be completed in ${p.rounds} rounds.`,
  REQUIREMENT_ERROR: (p) => `The requirement of kind ${p.kind} could not be judged (its definition failed).`,
  UNKNOWN_REQUIREMENT_KIND: (p) => `Requirement kind ${p.kind} is not registered; the requirement cannot be judged.`,
  LANGUAGE_NOT_REQUIRED: () => "No language result is required.",
  LANGUAGE_REQUIREMENT_MET: (p) =>
    `${names.tests[p.test] ?? p.test} result ${p.result} (${p.takenOn}) meets the minimum of ${p.min}.`,
  LANGUAGE_RESULT_TOO_LOW: (p) =>
    `${names.tests[p.test] ?? p.test} result ${p.result} is below the minimum of ${p.min}.`,
  LANGUAGE_RESULT_EXPIRED: (p) =>
    `${names.tests[p.test] ?? p.test} result ${p.result} of ${p.takenOn} has lapsed (valid until ${p.lastValidDay}, counted ${p.countedFrom === "announcedOn" ? "from the announcement" : "from the test day, as no announcement day is recorded"}).`,
  LANGUAGE_RESULT_MISSING: (p) => `No ${names.tests[p.test] ?? p.test} result yet; the minimum is ${p.min}.`,
  COMPETENCY_UNITS_COVERED: (p) => `Valid competency certificates cover all ${p.count} required units.`,
  COMPETENCY_UNITS_MISSING: (p) => `No competency certificate yet for ${p.count} unit(s): ${p.units}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `The competency certificate for ${p.count} unit(s) has expired (valid until ${p.lastValidDay}): ${p.units}.`,
  SKILL_TEST_PASSED: (p) => `${skillTest(p.test)}: passed.`,
  SKILL_TEST_MISSING: (p) => `${skillTest(p.test)}: not recorded yet.`,
  SKILL_TEST_EXPIRED: (p) => `${skillTest(p.test)}: expired (valid until ${p.lastValidDay}).`,
  NO_CERTIFICATION_REQUIRED: (p) => `Target ${p.target} asks for no certificate.`,
  TRAINING_AGE_NOT_YET_IN_FORCE: (p) => `No training age is in force yet; one applies from ${p.from}.`,
  TRAINING_OFFER_NOT_COVERED: (p) =>
    `Age ${p.age} is outside the hub's training offer (up to ${p.max}); schemes with higher age limits may still apply.`,
  TRACK_TARGETS_ADMIT_AGE: (p) => `Targets of this track admit age ${p.age}: ${p.targets}.`,
  TRACK_TARGETS_EXCLUDE_AGE: (p) => `No target of this track admits age ${p.age}.`,
  TRACK_DESTINATION_MATCH: (p) => `This track prepares for placement in ${country(p.destination)}.`,
  TRACK_DESTINATION_MISMATCH: (p) => `This track does not prepare for placement in ${country(p.destination)}.`,
  TRACK_PROGRESS: (p) => `Training progress ${p.percent}%.`,
  MEDICAL_FIT: (p) =>
    `The ${aspect(p.aspect)} examination of ${p.examinedOn} found the candidate fit; validity counted ${counted(p.countedFrom)}.`,
  MEDICAL_UNFIT: (p) => `The ${aspect(p.aspect)} examination of ${p.examinedOn} found the candidate unfit.`,
  MEDICAL_CHECK_MISSING: (p) => `No ${aspect(p.aspect)} examination is recorded.`,
  MEDICAL_CHECK_EXPIRED: (p) =>
    `The health certificate of the ${aspect(p.aspect)} examination of ${p.examinedOn} has lapsed (valid until ${p.lastValidDay}, counted ${counted(p.countedFrom)}).`,
  PREGNANCY_TEST_RECENT: (p) =>
    `The laboratory check before departure of ${p.testedOn} (at most ${p.withinDays} days before) is recorded.`,
  PREGNANCY_TEST_MISSING: (p) =>
    `No laboratory check (pregnancy test) within ${p.withinDays} days before departure is recorded.`,
  PREGNANCY_TEST_TOO_OLD: (p) =>
    `The laboratory check of ${p.testedOn} is more than ${p.withinDays} days before departure; repeat it.`,
  HEALTH_CERTIFICATE_VOID: () => "The health certificate is void under the latest laboratory check.",
  HEALTH_REQUIREMENT_MET: () => "The national health rule of the day is met.",
  HEALTH_REQUIREMENT_NOT_MET: () => "The national health rule of the day is not met.",
  HEALTH_REQUIREMENT_UNKNOWN: () => "The test for the national health rule of the day is not recorded.",
  COLOUR_VISION_NORMAL: () => "Colour vision is normal.",
  COLOUR_VISION_DEFICIENT: () => "Colour vision is deficient, and this target requires normal colour vision.",
  COLOUR_VISION_UNKNOWN: () => "No colour vision test is recorded.",
  DOCUMENT_PRESENT: (p) => `A valid ${doc(p.kind)} is held.`,
  DOCUMENT_MISSING: (p) => `No ${doc(p.kind)} is recorded.`,
  DOCUMENT_EXPIRED: (p) => `The ${doc(p.kind)} has expired (valid until ${p.lastValidDay}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) =>
    `The passport (valid until ${p.expiresOn}) has less than ${p.minMonths} months of validity left.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "The passport's expiry date is not recorded.",
  MARITAL_STATUS_UNKNOWN: (p) => `The marital status is not recorded; if married, the ${kinds(p.kinds)} is needed.`,
  ORIENTATION_COMPLETED: (p) => `Pre-departure orientation (OPP) completed on ${p.completedOn}.`,
  ORIENTATION_MISSING: () => "Pre-departure orientation (OPP) is not recorded.",
};

function alternatives(p: GapParams["LANGUAGE_RESULT_NEEDED"]): string {
  const tests = s(p.tests).split(",").filter(Boolean);
  const mins = s(p.minimums).split(",");
  return tests.map((t, i) => `${names.tests[t] ?? t} ≥ ${mins[i] ?? ""}`).join(text.or);
}

/** What `renew` names: a readiness component, or a document kind. */
const RENEWED: Readonly<Record<string, string>> = {
  health: "the medical check",
  language: "the language result",
  skill: "the competency certificate or skill test",
  orientation: "the pre-departure orientation (OPP)",
  documents: "the documents",
};
const renewed = (x: string) => RENEWED[x] ?? `the ${doc(x)}`;

/** What a wait alone does not fix (`renew`, `lapsesOn`), as the end of its sentence; "" when waiting is enough. */
function lapse(p: WaitParams): string {
  const what = s(p.renew).split(",").filter(Boolean);
  if (what.length === 0 || p.lapsesOn === undefined) return "";
  if (what.includes("eligibility")) {
    return ", but waiting alone is not enough: another eligibility condition ends before then";
  }
  const list = what.map(renewed);
  const names = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
  return `; before then, renew ${names} (${list.length === 1 ? "no longer valid" : "the first no longer valid"} from ${s(p.lapsesOn)})`;
}

const actions: ActionMessages = {
  AGE_BELOW_MINIMUM: (p) =>
    p.from
      ? `Wait until ${s(p.from)}: the minimum age is ${s(p.min)}${lapse(p)}.`
      : `The minimum age of ${s(p.min)} is not reached.`,
  AGE_ABOVE_MAXIMUM: (p) => `Above this target's maximum age of ${s(p.max)}: consider another target.`,
  AGE_AT_APPLICATION_BELOW_MINIMUM: (p) =>
    p.from
      ? `Apply on ${s(p.from)} at the earliest: the minimum age at application is ${s(p.min)}${lapse(p)}.`
      : `Apply again once ${s(p.min)} years old.`,
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: (p) =>
    `Above this target's maximum age of ${s(p.max)} at application: consider another target.`,
  DESTINATION_CLOSED: (p) =>
    p.from
      ? `Wait for placement in ${place(p)} to reopen on ${s(p.from)}${lapse(p)}.`
      : `Placement in ${place(p)} is closed (moratorium since ${s(p.since)}): choose another target.`,
  COLOUR_VISION_DEFICIENT: () => "This target requires normal colour vision: choose another target.",
  SEX_NOT_ADMITTED: (p) => `The scheme admits only ${sexes(p.admitted)} workers: choose another target.`,
  SEX_UNKNOWN: () => "Record the sex as on the identity card.",
  EDUCATION_UNKNOWN: (p) => `Record the highest education (minimum ${level(p.min)}).`,
  EDUCATION_BELOW_MINIMUM: (p) => `Reach the minimum education of ${level(p.min)} (now ${edu(p.education)}).`,
  BIRTH_DATE_UNKNOWN: () => "Record a valid birth date.",
  AS_OF_BEFORE_BIRTH: (p) =>
    `Check the birth date and the date judged (${s(p.asOf)}): the date judged cannot be before the birth date.`,
  DOCUMENT_MISSING: (p) => `Obtain the ${doc(s(p.kind))}.`,
  DOCUMENT_EXPIRED: (p) => `Renew the ${doc(s(p.kind))} (expired after ${s(p.lastValidDay)}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) => `Renew the passport: at least ${s(p.minMonths)} months of validity are needed.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Record the passport's expiry date.",
  MEDICAL_CHECK_MISSING: (p) => `Take the ${aspect(s(p.aspect))} examination.`,
  MEDICAL_CHECK_EXPIRED: (p) => `Repeat the ${aspect(s(p.aspect))} examination (last on ${s(p.examinedOn)}).`,
  MEDICAL_UNFIT: (p) => `Follow up the ${aspect(s(p.aspect))} findings, then re-examine.`,
  PREGNANCY_TEST_MISSING: (p) =>
    `Take the laboratory check (pregnancy test) at most ${s(p.withinDays)} days before departure.`,
  PREGNANCY_TEST_TOO_OLD: (p) =>
    `Repeat the laboratory check (pregnancy test) at most ${s(p.withinDays)} days before departure.`,
  HEALTH_CERTIFICATE_VOID: () => "Discuss the laboratory check with the health officer before departure.",
  HEALTH_REQUIREMENT_NOT_MET: () => "Discuss the national health rule with the health officer.",
  HEALTH_REQUIREMENT_UNKNOWN: () => "Record the laboratory check for the national health rule.",
  COLOUR_VISION_UNKNOWN: () => "Take a colour vision test.",
  LANGUAGE_RESULT_NEEDED: (p) => `Obtain a language result: ${alternatives(p)}.`,
  COMPETENCY_UNITS_MISSING: (p) => `Take the LSP competency assessment for ${s(p.count)} unit(s): ${s(p.units)}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Renew the competency certificate (re-certify) for ${s(p.count)} unit(s): ${s(p.units)}.`,
  SKILL_TEST_MISSING: (p) => `Take and pass the ${skillTest(s(p.test))}.`,
  SKILL_TEST_EXPIRED: (p) => `Retake the ${skillTest(s(p.test))} (valid until ${s(p.lastValidDay)}).`,
  MARITAL_STATUS_UNKNOWN: (p) => `Record the marital status (if married, attach the ${kinds(p.kinds)}).`,
  ORIENTATION_MISSING: () => "Attend the pre-departure orientation (OPP).",
  INVALID_AS_OF: () => reasons.INVALID_AS_OF({}),
  INVALID_APPLIED_ON: () => reasons.INVALID_APPLIED_ON({}),
  UNKNOWN_TARGET: (p) => reasons.UNKNOWN_TARGET(p),
  TARGET_RETIRED: (p) => reasons.TARGET_RETIRED(p),
  UNKNOWN_REQUIREMENT_KIND: (p) => reasons.UNKNOWN_REQUIREMENT_KIND(p),
  REQUIREMENT_ERROR: (p) => reasons.REQUIREMENT_ERROR(p),
  POLICY_PARAMETER_MISSING: (p) => reasons.POLICY_PARAMETER_MISSING(p),
};

/**
 * English: every message of the library (reasons, gap actions, parse issues, explanations,
 * names).
 *
 * @example
 * ```ts
 * LOCALES.en.reasons.AGE_BELOW_MINIMUM({ age: 14, min: 15 }); // "Age 14 is below the minimum of 15 years."
 * ```
 */
export const EN: CompleteLocale = { tag: "en", reasons, actions, issues: EN_ISSUES, text, names };
