import type { Locale } from "../i18n/codes.js";
import { formatGap } from "./actions.js";
import type { Readiness } from "./types.js";

const STATUS: Readonly<Record<Locale, Readonly<Record<Readiness["status"], string>>>> = {
  id: { ready: "SIAP", not_ready: "BELUM SIAP", ineligible: "TIDAK MEMENUHI SYARAT" },
  en: { ready: "READY", not_ready: "NOT READY", ineligible: "INELIGIBLE" },
};

const GATE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: { placement: "penempatan", departure: "keberangkatan" },
  en: { placement: "placement", departure: "departure" },
};

/**
 * A short, ordered explanation of a readiness a counsellor can read aloud: the status and
 * score, each gap as an action (most urgent first), and the window. It names no person (not
 * even the caller's id) and no NIK, passport number or name. Never throws.
 *
 * @example
 * ```ts
 * explainReadiness(assessReadiness(c, { asOf, target: "JP-SSW-CAREGIVING" }), "id");
 * // ["BELUM SIAP untuk JP-SSW-CAREGIVING (penempatan) per 2026-11-28, skor 72/100.",
 * //  "1. Lengkapi paspor.", "2. Raih hasil tes bahasa: JFT-Basic ≥ 200 atau JLPT ≥ N4."]
 * ```
 */
export function explainReadiness(r: Readiness, locale: Locale): string[] {
  const l: Locale = locale === "id" ? "id" : "en";
  const status = STATUS[l][r?.status] ?? String(r?.status);
  const gate = GATE[l][r?.gate] ?? String(r?.gate);
  const lines = [
    l === "id"
      ? `${status} untuk ${r?.target} (${gate}) per ${r?.asOf}, skor ${r?.score}/100.`
      : `${status} for ${r?.target} (${gate}) as of ${r?.asOf}, score ${r?.score}/100.`,
  ];
  const gaps = Array.isArray(r?.gaps) ? r.gaps : [];
  gaps.forEach((g, i) => {
    lines.push(`${i + 1}. ${formatGap(g, l)}`);
  });
  if (r?.readyFrom !== undefined) {
    lines.push(
      l === "id"
        ? `Siap mulai ${r.readyFrom} tanpa tindakan lain.`
        : `Ready from ${r.readyFrom} with no further action.`,
    );
  }
  if (r?.validUntil !== undefined) {
    lines.push(l === "id" ? `Kesiapan berlaku sampai ${r.validUntil}.` : `Readiness holds until ${r.validUntil}.`);
  }
  return lines;
}
