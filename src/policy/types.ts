import type { CalendarDate } from "../core/date.js";
import type { CefrLevel, DocumentKind, Education, JlptLevel } from "../core/vocabulary.js";
import type { LocalizedText } from "../i18n/locale.js";

export type { LocalizedText } from "../i18n/locale.js";

/**
 * Where a parameter's value comes from: the legal instrument or scheme document, the ids of
 * the sources in the project's domain reference (`DOMAIN.md`, section 9), and the section of
 * that reference.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.citations[BASIS.UU_18_2017_P5A]?.sources; // ["S5", "S7"]
 * ```
 */
export interface Citation {
  /** The instrument, for example `"UU 18/2017 Pasal 5 huruf a"`. */
  readonly instrument: string;
  /** Source ids of the domain reference, for example `["S5", "S7"]`. */
  readonly sources: readonly string[];
  /** The section of the domain reference, for example `"DOMAIN.md §1.1"`. */
  readonly section?: string;
  /** Anything a reader must know to weigh the source. */
  readonly note?: string;
}

/**
 * One value of a parameter and the days it is in force: from `from` to `until`, both
 * inclusive (`until` absent: still in force). `basis` is the id of a citation in the policy's
 * `citations`; `confirmed: false` marks a value whose source is not confirmed.
 *
 * @example
 * ```ts
 * resolveParameter(DEFAULT_POLICY, "trainingAge", asOf); // { from: "0000-01-01", value: { min: 15, max: 29 }, basis: …, confirmed: true }
 * ```
 */
export interface ParameterVersion<T> {
  readonly from: CalendarDate;
  readonly until?: CalendarDate;
  readonly value: T;
  readonly basis: string;
  readonly confirmed: boolean;
}

/**
 * An effective-dated policy parameter. When several versions cover a day, the one listed
 * **last** applies, so a derived policy appends its versions to override the base.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.parameters.placementMinimumAge.versions.length; // 2
 * ```
 */
export interface Parameter<T> {
  readonly description: LocalizedText;
  readonly versions: readonly ParameterVersion<T>[];
}

/**
 * An inclusive range of completed years of age.
 *
 * @example
 * ```ts
 * const window: AgeRange = { min: 15, max: 29 };
 * ```
 */
export interface AgeRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The parameters of a {@link Policy}, by name.
 *
 * @example
 * ```ts
 * Object.keys(DEFAULT_POLICY.parameters); // ["trainingAge", "placementMinimumAge"]
 * ```
 */
export interface PolicyParameters {
  /** Training (trainee) age window, completed years, inclusive. */
  readonly trainingAge: Parameter<AgeRange>;
  /** National minimum age for placement abroad, completed years. */
  readonly placementMinimumAge: Parameter<number>;
  /** National minimum age for placement abroad with an individual (household) employer. */
  readonly placementMinimumAgeIndividualEmployer: Parameter<number>;
  /** Validity of a competency certificate that states no expiry date: years by default and per scheme code. */
  readonly competencyCertificateValidity: Parameter<CertificateValidity>;
  /** Weight of each readiness component in the readiness score. */
  readonly readinessWeights: Parameter<ReadinessWeights>;
  /** National minimum education for placement abroad (UU 39/2004 Pasal 35 huruf d: SLTP; none since UU 18/2017). */
  readonly placementEducationMinimum: Parameter<Education>;
  /** National rule that a woman placed abroad is not pregnant (UU 39/2004 Pasal 35 huruf c; none since UU 18/2017). */
  readonly placementNotPregnant: Parameter<boolean>;
  /** Document kinds valid for life whatever expiry date they show (the e-KTP, UU 24/2013 Pasal 64 ayat (7)). */
  readonly lifelongDocuments: Parameter<readonly DocumentKind[]>;
}

/**
 * Weights of the readiness components in the score (any non-negative numbers; the score
 * divides by the sum of the components that apply at the gate).
 *
 * @example
 * ```ts
 * resolveParameter(DEFAULT_POLICY, "readinessWeights", asOf)?.value.eligibility; // 30
 * ```
 */
export interface ReadinessWeights {
  readonly eligibility: number;
  readonly skill: number;
  readonly language: number;
  readonly health: number;
  readonly documents: number;
  readonly orientation: number;
}

/** How long a competency certificate without its own expiry date is valid (DOMAIN.md §2.3). */
export interface CertificateValidity {
  /** Years from the issue date, for schemes not listed in `bySchemeCode`. */
  readonly defaultYears: number;
  /** Years per certification scheme code. */
  readonly bySchemeCode: Readonly<Record<string, number>>;
}

/**
 * One acceptable language result: a test and its minimum, optionally only while the result
 * is younger than `maxAgeMonths` (EPS-TOPIK and TOPIK: 24, DOMAIN.md §6.7).
 *
 * @example
 * ```ts
 * const jft: LanguageRequirement = { test: "JFT_BASIC", minScore: 200 };
 * const eps: LanguageRequirement = { test: "EPS_TOPIK", minScore: 80, maxAgeMonths: 24 };
 * ```
 */
export type LanguageRequirement =
  | { readonly test: "JFT_BASIC" | "EPS_TOPIK" | "TOPIK"; readonly minScore: number; readonly maxAgeMonths?: number }
  | { readonly test: "JLPT"; readonly minLevel: JlptLevel; readonly maxAgeMonths?: number }
  | { readonly test: "CEFR"; readonly minLevel: CefrLevel; readonly maxAgeMonths?: number }
  | { readonly test: "IELTS"; readonly minBand: number; readonly maxAgeMonths?: number };

/**
 * A target's own age window: `max` absent means no upper limit.
 *
 * @example
 * ```ts
 * const eps: TargetAge = { min: 18, max: 39 };
 * ```
 */
export interface TargetAge {
  readonly min: number;
  readonly max?: number;
  /**
   * The day the age is judged: on the day assessed (`assessment`, the default) or on the day
   * the candidate applied or registered (`application`: Korea's EPS, Malaysia, Germany's
   * Triple Win fix it so).
   */
  readonly judgedAt?: "application" | "assessment";
}

/**
 * The parameter value of each built-in requirement kind, by kind id. A caller's kinds add
 * theirs by declaration merging (`declare module "sentra-vokasi/extend" { interface
 * RequirementValues { minimumHeight: { minCm: number } } }`), which types their versions in
 * `definePolicy`'s overrides.
 *
 * @example
 * ```ts
 * const v: RequirementValues["passport"] = { minValidityMonths: 6 };
 * ```
 */
export interface BuiltInRequirementValues {
  /** The target's own age window; the national minimum applies on top for placement abroad. */
  age: TargetAge;
  /** Minimum education; `"NONE"` when there is none. */
  education: Education;
  /** Every group must hold; within a group, any one requirement. */
  language: readonly (readonly LanguageRequirement[])[];
  /** Units a valid competency certificate must cover, and pass/fail scheme tests. */
  skill: { readonly units: readonly string[]; readonly skillTests: readonly string[] };
  /**
   * How long a fit health certificate counts (`validityMonths` from its issue day, or
   * `maxAgeDays`: exactly one of them), and whether normal colour vision is required.
   */
  medical: {
    readonly maxAgeDays?: number;
    readonly validityMonths?: number;
    readonly colourVisionNormal: boolean;
  };
  /** Minimum remaining passport validity, in months, on the day judged. */
  passport: { readonly minValidityMonths: number };
  /** Documents needed at each gate; `departure` includes `placement`. */
  documents: { readonly placement: readonly DocumentKind[]; readonly departure: readonly DocumentKind[] };
  /** `false` while a placement moratorium is in force. */
  open: boolean;
  /** `true`: pre-departure orientation (OPP) is required at the departure gate. */
  orientation: boolean;
  /** Documents asked of a married candidate only, per gate. */
  marriedDocuments: {
    readonly placement: readonly DocumentKind[];
    readonly departure: readonly DocumentKind[];
  };
  /** A female candidate's pregnancy test at most `withinDays` days before departure. */
  pregnancyTest: { readonly withinDays: number };
  /** The sexes the scheme admits. */
  sex: { readonly admitted: readonly ("F" | "M")[] };
}

/**
 * The parameter value of every requirement kind, by kind id: the built-in ones, and a
 * caller's added by declaration merging (see `BuiltInRequirementValues`).
 *
 * @example
 * ```ts
 * declare module "sentra-vokasi/extend" {
 *   interface RequirementValues {
 *     minimumHeight: { readonly minCm: number };
 *   }
 * }
 * ```
 */
export interface RequirementValues extends BuiltInRequirementValues {}

/**
 * The id of a requirement kind: a built-in one (`age`, `education`, `language`, `skill`,
 * `medical`, `passport`, `documents`, `open`, `orientation`) or a caller's.
 *
 * @example
 * ```ts
 * const kind: RequirementKindId = "passport";
 * ```
 */
export type RequirementKindId = keyof RequirementValues & string;

/**
 * The dated requirements of one target, by kind id: each an effective-dated parameter with its
 * own citation. A kind the target does not list is not required.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.targets["KR-EPS-MANUFACTURING"]?.requirements.age?.versions[0]?.value; // { min: 18, max: 39 }
 * ```
 */
export type TargetRequirementParameters = { readonly [K in RequirementKindId]?: Parameter<RequirementValues[K]> } & {
  readonly [kind: string]: Parameter<unknown> | undefined;
};

/**
 * Who a target is: destination, scheme, occupation, employer, title and the training tracks
 * that prepare for it. Its id is its key in `Policy.targets`.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.targets["KR-EPS-MANUFACTURING"]?.profile.destination; // "KR"
 * ```
 */
export interface TargetProfileData {
  /** ISO 3166-1 alpha-2; `"ID"` is placement at home. */
  readonly destination: string;
  readonly scheme: string;
  readonly occupation: string;
  readonly title: LocalizedText;
  /** Ids of the training tracks that prepare for it. */
  readonly tracks: readonly string[];
  /** Who employs the worker: an individual or household (UU 39/2004's stricter age applied) or an entity. */
  readonly employer: "individual" | "entity";
}

/**
 * One placement target of a policy: its profile, its dated requirements, and, once it is
 * retired, the day from which nobody can be placed with it and the citation that says so.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.targets["SA-DOMESTIC"]?.profile.title.en; // "Saudi Arabia, domestic worker"
 * ```
 */
export interface PolicyTarget {
  readonly profile: TargetProfileData;
  readonly requirements: TargetRequirementParameters;
  readonly retired?: { readonly from: CalendarDate; readonly basis: string };
}

/**
 * The name of a policy parameter.
 *
 * @example
 * ```ts
 * const name: ParameterName = "trainingAge";
 * ```
 */
export type ParameterName = keyof PolicyParameters;

/**
 * The value type of parameter `K`.
 *
 * @example
 * ```ts
 * const v: ParameterValue<"trainingAge"> = { min: 15, max: 29 };
 * ```
 */
export type ParameterValue<K extends ParameterName> = PolicyParameters[K] extends Parameter<infer T> ? T : never;

/**
 * Law as versioned data: every figure a rule reads, with its effective dates and citation, and
 * every target with its profile and dated requirements. Plain JSON (serialisable, diffable;
 * its JSON Schema is `policyJsonSchema()`). Derive one with `definePolicy`; `DEFAULT_POLICY` ships the sourced values.
 *
 * @example
 * ```ts
 * const p: Policy = definePolicy(DEFAULT_POLICY, {})._unsafeUnwrap(); p === DEFAULT_POLICY; // true
 * ```
 */
export interface Policy {
  readonly id: string;
  readonly title: LocalizedText;
  readonly citations: Readonly<Record<string, Citation>>;
  readonly parameters: PolicyParameters;
  /** Each placement target, by id: profile and dated requirements. */
  readonly targets: Readonly<Record<string, PolicyTarget>>;
}
