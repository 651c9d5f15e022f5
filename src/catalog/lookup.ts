import { DEFAULT_POLICY } from "../policy/default.js";
import { targetOf } from "../policy/resolve.js";
import type { Policy } from "../policy/types.js";
import { STANDARDS } from "./standards.js";
import { SKILL_TESTS } from "./targets.js";
import { TRACKS } from "./tracks.js";
import type { CompetencyStandard, SkillTest, TargetProfile, TrainingTrack } from "./types.js";

const TRACK_BY_ID = new Map(TRACKS.map((t) => [t.id, t]));

const profiles = new WeakMap<Policy, Map<string, TargetProfile>>();

function profileOf(policy: Policy, id: string): TargetProfile | undefined {
  let cache = profiles.get(policy);
  const hit = cache?.get(id);
  if (hit !== undefined) return hit;
  const entry = targetOf(policy, id);
  if (entry === undefined) return undefined;
  const profile: TargetProfile =
    entry.retired === undefined ? { id, ...entry.profile } : { id, ...entry.profile, retiredFrom: entry.retired.from };
  if (cache === undefined) {
    cache = new Map();
    profiles.set(policy, cache);
  }
  cache.set(id, profile);
  return profile;
}

function policyOr(policy: Policy | undefined): Policy {
  return typeof policy === "object" && policy !== null ? policy : DEFAULT_POLICY;
}

/**
 * Every placement target of a policy (`DEFAULT_POLICY` when absent), in the policy's order,
 * retired ones included (with `retiredFrom`). Never throws.
 *
 * @example
 * ```ts
 * listTargets().map((t) => t.id); // ["JP-SSW-CAREGIVING", "JP-SSW-MANUFACTURING", …]
 * listTargets(myPolicy).some((t) => t.id === "AU-PALM-HORTICULTURE"); // true
 * ```
 */
export function listTargets(policy?: Policy): TargetProfile[] {
  const p = policyOr(policy);
  const targets = typeof p.targets === "object" && p.targets !== null ? Object.keys(p.targets) : [];
  const out: TargetProfile[] = [];
  for (const id of targets) {
    const profile = profileOf(p, id);
    if (profile !== undefined) out.push(profile);
  }
  return out;
}

/**
 * The target with this id in a policy (`DEFAULT_POLICY` when absent), or `undefined`. Never
 * throws.
 *
 * @example
 * ```ts
 * getTarget("DE-NURSE")?.scheme; // "G to G Triple Win"
 * ```
 */
export function getTarget(id: string, policy?: Policy): TargetProfile | undefined {
  return typeof id === "string" ? profileOf(policyOr(policy), id) : undefined;
}

/**
 * Every built-in training track.
 *
 * @example
 * ```ts
 * listTracks().length; // 10
 * ```
 */
export function listTracks(): TrainingTrack[] {
  return [...TRACKS];
}

/**
 * The track with this id, or `undefined`. Never throws.
 *
 * @example
 * ```ts
 * getTrack("electrical-installation")?.hours.jp; // 280
 * ```
 */
export function getTrack(id: string): TrainingTrack | undefined {
  return typeof id === "string" ? TRACK_BY_ID.get(id) : undefined;
}

/**
 * Every built-in competency standard. Those with `source: "illustrative"` are not official
 * SKKNI lists.
 *
 * @example
 * ```ts
 * listStandards()[0]?.code; // "SKKNI-2018-098-LAS"
 * ```
 */
export function listStandards(): CompetencyStandard[] {
  return [...STANDARDS];
}

/**
 * Every built-in pass/fail scheme test.
 *
 * @example
 * ```ts
 * listSkillTests().some((t) => t.id === "JP_NURSING_CARE_JAPANESE"); // true
 * ```
 */
export function listSkillTests(): SkillTest[] {
  return [...SKILL_TESTS];
}
