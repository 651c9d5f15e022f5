export { type CheckLanguageOptions, checkLanguageRequirements } from "./check.js";
