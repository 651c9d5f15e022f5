import * as z from "zod";
import { calendarDateSchema } from "../core/schemas.js";
import { NIK_PATTERN, type Nik } from "./nik.js";
import {
  type Candidate,
  CEFR_LEVELS,
  DOCUMENT_KINDS,
  EDUCATION_LEVELS,
  JLPT_LEVELS,
  MARITAL_STATUSES,
} from "./types.js";

/**
 * Input limits: a single hostile record cannot exhaust memory or CPU. Documented in the README.
 *
 * @example
 * ```ts
 * CANDIDATE_LIMITS.evidencePerList; // 100
 * ```
 */
export const CANDIDATE_LIMITS = {
  idLength: 64,
  nameLength: 200,
  textLength: 200,
  codeLength: 64,
  evidencePerList: 100,
  unitCodesPerCertificate: 500,
  /** Keys of `attributes`: at most this many. */
  attributes: 50,
} as const;

const L = CANDIDATE_LIMITS;
const date = calendarDateSchema;
const code = z.string().min(1).max(L.codeLength);
const text = z.string().min(1).max(L.textLength);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(L.evidencePerList).default([]);

const nik = z.string().regex(NIK_PATTERN, { error: "INVALID_NIK" }) as unknown as z.ZodType<Nik, string>;

const documentSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  number: code.optional(),
  issuedOn: date,
  expiresOn: date.optional(),
});

const medicalSchema = z.strictObject({
  result: z.enum(["FIT", "UNFIT"]),
  examinedOn: date,
  scope: z.enum(["MEDICAL", "PSYCHOLOGICAL", "FULL"]).default("FULL"),
  colourVisionNormal: z.boolean().optional(),
  certificateIssuedOn: date.optional(),
  pregnancyTest: z.strictObject({ result: z.enum(["NEGATIVE", "POSITIVE"]), testedOn: date }).optional(),
});

const languageSchema = z.discriminatedUnion("test", [
  z.strictObject({
    test: z.literal("JFT_BASIC"),
    score: z.number().int().min(10).max(250),
    takenOn: date,
    announcedOn: date.optional(),
  }),
  z.strictObject({
    test: z.literal("EPS_TOPIK"),
    score: z.number().int().min(0).max(200),
    takenOn: date,
    announcedOn: date.optional(),
  }),
  z.strictObject({
    test: z.literal("TOPIK"),
    score: z.number().int().min(0).max(300),
    takenOn: date,
    announcedOn: date.optional(),
  }),
  z.strictObject({ test: z.literal("JLPT"), level: z.enum(JLPT_LEVELS), takenOn: date, announcedOn: date.optional() }),
  z.strictObject({
    test: z.literal("CEFR"),
    level: z.enum(CEFR_LEVELS),
    provider: code.optional(),
    takenOn: date,
    announcedOn: date.optional(),
  }),
  z.strictObject({
    test: z.literal("IELTS"),
    band: z.number().min(0).max(9).multipleOf(0.5),
    takenOn: date,
    announcedOn: date.optional(),
  }),
]);

const enrollmentSchema = z.strictObject({
  trackId: code,
  startedOn: date,
  completedOn: date.optional(),
  hoursAttended: z.number().min(0).max(100_000).optional(),
});

const unitResultSchema = z.strictObject({
  unitCode: code,
  result: z.enum(["COMPETENT", "NOT_YET_COMPETENT"]),
  assessedOn: date,
});

export const certificateSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("COMPETENCY"),
    schemeCode: code,
    unitCodes: z.array(code).max(L.unitCodesPerCertificate),
    issuer: text,
    issuedOn: date,
    expiresOn: date.optional(),
  }),
  z.strictObject({
    kind: z.literal("SKILL_TEST"),
    test: code,
    issuer: text.optional(),
    issuedOn: date,
    expiresOn: date.optional(),
  }),
]);

const domicileSchema = z.strictObject({
  provinceCode: z.string().regex(/^\d{2}$/),
  regencyCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

/** A caller's evidence: identifier-like keys, JSON scalars (finite numbers, short strings). */
const attributesSchema = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: "INVALID_ATTRIBUTE_KEY" }),
    z.union([text, z.number().finite(), z.boolean()]),
  )
  .refine((a) => Object.keys(a).length <= L.attributes, {
    error: "TOO_MANY_ATTRIBUTES",
    params: { max: L.attributes },
  });

const candidateObject = z.strictObject({
  id: z.string().min(1).max(L.idLength),
  nik,
  fullName: z.string().min(1).max(L.nameLength),
  sex: z.enum(["F", "M"]),
  birthDate: date,
  domicile: domicileSchema.optional(),
  education: z.enum(EDUCATION_LEVELS).optional(),
  maritalStatus: z.enum(MARITAL_STATUSES).optional(),
  documents: list(documentSchema),
  medicalChecks: list(medicalSchema),
  languageResults: list(languageSchema),
  enrollments: list(enrollmentSchema),
  unitResults: list(unitResultSchema),
  certificates: list(certificateSchema),
  orientation: z.strictObject({ completedOn: date }).optional(),
  attributes: attributesSchema.optional(),
});

// Compile-time proof that what the schema produces is a Candidate.
type _Produces = z.output<typeof candidateObject> extends Candidate ? true : never;
const _produces: _Produces = true;
void _produces;

/**
 * The zod v4 schema of a candidate record (strict: unknown keys are rejected), for composing
 * into your own schemas. Prefer {@link parseCandidate}, which maps its issues to the library's
 * stable codes and masks personal data.
 *
 * @example
 * ```ts
 * const Batch = z.object({ batch: z.string(), candidates: z.array(CandidateSchema) });
 * ```
 */
export const CandidateSchema: z.ZodType<Candidate, unknown> = candidateObject as unknown as z.ZodType<
  Candidate,
  unknown
>;
