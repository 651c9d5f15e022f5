import type { Candidate, LanguageResult } from "../candidate/types.js";
import { addDays, addMonths, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, anyOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import type { LanguageRequirement } from "../policy/types.js";
import { cefrRank, jlptRank } from "./scales.js";

/** Options of {@link checkLanguageRequirements}. */
export interface CheckLanguageOptions {
  /** The day the results are judged on. */
  readonly asOf: CalendarDate;
  /** Every group must hold; within a group, any one requirement. Empty (or not an array): nothing is required. */
  readonly requirements: readonly (readonly LanguageRequirement[])[];
  /** The citation id of the requirements, carried by every reason as `basis`. */
  readonly basis?: string;
}

/** Rule id of the language verdict. */
export const LANGUAGE_RULE = "language";

/**
 * The minimum of a requirement as text, for params and messages.
 *
 * @example
 * ```ts
 * requirementMinimum({ test: "JLPT", minLevel: "N4" }); // "N4"
 * ```
 */
export function requirementMinimum(r: LanguageRequirement): string {
  switch (r.test) {
    case "JLPT":
    case "CEFR":
      return r.minLevel;
    case "IELTS":
      return String(r.minBand);
    default:
      return String(r.minScore);
  }
}

function resultValue(x: LanguageResult): string {
  switch (x.test) {
    case "JLPT":
    case "CEFR":
      return x.level;
    case "IELTS":
      return String(x.band);
    default:
      return String(x.score);
  }
}

/** Does `x`, a result of the same test as `r` (the caller filters), reach `r`'s minimum? */
function meets(r: LanguageRequirement, x: LanguageResult): boolean {
  switch (r.test) {
    case "JLPT":
      return x.test === "JLPT" && jlptRank(x.level) >= jlptRank(r.minLevel);
    case "CEFR":
      return x.test === "CEFR" && cefrRank(x.level) >= cefrRank(r.minLevel);
    case "IELTS":
      return x.test === "IELTS" && x.band >= r.minBand;
    default:
      return "score" in x && x.score >= r.minScore;
  }
}

function judgeResult(
  r: LanguageRequirement,
  x: LanguageResult,
  asOf: CalendarDate,
  rule: string,
  basis: string | undefined,
): Verdict {
  const test = r.test;
  const min = requirementMinimum(r);
  const result = resultValue(x);
  if (!meets(r, x)) {
    return makeVerdict(rule, "fail", [makeReason("LANGUAGE_RESULT_TOO_LOW", "fail", { test, result, min }, basis)]);
  }
  // A validity counts from the announcement when the record has it (EPS-TOPIK), else the test day.
  const countedFrom = isCalendarDate(x.announcedOn) ? "announcedOn" : "takenOn";
  const start = isCalendarDate(x.announcedOn) ? x.announcedOn : x.takenOn;
  const lastDay = r.maxAgeMonths === undefined ? undefined : addDays(addMonths(start, r.maxAgeMonths), -1);
  if (lastDay !== undefined && asOf > lastDay) {
    return makeVerdict(rule, "fail", [
      makeReason(
        "LANGUAGE_RESULT_EXPIRED",
        "fail",
        { test, result, min, takenOn: x.takenOn, lastValidDay: lastDay, countedFrom },
        basis,
      ),
    ]);
  }
  return makeVerdict(
    rule,
    "pass",
    [makeReason("LANGUAGE_REQUIREMENT_MET", "pass", { test, result, min, takenOn: x.takenOn, countedFrom }, basis)],
    { validUntil: lastDay },
  );
}

/**
 * Judges one requirement against the candidate's results taken on or before `asOf`: passes
 * when one of them reaches the minimum and has not lapsed; `unknown` when there is no result of
 * that test (`LANGUAGE_RESULT_MISSING`). Internal building block of
 * {@link checkLanguageRequirements}.
 */
function judgeRequirement(
  r: LanguageRequirement,
  results: readonly LanguageResult[],
  asOf: CalendarDate,
  rule: string,
  basis: string | undefined,
): Verdict {
  const relevant = results.filter((x) => x?.test === r.test && isCalendarDate(x.takenOn) && x.takenOn <= asOf);
  if (relevant.length === 0) {
    return makeVerdict(rule, "unknown", [
      makeReason("LANGUAGE_RESULT_MISSING", "unknown", { test: r.test, min: requirementMinimum(r) }, basis),
    ]);
  }
  return anyOf(
    rule,
    relevant.map((x) => judgeResult(r, x, asOf, rule, basis)),
  );
}

/**
 * Does the candidate hold the language results asked for? Every group of `requirements` must
 * hold; within a group any one requirement will do (for Japan SSW: JFT-Basic 200 **or** JLPT
 * N4). Each passing result says which requirement it satisfied (`LANGUAGE_REQUIREMENT_MET`);
 * a result below the minimum is `LANGUAGE_RESULT_TOO_LOW`, one older than the requirement's
 * `maxAgeMonths` is `LANGUAGE_RESULT_EXPIRED` (its last valid day is the day before the same
 * date `maxAgeMonths` later), and no result at all is `unknown` with `LANGUAGE_RESULT_MISSING`.
 * A pass carries `validUntil`, the last day before the deciding results lapse. Results are
 * compared on their own scale only: a CEFR requirement is met by a CEFR-labelled certificate
 * (Goethe, telc, …), never by converting another test. Never throws.
 *
 * @example
 * ```ts
 * checkLanguageRequirements(candidate, {
 *   asOf: "2026-11-28" as CalendarDate,
 *   requirements: [[{ test: "JFT_BASIC", minScore: 200 }, { test: "JLPT", minLevel: "N4" }]],
 * }).outcome; // "pass" with JFT-Basic 215
 * ```
 */
export function checkLanguageRequirements(c: Candidate, options: CheckLanguageOptions): Verdict {
  const asOf = options?.asOf;
  if (!isCalendarDate(asOf)) {
    return makeVerdict(LANGUAGE_RULE, "unknown", [makeReason("INVALID_AS_OF", "unknown", {})]);
  }
  const groups: readonly (readonly LanguageRequirement[])[] = Array.isArray(options.requirements)
    ? options.requirements
    : [];
  if (groups.length === 0) {
    return makeVerdict(LANGUAGE_RULE, "pass", [makeReason("LANGUAGE_NOT_REQUIRED", "pass", {}, options.basis)]);
  }
  const results = Array.isArray(c?.languageResults) ? c.languageResults : [];
  return allOf(
    LANGUAGE_RULE,
    groups.map((group, g) =>
      anyOf(
        `${LANGUAGE_RULE}.${g}`,
        group.map((r) => judgeRequirement(r, results, asOf, `${LANGUAGE_RULE}.${g}.${r.test}`, options.basis)),
      ),
    ),
  );
}
