export { applyPathway } from "./apply.js";
export { PATHWAY_DEFAULTS } from "./defaults.js";
export { explainPathway, formatStep } from "./explain.js";
export { planPathway } from "./plan.js";
export type {
  Pathway,
  PathwayBinding,
  PathwayDefaults,
  PathwayError,
  PathwayEvidence,
  PathwayFigure,
  PathwaySchedule,
  PathwayStep,
  PlanPathwayOptions,
  StepSubject,
  TrainingWave,
} from "./types.js";
