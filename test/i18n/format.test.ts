import { formatReason, LOCALES } from "sentra-vokasi";

const ID_MESSAGES = LOCALES.id.reasons;
const EN_MESSAGES = LOCALES.en.reasons;

import { isReasonCode, REASON_CODES, type ReasonParams } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { REASON_DOCS } from "../../src/i18n/docs.js";

/** One example of params per code (src/i18n/docs.ts): a new code without one fails to compile. */
const SAMPLES = Object.fromEntries(Object.entries(REASON_DOCS).map(([code, doc]) => [code, doc.example])) as {
  [C in keyof ReasonParams]: ReasonParams[C];
};

describe("formatReason", () => {
  it("has a message for every code in both languages (parity)", () => {
    expect(Object.keys(ID_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
    expect([...REASON_CODES].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it("renders every code in id and en (snapshot for review)", () => {
    const rendered = REASON_CODES.map((code) => {
      const r = { code, outcome: "fail" as const, params: SAMPLES[code] };
      return { code, id: formatReason(r, "id"), en: formatReason(r, "en") };
    });
    for (const row of rendered) {
      expect(row.id).not.toContain("undefined");
      expect(row.en).not.toContain("undefined");
      expect(row.id).not.toBe(row.en);
    }
    expect(rendered).toMatchSnapshot();
  });

  it("renders an unknown code as the code and its params, and never throws", () => {
    expect(formatReason({ code: "FUTURE_CODE", outcome: "unknown", params: { a: 1 } }, "id")).toBe("FUTURE_CODE (a=1)");
    expect(formatReason({ code: "X", outcome: "fail", params: {} }, "en")).toBe("X");
    expect(
      formatReason({ code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 1, min: 2 } }, "fr" as never),
    ).toBe("Usia 1 tahun di bawah batas minimal 2 tahun."); // an unknown locale is Indonesian, never silently English
    expect(() => formatReason(null as never, "en")).not.toThrow();
  });

  it("recognises its own codes only", () => {
    expect(isReasonCode("AGE_BELOW_MINIMUM")).toBe(true);
    expect(isReasonCode("toString")).toBe(false);
    expect(isReasonCode(42)).toBe(false);
  });
});
