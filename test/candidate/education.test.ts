import fc from "fast-check";
import { EDUCATION_LEVELS, type Education } from "sentra-vokasi";
import { educationRank, meetsEducation } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { runs } from "../arbitraries/runs.js";

const level = fc.constantFrom(...EDUCATION_LEVELS);

describe("educationRank and meetsEducation", () => {
  it("rank SMA with SMK and D4 with S1, and order the ladder from NONE to S3", () => {
    expect(educationRank("SMA")).toBe(educationRank("SMK"));
    expect(educationRank("D4")).toBe(educationRank("S1"));
    const ladder: Education[] = ["NONE", "SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S2", "S3"];
    for (let i = 1; i < ladder.length; i++) {
      expect(educationRank(ladder[i] as Education), ladder[i]).toBeGreaterThan(
        educationRank(ladder[i - 1] as Education),
      );
    }
    expect(educationRank("NONE")).toBe(0);
  });

  it("pin the minimums the catalogue uses", () => {
    expect(meetsEducation("SMK", "SMA")).toBe(true);
    expect(meetsEducation("SMA", "SMK")).toBe(true);
    expect(meetsEducation("SMP", "SMA")).toBe(false);
    expect(meetsEducation("SD", "SMP")).toBe(false);
    expect(meetsEducation("SMP", "SMP")).toBe(true);
    expect(meetsEducation("S1", "D4")).toBe(true);
    expect(meetsEducation("D3", "D4")).toBe(false);
    expect(meetsEducation("NONE", "NONE")).toBe(true);
  });

  it("rank an unknown level −1, which meets no minimum", () => {
    for (const x of ["PHD", "", "sma", undefined, null, 3, "__proto__", "toString"]) {
      expect(educationRank(x as never), String(x)).toBe(-1);
      expect(meetsEducation(x as never, "NONE"), String(x)).toBe(false);
    }
  });

  describe("laws", () => {
    it("meetsEducation is the order of ranks: reflexive, total and transitive", () => {
      fc.assert(
        fc.property(level, level, level, (a, b, c) => {
          expect(meetsEducation(a, a)).toBe(true);
          expect(meetsEducation(a, b)).toBe(educationRank(a) >= educationRank(b));
          expect(meetsEducation(a, b) || meetsEducation(b, a)).toBe(true);
          if (meetsEducation(a, b) && meetsEducation(b, c)) expect(meetsEducation(a, c)).toBe(true);
          expect(meetsEducation(a, "NONE")).toBe(true);
        }),
        { numRuns: runs(100) },
      );
    });
  });
});
