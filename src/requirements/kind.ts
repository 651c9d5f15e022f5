import type * as z from "zod";
import type { Candidate } from "../candidate/types.js";
import type { AllGapParams, AllReasonParams, GapCode, ReasonCode } from "../core/codes.js";
import type { CalendarDate } from "../core/date.js";
import type { Gap, Verdict } from "../core/verdict.js";
import type { ComponentName, DocumentKind, Education, Gate } from "../core/vocabulary.js";
import type { Locale, LocalizedText } from "../i18n/locale.js";
import type {
  LanguageRequirement,
  ParameterVersion,
  Policy,
  RequirementKindId,
  RequirementValues,
  TargetProfileData,
} from "../policy/types.js";

/**
 * The order of gaps, as data: what blocks longest comes first, so that the first gap is the real
 * next step. Each code declares its class (its `urgency`); two rules of the gap decide over it: a
 * permanent code without `from` is a `blocker`, and any gap with `from` (fixed by time alone on
 * that day) is a `time` wait. Gaps are sorted by class, then waits by `from`, latest first (the
 * wait that blocks longest), then the heavier component first, then in evaluation order.
 *
 * | Rank | Class | Why there |
 * |---|---|---|
 * | 0 | `blocker` | permanent for this target: nothing else matters |
 * | 1 | `time` | a wait until a day (an 18th birthday, a moratorium's end): nothing brings it closer |
 * | 2 | `data` | a fact of the record is missing or wrong; a blocker or a wait may hide behind it |
 * | 3 | `education` | a school level: years |
 * | 4 | `skill` | training, then a competency assessment or a scheme test: months |
 * | 5 | `language` | a course, a test sitting and its results: months |
 * | 6 | `documents` | KTP, passport, SKCK…: days to weeks, some need others first |
 * | 7 | `health` | a medical check holds a few months: taken late, so it still holds |
 * | 8 | `orientation` | pre-departure orientation (OPP), just before leaving |
 *
 * @example
 * ```ts
 * URGENCY_RANK.time < URGENCY_RANK.documents; // true: the 18th birthday before the KTP
 * URGENCY_RANK.education < URGENCY_RANK.health; // true: school before the colour-vision test
 * ```
 */
export const URGENCY_RANK = {
  blocker: 0,
  time: 1,
  data: 2,
  education: 3,
  skill: 4,
  language: 5,
  documents: 6,
  health: 7,
  orientation: 8,
} as const;

/** An urgency class; see {@link URGENCY_RANK}. */
export type Urgency = keyof typeof URGENCY_RANK;

/**
 * What a reason or gap code means for readiness: its urgency class, and whether a failing
 * reason with it is **permanent** (no action fixes it for the target, and time only where the
 * verdict says `validFrom`): one permanent failure makes the candidate `ineligible`.
 *
 * @example
 * ```ts
 * const spec: CodeSpec = { urgency: "blocker", permanent: true };
 * ```
 */
export interface CodeSpec {
  readonly urgency: Urgency;
  readonly permanent?: boolean;
}

/**
 * The fields built-in kinds contribute to `targetRequirements`' checklist. A built-in kind whose
 * checklist returns a field not declared here fails to compile.
 */
export interface TargetChecklist {
  /** Present while a placement moratorium is in force: since when, and under which citation. */
  readonly closed?: { readonly since: CalendarDate; readonly basis: string };
  /** `min` includes the national minimum abroad; `judgedAt` when the age is judged at application. */
  readonly age?: { readonly min: number; readonly max?: number; readonly judgedAt?: "application" | "assessment" };
  /** The sexes the scheme admits, when it does not admit both. */
  readonly sex?: readonly ("F" | "M")[];
  /** Minimum education, when there is one. */
  readonly education?: Education;
  /** Every group must hold; within a group, any one. */
  readonly language?: readonly (readonly LanguageRequirement[])[];
  /** Units a valid competency certificate must cover, and pass/fail scheme tests. */
  readonly skill?: { readonly units: readonly string[]; readonly skillTests: readonly string[] };
  /** How recent a fit medical check must be; absent only for a target that asks for none. */
  readonly medical?: RequirementValues["medical"];
  readonly passport?: { readonly minValidityMonths: number };
  /** Documents per gate; `departure` includes `placement`. */
  readonly documents?: { readonly placement: readonly DocumentKind[]; readonly departure: readonly DocumentKind[] };
  /** `true` when pre-departure orientation (OPP) is required at the departure gate. */
  readonly orientation?: boolean;
  /** A female candidate's pregnancy test at most this many days before departure. */
  readonly pregnancyTestWithinDays?: number;
  /** Documents asked of a married candidate only (the buku nikah), per gate. */
  readonly ifMarried?: { readonly placement: readonly DocumentKind[]; readonly departure: readonly DocumentKind[] };
}

/**
 * What a kind's evaluation sees on the day it judges: the day, the target and its profile, the
 * gate, the policy, and the version of the kind's own requirement in force that day (its
 * `value`, `basis` citation, `from`, `until`, `confirmed`).
 */
export interface RequirementContext<V> {
  /** The day judged (the framework also judges later days, for the verdict's window). */
  readonly day: CalendarDate;
  readonly target: string;
  readonly profile: TargetProfileData;
  readonly gate: Gate;
  readonly policy: Policy;
  /** The day the candidate applied or registered for the target, when the caller knows it. */
  readonly appliedOn?: CalendarDate | undefined;
  /** The version of this kind's requirement in force on `day`. */
  readonly version: ParameterVersion<V>;
  /** The version of another requirement of the same target in force on `day`, if any. */
  readonly requirement: <K extends RequirementKindId>(kind: K) => ParameterVersion<RequirementValues[K]> | undefined;
}

/**
 * A kind's messages in one locale: a sentence for each reason code, and optionally an action
 * for each gap code (a gap without an action renders as its reason).
 */
export interface KindMessages<C extends string> {
  /** A sentence per reason code, from its params. */
  readonly reasons: { readonly [K in C]?: (p: KindReasonParams<K>) => string };
  /** An action per gap code, from its params; `l` is the locale rendering it, for names. */
  readonly actions?: { readonly [K in C]?: (p: KindGapParams<K>, l: Locale) => string };
}

/** Params of a reason code: typed for the library's codes and a caller's declared ones (see `CustomReasonParams`). */
export type KindReasonParams<K extends string> = K extends ReasonCode
  ? AllReasonParams[K]
  : Readonly<Record<string, string | number | boolean>>;
/** Params of a gap code: typed for the library's codes and a caller's declared ones (see `CustomGapParams`). */
export type KindGapParams<K extends string> = K extends GapCode
  ? AllGapParams[K]
  : Readonly<Record<string, string | number | boolean>>;

/**
 * A requirement kind: everything the library needs to know about one kind of rule, in one
 * declaration. The built-in kinds are `age`, `education`, `open`, `skill`, `language`,
 * `medical`, `passport`, `documents` and `orientation` (plus the national minimum age, which
 * every target abroad meets); a caller registers its own with `registerRequirementKind`.
 *
 * - `id`: the key of its requirement in a target's `requirements`;
 * - `component`: the readiness component it feeds; `gates`: the gates it applies at;
 * - `schema`: the zod schema of its parameter's value (checked by `definePolicy`);
 * - `codes`: every reason and gap code it emits, with urgency and permanence;
 * - `messages`: its reasons and actions per locale tag (`id`, `en`, …);
 * - `evaluate`: its verdicts on one day. Dated evaluation across policy changes (the verdicts'
 *   `validFrom` / `validUntil`) and the missing-parameter case are handled by the library.
 *
 * @example
 * ```ts
 * const height = defineRequirementKind({ id: "minimumHeight", component: "health", … });
 * ```
 */
export interface RequirementKind<Id extends string = string, V = unknown, C extends string = string> {
  readonly id: Id;
  /** The rule id of its verdicts (and of a missing-parameter verdict), for example `"placement.education"`. */
  readonly rule: string;
  readonly component: ComponentName;
  readonly gates: readonly Gate[];
  readonly description: LocalizedText;
  readonly schema: z.ZodType<V>;
  readonly codes: { readonly [K in C]: CodeSpec };
  readonly messages: { readonly [tag: string]: KindMessages<NoInfer<C>> };
  /** Judges the candidate on `ctx.day`. Never throws; return `[]` when nothing applies. */
  evaluate(candidate: Candidate, ctx: RequirementContext<V>): readonly Verdict[];
  /** Gaps of one of its verdicts, when the library's default (one per failing leaf reason) does not fit. */
  gaps?(verdict: Verdict, component: ComponentName): readonly Gap[];
  /**
   * What the kind adds to `targetRequirements`' checklist on a day (for example
   * `{ passport: { minValidityMonths: 6 } }`). Without it, the value is listed under `other`.
   */
  checklist?(ctx: RequirementContext<V>): TargetChecklist;
  /** `true` for a kind every target meets without listing it (the national minimum age). Built-in only. */
  readonly national?: boolean;
}

/**
 * The version a national kind (or a pseudo-kind of the library) sees: it has no parameter of
 * the target's own, and reads the national parameters itself. Internal.
 */
export function noParameter(day: CalendarDate): ParameterVersion<unknown> {
  return { from: day, value: null, basis: "", confirmed: true };
}

/** Any requirement kind, whatever its parameter and codes. */
export type AnyRequirementKind = RequirementKind<string, unknown, string>;

/**
 * Declares a requirement kind with its types inferred: a typed identity (no registration; see
 * `registerRequirementKind`). Never throws.
 *
 * @example
 * ```ts
 * const minimumHeight = defineRequirementKind({
 *   id: "minimumHeight", rule: "placement.height", component: "eligibility", gates: ["placement", "departure"],
 *   description: { id: "Tinggi badan minimal", en: "Minimum height" },
 *   schema: z.strictObject({ minCm: z.number() }),
 *   codes: { HEIGHT_BELOW_MINIMUM: { urgency: "blocker", permanent: true } },
 *   messages: { en: { reasons: { HEIGHT_BELOW_MINIMUM: (p) => `Height ${p.heightCm} cm < ${p.min} cm.` } } },
 *   evaluate: (c, ctx) => [],
 * });
 * ```
 */
export function defineRequirementKind<Id extends string, V, C extends string>(
  kind: RequirementKind<Id, V, C>,
): RequirementKind<Id, V, C> {
  return kind;
}
