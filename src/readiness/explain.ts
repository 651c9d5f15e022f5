import type { LocaleTag } from "../core/codes.js";
import { formatGap, resolveLocale } from "../i18n/format.js";
import { type Locale, lookup } from "../i18n/locale.js";
import type { Readiness } from "./types.js";

/**
 * A short, ordered explanation of a readiness a counsellor can read aloud: the status and
 * score, each gap as an action (what blocks longest first, so line 1 is the next step; for an
 * `ineligible` readiness only why, score 0: nothing to do), and the window. `locale` is a locale
 * object or the tag of a built-in one (`"id"`, `"en"`); a partial locale's missing sentences
 * come from its fallback. It names no person (not even the caller's id) and no NIK, passport
 * number or name. Never throws.
 *
 * @example
 * ```ts
 * explainReadiness(assessReadiness(c, { asOf, target: "JP-SSW-CAREGIVING" }), "id");
 * // ["BELUM SIAP untuk JP-SSW-CAREGIVING (penempatan) per 2026-11-28, skor 72/100.",
 * //  "1. Raih hasil tes bahasa: JFT-Basic minimal 200 atau JLPT N4 atau lebih tinggi.", "2. Lengkapi paspor."]
 * ```
 */
export function explainReadiness(r: Readiness, locale: Locale | LocaleTag): string[] {
  const l = resolveLocale(locale);
  const status = lookup(l, (x) => x.text?.status?.[r?.status]) ?? String(r?.status);
  const gate = lookup(l, (x) => x.text?.gate?.[r?.gate]) ?? String(r?.gate);
  const headline = lookup(l, (x) => x.text?.headline);
  const params = { status, target: String(r?.target), gate, asOf: String(r?.asOf), score: Number(r?.score) };
  const lines = [
    headline === undefined
      ? `${status} ${params.target} (${gate}) ${params.asOf}: ${params.score}/100`
      : headline(params),
  ];
  const gaps = Array.isArray(r?.gaps) ? r.gaps : [];
  gaps.forEach((g, i) => {
    lines.push(`${i + 1}. ${formatGap(g, l)}`);
  });
  if (r?.readyFrom !== undefined) {
    const readyFrom = lookup(l, (x) => x.text?.readyFrom);
    lines.push(readyFrom === undefined ? `→ ${r.readyFrom}` : readyFrom(r.readyFrom));
  }
  if (r?.validUntil !== undefined) {
    const validUntil = lookup(l, (x) => x.text?.validUntil);
    lines.push(validUntil === undefined ? `… ${r.validUntil}` : validUntil(r.validUntil));
  }
  return lines;
}
