import * as z from "zod";
import type { Candidate, CandidateDocument, DocumentKind } from "../candidate/types.js";
import { addDays, addMonths, type CalendarDate, isCalendarDate } from "../core/date.js";
import { allOf, anyOf, makeReason, makeVerdict, type Verdict } from "../core/verdict.js";
import { DOCUMENT_KINDS } from "../core/vocabulary.js";
import { resolveParameter } from "../policy/resolve.js";
import { type CodeSpec, defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

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
 * a passport too close to expiry `PASSPORT_VALIDITY_TOO_SHORT`.
 */
export function checkDocuments(
  c: Candidate,
  asOf: CalendarDate,
  kinds: readonly DocumentKind[],
  passportMonths: number,
  basis: string,
  passportBasis: string,
  lifelong: readonly string[] = [],
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
    // A document valid for life (the KTP-el) is judged without the date printed on it.
    const forLife = lifelong.includes(kind);
    return anyOf(
      rule,
      held.map((x) => {
        const { expiresOn: _printed, ...undated } = x;
        return judge(forLife ? undated : x, asOf, passportMonths, b, rule);
      }),
    );
  });
  return allOf("documents", children);
}

const DOCUMENT_CODES = {
  DOCUMENT_PRESENT: { urgency: "documents" },
  DOCUMENT_MISSING: { urgency: "documents" },
  DOCUMENT_EXPIRED: { urgency: "documents" },
  PASSPORT_VALIDITY_TOO_SHORT: { urgency: "documents" },
  PASSPORT_EXPIRY_UNKNOWN: { urgency: "data" },
} as const satisfies Record<string, CodeSpec>;

const documentKinds = z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length * 2);

/**
 * The documents of each gate (UU 18/2017 Pasal 13 and the registration documents; `departure`
 * includes `placement`). A passport among them also needs the target's `passport` validity.
 */
export const documentsKind = defineRequirementKind({
  id: "documents",
  rule: "documents",
  component: "documents",
  gates: ["placement", "departure"],
  description: { id: "Dokumen per tahap", en: "Documents per gate" },
  schema: z
    .strictObject({ placement: documentKinds, departure: documentKinds })
    .refine((g) => g.placement.every((k) => g.departure.includes(k)), {
      error: "INVALID_DOCUMENT_GATES",
      path: ["departure"],
    }),
  codes: DOCUMENT_CODES,
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ documents: ctx.version.value }),
  evaluate(c, ctx) {
    const passport = ctx.requirement("passport");
    const docs = ctx.version;
    const months = passport?.value.minValidityMonths ?? 0;
    const lifelong = resolveParameter(ctx.policy, "lifelongDocuments", ctx.day)?.value ?? [];
    const kinds = docs.value[ctx.gate];
    return (
      checkDocuments(c, ctx.day, kinds, months, docs.basis, passport?.basis ?? docs.basis, lifelong).children ?? []
    );
  },
});

/**
 * The minimum remaining validity of the passport on the day judged. It has no verdict of its
 * own: the `documents` kind applies it to the passport it requires.
 */
export const passportKind = defineRequirementKind({
  id: "passport",
  rule: "documents.PASSPORT",
  component: "documents",
  gates: ["placement", "departure"],
  description: { id: "Sisa masa berlaku paspor minimal (bulan)", en: "Minimum remaining passport validity (months)" },
  schema: z.strictObject({ minValidityMonths: z.number().int().min(0).max(120) }),
  codes: DOCUMENT_CODES,
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ passport: ctx.version.value }),
  evaluate: () => [],
});
