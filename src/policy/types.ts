import type { CalendarDate } from "../core/date.js";

/** Text in both of the library's languages. */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/**
 * Where a parameter's value comes from: the legal instrument or scheme document, the ids of
 * the sources in the project's domain reference (`DOMAIN.md`, section 9), and the section of
 * that reference.
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
 */
export interface Parameter<T> {
  readonly description: LocalizedText;
  readonly versions: readonly ParameterVersion<T>[];
}

/** An inclusive range of completed years of age. */
export interface AgeRange {
  readonly min: number;
  readonly max: number;
}

/** The parameters of a {@link Policy}, by name. */
export interface PolicyParameters {
  /** Training (trainee) age window, completed years, inclusive. */
  readonly trainingAge: Parameter<AgeRange>;
  /** National minimum age for placement abroad, completed years. */
  readonly placementMinimumAge: Parameter<number>;
}

/** The name of a policy parameter. */
export type ParameterName = keyof PolicyParameters;

/** The value type of parameter `K`. */
export type ParameterValue<K extends ParameterName> = PolicyParameters[K] extends Parameter<infer T> ? T : never;

/**
 * Law as versioned data: every figure a rule reads, with its effective dates and citation.
 * Plain JSON. Derive one with `definePolicy`; `DEFAULT_POLICY` ships the sourced values.
 */
export interface Policy {
  readonly id: string;
  readonly title: LocalizedText;
  readonly citations: Readonly<Record<string, Citation>>;
  readonly parameters: PolicyParameters;
}
