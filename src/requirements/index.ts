export {
  definePolicy,
  type PolicyError,
  type PolicyOverrides,
  policyJsonSchema,
  type RequirementOverrides,
  type TargetOverrides,
} from "./policy.js";
export {
  type TargetRequirements,
  type TargetRequirementsError,
  type TargetRequirementsOptions,
  targetRequirements,
} from "./targets.js";
