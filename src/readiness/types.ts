import type { TargetId } from "../catalog/types.js";
import type { CalendarDate } from "../core/date.js";
import type { Gap, Verdict } from "../core/verdict.js";
import type { ComponentName, Gate } from "../core/vocabulary.js";

export type { Gap } from "../core/verdict.js";
export type { ComponentName, Gate } from "../core/vocabulary.js";

/**
 * One component of a readiness assessment: its weight in the score, its own score (0–1, with
 * partial credit such as 4 of 6 units) and its verdict.
 *
 * @example
 * ```ts
 * assessReadiness(c, { asOf, target }).components.map((x) => [x.name, x.score]);
 * ```
 */
export interface ReadinessComponent {
  readonly name: ComponentName;
  readonly weight: number;
  readonly score: number;
  readonly verdict: Verdict;
}

/**
 * The answer of `assessReadiness`: can this candidate be proposed for (or leave for) this
 * target on `asOf`, what is missing, and the window in which the answer holds.
 *
 * `ready` ⇔ every component passes ⇔ `score === 100`. `ineligible` when a component fails in a
 * way no action or passage of time can fix for this target. Otherwise `not_ready`.
 *
 * @example
 * ```ts
 * const r: Readiness = assessReadiness(candidate, { asOf, target: "JP-SSW-CAREGIVING" });
 * r.status; // "ready" | "not_ready" | "ineligible"
 * ```
 */
export interface Readiness {
  readonly candidateId: string;
  readonly target: TargetId;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  readonly status: "ready" | "not_ready" | "ineligible";
  /** 0–100: 100 exactly when ready, 0 when ineligible. */
  readonly score: number;
  /**
   * The components that apply at the gate, in fixed order. Their verdict trees are built when
   * first read (an enumerable getter: `JSON.stringify`, a spread and deep equality see them, and
   * they are built once): status, score, gaps and window cost no tree. Built from the candidate
   * as it is when read, so do not change the record in between.
   */
  readonly components: readonly ReadinessComponent[];
  /**
   * What to do next, what blocks longest first (the first gap is the next step); when
   * ineligible, only the permanent reasons.
   */
  readonly gaps: readonly Gap[];
  /** Not ready only by time: the first ready day. */
  readonly readyFrom?: CalendarDate;
  /** Ready: the last day it holds by time alone. */
  readonly validUntil?: CalendarDate;
}
