/**
 * A candidate read once for the compiled assessor: every date the checks compare becomes a date
 * key (validated once, not in each check's filter), and each list keeps only what some check
 * can use (a document whose issue day is not a date is never counted, whatever the day).
 *
 * The reading goes into one module-level scratch, {@link P}, overwritten by the next candidate:
 * no object per document or result (the compiled assessor reads it before `assessReadiness`
 * returns, and calls no caller code in between, so nothing re-enters it).
 *
 * A record the checks would read in a way the compiled assessor does not reproduce (a date the
 * checks compare without validating that is not a date, a pregnancy test that is not an object,
 * units that are not an array, a result of the wrong type for its test) is not prepared:
 * `prepareCandidate` returns false and the verdict-building evaluation, the reference, answers.
 * `parseCandidate`'s output is always prepared. Internal.
 */
import type { CalendarDate } from "../core/date.js";
import { CEFR_LEVELS, JLPT_LEVELS } from "../core/vocabulary.js";
import { keyOf } from "./day-math.js";

/** What a compiled plan reads of a candidate: a list it never reads is neither read nor checked. */
export const NEEDS = {
  documents: 1,
  medicalChecks: 2,
  pregnancyTests: 4,
  languageResults: 8,
  competencies: 16,
  skillTests: 32,
  orientation: 64,
} as const;

/** The prepared candidate: lists as parallel columns, `n…` entries of each in use. */
export const P = {
  /** Birth date's key, `NaN` when not a date. */
  birth: Number.NaN,
  sex: undefined as unknown,
  education: undefined as unknown,
  maritalStatus: undefined as unknown,

  nDocuments: 0,
  documentKind: [] as unknown[],
  documentIssued: [] as number[],
  /** `NaN` when the document has no expiry. */
  documentExpires: [] as number[],
  documentExpiresOn: [] as (CalendarDate | undefined)[],

  nMedical: 0,
  medicalExamined: [] as number[],
  medicalExaminedOn: [] as CalendarDate[],
  /** The day validity counts from: the certificate's issue day, else the examination day. */
  medicalFrom: [] as number[],
  medicalCountedFrom: [] as ("certificateIssuedOn" | "examinedOn")[],
  medicalUnfit: [] as boolean[],
  medicalScope: [] as unknown[],
  medicalColourVision: [] as unknown[],

  nPregnancy: 0,
  pregnancyTested: [] as number[],
  pregnancyTestedOn: [] as CalendarDate[],
  pregnancyNegative: [] as boolean[],

  nLanguage: 0,
  languageTest: [] as string[],
  languageTaken: [] as number[],
  /** The day a validity counts from: the announcement when recorded, else the test day. */
  languageStart: [] as number[],
  /** Score or band; for a level, its rank on its scale (1 = lowest). */
  languageValue: [] as number[],

  nCompetency: 0,
  competencyIssued: [] as number[],
  competencyUnits: [] as (readonly unknown[])[],
  competencySchemeCode: [] as unknown[],
  competencyExpires: [] as number[],
  competencyExpiresOn: [] as (CalendarDate | undefined)[],

  nSkillTests: 0,
  skillTestName: [] as unknown[],
  skillTestIssued: [] as number[],
  /** `Infinity` when the result does not expire. */
  skillTestExpires: [] as number[],
  skillTestExpiresOn: [] as (CalendarDate | undefined)[],

  /** Orientation's completion day, `NaN` when none. */
  orientation: Number.NaN,
};

/** An expiry the checks compare as text without validating it: `NaN` when absent, -1 when not a date. */
function expiryOf(e: unknown): number {
  if (e === undefined) return Number.NaN;
  const k = keyOf(e);
  return Number.isNaN(k) ? -1 : k;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/**
 * Reads `c` into {@link P} for a plan that reads the lists in `needs` (see {@link NEEDS}).
 * False for a record only the reference evaluation reads.
 */
export function prepareCandidate(c: unknown, needs: number): boolean {
  if (!isObject(c)) return false;
  P.birth = keyOf(c.birthDate);
  P.sex = c.sex;
  P.education = c.education;
  P.maritalStatus = c.maritalStatus;

  let n = 0;
  const documents = c.documents;
  if ((needs & NEEDS.documents) !== 0 && Array.isArray(documents)) {
    for (const x of documents) {
      // Not an object: the checks read nothing from it (`x?.issuedOn` is undefined).
      if (!isObject(x)) continue;
      const issued = keyOf(x.issuedOn);
      if (Number.isNaN(issued)) continue;
      const expires = expiryOf(x.expiresOn);
      if (expires === -1) return false;
      P.documentKind[n] = x.kind;
      P.documentIssued[n] = issued;
      P.documentExpires[n] = expires;
      P.documentExpiresOn[n] = x.expiresOn as CalendarDate | undefined;
      n++;
    }
  }
  P.nDocuments = n;

  let nMedical = 0;
  let nPregnancy = 0;
  const medical = (needs & NEEDS.medicalChecks) !== 0;
  const pregnancy = (needs & NEEDS.pregnancyTests) !== 0;
  const checks = c.medicalChecks;
  if ((medical || pregnancy) && Array.isArray(checks)) {
    for (const m of checks) {
      if (!isObject(m)) continue;
      const t = m.pregnancyTest;
      if (pregnancy && t !== undefined) {
        if (!isObject(t)) return false;
        const tested = keyOf(t.testedOn);
        if (!Number.isNaN(tested)) {
          P.pregnancyTested[nPregnancy] = tested;
          P.pregnancyTestedOn[nPregnancy] = t.testedOn as CalendarDate;
          P.pregnancyNegative[nPregnancy] = t.result === "NEGATIVE";
          nPregnancy++;
        }
      }
      if (!medical) continue;
      const examined = keyOf(m.examinedOn);
      if (Number.isNaN(examined)) continue;
      const issued = keyOf(m.certificateIssuedOn);
      P.medicalExamined[nMedical] = examined;
      P.medicalExaminedOn[nMedical] = m.examinedOn as CalendarDate;
      P.medicalFrom[nMedical] = Number.isNaN(issued) ? examined : issued;
      P.medicalCountedFrom[nMedical] = Number.isNaN(issued) ? "examinedOn" : "certificateIssuedOn";
      P.medicalUnfit[nMedical] = m.result === "UNFIT";
      P.medicalScope[nMedical] = m.scope;
      P.medicalColourVision[nMedical] = m.colourVisionNormal;
      nMedical++;
    }
  }
  P.nMedical = nMedical;
  P.nPregnancy = nPregnancy;

  n = 0;
  const results = c.languageResults;
  if ((needs & NEEDS.languageResults) !== 0 && Array.isArray(results)) {
    for (const x of results) {
      if (!isObject(x)) continue;
      const taken = keyOf(x.takenOn);
      if (Number.isNaN(taken)) continue;
      const test = x.test;
      let value: number;
      if (test === "JFT_BASIC" || test === "EPS_TOPIK" || test === "TOPIK") {
        if (typeof x.score !== "number") return false;
        value = x.score;
      } else if (test === "JLPT" || test === "CEFR") {
        value = (test === "JLPT" ? JLPT_LEVELS : (CEFR_LEVELS as readonly string[])).indexOf(x.level as never) + 1;
        if (value === 0) return false;
      } else if (test === "IELTS") {
        if (typeof x.band !== "number") return false;
        value = x.band;
      } else {
        // A test no requirement names: no check ever reads it.
        continue;
      }
      const announced = keyOf(x.announcedOn);
      P.languageTest[n] = test as string;
      P.languageTaken[n] = taken;
      P.languageStart[n] = Number.isNaN(announced) ? taken : announced;
      P.languageValue[n] = value;
      n++;
    }
  }
  P.nLanguage = n;

  let nCompetency = 0;
  let nSkillTests = 0;
  const competency = (needs & NEEDS.competencies) !== 0;
  const tests = (needs & NEEDS.skillTests) !== 0;
  const certificates = c.certificates;
  if ((competency || tests) && Array.isArray(certificates)) {
    for (const x of certificates) {
      if (!isObject(x)) continue;
      const kind = x.kind;
      if (!(competency && kind === "COMPETENCY") && !(tests && kind === "SKILL_TEST")) continue;
      const issued = keyOf(x.issuedOn);
      if (Number.isNaN(issued)) continue;
      const expires = expiryOf(x.expiresOn);
      if (expires === -1) return false;
      if (kind === "COMPETENCY") {
        if (!Array.isArray(x.unitCodes)) return false;
        P.competencyIssued[nCompetency] = issued;
        P.competencyUnits[nCompetency] = x.unitCodes;
        P.competencySchemeCode[nCompetency] = x.schemeCode;
        P.competencyExpires[nCompetency] = expires;
        P.competencyExpiresOn[nCompetency] = x.expiresOn as CalendarDate | undefined;
        nCompetency++;
      } else {
        P.skillTestName[nSkillTests] = x.test;
        P.skillTestIssued[nSkillTests] = issued;
        P.skillTestExpires[nSkillTests] = Number.isNaN(expires) ? Number.POSITIVE_INFINITY : expires;
        P.skillTestExpiresOn[nSkillTests] = x.expiresOn as CalendarDate | undefined;
        nSkillTests++;
      }
    }
  }
  P.nCompetency = nCompetency;
  P.nSkillTests = nSkillTests;

  const o = (needs & NEEDS.orientation) !== 0 ? c.orientation : undefined;
  P.orientation = isObject(o) ? keyOf(o.completedOn) : Number.NaN;
  return true;
}
