/**
 * Browser-safe usage: no Node built-ins, no clock read inside the library. A form in a web page
 * can validate a record as it is typed and show a readiness card. Bundle it with any bundler;
 * the library runs in browsers, workers and edge runtimes alike.
 */
import { assessReadiness, type CalendarDate, explainReadiness, formatReason, parseCandidate } from "sentra-vokasi";

/** What a form shows: field errors, or the readiness lines in the counsellor's language. */
export function readinessCard(
  record: unknown,
  target: string,
  asOf: CalendarDate,
  locale: "id" | "en",
): { readonly ok: boolean; readonly lines: readonly string[] } {
  const parsed = parseCandidate(record);
  if (parsed.isErr()) {
    return { ok: false, lines: parsed.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`) };
  }
  const readiness = assessReadiness(parsed.value, { asOf, target });
  const eligibility = readiness.components[0]?.verdict.reasons.map((r) => formatReason(r, locale)) ?? [];
  return { ok: true, lines: [...explainReadiness(readiness, locale), ...eligibility] };
}
