export { type CheckPlacementEligibilityOptions, checkPlacementEligibility, PLACEMENT_RULES } from "./placement.js";
export { type CheckTrainingEligibilityOptions, checkTrainingEligibility, TRAINING_RULES } from "./training.js";
