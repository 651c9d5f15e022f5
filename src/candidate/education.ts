import type { Education } from "./types.js";

const RANK: Readonly<Record<Education, number>> = {
  NONE: 0,
  SD: 1,
  PAKET_A: 1,
  SMP: 2,
  MTS: 2,
  PAKET_B: 2,
  SMA: 3,
  SMK: 3,
  MA: 3,
  MAK: 3,
  PAKET_C: 3,
  D1: 4,
  D2: 5,
  D3: 6,
  D4: 7,
  S1: 7,
  S2: 8,
  S3: 9,
};

/**
 * The rank of an education level for minimum checks: SMA and SMK (both senior secondary) rank
 * the same, and so do D4 and S1 (both KKNI level 6, DOMAIN.md §2.1). Unknown values rank −1.
 *
 * @example
 * ```ts
 * educationRank("SMK") === educationRank("SMA"); // true
 * educationRank("D3") > educationRank("SMK"); // true
 * ```
 */
export function educationRank(level: Education): number {
  return typeof level === "string" && Object.hasOwn(RANK, level) ? RANK[level] : -1;
}

/**
 * True when `level` is at least `minimum` (see {@link educationRank}).
 *
 * @example
 * ```ts
 * meetsEducation("SMK", "SMP"); // true
 * meetsEducation("SD", "SMP"); // false
 * ```
 */
export function meetsEducation(level: Education, minimum: Education): boolean {
  const have = educationRank(level);
  return have >= 0 && have >= educationRank(minimum);
}
