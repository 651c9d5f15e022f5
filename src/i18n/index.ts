export { formatGap, formatIssue, formatReason, LOCALES, resolveLocale } from "./format.js";
export type { CompleteLocale, Locale, LocalizedText } from "./locale.js";
