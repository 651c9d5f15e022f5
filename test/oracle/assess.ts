// The previous implementation, kept as a test oracle (see README.md here). Not shipped: do not change.
import type { Candidate } from "../../src/candidate/types.js";
import type { TargetId } from "../../src/catalog/types.js";
import { addDays, type CalendarDate, isCalendarDate } from "../../src/core/date.js";
import { type Gap, makeReason, makeVerdict, type Verdict } from "../../src/core/verdict.js";
import { DEFAULT_POLICY } from "../../src/policy/default.js";
import { resolveParameter, targetOf } from "../../src/policy/resolve.js";
import type { Policy, ReadinessWeights } from "../../src/policy/types.js";
import type { Gate, Readiness, ReadinessComponent } from "../../src/readiness/types.js";
import {
  componentGaps,
  type EvaluationInput,
  evaluateTarget,
  isPermanent,
  lapsingBefore,
  passesOn,
  permanentGaps,
} from "./evaluate.js";
import { sortGaps } from "./gaps.js";

/** Options of {@link assessReadiness}. */
export interface AssessReadinessOptions {
  /** The day judged. */
  readonly asOf: CalendarDate;
  /** The placement target. */
  readonly target: TargetId;
  /** `placement` (default) or `departure`. */
  readonly gate?: Gate;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
  /**
   * The day the candidate applied or registered for the target. Age rules judged "at
   * application" (Korea's EPS, Malaysia, Germany's Triple Win) read it; when absent they judge
   * on `asOf` and say so in the reason (`assumed: true`).
   */
  readonly appliedOn?: CalendarDate;
}

const EQUAL_WEIGHTS: ReadinessWeights = {
  eligibility: 1,
  skill: 1,
  language: 1,
  health: 1,
  documents: 1,
  orientation: 1,
};

/**
 * Share of a component that holds, 0–1: a child whose reasons carry `count` (units) weighs
 * that many, any other child weighs one. Exactly 1 only when the verdict passes.
 */
function credit(v: Verdict): number {
  if (v.outcome === "pass") return 1;
  const children = v.children ?? [];
  if (children.length === 0) return 0;
  let passed = 0;
  let total = 0;
  for (const child of children) {
    const counted = child.reasons.filter((r) => typeof r.params.count === "number");
    if (counted.length > 0) {
      for (const r of counted) {
        total += r.params.count as number;
        if (r.outcome === "pass") passed += r.params.count as number;
      }
    } else {
      total += 1;
      if (child.outcome === "pass") passed += 1;
    }
  }
  return total === 0 ? 0 : Math.min(passed / total, 0.999);
}

/**
 * A gap fixed by time alone (with `from`), told what else it needs: when evidence that passes
 * today lapses before `from`, waiting alone is not enough, and the gap's `renew` names what
 * (earliest first) and `lapsesOn` from when the first no longer holds.
 */
function withLapses(g: Gap, components: readonly ReadinessComponent[]): Gap {
  const from = g.params.from;
  if (typeof from !== "string" || !isCalendarDate(from)) return g;
  const lapses: { what: string; until: CalendarDate }[] = [];
  for (const x of components) {
    for (const v of lapsingBefore(x.verdict, from)) {
      const kind = x.name === "documents" ? v.reasons.find((r) => typeof r.params.kind === "string") : undefined;
      lapses.push({ what: kind === undefined ? x.name : String(kind.params.kind), until: v.validUntil ?? from });
    }
  }
  if (lapses.length === 0) return g;
  lapses.sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  const renew = [...new Set(lapses.map((x) => x.what))].join(",");
  return { ...g, params: { ...g.params, renew, lapsesOn: addDays((lapses[0] as { until: CalendarDate }).until, 1) } };
}

function invalid(
  c: Candidate,
  asOf: unknown,
  target: string,
  gate: Gate,
  code: "INVALID_AS_OF" | "INVALID_APPLIED_ON" | "UNKNOWN_TARGET",
): Readiness {
  const reason =
    code === "UNKNOWN_TARGET"
      ? makeReason("UNKNOWN_TARGET", "unknown", { target })
      : code === "INVALID_APPLIED_ON"
        ? makeReason("INVALID_APPLIED_ON", "unknown", {})
        : makeReason("INVALID_AS_OF", "unknown", {});
  const params = reason.params;
  const verdict = makeVerdict("placement.eligibility", "unknown", [reason]);
  return {
    candidateId: typeof c?.id === "string" ? c.id : "",
    target,
    gate,
    asOf: (typeof asOf === "string" ? asOf : "") as CalendarDate,
    status: "not_ready",
    score: 0,
    components: [{ name: "eligibility", weight: 1, score: 0, verdict }],
    gaps: [{ code, component: "eligibility", params }],
  };
}

/**
 * Can this candidate be proposed for `target` (gate `placement`, the default) or leave for it
 * (gate `departure`) on `asOf`? The library's headline answer.
 *
 * Components, in this order: `eligibility` (age, education, moratorium), `skill` (competency
 * certificate and scheme tests), `language`, `health`, `documents` (of the gate, from the
 * target's requirements), and at `departure` also `orientation`. Each keeps three outcomes:
 * no evidence is `unknown`, evidence that fails is `fail`.
 *
 * - `status`: `ready` ⇔ every component passes ⇔ `score === 100`; `ineligible` when a
 *   component fails for good (over the target's maximum age, a moratorium with no end in the
 *   policy, deficient colour vision where normal vision is required); else `not_ready`.
 * - `score`: the components' scores weighted by the policy's `readinessWeights`, with partial
 *   credit (4 of 6 units, 3 of 5 documents); below 100 unless ready; 0 when `ineligible` (no
 *   progress towards a target that cannot be reached). Adding valid evidence never lowers it.
 * - `gaps`: when `ineligible`, only the permanent reasons (nothing to do). Otherwise one per
 *   missing or failing requirement, ordered by what blocks longest (see `URGENCY_RANK`): waits
 *   until a day (latest first), data fixes, then steps by lead time (education, skill,
 *   language, documents, health, orientation), so the first gap is the real next step. One
 *   requirement gives one gap (the national and the target's minimum age, stated alike, once;
 *   a wait implied by a longer one is left out). A wait (`from`) whose evidence lapses before
 *   its day says what to renew (`renew`, `lapsesOn`): waiting alone is then not enough.
 * - `readyFrom`: when only time is missing (an 18th birthday, the end of a moratorium) and
 *   nothing lapses before: the first ready day. `validUntil`: when ready, the last day it holds
 *   by time alone. Both are honest: the day before `readyFrom` and the day after `validUntil`
 *   are not ready.
 *
 * Never throws: an invalid `asOf` or unknown target gives `not_ready` with that gap.
 *
 * @example
 * ```ts
 * const r = assessReadiness(candidate, { asOf: "2026-11-28" as CalendarDate, target: "JP-SSW-CAREGIVING" });
 * r.status; // "not_ready"
 * r.gaps[0]; // { code: "DOCUMENT_MISSING", component: "documents", params: { kind: "PASSPORT" } }
 * ```
 */
export function assessReadiness(c: Candidate, options: AssessReadinessOptions): Readiness {
  const asOf = options?.asOf;
  const gate: Gate = options?.gate === "departure" ? "departure" : "placement";
  const policy = options?.policy ?? DEFAULT_POLICY;
  const target = typeof options?.target === "string" ? options.target : String(options?.target);
  if (!isCalendarDate(asOf)) return invalid(c, asOf, target, gate, "INVALID_AS_OF");
  const appliedOn = options?.appliedOn;
  if (appliedOn !== undefined && !isCalendarDate(appliedOn)) {
    return invalid(c, asOf, target, gate, "INVALID_APPLIED_ON");
  }
  if (targetOf(policy, target) === undefined) return invalid(c, asOf, target, gate, "UNKNOWN_TARGET");
  const input: EvaluationInput = { candidate: c, target, gate, policy, appliedOn };
  const evaluated = evaluateTarget(input, asOf) ?? [];
  const weights = resolveParameter(policy, "readinessWeights", asOf)?.value ?? EQUAL_WEIGHTS;

  const components: ReadinessComponent[] = evaluated.map((x) => ({
    name: x.name,
    weight: weights[x.name],
    score: credit(x.verdict),
    verdict: x.verdict,
  }));

  const ready = components.every((x) => x.verdict.outcome === "pass");
  const ineligible = !ready && components.some((x) => isPermanent(x.verdict));
  const totalWeight = components.reduce((sum, x) => sum + x.weight, 0);
  const weighted = components.reduce((sum, x) => sum + x.weight * x.score, 0);
  // Ineligible: nothing to do for this target, so no progress towards it either.
  const score = ready
    ? 100
    : ineligible || totalWeight === 0
      ? 0
      : Math.min(99, Math.floor((100 * weighted) / totalWeight));

  const raw: Gap[] = [];
  // Ineligible: only what makes it so; otherwise every gap, each wait told what lapses before it.
  if (ineligible) for (const x of components) permanentGaps(x.verdict, x.name, raw);
  else for (const x of evaluated) componentGaps(x, raw);
  const sorted = sortGaps(raw, weights);
  const gaps = ineligible ? sorted : sorted.map((g) => withLapses(g, components));
  const base = {
    candidateId: typeof c?.id === "string" ? c.id : "",
    target,
    gate,
    asOf,
    status: ready ? ("ready" as const) : ineligible ? ("ineligible" as const) : ("not_ready" as const),
    score,
    components,
    gaps,
  };

  if (ready) {
    let until: CalendarDate | undefined;
    for (const x of components) {
      const u = x.verdict.validUntil;
      if (u !== undefined && (until === undefined || u < until)) until = u;
    }
    return until === undefined ? base : { ...base, validUntil: until };
  }
  if (ineligible) return base;
  // Not ready and not ineligible: at least one component is waiting. It can become ready only
  // if every waiting component says from when it will pass; the latest of those days is the start.
  const froms = components.filter((x) => x.verdict.outcome !== "pass").map((x) => x.verdict.validFrom);
  if (froms.includes(undefined)) return base;
  const start = (froms as CalendarDate[]).sort().at(-1) as CalendarDate;
  // Claimed only if every component, evaluated on that day, passes: a component passing today
  // may lapse before it, and a change of the law may fall in between.
  return passesOn(input, start) ? { ...base, readyFrom: start } : base;
}
