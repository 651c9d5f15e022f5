export { BASIS, DEFAULT_POLICY } from "./default.js";
export { definePolicy, type PolicyError, type PolicyOverrides } from "./define.js";
export { resolveParameter } from "./resolve.js";
export type {
  AgeRange,
  Citation,
  LocalizedText,
  Parameter,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
  PolicyParameters,
} from "./types.js";
