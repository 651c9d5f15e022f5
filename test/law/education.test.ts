/**
 * Schooling equivalents (DOMAIN.md §10, "atau sederajat" in notices): MTs and Paket B count as
 * SLTP (SMP level); MA, MAK and Paket C as SLTA (SMA level); Paket A as SD level.
 */
import fc from "fast-check";
import {
  type CalendarDate,
  candidateJsonSchema,
  checkPlacementEligibility,
  EDUCATION_LEVELS,
  formatReason,
  parseCandidate,
} from "sentra-vokasi";
import { educationRank, meetsEducation } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

const asOf = "2026-12-01" as CalendarDate;
const person = (education: string) =>
  parseCandidate({ id: "E", nik: "3674011203990001", fullName: "Budi", sex: "M", birthDate: "1999-03-12", education });
const eduVerdict = (education: string) =>
  checkPlacementEligibility(person(education)._unsafeUnwrap(), { asOf, target: "KR-EPS-MANUFACTURING" }).children?.find(
    (x) => x.rule === "placement.education",
  );

describe("schooling equivalents", () => {
  it("are accepted in records and in the JSON Schema", () => {
    for (const e of ["MTS", "MA", "MAK", "PAKET_A", "PAKET_B", "PAKET_C"]) expect(person(e).isOk(), e).toBe(true);
    const schema = JSON.stringify(candidateJsonSchema());
    for (const e of ["MTS", "PAKET_C"]) expect(schema).toContain(`"${e}"`);
  });

  it("rank with their level: MTs and Paket B meet SLTP, Paket A does not, MA/MAK/Paket C meet SLTA", () => {
    for (const e of ["MTS", "PAKET_B", "MA", "MAK", "PAKET_C"]) expect(eduVerdict(e)?.outcome, e).toBe("pass");
    expect(eduVerdict("PAKET_A")?.outcome).toBe("fail");
    expect(meetsEducation("PAKET_C", "SMA")).toBe(true);
    expect(meetsEducation("MTS", "SMA")).toBe(false);
    expect(educationRank("PAKET_A")).toBe(educationRank("SD"));
  });

  it("are named by their level in messages", () => {
    const r = eduVerdict("PAKET_A")?.reasons[0];
    expect(formatReason(r as never, "id")).toBe("Pendidikan Paket A di bawah syarat minimal SLTP atau sederajat.");
    expect(formatReason(r as never, "en")).toContain("junior secondary (SLTP) or equivalent");
  });

  it("law: an equivalent meets exactly what its level meets", () => {
    const level: Record<string, string> = {
      MTS: "SMP",
      PAKET_B: "SMP",
      MA: "SMA",
      MAK: "SMA",
      PAKET_C: "SMA",
      PAKET_A: "SD",
    };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(level)), fc.constantFrom(...EDUCATION_LEVELS), (e, min) => {
        expect(meetsEducation(e as never, min)).toBe(meetsEducation(level[e] as never, min));
      }),
      { numRuns: 100 },
    );
  });
});
