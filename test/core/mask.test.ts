import fc from "fast-check";
import { maskDocumentNumber, maskName, maskNik } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { runs } from "../arbitraries/runs.js";

describe("masking", () => {
  it("masks a NIK to its region and serial", () => {
    expect(maskNik("3674014507050001")).toBe("3674********0001");
  });

  it("masks a passport number to its first and last two characters", () => {
    expect(maskDocumentNumber("X1234567")).toBe("X*****67");
  });

  it("masks a name to initials", () => {
    expect(maskName("Siti Aminah")).toBe("S*** A*****");
    expect(maskName("  Ni  Luh ")).toBe("  N*  L** ");
  });

  it("never throws on odd input", () => {
    expect(maskNik("")).toBe("");
    expect(maskNik(undefined as unknown as string)).toBe("");
    expect(maskName(42 as unknown as string)).toBe("");
    expect(maskDocumentNumber("AB")).toBe("**");
  });

  describe("laws", () => {
    it("never shows a value whole, keeps its length, and shows at most half of it", () => {
      fc.assert(
        fc.property(fc.string({ minLength: 2, maxLength: 40 }), (s) => {
          for (const m of [maskNik(s), maskDocumentNumber(s)]) {
            // Never whole: some character is always starred, and a star stands only for a character
            // (not `m !== s`: a value that already has stars where the mask puts them, " ** ",
            // masks to itself).
            expect(m).toContain("*");
            expect([...m].every((ch, i) => ch === "*" || ch === s[i])).toBe(true);
            expect(m.length).toBe(s.length);
            const shown = [...m].filter((ch, i) => ch === s[i] && ch !== "*").length;
            expect(shown).toBeLessThanOrEqual(Math.floor(s.length / 2));
          }
        }),
        { numRuns: runs(100) },
      );
    });

    it("a masked name never contains a word of two or more letters of the name", () => {
      fc.assert(
        fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{2,12}$/), { minLength: 1, maxLength: 4 }), (words) => {
          const masked = maskName(words.join(" "));
          for (const w of words) expect(masked.includes(w)).toBe(false);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
