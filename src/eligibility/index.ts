export { type CheckTrainingEligibilityOptions, checkTrainingEligibility, TRAINING_RULES } from "./training.js";
