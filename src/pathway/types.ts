import type { CandidateDocument, Certificate, Enrollment, LanguageResult, MedicalCheck } from "../candidate/types.js";
import type { CalendarDate } from "../core/date.js";
import type { Reason } from "../core/verdict.js";
import type { Gate, MaritalStatus } from "../core/vocabulary.js";
import type { Policy } from "../policy/types.js";

/** One start of a training wave: the day it starts, and its length in training days when known. */
export interface TrainingWave {
  readonly startsOn: CalendarDate;
  /** Training days; default: the track's JP hours at `jpPerDay`. */
  readonly days?: number;
}

/**
 * The calendars and figures a plan is built with. Every field is optional; absent ones come
 * from {@link PATHWAY_DEFAULTS} (each with its source, or marked unconfirmed).
 *
 * @example
 * ```ts
 * const schedule: PathwaySchedule = {
 *   waves: { "banten-welding-smaw-1": [{ startsOn: "2027-01-04" as CalendarDate, days: 25 }] },
 *   sittings: { JLPT: ["2027-07-04" as CalendarDate, "2027-12-05" as CalendarDate] },
 * };
 * ```
 */
export interface PathwaySchedule {
  /** Lesson hours (JP, 45 minutes) a training day holds. */
  readonly jpPerDay?: number;
  /** Training days a week, Monday first (5: Monday–Friday). */
  readonly daysPerWeek?: number;
  /** Wave calendars by track id: training starts only on these days. */
  readonly waves?: Readonly<Record<string, readonly TrainingWave[]>>;
  /**
   * Test sittings by test code (`JFT_BASIC`, `JLPT`, `EPS_TOPIK`, …, or a skill test id): a
   * test is taken only on these days. A test without a calendar is taken on any day.
   */
  readonly sittings?: Readonly<Record<string, readonly CalendarDate[]>>;
  /** Days from applying for a document to holding it, by document kind. */
  readonly documentLeadDays?: Readonly<Record<string, number>>;
  /** Days from sitting a language test to its result. */
  readonly languageResultDays?: number;
  /** Days of the pre-departure orientation (OPP). */
  readonly orientationDays?: number;
  /** The age from which a KTP-el is issued. */
  readonly ktpMinimumAge?: number;
}

/** A figure of a plan with where it comes from. */
export interface PathwayFigure<T> {
  readonly value: T;
  readonly confirmed: boolean;
  readonly note: string;
  readonly sources: readonly string[];
}

/** The figures a plan uses when the schedule does not give them. */
export interface PathwayDefaults {
  readonly jpPerDay: PathwayFigure<number>;
  readonly daysPerWeek: PathwayFigure<number>;
  readonly documentLeadDays: PathwayFigure<number>;
  readonly languageResultDays: PathwayFigure<number>;
  readonly orientationDays: PathwayFigure<number>;
  readonly ktpMinimumAge: PathwayFigure<number>;
}

/** Options of {@link planPathway}. */
export interface PlanPathwayOptions {
  /** The day the plan starts from: nothing is planned before it. */
  readonly asOf: CalendarDate;
  /** The placement target. */
  readonly target: string;
  /** `placement` (default): plan to the earliest placement; `departure`: on to departure. */
  readonly gate?: Gate;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
  /** The day the candidate applied, for age rules judged at application. */
  readonly appliedOn?: CalendarDate;
  /** Calendars and figures (waves, test sittings, lead times). */
  readonly schedule?: PathwaySchedule;
}

/** Evidence a step produces, as it enters the candidate's record on the step's day. */
export type PathwayEvidence =
  | { readonly type: "enrollment"; readonly enrollment: Enrollment }
  | { readonly type: "certificate"; readonly certificate: Certificate }
  | { readonly type: "languageResult"; readonly result: LanguageResult }
  | { readonly type: "medicalCheck"; readonly check: MedicalCheck }
  | { readonly type: "document"; readonly document: CandidateDocument }
  | { readonly type: "orientation"; readonly orientation: { readonly completedOn: CalendarDate } }
  | { readonly type: "maritalStatus"; readonly maritalStatus: MaritalStatus }
  | { readonly type: "application"; readonly appliedOn: CalendarDate };

/** What a step is. */
export type StepSubject =
  | {
      readonly type: "training";
      readonly trackId: string;
      readonly startsOn: CalendarDate;
      readonly trainingDays: number;
      readonly jp: number;
      /** The wave it joins, when a wave calendar was given. */
      readonly wave?: CalendarDate;
    }
  | { readonly type: "competencyAssessment"; readonly units: readonly string[]; readonly scheme: string }
  | { readonly type: "skillTest"; readonly test: string }
  | { readonly type: "languageTest"; readonly test: string; readonly minimum: string }
  | { readonly type: "medicalCheck"; readonly renewal: boolean }
  | { readonly type: "pregnancyTest"; readonly withinDays: number }
  | { readonly type: "document"; readonly document: string; readonly renewal: boolean }
  | { readonly type: "orientation" }
  | { readonly type: "maritalStatus" }
  | { readonly type: "application" };

/**
 * One step of a plan: what it is, the day it is done (`plannedOn`, when its evidence is dated),
 * its window (`notBefore`: the first day it can be done; `notAfter`: the last day it can be done
 * and still count on the placement or departure day), how many days it takes (ending on
 * `plannedOn`), the steps it waits for, the evidence it produces and its legal basis.
 */
export interface PathwayStep {
  /** Stable within a plan: `training`, `competency`, `skill-test:<id>`, `language:<test>`, `medical`, `document:<KIND>`, … */
  readonly id: string;
  /** The requirement kind it serves (the names of requirement kinds: `skill`, `language`, `medical`, `documents`, …). */
  readonly kind: string;
  readonly subject: StepSubject;
  readonly notBefore: CalendarDate;
  readonly notAfter?: CalendarDate;
  readonly plannedOn: CalendarDate;
  readonly durationDays: number;
  readonly dependsOn: readonly string[];
  readonly produces: readonly PathwayEvidence[];
  readonly basis?: string;
}

/** The constraint that sets the earliest day: a step, or a day the law waits for. */
export interface PathwayBinding {
  /** `age` (a birthday), `open` (a policy change), `step` (the last step to finish), `asOf`. */
  readonly type: "age" | "open" | "step" | "asOf";
  readonly day: CalendarDate;
  /** The step, for `step`. */
  readonly step?: string;
  /** The reason code behind a wait (`AGE_BELOW_MINIMUM`, `DESTINATION_CLOSED`, …). */
  readonly code?: string;
}

/**
 * A candidate's pathway to a target: `ineligible` (with the permanent reasons, nothing to do),
 * `planned` (ordered steps and the earliest placement day), or `impossible` (with the reason:
 * a window that closes, a rule that ends, a gap no step can close).
 */
export interface Pathway {
  readonly candidateId: string;
  readonly target: string;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  readonly status: "ineligible" | "planned" | "impossible";
  /** For `planned`: the first day the candidate can be placed, having done every step. */
  readonly earliestPlacement?: CalendarDate;
  /** For `planned` at the departure gate: the first day the candidate can depart. */
  readonly earliestDeparture?: CalendarDate;
  /** For `planned`: what sets the earliest day. */
  readonly binding?: PathwayBinding;
  /** Ordered by `plannedOn`, then by dependency. Empty unless `planned`. */
  readonly steps: readonly PathwayStep[];
  /** For `ineligible` and `impossible`: why. */
  readonly reasons: readonly Reason[];
  /** The application day the plan assumes (a new application when the age at application requires one). */
  readonly appliedOn?: CalendarDate;
}

/** Why no pathway could be computed at all. */
export interface PathwayError {
  readonly code: "INVALID_AS_OF" | "INVALID_APPLIED_ON" | "UNKNOWN_TARGET" | "INVALID_SCHEDULE";
  /** The schedule field that is not valid, for `INVALID_SCHEDULE`. */
  readonly field?: string;
  readonly target?: string;
}
