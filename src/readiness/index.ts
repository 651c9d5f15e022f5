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
export type { Readiness, ReadinessComponent } from "./types.js";
