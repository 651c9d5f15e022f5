/**
 * Open Badges fields longer than the certificate record holds are cut to its limits (scheme
 * code 64, issuer 200, credential id 500; an ignored alignment's code 64 and framework 200),
 * never refused and never passed on whole. A credential that throws when read is refused.
 */
import fc from "fast-check";
import { importOpenBadgeCredential } from "sentra-vokasi";
import { describe, expect, it } from "vitest";

const credential = (f: { scheme: string; issuer: string; id: string; code: string; framework: string }) => ({
  id: f.id,
  type: ["VerifiableCredential", "OpenBadgeCredential"],
  issuer: { id: "https://lsp.example/1", name: f.issuer },
  validFrom: "2026-07-01T00:00:00Z",
  credentialSubject: {
    achievement: {
      humanCode: f.scheme,
      alignment: [
        { targetCode: "C.24LAS01.001.1", targetFramework: "SKKNI 98/2018" },
        { targetCode: f.code, targetFramework: f.framework },
      ],
    },
  },
});

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s !== "");

describe("long fields of a credential", () => {
  it("are cut to the record's limits", () => {
    const r = importOpenBadgeCredential(
      credential({
        scheme: "S".repeat(80),
        issuer: "I".repeat(250),
        id: `urn:${"x".repeat(600)}`,
        code: "C".repeat(70),
        framework: `ESCO ${"f".repeat(300)}`,
      }),
    )._unsafeUnwrap();
    expect(r.certificate.schemeCode).toBe("S".repeat(64));
    expect(r.certificate.issuer).toBe("I".repeat(200));
    expect(r.credentialId).toBe(`urn:${"x".repeat(496)}`);
    expect(r.ignoredAlignments).toEqual([
      {
        path: ["credentialSubject", "achievement", "alignment", 1],
        targetCode: "C".repeat(64),
        targetFramework: `ESCO ${"f".repeat(195)}`,
      },
    ]);
  });

  it("law: each field is the longest prefix of the original within its limit", () => {
    fc.assert(
      fc.property(text(90), text(260), text(620), text(90), text(260), (scheme, issuer, id, code, framework) => {
        fc.pre(!/skkni|standar kompetensi kerja nasional indonesia/i.test(framework));
        const r = importOpenBadgeCredential(credential({ scheme, issuer, id, code, framework }))._unsafeUnwrap();
        expect(r.certificate.schemeCode).toBe(scheme.slice(0, 64));
        expect(r.certificate.issuer).toBe(issuer.slice(0, 200));
        expect(r.credentialId).toBe(id.slice(0, 500));
        expect(r.ignoredAlignments[0]?.targetCode).toBe(code.slice(0, 64));
        expect(r.ignoredAlignments[0]?.targetFramework).toBe(framework.slice(0, 200));
      }),
      { numRuns: 50 },
    );
  }, 10_000);
});

describe("a credential that throws when read", () => {
  it("is refused as not a plain JSON object, never thrown", () => {
    const hostile = {
      get type(): string {
        throw new Error("boom");
      },
    };
    expect(importOpenBadgeCredential(hostile)._unsafeUnwrapErr()).toEqual({
      code: "INVALID_CREDENTIAL",
      issues: [{ path: [], code: "NOT_AN_OBJECT", message: "Expected a plain JSON object." }],
    });
  });
});
