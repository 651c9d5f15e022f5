import type { LocalizedText } from "../policy/types.js";

/** A KKNI level: 1 (lowest) to 9 (highest). */
export type KkniLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** The three KKNI groups of levels. */
export type KkniGroup = "operator" | "technician-analyst" | "expert";

/**
 * The nine levels of the Kerangka Kualifikasi Nasional Indonesia (Perpres No. 8 Tahun 2012,
 * DOMAIN.md §2.1, S30, S30c): levels 1–3 operator, 4–6 teknisi/analis, 7–9 ahli, with the
 * education each is equivalent to.
 *
 * @example
 * ```ts
 * KKNI_LEVELS[2]; // { level: 3, group: "operator", education: { id: "D1", … } }
 * ```
 */
export const KKNI_LEVELS: readonly {
  readonly level: KkniLevel;
  readonly group: KkniGroup;
  readonly education: LocalizedText;
}[] = [
  { level: 1, group: "operator", education: { id: "Pendidikan dasar", en: "Basic education" } },
  { level: 2, group: "operator", education: { id: "Pendidikan menengah", en: "Secondary education" } },
  { level: 3, group: "operator", education: { id: "D1", en: "One-year diploma (D1)" } },
  { level: 4, group: "technician-analyst", education: { id: "D2", en: "Two-year diploma (D2)" } },
  { level: 5, group: "technician-analyst", education: { id: "D3", en: "Three-year diploma (D3)" } },
  { level: 6, group: "technician-analyst", education: { id: "D4 / S1", en: "Applied bachelor (D4) / bachelor (S1)" } },
  { level: 7, group: "expert", education: { id: "Profesi", en: "Professional education" } },
  {
    level: 8,
    group: "expert",
    education: { id: "S2, profesi, spesialis", en: "Master (S2), professional, specialist" },
  },
  { level: 9, group: "expert", education: { id: "S3, spesialis", en: "Doctorate (S3), specialist" } },
];

/**
 * The KKNI group of a level (DOMAIN.md §2.1): 1–3 operator, 4–6 technician/analyst, 7–9 expert.
 *
 * @example
 * ```ts
 * kkniGroup(2); // "operator"
 * kkniGroup(6); // "technician-analyst"
 * ```
 */
export function kkniGroup(level: KkniLevel): KkniGroup {
  return level <= 3 ? "operator" : level <= 6 ? "technician-analyst" : "expert";
}
