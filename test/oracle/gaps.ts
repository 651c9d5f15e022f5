// The previous implementation, kept as a test oracle (see README.md here). Not shipped: do not change.
import type { Gap } from "../../src/core/verdict.js";
import type { ComponentName } from "../../src/core/vocabulary.js";
import type { ReadinessWeights } from "../../src/policy/types.js";
import { URGENCY_RANK } from "../../src/requirements/kind.js";
import { codeSpec } from "../../src/requirements/registry.js";

/** A code no kind declares (a newer library's) sits with the work to do. */
const DEFAULT_CLASS = URGENCY_RANK.skill;

/**
 * Waits that another wait implies: a wait until an age (the national minimum, or the target's
 * own judged on the day) is implied by a wait of one of these codes ending the same day or later
 * (the target's higher minimum, the day the candidate may apply). Only the implying wait is kept,
 * so one age requirement gives one gap.
 */
const IMPLIED_BY: Readonly<Record<string, readonly string[]>> = {
  AGE_BELOW_MINIMUM: ["AGE_BELOW_MINIMUM", "AGE_AT_APPLICATION_BELOW_MINIMUM"],
};

/** `from` of a gap fixed by time alone, else `undefined`. */
function fromOf(g: Gap): string | undefined {
  const from = g.params.from;
  return typeof from === "string" ? from : undefined;
}

/**
 * The class of a gap in {@link URGENCY_RANK}: a permanent code without `from` is a blocker, a
 * gap with `from` a wait (`time`); otherwise its code's urgency.
 */
export function gapRank(g: Gap): number {
  const spec = codeSpec(g.code);
  const from = fromOf(g);
  if (spec?.permanent === true && from === undefined) return URGENCY_RANK.blocker;
  if (from !== undefined) return URGENCY_RANK.time;
  return spec === undefined ? DEFAULT_CLASS : URGENCY_RANK[spec.urgency];
}

function gapKey(g: Gap): string {
  let key = `${g.component}|${g.code}`;
  for (const k in g.params) key += `|${k}=${String(g.params[k])}`;
  return key;
}

/** True when another gap of the list is a wait that implies `g` (see {@link IMPLIED_BY}). */
function implied(g: Gap, all: readonly Gap[]): boolean {
  const by = IMPLIED_BY[g.code];
  const from = fromOf(g);
  if (by === undefined || from === undefined) return false;
  return all.some((h) => {
    if (h === g || h.component !== g.component || !by.includes(h.code)) return false;
    const until = fromOf(h);
    return until !== undefined && (until > from || (until === from && h.code !== g.code));
  });
}

/**
 * Orders gaps by what blocks longest first and drops repeats: permanent blockers, waits (latest
 * `from` first), data fixes, then steps by lead time (education, skill, language, documents,
 * health, orientation; see {@link URGENCY_RANK}); within a class, the heavier component first,
 * then evaluation order. An exact repeat (the national and the target's minimum age, stated
 * alike) and a wait implied by a longer one are dropped. Internal.
 */
export function sortGaps(gaps: readonly Gap[], weights: ReadinessWeights): Gap[] {
  const seen = new Set<string>();
  const unique: Gap[] = [];
  for (const g of gaps) {
    const key = gapKey(g);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(g);
  }
  const items = unique
    .filter((g) => !implied(g, unique))
    .map((g, i) => ({
      g,
      c: gapRank(g),
      f: fromOf(g) ?? "",
      w: weights[g.component as ComponentName] ?? 0,
      i,
    }));
  items.sort((a, b) => a.c - b.c || (a.f > b.f ? -1 : a.f < b.f ? 1 : 0) || b.w - a.w || a.i - b.i);
  return items.map((x) => x.g);
}
