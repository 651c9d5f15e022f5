export { type CheckPlacementEligibilityOptions, checkPlacementEligibility } from "./placement.js";
export { type CheckTrainingEligibilityOptions, checkTrainingEligibility } from "./training.js";
