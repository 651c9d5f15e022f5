import type { Education } from "../candidate/types.js";
import type { KkniLevel } from "../competency/kkni.js";
import type { CalendarDate } from "../core/date.js";
import type { LocalizedText, TargetProfileData } from "../policy/types.js";

/**
 * A placement target's id, such as `"JP-SSW-CAREGIVING"`, `"KR-EPS-MANUFACTURING"` or
 * `"ID-INDUSTRY-WELDING"`.
 *
 * @example
 * ```ts
 * const target: TargetId = "JP-SSW-CAREGIVING";
 * ```
 */
export type TargetId = string;

/**
 * A destination, scheme and occupation a candidate can be prepared for: a target of the
 * policy (`policy.targets[id].profile`) with its id, and, once retired, the day from which it
 * is. Its rules (age, language, documents, …) are the target's dated requirements; read them
 * with `targetRequirements`.
 *
 * @example
 * ```ts
 * getTarget("KR-EPS-MANUFACTURING")?.destination; // "KR"
 * ```
 */
export interface TargetProfile extends TargetProfileData {
  readonly id: TargetId;
  /** The first day the target is retired, when the policy retires it. */
  readonly retiredFrom?: CalendarDate;
}

/**
 * One unit of a competency standard (an SKKNI unit where `source` of its standard is `"skkni"`).
 *
 * @example
 * ```ts
 * const u: CompetencyUnit = { code: "C.24LAS01.001.1", title: { id: "Melaksanakan Persiapan Tempat Kerja", en: "Prepare the workplace" }, kkniLevel: 2 };
 * ```
 */
export interface CompetencyUnit {
  readonly code: string;
  readonly title: LocalizedText;
  readonly kkniLevel?: KkniLevel;
}

/**
 * A competency standard and the units the catalogue uses from it. `source: "skkni"` marks unit
 * codes and titles found in a published SKKNI scheme (cited by `instrument`);
 * `source: "illustrative"` marks units written by the library so that the rules can run, which
 * no one should mistake for the official list.
 *
 * @example
 * ```ts
 * listStandards().filter((s) => s.source === "skkni").map((s) => s.code); // ["SKKNI-2018-098-LAS"]
 * ```
 */
export interface CompetencyStandard {
  readonly code: string;
  readonly title: LocalizedText;
  readonly source: "skkni" | "illustrative";
  /** The instrument that issued the standard (for `"skkni"`), or a note (for `"illustrative"`). */
  readonly instrument: string;
  /** Source ids of the domain reference. */
  readonly sources: readonly string[];
  readonly units: readonly CompetencyUnit[];
}

/**
 * A figure of a training programme with where it comes from: a reported length is `confirmed`,
 * a derived or assumed one is not and says how it was made.
 *
 * @example
 * ```ts
 * getTrack("electrical-installation")?.hours; // { jp: 280, confirmed: true, note: "…", sources: ["S40a"] }
 * ```
 */
export interface SourcedFigure {
  readonly jp: number;
  readonly confirmed: boolean;
  readonly note: string;
  readonly sources: readonly string[];
}

/**
 * A training track of the vocational hub: a skill plus, where the destination needs it, a
 * language. Hours are JP (jam pelajaran) of 45 minutes (DOMAIN.md §2.4).
 *
 * @example
 * ```ts
 * getTrack("welding-smaw")?.units.length; // 6
 * ```
 */
export interface TrainingTrack {
  readonly id: string;
  readonly title: LocalizedText;
  readonly sector: string;
  /** Code of the competency standard its units come from. */
  readonly standard: string;
  readonly units: readonly string[];
  /** Total skill training hours, in JP. */
  readonly hours: SourcedFigure;
  /** The language component, when the track's destinations need one. */
  readonly language?: {
    /** ISO 639-1 code of the language taught. */
    readonly language: string;
    /** The level aimed at, as the destination states it. */
    readonly targetLevel: string;
    /** Hours, when a source gives them; absent otherwise. */
    readonly hours?: SourcedFigure;
  };
  /** Entry requirements besides the training age window of the policy. */
  readonly entry: { readonly minEducation: Education; readonly confirmed: boolean; readonly note: string };
  /** Targets it prepares for. */
  readonly targets: readonly TargetId[];
}

/**
 * A pass/fail scheme test recorded as a `SKILL_TEST` certificate (`test` is its id).
 *
 * @example
 * ```ts
 * listSkillTests().map((t) => t.id); // ["JP_SSW_CAREGIVING_SKILL", …]
 * ```
 */
export interface SkillTest {
  readonly id: string;
  readonly title: LocalizedText;
  readonly sources: readonly string[];
}
