import type {
  AllGapParams,
  AllReasonParams,
  GapParams as BuiltInGapParams,
  GapCode,
  IssueCode,
  IssueParams,
  LocaleTag,
  ReasonCode,
  ReasonParams,
} from "../core/codes.js";
import type { DocumentKind } from "../core/vocabulary.js";

/** A renderer of reason code `C`'s params. */
export type ReasonMessage<C extends ReasonCode> = (p: AllReasonParams[C]) => string;
/** A renderer of gap code `C` as an action; `l` is the locale rendering it (for names). */
export type ActionMessage<C extends GapCode> = (p: AllGapParams[C], l: Locale) => string;

/** One message per built-in reason code: a complete locale has them all (a missing one fails to compile). */
export type ReasonMessages = { readonly [C in keyof ReasonParams]: (p: ReasonParams[C]) => string };
/** One action per built-in gap code. */
export type ActionMessages = { readonly [C in keyof BuiltInGapParams]: (p: BuiltInGapParams[C], l: Locale) => string };
/** One message per issue code of parsing and policy validation. */
export type IssueMessages = { readonly [C in IssueCode]: (p: IssueParams[C]) => string };

/** The sentences of an explanation and of the CLI that are not reasons or actions. */
export interface LocaleText {
  readonly status: { readonly ready: string; readonly not_ready: string; readonly ineligible: string };
  readonly gate: { readonly placement: string; readonly departure: string };
  /** The first line of `explainReadiness`. */
  readonly headline: (p: { status: string; target: string; gate: string; asOf: string; score: number }) => string;
  /** The line of `explainReadiness` for `readyFrom`. */
  readonly readyFrom: (day: string) => string;
  /** The line of `explainReadiness` for `validUntil`. */
  readonly validUntil: (day: string) => string;
  /** The word between alternatives: " atau ", " or ". */
  readonly or: string;
  /** The word for a person's sex as recorded. */
  readonly sex: { readonly F: string; readonly M: string };
}

/** Names a message uses: documents, language tests, examination aspects. */
export interface LocaleNames {
  readonly documents: { readonly [K in DocumentKind]: string };
  readonly tests: Readonly<Record<string, string>>;
  readonly aspects: { readonly medical: string; readonly psychological: string };
  /** Titles of the pass/fail scheme tests (`SKILL_TEST` certificates), by test id. */
  readonly skillTests: Readonly<Record<string, string>>;
  /** Country names by ISO 3166-1 alpha-2 code. */
  readonly countries: Readonly<Record<string, string>>;
}

/**
 * A locale as a value: every message of the library in one language. The built-in `id` and
 * `en` are complete ({@link CompleteLocale}); a caller's locale may be partial and names its
 * `fallback`, which answers whatever it lacks (and its fallback after it). Nothing falls back to
 * English unless the caller says so. Target and track titles are read from their `title[tag]`.
 *
 * @example
 * ```ts
 * const ja: Locale = {
 *   tag: "ja",
 *   fallback: LOCALES.id,
 *   text: { status: { ready: "準備完了", not_ready: "準備中", ineligible: "対象外" } },
 * };
 * formatReason(reason, ja);
 * ```
 */
export interface Locale {
  /** A BCP 47 language tag: `"id"`, `"en"`, `"ja"`. */
  readonly tag: string;
  /** Answers what this locale lacks. */
  readonly fallback?: Locale;
  readonly reasons?: { readonly [C in ReasonCode]?: ReasonMessage<C> };
  readonly actions?: { readonly [C in GapCode]?: ActionMessage<C> };
  readonly issues?: Partial<IssueMessages>;
  readonly text?: Partial<LocaleText>;
  readonly names?: {
    readonly documents?: Partial<LocaleNames["documents"]>;
    readonly tests?: Readonly<Record<string, string>>;
    readonly aspects?: Partial<LocaleNames["aspects"]>;
    readonly skillTests?: Readonly<Record<string, string>>;
    readonly countries?: Readonly<Record<string, string>>;
  };
}

/** A locale with every message of the library: what the built-in `id` and `en` are. */
export interface CompleteLocale extends Locale {
  readonly tag: LocaleTag | (string & {});
  readonly reasons: ReasonMessages;
  readonly actions: ActionMessages;
  readonly issues: IssueMessages;
  readonly text: LocaleText;
  readonly names: LocaleNames;
}

/** The locales a chain walks: `l`, its fallback, that one's fallback… (at most 16; a cycle stops). */
export function localeChain(l: Locale): readonly Locale[] {
  const out: Locale[] = [];
  let cur: Locale | undefined = l;
  while (cur !== undefined && typeof cur === "object" && out.length < 16 && !out.includes(cur)) {
    out.push(cur);
    cur = cur.fallback;
  }
  return out;
}

/** The first answer of `get` along the locale chain, or `undefined`. */
export function lookup<T>(l: Locale, get: (x: Locale) => T | undefined): T | undefined {
  for (const x of localeChain(l)) {
    const v = get(x);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Reads own properties only, so a code named like `toString` finds nothing. */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && typeof table === "object" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Text in the library's languages: at least Indonesian and English, and any other tag a
 * caller adds (`ja`, `jv`, …).
 *
 * @example
 * ```ts
 * const title: LocalizedText = { id: "Kebijakan Banten", en: "Banten policy" };
 * ```
 */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
  readonly [tag: string]: string;
}

/**
 * `text` in `l`: its own tag, else each fallback's tag; Indonesian when no tag of the chain has
 * a text (the library's first language).
 */
export function localized(text: LocalizedText | undefined, l: Locale): string {
  if (text === undefined || text === null || typeof text !== "object") return "";
  for (const x of localeChain(l)) {
    const v = own(text as Record<string, string>, x.tag);
    if (typeof v === "string") return v;
  }
  return typeof text.id === "string" ? text.id : "";
}

/** The name of a document kind in `l` (the kind itself when no locale of the chain names it). */
export function documentName(kind: string, l: Locale): string {
  return lookup(l, (x) => own(x.names?.documents as Record<string, string> | undefined, kind)) ?? kind;
}

/** The usual written name of a language test (`JFT_BASIC` → `JFT-Basic`). */
export function testName(test: string, l: Locale): string {
  return lookup(l, (x) => own(x.names?.tests, test)) ?? test;
}

/** The name of an examination aspect (`medical`, `psychological`) in `l`. */
export function aspectName(aspect: string, l: Locale): string {
  return lookup(l, (x) => own(x.names?.aspects as Record<string, string> | undefined, aspect)) ?? aspect;
}
