import { STANDARDS } from "./standards.js";
import { SKILL_TESTS, TARGETS } from "./targets.js";
import { TRACKS } from "./tracks.js";
import type { CompetencyStandard, SkillTest, TargetProfile, TrainingTrack } from "./types.js";

const TARGET_BY_ID = new Map(TARGETS.map((t) => [t.id, t]));
const TRACK_BY_ID = new Map(TRACKS.map((t) => [t.id, t]));

/**
 * Every built-in placement target, in catalogue order. The rules of each are in the policy.
 *
 * @example
 * ```ts
 * listTargets().map((t) => t.id); // ["JP-SSW-CAREGIVING", "JP-SSW-MANUFACTURING", …]
 * ```
 */
export function listTargets(): TargetProfile[] {
  return [...TARGETS];
}

/**
 * The target with this id, or `undefined`. Never throws.
 *
 * @example
 * ```ts
 * getTarget("DE-NURSE")?.scheme; // "G to G Triple Win"
 * ```
 */
export function getTarget(id: string): TargetProfile | undefined {
  return typeof id === "string" ? TARGET_BY_ID.get(id) : undefined;
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
