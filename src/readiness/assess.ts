import type { Candidate } from "../candidate/types.js";
import type { TargetId } from "../catalog/types.js";
import { addDays, type CalendarDate, isCalendarDate } from "../core/date.js";
import { type Gap, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { policyChangeDates, resolveParameter, targetOf } from "../policy/resolve.js";
import type { Policy, ReadinessWeights } from "../policy/types.js";
import {
  type ComponentOutput,
  componentGaps,
  type EvaluationInput,
  evaluateTarget,
  isPermanent,
  lapsingBefore,
  passesOn,
  permanentGaps,
  stepsOf,
} from "../requirements/evaluate.js";
import { requirementKinds } from "../requirements/registry.js";
import { answer, answered, compilePlan, type FastPlan } from "./compiled.js";
import { keyOf } from "./day-math.js";
import { sortGaps } from "./gaps.js";
import { prepareCandidate } from "./prepare.js";
import type { Gate, Readiness, ReadinessComponent } from "./types.js";

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
  const children = v.children;
  if (children === undefined || children.length === 0) return 0;
  let passed = 0;
  let total = 0;
  for (const child of children) {
    let counted = false;
    for (const r of child.reasons) {
      if (typeof r.params.count !== "number") continue;
      counted = true;
      total += r.params.count;
      if (r.outcome === "pass") passed += r.params.count;
    }
    if (!counted) {
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
  let renew = "";
  const named = new Set<string>();
  for (const x of lapses) {
    if (named.has(x.what)) continue;
    renew = named.size === 0 ? x.what : `${renew},${x.what}`;
    named.add(x.what);
  }
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
 * Cost: the target's requirements are compiled once per policy, target, gate and span of days
 * without a policy change (a small cache keeps the last 64), and status, score, gaps and window
 * are computed without building verdicts; `components` builds its verdict trees when first read.
 * A caller's requirement kind, a policy change ahead of `asOf`, or a record `parseCandidate`
 * would refuse take the verdict-building path, with the same answer.
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
  const day = keyOf(asOf);
  if (Number.isNaN(day)) return invalid(c, asOf, target, gate, "INVALID_AS_OF");
  const appliedOn = options?.appliedOn;
  if (appliedOn !== undefined && !isCalendarDate(appliedOn)) {
    return invalid(c, asOf, target, gate, "INVALID_APPLIED_ON");
  }
  const assessor = assessorFor(policy, target, gate, asOf, day);
  if (assessor === undefined) return invalid(c, asOf, target, gate, "UNKNOWN_TARGET");
  const candidateId = typeof c?.id === "string" ? c.id : "";
  const fast = assessor.fast;
  if (fast !== undefined && prepareCandidate(c, fast.needs) && answer(fast, day, asOf, appliedOn)) {
    paths.compiled++;
    return lazyReadiness(c, target, gate, policy, appliedOn, asOf, candidateId, fast.weights);
  }
  paths.verdicts++;
  return assessWithVerdicts({ candidate: c, target, gate, policy, appliedOn }, asOf, candidateId, assessor.weights);
}

/**
 * How many assessments took each path since start-up: the compiled assessor, or the verdicts
 * (the reference). Internal, for tests that must know the compiled path was exercised.
 */
export const paths = { compiled: 0, verdicts: 0 };

/** What a lazy readiness needs to build its components; kept under a symbol, not enumerable. */
interface Deferred {
  readonly candidate: Candidate;
  readonly target: string;
  readonly gate: Gate;
  readonly policy: Policy;
  readonly appliedOn: CalendarDate | undefined;
  readonly asOf: CalendarDate;
  readonly weights: ReadinessWeights;
  components: readonly ReadinessComponent[] | undefined;
}

const DEFERRED = Symbol("sentra-vokasi.deferred");

/**
 * The getter of every lazy readiness's `components`: one function for all of them, so that they
 * share one hidden class (a getter per object would give each object its own).
 */
function deferredComponents(this: { [DEFERRED]: Deferred }): readonly ReadinessComponent[] {
  const d = this[DEFERRED];
  if (d.components === undefined) {
    const input: EvaluationInput = {
      candidate: d.candidate,
      target: d.target,
      gate: d.gate,
      policy: d.policy,
      appliedOn: d.appliedOn,
    };
    d.components = componentsOf(evaluateTarget(input, d.asOf) ?? [], d.weights);
  }
  return d.components;
}

const COMPONENTS: PropertyDescriptor = { get: deferredComponents, enumerable: true, configurable: true };

/**
 * The answer of the compiled assessor, with `components` built when first read (an enumerable
 * getter, so `JSON.stringify`, a spread and deep equality see it; built once). They are built
 * from the candidate as it is then: a caller that changes the record in between reads verdicts
 * of the changed record.
 */
function lazyReadiness(
  candidate: Candidate,
  target: string,
  gate: Gate,
  policy: Policy,
  appliedOn: CalendarDate | undefined,
  asOf: CalendarDate,
  candidateId: string,
  weights: ReadinessWeights,
): Readiness {
  const a = answered;
  // Built in the order of the reference's keys, each property added the same way every time,
  // so that every lazy readiness of a shape shares one hidden class.
  const r: Record<string | symbol, unknown> = {
    candidateId,
    target,
    gate,
    asOf,
    status: a.status,
    score: a.score,
  };
  Object.defineProperty(r, "components", COMPONENTS);
  r.gaps = a.gaps;
  if (a.readyFrom !== undefined) r.readyFrom = a.readyFrom;
  if (a.validUntil !== undefined) r.validUntil = a.validUntil;
  const deferred: Deferred = { candidate, target, gate, policy, appliedOn, asOf, weights, components: undefined };
  STATE.value = deferred;
  Object.defineProperty(r, DEFERRED, STATE);
  STATE.value = undefined;
  return r as unknown as Readiness;
}

/** The descriptor of a lazy readiness's state, reused (`defineProperty` reads it when called). */
const STATE: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: false };

function componentsOf(evaluated: readonly ComponentOutput[], weights: ReadinessWeights): ReadinessComponent[] {
  const components: ReadinessComponent[] = [];
  for (const x of evaluated) {
    components.push({ name: x.name, weight: weights[x.name], score: credit(x.verdict), verdict: x.verdict });
  }
  return components;
}

/**
 * The reference: everything from the verdict trees, built eagerly. Taken when the plan has a
 * caller's kind, when a policy change lies ahead of `asOf` (windows then follow the policy
 * through its changes), and for a record only the kinds read (see `prepareCandidate`).
 */
function assessWithVerdicts(
  input: EvaluationInput,
  asOf: CalendarDate,
  candidateId: string,
  weights: ReadinessWeights,
): Readiness {
  const { target, gate } = input;
  const evaluated = evaluateTarget(input, asOf) ?? [];
  const components = componentsOf(evaluated, weights);

  let ready = true;
  for (const x of components) if (x.verdict.outcome !== "pass") ready = false;
  let ineligible = false;
  if (!ready) for (const x of components) if (isPermanent(x.verdict)) ineligible = true;
  let totalWeight = 0;
  for (const x of components) totalWeight += x.weight;
  let weighted = 0;
  for (const x of components) weighted += x.weight * x.score;
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
  const gaps = sortGaps(raw, weights);
  if (!ineligible) for (let i = 0; i < gaps.length; i++) gaps[i] = withLapses(gaps[i] as Gap, components);
  const base = {
    candidateId,
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
  let start: CalendarDate | undefined;
  for (const x of components) {
    if (x.verdict.outcome === "pass") continue;
    const from = x.verdict.validFrom;
    if (from === undefined) return base;
    if (start === undefined || from > start) start = from;
  }
  // Claimed only if every component, evaluated on that day, passes: a component passing today
  // may lapse before it, and a change of the law may fall in between.
  return start !== undefined && passesOn(input, start) ? { ...base, readyFrom: start } : base;
}

/**
 * The assessor of a target at a gate for the span of days of `asOf` on which the policy does not
 * change: the weights in force and, for the last span (no change ahead), the compiled plan.
 */
interface Assessor {
  readonly policy: Policy;
  readonly target: string;
  readonly gate: Gate;
  readonly kinds: unknown;
  /** The span, as date keys: from its first day (a change of the policy) to before the next change. */
  readonly startKey: number;
  readonly endKey: number;
  readonly weights: ReadinessWeights;
  readonly fast: FastPlan | undefined;
}

/** Policies by identity, for the cache's keys. */
const policyIds = new WeakMap<Policy, number>();
let nextPolicyId = 0;
/** The last assessors used, least recent first; a batch of one target hits `last`. */
const CACHE_SIZE = 64;
const cache = new Map<string, Assessor>();
let last: Assessor | undefined;

/** The assessor of a target at a gate on `asOf`, or `undefined` when the policy has no such target. */
function assessorFor(
  policy: Policy,
  target: string,
  gate: Gate,
  asOf: CalendarDate,
  day: number,
): Assessor | undefined {
  const kinds = requirementKinds();
  const hit = last;
  if (
    hit !== undefined &&
    hit.policy === policy &&
    hit.target === target &&
    hit.gate === gate &&
    hit.kinds === kinds &&
    day >= hit.startKey &&
    day < hit.endKey
  ) {
    return hit;
  }
  const entry = targetOf(policy, target);
  if (entry === undefined) return undefined;
  const changes = policyChangeDates(policy, target);
  let span = 0;
  while (span < changes.length && (changes[span] as CalendarDate) <= asOf) span++;
  let id = policyIds.get(policy);
  if (id === undefined) {
    id = nextPolicyId++;
    policyIds.set(policy, id);
  }
  const key = `${id}|${gate}|${span}|${target}`;
  let assessor = cache.get(key);
  if (assessor !== undefined && assessor.kinds === kinds) {
    cache.delete(key);
  } else {
    const start = span === 0 ? undefined : changes[span - 1];
    const end = span === changes.length ? undefined : changes[span];
    const weights = resolveParameter(policy, "readinessWeights", asOf)?.value ?? EQUAL_WEIGHTS;
    // Only with no change ahead: windows then need no following through the policy's changes.
    const fast =
      end === undefined
        ? compilePlan(policy, target, entry, gate, stepsOf(policy, target, entry, gate), asOf, weights)
        : undefined;
    const startKey = start === undefined ? Number.NEGATIVE_INFINITY : keyOf(start);
    const endKey = end === undefined ? Number.POSITIVE_INFINITY : keyOf(end);
    assessor = { policy, target, gate, kinds, startKey, endKey, weights, fast };
  }
  cache.set(key, assessor);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  last = assessor;
  return assessor;
}
