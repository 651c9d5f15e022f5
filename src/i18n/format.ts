import type { Reason } from "../core/verdict.js";
import type { Locale, ReasonCatalogue, ReasonCode } from "./codes.js";
import { EN_MESSAGES } from "./en.js";
import { ID_MESSAGES } from "./id.js";

const CATALOGUES: Readonly<Record<Locale, ReasonCatalogue>> = { id: ID_MESSAGES, en: EN_MESSAGES };

/**
 * Every reason code of the library, in the order of the documentation table.
 *
 * @example
 * ```ts
 * REASON_CODES.includes("AGE_BELOW_MINIMUM"); // true
 * ```
 */
export const REASON_CODES = Object.keys(EN_MESSAGES) as readonly ReasonCode[];

/**
 * True when `code` is one of the library's reason codes.
 *
 * @example
 * ```ts
 * isReasonCode("AGE_BELOW_MINIMUM"); // true
 * ```
 */
export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === "string" && Object.hasOwn(EN_MESSAGES, code);
}

/**
 * Renders a reason as a sentence in Bahasa Indonesia (`"id"`) or English (`"en"`), from its
 * code and params (prose is never stored). An unknown code, for instance one of a newer
 * version of the library, renders as the code and its params. Never throws; an unsupported
 * locale falls back to English.
 *
 * @example
 * ```ts
 * formatReason({ code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 14, min: 15 } }, "id");
 * // "Usia 14 tahun di bawah batas minimal 15 tahun."
 * ```
 */
export function formatReason(r: Reason, locale: Locale): string {
  const catalogue = CATALOGUES[locale] ?? EN_MESSAGES;
  const code = r?.code;
  const params = (r?.params ?? {}) as Record<string, string | number | boolean>;
  if (isReasonCode(code)) {
    const render = catalogue[code] as (p: Record<string, string | number | boolean>) => string;
    return render(params);
  }
  const shown = Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");
  return shown.length > 0 ? `${String(code)} (${shown})` : String(code);
}
