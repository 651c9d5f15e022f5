import { daysBetween, isCalendarDate } from "../core/date.js";
import type { Readiness } from "./types.js";

/**
 * Counts of readinesses by status. `unassessed` counts readinesses that could not be judged at
 * all (an `UNKNOWN_TARGET`, an `INVALID_AS_OF` or an `INVALID_APPLIED_ON`: a mistyped option rather than a candidate
 * who is not ready): they are in `total` and not in `not_ready`.
 */
export interface StatusCounts {
  readonly total: number;
  readonly ready: number;
  readonly not_ready: number;
  readonly ineligible: number;
  readonly unassessed: number;
}

/** True for a readiness that says only that its options were wrong. */
function unassessable(r: Readiness): boolean {
  const gaps = Array.isArray(r.gaps) ? r.gaps : [];
  const code = gaps.length === 1 ? gaps[0]?.code : undefined;
  return code === "UNKNOWN_TARGET" || code === "INVALID_AS_OF" || code === "INVALID_APPLIED_ON";
}

/**
 * The picture of a cohort: totals by status and target, the score distribution, the most
 * common gaps, and what time alone changes.
 *
 * Scores are summarised over the **scored** readinesses only: `ready` and `not_ready` ones (the
 * `scored` count). An `ineligible` candidate has nothing to do for the target (score 0), and an
 * `unassessed` readiness was never judged: both are counted apart in `byStatus` and `byTarget`
 * and never mixed into `scoreDeciles` or `meanScore`. A cohort where everyone is ineligible has
 * `scored: 0`, no deciles and `meanScore` 0 (no mean at all, not a low one).
 *
 * @example
 * ```ts
 * summarizeCohort(readinesses).byStatus; // { total: 220, ready: 31, not_ready: 160, ineligible: 29, unassessed: 0 }
 * summarizeCohort(readinesses).scored; // 191: the ready and not-ready ones, whom meanScore and scoreDeciles cover
 * ```
 */
export interface CohortSummary {
  readonly byStatus: StatusCounts;
  readonly byTarget: Readonly<Record<string, StatusCounts>>;
  /** How many readinesses the score figures cover: `byStatus.ready + byStatus.not_ready`. */
  readonly scored: number;
  /** Ten counts of the scored readinesses: scores 0–9, 10–19, …, 80–89, and 90–100. They sum to `scored`. */
  readonly scoreDeciles: readonly number[];
  /**
   * Mean score of the scored readinesses (ready and not ready; never the ineligible or the
   * unassessed), rounded to one decimal; 0 when `scored` is 0 (an empty cohort, or everyone
   * ineligible or unassessed).
   */
  readonly meanScore: number;
  /** The ten most common gaps (by code and component), most frequent first. */
  readonly topGaps: readonly { readonly code: string; readonly component: string; readonly count: number }[];
  /** Not ready now, ready by time alone within 30, 90 and 180 days of their `asOf`. */
  readonly readyWithin: { readonly days30: number; readonly days90: number; readonly days180: number };
  /** Ready now, lapsing within 30 and 90 days of their `asOf` (the day after `validUntil`). */
  readonly lapsingWithin: { readonly days30: number; readonly days90: number };
}

type MutableCounts = { total: number; ready: number; not_ready: number; ineligible: number; unassessed: number };

const empty = (): MutableCounts => ({ total: 0, ready: 0, not_ready: 0, ineligible: 0, unassessed: 0 });

const STATUSES = new Set<string>(["ready", "not_ready", "ineligible"]);

/**
 * An incremental cohort summary: `add` readinesses one at a time, then read `result`.
 *
 * @example
 * ```ts
 * const acc: CohortAccumulator = createCohortAccumulator();
 * ```
 */
export interface CohortAccumulator {
  /** Counts one readiness (entries that are not readinesses are skipped). */
  add(r: Readiness): void;
  /** The summary of everything added so far (a fresh object each call). */
  result(): CohortSummary;
}

/**
 * Starts an incremental cohort summary (what {@link summarizeCohort} uses), for streams that are
 * not synchronous iterables (a CLI reading a file, an async cursor). Constant memory.
 *
 * @example
 * ```ts
 * const acc = createCohortAccumulator();
 * for await (const x of assessRecordsAsync(lines, { asOf, target })) if (x.ok) acc.add(x.readiness);
 * acc.result().byStatus.total;
 * ```
 */
export function createCohortAccumulator(): CohortAccumulator {
  const byStatus = empty();
  const byTarget = new Map<string, MutableCounts>();
  const deciles = Array.from({ length: 10 }, () => 0);
  const gapCounts = new Map<string, { code: string; component: string; count: number }>();
  const readyWithin = { days30: 0, days90: 0, days180: 0 };
  const lapsingWithin = { days30: 0, days90: 0 };
  let scoreSum = 0;
  let scored = 0;
  return {
    add(r: Readiness): void {
      if (r === null || typeof r !== "object" || !STATUSES.has(r.status)) return;
      const status = r.status === "not_ready" && unassessable(r) ? "unassessed" : r.status;
      byStatus.total++;
      byStatus[status]++;
      const t = byTarget.get(r.target) ?? empty();
      t.total++;
      t[status]++;
      byTarget.set(r.target, t);
      // Only the ready and the not ready have a score that says how far along they are.
      if (status === "ready" || status === "not_ready") {
        const score = Number.isFinite(r.score) ? Math.max(0, Math.min(100, r.score)) : 0;
        scored++;
        scoreSum += score;
        const decile = Math.min(9, Math.floor(score / 10));
        deciles[decile] = (deciles[decile] ?? 0) + 1;
      }
      for (const g of Array.isArray(r.gaps) ? r.gaps : []) {
        const key = `${g.component}\u0000${g.code}`;
        const entry = gapCounts.get(key);
        if (entry === undefined) gapCounts.set(key, { code: g.code, component: g.component, count: 1 });
        else entry.count++;
      }
      if (r.status === "not_ready" && isCalendarDate(r.readyFrom) && isCalendarDate(r.asOf)) {
        const days = daysBetween(r.asOf, r.readyFrom);
        if (days <= 30) readyWithin.days30++;
        if (days <= 90) readyWithin.days90++;
        if (days <= 180) readyWithin.days180++;
      }
      if (r.status === "ready" && isCalendarDate(r.validUntil) && isCalendarDate(r.asOf)) {
        const days = daysBetween(r.asOf, r.validUntil) + 1;
        if (days <= 30) lapsingWithin.days30++;
        if (days <= 90) lapsingWithin.days90++;
      }
    },
    result(): CohortSummary {
      const topGaps = [...gapCounts.values()]
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code) || a.component.localeCompare(b.component))
        .slice(0, 10)
        .map((g) => ({ ...g }));
      const targets = [...byTarget.entries()].sort(([a], [b]) => (a < b ? -1 : 1)); // map keys are unique
      return {
        byStatus: { ...byStatus },
        byTarget: Object.fromEntries(targets.map(([k, v]) => [k, { ...v }])),
        scored,
        scoreDeciles: [...deciles],
        meanScore: scored === 0 ? 0 : Math.round((scoreSum / scored) * 10) / 10,
        topGaps,
        readyWithin: { ...readyWithin },
        lapsingWithin: { ...lapsingWithin },
      };
    },
  };
}

/**
 * Summarises any iterable of readinesses in one pass and constant memory (bounded by the
 * number of targets and gap codes, not of candidates): totals by status and by target, the
 * score deciles and mean of the ready and not-ready ones (the ineligible and the unassessed are
 * counted apart), the ten most common gaps, how many become ready within 30/90/180 days by time
 * alone and how many lapse within 30/90 days. Never throws; entries that are not readinesses
 * are skipped.
 *
 * @example
 * ```ts
 * const summary = summarizeCohort(candidates.map((c) => assessReadiness(c, { asOf, target })));
 * summary.byStatus.total === candidates.length; // true
 * ```
 */
export function summarizeCohort(rs: Iterable<Readiness>): CohortSummary {
  const acc = createCohortAccumulator();
  if (rs !== null && rs !== undefined && typeof (rs as Iterable<Readiness>)[Symbol.iterator] === "function") {
    for (const r of rs) acc.add(r);
  }
  return acc.result();
}
