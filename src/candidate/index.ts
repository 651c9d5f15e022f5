export { type AuditCandidateOptions, auditCandidate } from "./audit.js";
export { educationRank, meetsEducation } from "./education.js";
export { candidateJsonSchema } from "./json-schema.js";
export { decodeNik, isValidNik, NIK_PATTERN, type Nik, type NikParts, PROVINCE_CODES } from "./nik.js";
export { type CandidateError, parseCandidate } from "./parse.js";
export { CANDIDATE_LIMITS, CandidateSchema } from "./schema.js";
export {
  type Candidate,
  type CandidateDocument,
  CEFR_LEVELS,
  type CefrLevel,
  type Certificate,
  type CompetencyCertificate,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Domicile,
  EDUCATION_LEVELS,
  type Education,
  type Enrollment,
  JLPT_LEVELS,
  type JlptLevel,
  type LanguageResult,
  MARITAL_STATUSES,
  type MaritalStatus,
  type MedicalCheck,
  type Sex,
  type SkillTestCertificate,
  type UnitResult,
} from "./types.js";
