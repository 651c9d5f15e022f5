/**
 * UU 18/2017 Pasal 13 huruf a (a married candidate attaches the buku nikah) and UU 24/2013
 * Pasal 64 ayat (7) (the KTP-el is valid for life): DOMAIN.md §10.
 */
import fc from "fast-check";
import { assessReadiness, type CalendarDate, targetRequirements } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";

const asOf = "2026-12-01" as CalendarDate;
const JP = "JP-SSW-CAREGIVING";
const base = candidateFor(targetRequirements(JP, { asOf })._unsafeUnwrap(), [0.5]);
const marriageBook = { kind: "MARRIAGE_BOOK" as const, issuedOn: "2024-05-01" as CalendarDate };

describe("the buku nikah of UU 18/2017 Pasal 13 huruf a", () => {
  it("is asked of a married candidate only", () => {
    const married = assessReadiness({ ...base, maritalStatus: "MARRIED" }, { asOf, target: JP });
    expect(married.gaps).toEqual([
      { code: "DOCUMENT_MISSING", component: "documents", params: { kind: "MARRIAGE_BOOK" } },
    ]);
    const withBook = { ...base, maritalStatus: "MARRIED" as const, documents: [...base.documents, marriageBook] };
    expect(assessReadiness(withBook, { asOf, target: JP }).status).toBe("ready");
    for (const status of ["SINGLE", "DIVORCED", "WIDOWED"] as const) {
      expect(assessReadiness({ ...base, maritalStatus: status }, { asOf, target: JP }).status, status).toBe("ready");
    }
  });

  it("is unknown when the marital status is not recorded, and says so", () => {
    const { maritalStatus: _, ...unknownStatus } = { ...base, maritalStatus: "SINGLE" as const };
    const r = assessReadiness(unknownStatus, { asOf, target: JP });
    expect(r.gaps).toEqual([
      { code: "MARITAL_STATUS_UNKNOWN", component: "documents", params: { kinds: "MARRIAGE_BOOK" } },
    ]);
    expect(targetRequirements(JP, { asOf })._unsafeUnwrap().ifMarried).toEqual({
      placement: ["MARRIAGE_BOOK"],
      departure: ["MARRIAGE_BOOK"],
    });
  });
});

describe("the KTP-el is valid for life (UU 24/2013)", () => {
  it("a past date printed on a KTP is not a gap, and no action says to renew it", () => {
    const old = {
      ...base,
      maritalStatus: "SINGLE" as const,
      documents: base.documents.map((d) => (d.kind === "KTP" ? { ...d, expiresOn: "2017-01-01" as CalendarDate } : d)),
    };
    const r = assessReadiness(old, { asOf, target: JP });
    expect(r.status).toBe("ready");
    expect(r.gaps.some((g) => g.params.kind === "KTP")).toBe(false);
  });

  it("law: any date printed on a KTP changes nothing, for any target and day", () => {
    fc.assert(
      fc.property(targetId, recentDate, slack, fc.integer({ min: -4000, max: 4000 }), (target, day, s, shift) => {
        const c = candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s);
        const printed = {
          ...c,
          documents: c.documents.map((d) =>
            d.kind === "KTP" ? { ...d, expiresOn: `${2000 + Math.abs(shift % 50)}-01-01` as CalendarDate } : d,
          ),
        };
        expect(assessReadiness(printed, { asOf: day, target })).toEqual(assessReadiness(c, { asOf: day, target }));
      }),
      { numRuns: 60 },
    );
  });
});
