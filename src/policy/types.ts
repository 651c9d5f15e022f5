import type { CalendarDate } from "../core/date.js";

/**
 * Text in both of the library's languages.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { id: "Kebijakan Banten", en: "Banten policy" };
 * ```
 */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

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
 * Law as versioned data: every figure a rule reads, with its effective dates and citation.
 * Plain JSON. Derive one with `definePolicy`; `DEFAULT_POLICY` ships the sourced values.
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
}
