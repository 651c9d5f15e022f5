export { formatGap, GAP_CODES } from "./actions.js";
export { type AssessReadinessOptions, assessReadiness } from "./assess.js";
export {
  type CohortAccumulator,
  type CohortSummary,
  createCohortAccumulator,
  type StatusCounts,
  summarizeCohort,
} from "./cohort.js";
export { explainReadiness } from "./explain.js";
export { assessRecords, assessRecordsAsync, type RecordAssessment } from "./stream.js";
export type { ComponentName, Gap, Gate, Readiness, ReadinessComponent } from "./types.js";
