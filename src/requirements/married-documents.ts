import * as z from "zod";
import { makeReason, makeVerdict } from "../core/verdict.js";
import { DOCUMENT_KINDS } from "../core/vocabulary.js";
import { resolveParameter } from "../policy/resolve.js";
import { checkDocuments } from "./documents.js";
import { defineRequirementKind } from "./kind.js";
import { BUILT_IN_MESSAGES } from "./messages.js";

const kinds = z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length);

/**
 * Documents required only of a married candidate (UU 18/2017 Pasal 13 huruf a: a copy of the
 * buku nikah with the marital status letter): judged like the other documents when
 * `maritalStatus` is `MARRIED`, not asked otherwise, and `unknown` (`MARITAL_STATUS_UNKNOWN`)
 * when the record has no marital status.
 */
export const marriedDocumentsKind = defineRequirementKind({
  id: "marriedDocuments",
  rule: "documents.marriage",
  component: "documents",
  gates: ["placement", "departure"],
  description: { id: "Dokumen bagi calon yang menikah", en: "Documents of a married candidate" },
  schema: z
    .strictObject({ placement: kinds, departure: kinds })
    .refine((g) => g.placement.every((k) => g.departure.includes(k)), {
      error: "INVALID_DOCUMENT_GATES",
      path: ["departure"],
    }),
  codes: {
    MARITAL_STATUS_UNKNOWN: { urgency: "data" },
    DOCUMENT_PRESENT: { urgency: "documents" },
    DOCUMENT_MISSING: { urgency: "documents" },
    DOCUMENT_EXPIRED: { urgency: "documents" },
  },
  messages: BUILT_IN_MESSAGES,
  checklist: (ctx) => ({ ifMarried: ctx.version.value }),
  evaluate(c, ctx) {
    const required = ctx.version.value[ctx.gate];
    const basis = ctx.version.basis;
    if (required.length === 0) return [];
    const status = c?.maritalStatus;
    if (status === undefined) {
      return [
        makeVerdict("documents.maritalStatus", "unknown", [
          makeReason("MARITAL_STATUS_UNKNOWN", "unknown", { kinds: required.join(",") }, basis),
        ]),
      ];
    }
    if (status !== "MARRIED") return [];
    const lifelong = resolveParameter(ctx.policy, "lifelongDocuments", ctx.day)?.value ?? [];
    return checkDocuments(c, ctx.day, required, 0, basis, basis, lifelong).children ?? [];
  },
});
