import type { CalendarDate } from "../core/date.js";
import type { Nik } from "./nik.js";

/**
 * Sex as recorded on the KTP.
 *
 * @example
 * ```ts
 * const sex: Sex = "F";
 * ```
 */
export type Sex = "F" | "M";

/**
 * Education levels, lowest first (SD primary, SMP junior secondary, SMA/SMK senior secondary, D1–D4 diploma, S1–S3 degrees).
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.indexOf("SMK") > EDUCATION_LEVELS.indexOf("SMP"); // true
 * ```
 */
export const EDUCATION_LEVELS = ["NONE", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"] as const;
/**
 * An education level; see {@link EDUCATION_LEVELS}.
 *
 * @example
 * ```ts
 * const education: Education = "SMK";
 * ```
 */
export type Education = (typeof EDUCATION_LEVELS)[number];

/**
 * Marital statuses.
 *
 * @example
 * ```ts
 * MARITAL_STATUSES.includes("MARRIED"); // true
 * ```
 */
export const MARITAL_STATUSES = ["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"] as const;
/**
 * A marital status; see {@link MARITAL_STATUSES}.
 *
 * @example
 * ```ts
 * const status: MaritalStatus = "SINGLE";
 * ```
 */
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/**
 * Kinds of documents (DOMAIN.md §1.2, §1.4, §1.6, §1.8): identity (`KTP`, `KK`,
 * `BIRTH_CERTIFICATE`), schooling (`IJAZAH`), the UU 18/2017 Pasal 13 set (`MARITAL_STATUS`,
 * `FAMILY_CONSENT`, `PASSPORT`, `VISA`, `PLACEMENT_AGREEMENT`, `WORK_CONTRACT`), the police
 * certificate (`SKCK`), social security (`BPJS_KETENAGAKERJAAN`, `JKN`), the Disnaker passport
 * recommendation, the E-PMI card, a marriage book and professional registration (a nurse's STR).
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.includes("PASSPORT"); // true
 * ```
 */
export const DOCUMENT_KINDS = [
  "KTP",
  "KK",
  "BIRTH_CERTIFICATE",
  "IJAZAH",
  "PASSPORT",
  "PASSPORT_RECOMMENDATION",
  "SKCK",
  "FAMILY_CONSENT",
  "MARITAL_STATUS",
  "MARRIAGE_BOOK",
  "BPJS_KETENAGAKERJAAN",
  "JKN",
  "VISA",
  "WORK_CONTRACT",
  "PLACEMENT_AGREEMENT",
  "PROFESSIONAL_REGISTRATION",
  "E_PMI",
] as const;
/**
 * A document kind; see {@link DOCUMENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: DocumentKind = "FAMILY_CONSENT";
 * ```
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

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
}

/**
 * JLPT levels, N5 (lowest) to N1 (highest).
 *
 * @example
 * ```ts
 * JLPT_LEVELS.indexOf("N3") > JLPT_LEVELS.indexOf("N4"); // true: N3 is higher
 * ```
 */
export const JLPT_LEVELS = ["N5", "N4", "N3", "N2", "N1"] as const;
/**
 * A JLPT level.
 *
 * @example
 * ```ts
 * const level: JlptLevel = "N4";
 * ```
 */
export type JlptLevel = (typeof JLPT_LEVELS)[number];
/**
 * CEFR levels, A1 (lowest) to C2 (highest).
 *
 * @example
 * ```ts
 * CEFR_LEVELS.indexOf("B1"); // 2
 * ```
 */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
/**
 * A CEFR level.
 *
 * @example
 * ```ts
 * const level: CefrLevel = "B1";
 * ```
 */
export type CefrLevel = (typeof CEFR_LEVELS)[number];

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
export type LanguageResult =
  | { readonly test: "JFT_BASIC" | "EPS_TOPIK" | "TOPIK"; readonly score: number; readonly takenOn: CalendarDate }
  | { readonly test: "JLPT"; readonly level: JlptLevel; readonly takenOn: CalendarDate }
  | { readonly test: "CEFR"; readonly level: CefrLevel; readonly provider?: string; readonly takenOn: CalendarDate }
  | { readonly test: "IELTS"; readonly band: number; readonly takenOn: CalendarDate };

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
}
