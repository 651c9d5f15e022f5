import type { Gap } from "../core/verdict.js";
import type { ComponentName } from "../core/vocabulary.js";
import type { ReadinessWeights } from "../policy/types.js";
import { URGENCY_RANK } from "../requirements/kind.js";
import { codeSpec } from "../requirements/registry.js";

/** A code no kind declares (a newer library's) sits with the work to do. */
const DEFAULT_CLASS = URGENCY_RANK.skill;

/**
 * Waits that another wait implies: a wait until an age (the national minimum, or the target's
 * own judged on the day) is implied by a wait of one of these codes ending the same day or later
 * (the target's higher minimum, the day the candidate may apply). Only the implying wait is kept,
 * so one age requirement gives one gap.
 */
const IMPLIED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ["AGE_BELOW_MINIMUM", ["AGE_BELOW_MINIMUM", "AGE_AT_APPLICATION_BELOW_MINIMUM"]],
]);

/** `from` of a gap fixed by time alone, else `undefined`. */
function fromOf(g: Gap): string | undefined {
  const from = g.params.from;
  return typeof from === "string" ? from : undefined;
}

/** The class of a gap without `from`, by code: a cache of what the codes' specs say. */
const classes = new Map<string, number>();

/**
 * The class of a gap in {@link URGENCY_RANK}: a permanent code without `from` is a blocker, a
 * gap with `from` a wait (`time`); otherwise its code's urgency.
 */
export function gapRank(g: Gap): number {
  if (fromOf(g) !== undefined) return URGENCY_RANK.time;
  let rank = classes.get(g.code);
  if (rank === undefined) {
    const spec = codeSpec(g.code);
    if (spec === undefined) return DEFAULT_CLASS;
    rank = spec.permanent === true ? URGENCY_RANK.blocker : URGENCY_RANK[spec.urgency];
    // A code's spec never changes once declared (a kind registered later only adds codes).
    classes.set(g.code, rank);
  }
  return rank;
}

/**
 * The same gap twice: same code, component and params (the same keys in the same order, each
 * with the same text). What the reference compared as a key string (`component|code|k=v…`),
 * compared field by field without building it. Scratch keys are module state.
 */
const keys: string[] = [];
function sameGap(a: Gap, b: Gap): boolean {
  if (a.code !== b.code || a.component !== b.component) return false;
  const pa = a.params;
  const pb = b.params;
  let n = 0;
  for (const k in pa) keys[n++] = k;
  let i = 0;
  for (const k in pb) {
    if (i >= n || keys[i] !== k || String(pa[k]) !== String(pb[k])) return false;
    i++;
  }
  return i === n;
}

/** True when another of the first `n` gaps of `all` is a wait that implies `g` (see {@link IMPLIED_BY}). */
function implied(g: Gap, all: readonly Gap[], n: number): boolean {
  const by = IMPLIED_BY.get(g.code);
  const from = fromOf(g);
  if (by === undefined || from === undefined) return false;
  for (let i = 0; i < n; i++) {
    const h = all[i] as Gap;
    if (h === g || h.component !== g.component || !by.includes(h.code)) continue;
    const until = fromOf(h);
    if (until !== undefined && (until > from || (until === from && h.code !== g.code))) return true;
  }
  return false;
}

// Scratch of sortGapList: the distinct gaps, then the kept ones' sort keys and their order (they
// hold the last call's gaps until the next call).
const distinct: Gap[] = [];
const distinctWeight: number[] = [];
const kept: Gap[] = [];
const rankOf: number[] = [];
const fromText: string[] = [];
const weightOf: number[] = [];
const order: number[] = [];

/** The order of `sortGaps`: class, then `from` latest first, then the heavier component, then first come. */
function before(a: number, b: number): number {
  const fa = fromText[a] as string;
  const fb = fromText[b] as string;
  return (
    (rankOf[a] as number) - (rankOf[b] as number) ||
    (fa > fb ? -1 : fa < fb ? 1 : 0) ||
    (weightOf[b] as number) - (weightOf[a] as number) ||
    a - b
  );
}

/**
 * {@link sortGaps} of the first `n` gaps of `gaps`, which it does not change: loops over module
 * scratch, no key strings; the one array it returns is the answer's. `known`, when given, holds
 * each gap's component weight (what `weights` says of it). Internal.
 */
export function sortGapList(
  gaps: readonly Gap[],
  n: number,
  weights: ReadinessWeights,
  known?: readonly number[],
): Gap[] {
  // One gap is its own order (nothing repeats it, nothing implies it).
  if (n <= 1) return n === 0 ? [] : [gaps[0] as Gap];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const g = gaps[i] as Gap;
    let repeat = false;
    for (let j = 0; j < m && !repeat; j++) repeat = sameGap(distinct[j] as Gap, g);
    if (repeat) continue;
    distinctWeight[m] = known === undefined ? (weights[g.component as ComponentName] ?? 0) : (known[i] as number);
    distinct[m++] = g;
  }
  let k = 0;
  for (let i = 0; i < m; i++) {
    const g = distinct[i] as Gap;
    if (implied(g, distinct, m)) continue;
    kept[k] = g;
    rankOf[k] = gapRank(g);
    fromText[k] = fromOf(g) ?? "";
    weightOf[k] = distinctWeight[i] as number;
    // Insertion sort of the indices: a handful of gaps, and a total order (the index decides last).
    let j = k;
    while (j > 0 && before(order[j - 1] as number, k) > 0) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = k;
    k++;
  }
  const out: Gap[] = [];
  for (let i = 0; i < k; i++) out.push(kept[order[i] as number] as Gap);
  return out;
}

/**
 * Orders gaps by what blocks longest first and drops repeats: permanent blockers, waits (latest
 * `from` first), data fixes, then steps by lead time (education, skill, language, documents,
 * health, orientation; see {@link URGENCY_RANK}); within a class, the heavier component first,
 * then evaluation order. An exact repeat (the national and the target's minimum age, stated
 * alike) and a wait implied by a longer one are dropped. Internal.
 */
export function sortGaps(gaps: readonly Gap[], weights: ReadinessWeights): Gap[] {
  return sortGapList(gaps, gaps.length, weights);
}
