/**
 * The vocabulary shared by candidates, policies and rules: closed lists of codes. It sits in
 * `core` because both the candidate record and the policy speak it.
 */

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
 * Education levels, lowest first: SD (primary) and its equivalent Paket A; SLTP (junior
 * secondary): SMP, MTs, Paket B; SLTA (senior secondary): SMA, SMK, MA, MAK, Paket C; D1–D4
 * diplomas; S1–S3 degrees. Equivalents rank with their level ("atau sederajat").
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.indexOf("SMK") > EDUCATION_LEVELS.indexOf("SMP"); // true
 * ```
 */
export const EDUCATION_LEVELS = [
  "NONE",
  "SD",
  "PAKET_A",
  "SMP",
  "MTS",
  "PAKET_B",
  "SMA",
  "SMK",
  "MA",
  "MAK",
  "PAKET_C",
  "D1",
  "D2",
  "D3",
  "D4",
  "S1",
  "S2",
  "S3",
] as const;
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
 * The gate a candidate is judged at: `placement` (can be proposed to an employer) or
 * `departure` (can leave: adds the remaining Pasal 13 documents, social security and
 * pre-departure orientation).
 *
 * @example
 * ```ts
 * const gate: Gate = "departure";
 * ```
 */
export type Gate = "placement" | "departure";

/**
 * The readiness components, in their fixed order.
 *
 * @example
 * ```ts
 * COMPONENT_NAMES[0]; // "eligibility"
 * ```
 */
export const COMPONENT_NAMES = ["eligibility", "skill", "language", "health", "documents", "orientation"] as const;

/**
 * The name of a readiness component; see {@link COMPONENT_NAMES}.
 *
 * @example
 * ```ts
 * const name: ComponentName = "language";
 * ```
 */
export type ComponentName = (typeof COMPONENT_NAMES)[number];
