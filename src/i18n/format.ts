import type { IssueCode, LocaleTag, ReasonCode, ReasonParams } from "../core/codes.js";
import type { Issue } from "../core/issues.js";
import type { Gap, Reason } from "../core/verdict.js";
import { EN } from "./en.js";
import { ID } from "./id.js";
import { kindMessage } from "./kind-messages.js";
import { type CompleteLocale, type Locale, localeChain, lookup, own } from "./locale.js";

type Params = Readonly<Record<string, string | number | boolean>>;
type Render = (p: Params, l: Locale) => string;

/**
 * The built-in locales by tag: Bahasa Indonesia (`id`, the library's first language) and
 * English (`en`). Each is complete: it has a message for every code.
 *
 * @example
 * ```ts
 * formatReason(reason, LOCALES.en) === formatReason(reason, "en"); // true
 * ```
 */
export const LOCALES: { readonly id: CompleteLocale; readonly en: CompleteLocale } = { id: ID, en: EN };

/**
 * The locale an argument names: a locale object as given, `"id"` or `"en"` as the built-in
 * ones. Anything else is Indonesian, the library's first language (never silently English).
 *
 * @example
 * ```ts
 * resolveLocale("en").tag; // "en"
 * resolveLocale(myJapanese).tag; // "ja"
 * ```
 */
export function resolveLocale(locale: Locale | LocaleTag | undefined): Locale {
  if (locale === "en") return EN;
  if (typeof locale === "object" && locale !== null && typeof locale.tag === "string") return locale;
  return ID;
}

/**
 * The renderer of a reason code along the locale chain: each locale's reasons, then the
 * messages of registered kinds in its tag, then its issue messages (a reason may carry an issue
 * code, such as `INVALID_DATE`), before the next locale of the chain.
 */
function reasonRenderer(code: string, l: Locale): Render | undefined {
  for (const x of localeChain(l)) {
    const own_ = own(x.reasons as Record<string, Render | undefined> | undefined, code);
    if (typeof own_ === "function") return own_;
    const kind = kindMessage(x.tag, "reasons", code);
    if (kind !== undefined) return kind;
    const issue = own(x.issues as Record<string, Render | undefined> | undefined, code);
    if (typeof issue === "function") return issue;
  }
  return undefined;
}

function actionRenderer(code: string, l: Locale): Render | undefined {
  for (const x of localeChain(l)) {
    const own_ = own(x.actions as Record<string, Render | undefined> | undefined, code);
    if (typeof own_ === "function") return own_;
    const kind = kindMessage(x.tag, "actions", code);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

function raw(code: unknown, params: Params): string {
  const shown = Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");
  return shown.length > 0 ? `${String(code)} (${shown})` : String(code);
}

function paramsOf(x: { readonly params?: unknown } | undefined): Params {
  const p = x?.params;
  return typeof p === "object" && p !== null ? (p as Params) : {};
}

/**
 * Renders a reason as a sentence in a locale, from its code and params (prose is never stored).
 * `locale` is a locale object or the tag of a built-in one (`"id"`, `"en"`); a partial locale's
 * missing messages come from its fallback. An issue code (`INVALID_DATE`) renders as the
 * locale's issue message. A code no locale of the chain knows (a newer library's, or a caller's
 * kind not registered) renders as the code and its params. Never throws.
 *
 * @example
 * ```ts
 * formatReason({ code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 14, min: 15 } }, "id");
 * // "Usia 14 tahun di bawah batas minimal 15 tahun."
 * ```
 */
export function formatReason(r: Reason, locale: Locale | LocaleTag): string {
  const l = resolveLocale(locale);
  const code = r?.code;
  const params = paramsOf(r);
  const render = typeof code === "string" ? reasonRenderer(code, l) : undefined;
  return render === undefined ? raw(code, params) : render(params, l);
}

/**
 * A gap as an action a counsellor can read aloud, in a locale (an object or `"id"` / `"en"`).
 * A gap code without an action renders as its reason, and as the raw code when no locale of
 * the chain knows it. Never throws.
 *
 * @example
 * ```ts
 * formatGap({ code: "DOCUMENT_MISSING", component: "documents", params: { kind: "PASSPORT" } }, "id");
 * // "Lengkapi paspor."
 * ```
 */
export function formatGap(gap: Gap, locale: Locale | LocaleTag): string {
  const l = resolveLocale(locale);
  const code = gap?.code;
  const params = paramsOf(gap);
  if (typeof code !== "string") return raw(code, params);
  const render = actionRenderer(code, l) ?? reasonRenderer(code, l);
  return render === undefined ? raw(code, params) : render(params, l);
}

/**
 * An issue of parsing or of policy validation as a sentence in a locale, from its code and
 * params (the English `message` it carries is the same as `formatIssue(issue, "en")` for the
 * library's codes). The path is not included: show it beside. Never throws.
 *
 * @example
 * ```ts
 * formatIssue({ path: ["birthDate"], code: "INVALID_DATE", message: "…" }, "id");
 * // "Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05."
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale | LocaleTag): string {
  const l = resolveLocale(locale);
  const code = issue?.code;
  const params = paramsOf(issue);
  if (typeof code === "string") {
    const render = lookup(l, (x) => own(x.issues as Record<string, Render | undefined> | undefined, code));
    if (typeof render === "function") return render(params, l);
  }
  return typeof issue?.message === "string" && issue.message !== "" ? issue.message : raw(code, params);
}

/**
 * Every reason code of the library, in the order of the documentation table.
 *
 * @example
 * ```ts
 * REASON_CODES.includes("AGE_BELOW_MINIMUM"); // true
 * ```
 */
export const REASON_CODES = Object.keys(EN.reasons) as readonly (keyof ReasonParams)[];

/** Every gap code of the library with an action message. */
export const GAP_CODES = Object.keys(EN.actions) as readonly string[];

/**
 * Every issue code: of parsing, of policy and requirement-kind validation, of the Open Badges
 * importer and of reading an officer's file (CSV, JSON lines), in the order of the docs' table.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes("INVALID_DATE"); // true
 * ```
 */
export const ISSUE_CODES = Object.keys(EN.issues) as readonly IssueCode[];

/**
 * True when `code` is one of the library's reason codes.
 *
 * @example
 * ```ts
 * isReasonCode("AGE_BELOW_MINIMUM"); // true
 * ```
 */
export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === "string" && Object.hasOwn(EN.reasons, code);
}
