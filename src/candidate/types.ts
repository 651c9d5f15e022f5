import type { CalendarDate } from "../core/date.js";
import type { CefrLevel, DocumentKind, Education, JlptLevel, MaritalStatus, Sex } from "../core/vocabulary.js";
import type { Nik } from "./nik.js";

export {
  CEFR_LEVELS,
  type CefrLevel,
  DOCUMENT_KINDS,
  type DocumentKind,
  EDUCATION_LEVELS,
  type Education,
  JLPT_LEVELS,
  type JlptLevel,
  MARITAL_STATUSES,
  type MaritalStatus,
  type Sex,
} from "../core/vocabulary.js";

/**
 * A document held by the candidate. `number` is personal data and is always masked in output.
 *
 * @example
 * ```ts
 * const passport: CandidateDocument = { kind: "PASSPORT", number: "X1234567", issuedOn: "2026-01-10" as CalendarDate, expiresOn: "2036-01-09" as CalendarDate };
 * ```
 */
export interface CandidateDocument {
  readonly kind: DocumentKind;
  readonly number?: string;
  readonly issuedOn: CalendarDate;
  readonly expiresOn?: CalendarDate;
}

/**
 * A medical and/or psychological examination (UU 18/2017 Pasal 13 huruf d).
 *
 * @example
 * ```ts
 * const check: MedicalCheck = { result: "FIT", examinedOn: "2026-10-01" as CalendarDate, scope: "FULL", colourVisionNormal: true };
 * ```
 */
export interface MedicalCheck {
  readonly result: "FIT" | "UNFIT";
  readonly examinedOn: CalendarDate;
  /** What it covered; `FULL` (the default) is both medical and psychological. */
  readonly scope: "MEDICAL" | "PSYCHOLOGICAL" | "FULL";
  /** Colour vision found normal; absent when not tested. */
  readonly colourVisionNormal?: boolean;
  /**
   * The day the health certificate (surat keterangan sehat) was issued; its validity counts
   * from it (Perpres 64/2011 Pasal 14 ayat (5)). Absent: counted from `examinedOn`.
   */
  readonly certificateIssuedOn?: CalendarDate;
  /**
   * The pregnancy test of the laboratory check repeated before departure (Perpres 64/2011
   * Pasal 14 ayat (6)–(7)). Health data: never shown in a message.
   */
  readonly pregnancyTest?: { readonly result: "NEGATIVE" | "POSITIVE"; readonly testedOn: CalendarDate };
}

/**
 * A language test result (DOMAIN.md §6). Scored tests: JFT-Basic (10–250), EPS-TOPIK
 * (0–200), TOPIK (0–300, TOPIK I up to 200). Levelled: JLPT (N5–N1), CEFR-labelled
 * certificates (Goethe, telc, …), IELTS bands (0–9 in halves).
 *
 * @example
 * ```ts
 * const jft: LanguageResult = { test: "JFT_BASIC", score: 215, takenOn: "2026-03-01" as CalendarDate };
 * ```
 */
export type LanguageResult = (
  | { readonly test: "JFT_BASIC" | "EPS_TOPIK" | "TOPIK"; readonly score: number; readonly takenOn: CalendarDate }
  | { readonly test: "JLPT"; readonly level: JlptLevel; readonly takenOn: CalendarDate }
  | { readonly test: "CEFR"; readonly level: CefrLevel; readonly provider?: string; readonly takenOn: CalendarDate }
  | { readonly test: "IELTS"; readonly band: number; readonly takenOn: CalendarDate }
) & {
  /**
   * The day the result was announced, when known: a validity in months (EPS-TOPIK: 2 years)
   * counts from it, else from `takenOn`.
   */
  readonly announcedOn?: CalendarDate;
};

/**
 * Participation in a training track. `hoursAttended` counts JP (jam pelajaran, 45 minutes).
 *
 * @example
 * ```ts
 * const e: Enrollment = { trackId: "welding-smaw", startedOn: "2026-01-05" as CalendarDate, hoursAttended: 320 };
 * ```
 */
export interface Enrollment {
  readonly trackId: string;
  readonly startedOn: CalendarDate;
  readonly completedOn?: CalendarDate;
  readonly hoursAttended?: number;
}

/**
 * The assessed result of one competency unit: Kompeten or Belum Kompeten (DOMAIN.md §2.3).
 *
 * @example
 * ```ts
 * const u: UnitResult = { unitCode: "C.24LAS01.001.1", result: "COMPETENT", assessedOn: "2026-06-20" as CalendarDate };
 * ```
 */
export interface UnitResult {
  readonly unitCode: string;
  readonly result: "COMPETENT" | "NOT_YET_COMPETENT";
  readonly assessedOn: CalendarDate;
}

/**
 * A BNSP competency certificate issued by an LSP, covering SKKNI units (DOMAIN.md §2.3).
 *
 * @example
 * ```ts
 * const cert: CompetencyCertificate = { kind: "COMPETENCY", schemeCode: "SKM-LAS-SMAW", unitCodes: ["C.24LAS01.001.1"], issuer: "LSP P2 BLK Banten", issuedOn: "2026-07-01" as CalendarDate };
 * ```
 */
export interface CompetencyCertificate {
  readonly kind: "COMPETENCY";
  readonly schemeCode: string;
  readonly unitCodes: readonly string[];
  readonly issuer: string;
  readonly issuedOn: CalendarDate;
  readonly expiresOn?: CalendarDate;
}

/**
 * A pass/fail scheme test, such as a Japanese SSW skill test or the nursing-care Japanese test.
 *
 * @example
 * ```ts
 * const test: SkillTestCertificate = { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: "2026-08-01" as CalendarDate };
 * ```
 */
export interface SkillTestCertificate {
  readonly kind: "SKILL_TEST";
  readonly test: string;
  readonly issuer?: string;
  readonly issuedOn: CalendarDate;
  readonly expiresOn?: CalendarDate;
}

/**
 * A certificate held by the candidate.
 *
 * @example
 * ```ts
 * const held: Certificate[] = candidate.certificates.filter((c) => c.kind === "COMPETENCY");
 * ```
 */
export type Certificate = CompetencyCertificate | SkillTestCertificate;

/**
 * Where the candidate lives now (codes of Kepmendagri 300.2.2-2138/2025).
 *
 * @example
 * ```ts
 * const domicile: Domicile = { provinceCode: "36", regencyCode: "3674" };
 * ```
 */
export interface Domicile {
  readonly provinceCode: string;
  readonly regencyCode?: string;
}

/**
 * A validated candidate (CPMI or trainee) record, as {@link parseCandidate} returns it. Plain
 * readonly data; evidence lists are always present (empty when none was given).
 *
 * @example
 * ```ts
 * const c: Candidate = parseCandidate(json)._unsafeUnwrap(); c.documents.length; // 0 when none were given
 * ```
 */
export interface Candidate {
  readonly id: string;
  readonly nik: Nik;
  readonly fullName: string;
  readonly sex: Sex;
  readonly birthDate: CalendarDate;
  readonly domicile?: Domicile;
  readonly education?: Education;
  readonly maritalStatus?: MaritalStatus;
  readonly documents: readonly CandidateDocument[];
  readonly medicalChecks: readonly MedicalCheck[];
  readonly languageResults: readonly LanguageResult[];
  readonly enrollments: readonly Enrollment[];
  readonly unitResults: readonly UnitResult[];
  readonly certificates: readonly Certificate[];
  readonly orientation?: { readonly completedOn: CalendarDate };
  /**
   * Evidence for requirement kinds a caller defines (for example `heightCm`): string keys,
   * JSON scalar values. Validated and limited like the other fields; see `CANDIDATE_LIMITS`.
   */
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
}
