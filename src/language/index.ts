export {
  type CheckLanguageOptions,
  checkLanguageRequirements,
  LANGUAGE_RULE,
  requirementMinimum,
} from "./check.js";
export { cefrRank, jftBasicBand, jlptRank, jlptToCefr, LANGUAGE_SCALES, type LanguageTest } from "./scales.js";
