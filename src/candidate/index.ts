export { type AuditCandidateOptions, auditCandidate } from "./audit.js";
export { candidateJsonSchema } from "./json-schema.js";
export { decodeNik, isValidNik, type Nik, type NikParts } from "./nik.js";
export { type CandidateError, parseCandidate } from "./parse.js";
export { CANDIDATE_LIMITS, CandidateSchema } from "./schema.js";
export type {
  Candidate,
  CandidateDocument,
  Certificate,
  CompetencyCertificate,
  Domicile,
  Enrollment,
  LanguageResult,
  MedicalCheck,
  SkillTestCertificate,
  UnitResult,
} from "./types.js";
