export { BASIS, DEFAULT_POLICY } from "./default.js";
export { definePolicy, type PolicyError, type PolicyOverrides } from "./define.js";
export { resolveParameter, resolveTargetParameter } from "./resolve.js";
export type {
  AgeRange,
  CertificateValidity,
  Citation,
  LanguageRequirement,
  LocalizedText,
  Parameter,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
  PolicyParameters,
  ReadinessWeights,
  TargetAge,
  TargetParameterName,
  TargetParameters,
  TargetParameterValue,
} from "./types.js";
