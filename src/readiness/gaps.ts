import type { Gap } from "../core/verdict.js";
import type { ComponentName } from "../core/vocabulary.js";
import type { ReadinessWeights } from "../policy/types.js";
import { URGENCY_RANK } from "../requirements/kind.js";
import { codeSpec } from "../requirements/registry.js";

/** A code no kind declares (a newer library's) sits with the work to do. */
const DEFAULT_CLASS = URGENCY_RANK.skill;

/**
 * The urgency class of a gap, from the kind that declares its code: a permanent code without
 * `from` blocks for good and comes first; otherwise the code's urgency.
 */
function classOf(g: Gap): number {
  const spec = codeSpec(g.code);
  if (spec === undefined) return DEFAULT_CLASS;
  if (spec.permanent === true && g.params.from === undefined) return URGENCY_RANK.blocker;
  return URGENCY_RANK[spec.urgency];
}

function gapKey(g: Gap): string {
  let key = `${g.component}|${g.code}`;
  for (const k in g.params) key += `|${k}=${String(g.params[k])}`;
  return key;
}

/**
 * Orders gaps most urgent first and drops exact duplicates: permanent blockers (nothing else
 * matters), quick data fixes, documents, health, language, skill, education, orientation, then
 * what only time fixes (earliest first); within a class, the heavier component first. Internal.
 */
export function sortGaps(gaps: readonly Gap[], weights: ReadinessWeights): Gap[] {
  const seen = new Set<string>();
  const items: { g: Gap; c: number; f: string; w: number; i: number }[] = [];
  for (let i = 0; i < gaps.length; i++) {
    const g = gaps[i] as Gap;
    // Only eligibility can state one requirement twice (the national and the target minimum).
    if (g.component === "eligibility") {
      const key = gapKey(g);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const from = g.params.from;
    items.push({
      g,
      c: classOf(g),
      f: typeof from === "string" ? from : "",
      w: weights[g.component as ComponentName] ?? 0,
      i,
    });
  }
  items.sort((a, b) => a.c - b.c || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0) || b.w - a.w || a.i - b.i);
  return items.map((x) => x.g);
}
