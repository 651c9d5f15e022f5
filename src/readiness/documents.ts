import type { Candidate, CandidateDocument, DocumentKind } from "../candidate/types.js";
import { addDays, addMonths, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, anyOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";

/** The last day on which `addMonths(day, months) <= expiresOn`: enough remaining validity. */
export function lastDayWithValidity(expiresOn: CalendarDate, months: number): CalendarDate {
  if (months <= 0) return expiresOn;
  let day = addMonths(expiresOn, -months);
  while (addMonths(day, months) > expiresOn) day = addDays(day, -1);
  while (addMonths(addDays(day, 1), months) <= expiresOn) day = addDays(day, 1);
  return day;
}

function judge(
  doc: CandidateDocument,
  asOf: CalendarDate,
  passportMonths: number,
  basis: string,
  rule: string,
): Verdict {
  const kind = doc.kind;
  if (kind === "PASSPORT") {
    if (doc.expiresOn === undefined) {
      return makeVerdict(rule, "unknown", [makeReason("PASSPORT_EXPIRY_UNKNOWN", "unknown", {}, basis)]);
    }
    if (asOf > doc.expiresOn) {
      return makeVerdict(rule, "fail", [
        makeReason("DOCUMENT_EXPIRED", "fail", { kind, lastValidDay: doc.expiresOn }, basis),
      ]);
    }
    const lastDay = lastDayWithValidity(doc.expiresOn, passportMonths);
    if (asOf > lastDay) {
      return makeVerdict(rule, "fail", [
        makeReason(
          "PASSPORT_VALIDITY_TOO_SHORT",
          "fail",
          { minMonths: passportMonths, expiresOn: doc.expiresOn },
          basis,
        ),
      ]);
    }
    return makeVerdict(rule, "pass", [makeReason("DOCUMENT_PRESENT", "pass", { kind }, basis)], {
      validUntil: lastDay,
    });
  }
  if (doc.expiresOn !== undefined && asOf > doc.expiresOn) {
    return makeVerdict(rule, "fail", [
      makeReason("DOCUMENT_EXPIRED", "fail", { kind, lastValidDay: doc.expiresOn }, basis),
    ]);
  }
  return makeVerdict(rule, "pass", [makeReason("DOCUMENT_PRESENT", "pass", { kind }, basis)], {
    validUntil: doc.expiresOn,
  });
}

/**
 * The documents component: each required kind must be held, issued by `asOf` and not expired;
 * a passport also needs `passportMonths` of remaining validity. Several documents of a kind:
 * the best one counts. Missing is `DOCUMENT_MISSING` (unknown); expired `DOCUMENT_EXPIRED`;
 * a passport too close to expiry `PASSPORT_VALIDITY_TOO_SHORT`. Internal.
 */
export function checkDocuments(
  c: Candidate,
  asOf: CalendarDate,
  kinds: readonly DocumentKind[],
  passportMonths: number,
  basis: string,
  passportBasis: string,
): Verdict {
  const docs = (Array.isArray(c?.documents) ? c.documents : []).filter(
    (x) => isCalendarDate(x?.issuedOn) && x.issuedOn <= asOf,
  );
  const children = kinds.map((kind) => {
    const rule = `documents.${kind}`;
    const held = docs.filter((x) => x.kind === kind);
    if (held.length === 0) {
      return makeVerdict(rule, "unknown", [makeReason("DOCUMENT_MISSING", "unknown", { kind }, basis)]);
    }
    const b = kind === "PASSPORT" ? passportBasis : basis;
    return anyOf(
      rule,
      held.map((x) => judge(x, asOf, passportMonths, b, rule)),
    );
  });
  return allOf("documents", children);
}

/**
 * The orientation component (departure gate): OPP, the pre-departure orientation, completed by
 * `asOf` (DOMAIN.md §1.5). Internal.
 */
export function checkOrientation(c: Candidate, asOf: CalendarDate): Verdict {
  const done = c?.orientation?.completedOn;
  return isCalendarDate(done) && done <= asOf
    ? makeVerdict("orientation", "pass", [makeReason("ORIENTATION_COMPLETED", "pass", { completedOn: done })])
    : makeVerdict("orientation", "unknown", [makeReason("ORIENTATION_MISSING", "unknown", {})]);
}
