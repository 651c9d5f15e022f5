import type { Outcome, Verdict } from "../core/verdict.js";
import type { ReadinessWeights } from "../policy/types.js";
import type { ComponentName, Gap } from "./types.js";

/** Reason codes that no action can fix for the target (time can, only where `validFrom` says so). */
const PERMANENT = new Set(["AGE_ABOVE_MAXIMUM", "DESTINATION_CLOSED", "COLOUR_VISION_DEFICIENT"]);

/** True when some failing leaf of `v` is permanent: a permanent code and no `validFrom`. */
export function isPermanent(v: Verdict): boolean {
  if (v.outcome !== "fail") return false;
  const children = v.children ?? [];
  if (children.length === 0) {
    return v.validFrom === undefined && v.reasons.some((r) => r.outcome === "fail" && PERMANENT.has(r.code));
  }
  return children.some(isPermanent);
}

const RANK: Readonly<Record<Outcome, number>> = { unknown: 0, fail: 1, pass: 2 };

function leafGaps(v: Verdict, component: ComponentName): Gap[] {
  return v.reasons
    .filter((r) => r.outcome !== "pass")
    .map((r) => ({
      code: r.code,
      component,
      params: v.validFrom === undefined ? { ...r.params } : { ...r.params, from: v.validFrom },
    }));
}

function languageGap(group: Verdict): Gap {
  const tests: string[] = [];
  const minimums: string[] = [];
  for (const r of group.reasons) {
    const test = String(r.params.test ?? "");
    const min = String(r.params.min ?? "");
    if (test !== "" && !tests.some((t, i) => t === test && minimums[i] === min)) {
      tests.push(test);
      minimums.push(min);
    }
  }
  return {
    code: "LANGUAGE_RESULT_NEEDED",
    component: "language",
    params: { tests: tests.join(","), minimums: minimums.join(",") },
  };
}

/**
 * What to do about a component's verdict: one gap per missing or failing requirement. A
 * language group becomes one `LANGUAGE_RESULT_NEEDED` gap listing its alternatives; of several
 * documents of one kind, the one closest to passing speaks. Internal.
 */
export function gapsOf(v: Verdict, component: ComponentName): Gap[] {
  if (v.outcome === "pass") return [];
  const children = v.children ?? [];
  if (children.length === 0) return leafGaps(v, component);
  if (component === "language" && v.rule === "language") {
    return children.filter((g) => g.outcome !== "pass").map(languageGap);
  }
  const failing = children.filter((x) => x.outcome !== "pass");
  // Alternatives of one requirement (same rule as the parent): only the closest one speaks.
  if (failing.every((x) => x.rule === v.rule)) {
    let best = failing[0] as Verdict;
    for (const x of failing) if (RANK[x.outcome] <= RANK[best.outcome]) best = x;
    return gapsOf(best, component);
  }
  return failing.flatMap((x) => gapsOf(x, component));
}

/** Gap codes by urgency class: permanent blockers, then quick data fixes, then the work, then waiting. */
const CLASS: Readonly<Record<string, number>> = {
  AGE_ABOVE_MAXIMUM: 0,
  COLOUR_VISION_DEFICIENT: 0,
  INVALID_AS_OF: 1,
  UNKNOWN_TARGET: 1,
  POLICY_PARAMETER_MISSING: 1,
  BIRTH_DATE_UNKNOWN: 1,
  EDUCATION_UNKNOWN: 1,
  PASSPORT_EXPIRY_UNKNOWN: 1,
  COLOUR_VISION_UNKNOWN: 3,
  DOCUMENT_MISSING: 2,
  DOCUMENT_EXPIRED: 2,
  PASSPORT_VALIDITY_TOO_SHORT: 2,
  MEDICAL_CHECK_MISSING: 3,
  MEDICAL_CHECK_EXPIRED: 3,
  MEDICAL_UNFIT: 3,
  LANGUAGE_RESULT_NEEDED: 4,
  COMPETENCY_UNITS_MISSING: 5,
  COMPETENCY_CERTIFICATE_EXPIRED: 5,
  SKILL_TEST_MISSING: 5,
  SKILL_TEST_EXPIRED: 5,
  EDUCATION_BELOW_MINIMUM: 6,
  ORIENTATION_MISSING: 7,
  AGE_BELOW_MINIMUM: 8,
};

function classOf(g: Gap): number {
  if (g.code === "DESTINATION_CLOSED") return g.params.from === undefined ? 0 : 8;
  return CLASS[g.code] ?? 5;
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
