import { CEFR_LEVELS, type CefrLevel, JLPT_LEVELS, type JlptLevel } from "../candidate/types.js";

/**
 * The language tests the library knows, each on its own scale (DOMAIN.md §6): no equivalence
 * between scales is assumed except the official ones in {@link jlptToCefr} and
 * {@link jftBasicBand}.
 *
 * @example
 * ```ts
 * LANGUAGE_SCALES.JFT_BASIC.max; // 250
 * ```
 */
export const LANGUAGE_SCALES = {
  /** JFT-Basic: 10–250; A2 = 200 or more (DOMAIN.md §6.3, S46, S46b). */
  JFT_BASIC: { kind: "score", min: 10, max: 250, sources: ["S46", "S46b"] },
  /** EPS-TOPIK: 200 points, 20 reading + 20 listening questions (§6.4, S48a). */
  EPS_TOPIK: { kind: "score", min: 0, max: 200, sources: ["S48a"] },
  /** TOPIK I up to 200, TOPIK II up to 300 (§6.5, S58). */
  TOPIK: { kind: "score", min: 0, max: 300, sources: ["S58"] },
  /** JLPT N5 (lowest) to N1 (highest) (§6.2, S57). */
  JLPT: { kind: "level", levels: JLPT_LEVELS, sources: ["S57"] },
  /** CEFR A1–C2; Goethe, telc and ÖSD certificates are labelled with these (§6.1, §6.6, S56). */
  CEFR: { kind: "level", levels: CEFR_LEVELS, sources: ["S56"] },
  /** IELTS bands 0–9 in halves. */
  IELTS: { kind: "band", min: 0, max: 9, step: 0.5, sources: [] },
} as const;

/** The name of a language test; see {@link LANGUAGE_SCALES}. */
export type LanguageTest = keyof typeof LANGUAGE_SCALES;

/**
 * Rank of a JLPT level: N5 = 1 … N1 = 5 (higher is better).
 *
 * @example
 * ```ts
 * jlptRank("N4") > jlptRank("N5"); // true
 * ```
 */
export function jlptRank(level: JlptLevel): number {
  return JLPT_LEVELS.indexOf(level) + 1;
}

/**
 * Rank of a CEFR level: A1 = 1 … C2 = 6.
 *
 * @example
 * ```ts
 * cefrRank("B1"); // 3
 * ```
 */
export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}

/**
 * The official CEFR reference of a passed JLPT level, from the December 2025 test onward
 * (DOMAIN.md §6.2, S57c). N3, N2 and N1 split by total score; without a score the lower bound
 * is returned. Undefined for tests before December 2025, which carry no official reference.
 *
 * @example
 * ```ts
 * jlptToCefr("N4", { takenOn: "2025-12-07" as CalendarDate }); // "A2"
 * jlptToCefr("N2", { takenOn: "2025-12-07" as CalendarDate, totalScore: 120 }); // "B2"
 * jlptToCefr("N4", { takenOn: "2025-07-06" as CalendarDate }); // undefined
 * ```
 */
export function jlptToCefr(
  level: JlptLevel,
  options: { readonly takenOn: string; readonly totalScore?: number },
): CefrLevel | undefined {
  if (!(options?.takenOn >= "2025-12-01")) return undefined;
  const s = options.totalScore;
  switch (level) {
    case "N5":
      return "A1";
    case "N4":
      return "A2";
    case "N3":
      return s !== undefined && s >= 104 ? "B1" : "A2";
    case "N2":
      return s !== undefined && s >= 112 ? "B2" : "B1";
    case "N1":
      return s !== undefined && s >= 142 ? "C1" : "B2";
    default:
      return undefined;
  }
}

/**
 * The CEFR-based band a JFT-Basic score reports, by design of the test (DOMAIN.md §6.3, S46):
 * 200–250 is A2 (shown as "A2.2" from August 2026) at any date; from August 2026 results of
 * 145–174 are reported as A1 and 175–199 as A2.1. Lower scores, or those scores before August
 * 2026, have no band.
 *
 * @example
 * ```ts
 * jftBasicBand(215, { takenOn: "2026-03-01" as CalendarDate }); // "A2"
 * jftBasicBand(180, { takenOn: "2026-09-01" as CalendarDate }); // "A2.1"
 * jftBasicBand(180, { takenOn: "2026-03-01" as CalendarDate }); // undefined
 * ```
 */
export function jftBasicBand(score: number, options: { readonly takenOn: string }): "A1" | "A2.1" | "A2" | undefined {
  if (score >= 200 && score <= 250) return "A2";
  if (!(options?.takenOn >= "2026-08-01")) return undefined;
  if (score >= 175 && score < 200) return "A2.1";
  if (score >= 145 && score < 175) return "A1";
  return undefined;
}
