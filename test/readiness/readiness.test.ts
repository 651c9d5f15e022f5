import fc from "fast-check";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  type CandidateDocument,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  formatGap,
  type MedicalCheck,
  type Readiness,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, dateOfAge, GAP_CODES } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d, dateBetween } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const STATUS_RANK = { ineligible: 0, not_ready: 1, ready: 2 } as const;

/** A candidate complete for `target` on `asOf` (departure gate included). */
function complete(target: string, asOf: string, s = [0.5]): Candidate {
  return candidateFor(targetRequirements(target, { asOf: d(asOf) })._unsafeUnwrap(), s);
}
const without = (c: Candidate, patch: Partial<Candidate>): Candidate => ({ ...c, ...patch });
const assess = (c: Candidate, target: string, asOf: string, gate: "placement" | "departure" = "placement") =>
  assessReadiness(c, { asOf: d(asOf), target, gate });

/** Drops evidence by a bit mask: which lists keep which items. */
function thin(c: Candidate, mask: number[]): Candidate {
  const keep = <T>(xs: readonly T[], salt: number) =>
    xs.filter((_, i) => ((mask[(i + salt) % mask.length] ?? 0) & 1) === 1);
  const out: Candidate = {
    ...c,
    documents: keep(c.documents, 0),
    medicalChecks: keep(c.medicalChecks, 3),
    languageResults: keep(c.languageResults, 5),
    certificates: keep(c.certificates, 7),
  };
  return (mask[11] ?? 0) & 1 ? out : ({ ...out, orientation: undefined } as Candidate);
}

describe("assessReadiness", () => {
  it("a complete Japanese caregiving candidate is ready, scores 100, has no gaps and says until when", () => {
    const c = complete("JP-SSW-CAREGIVING", "2026-11-28");
    const r = assess(c, "JP-SSW-CAREGIVING", "2026-11-28");
    expect([r.status, r.score, r.gaps]).toEqual(["ready", 100, []]);
    expect(r.components.map((x) => x.name)).toEqual(["eligibility", "skill", "language", "health", "documents"]);
    expect(r.validUntil).toBeDefined();
    expect(r.candidateId).toBe("GEN-1");
  });

  it("the same without a language result: language unknown, one language gap naming both tests", () => {
    const c = without(complete("JP-SSW-CAREGIVING", "2026-11-28"), { languageResults: [] });
    const r = assess(c, "JP-SSW-CAREGIVING", "2026-11-28");
    expect(r.status).toBe("not_ready");
    expect(r.components.find((x) => x.name === "language")?.verdict.outcome).toBe("unknown");
    expect(r.gaps).toEqual([
      {
        code: "LANGUAGE_RESULT_NEEDED",
        component: "language",
        params: { tests: "JFT_BASIC,JLPT", minimums: "200,N4" },
      },
    ]);
    // weights 30 + 20 + 20 + 10 + 15 at the placement gate; language (20) is missing: ⌊100 × 75 / 95⌋
    expect(r.score).toBe(78);
    expect(formatGap(r.gaps[0] as never, "id")).toBe(
      "Raih hasil tes bahasa: JFT-Basic minimal 200 atau JLPT N4 atau lebih tinggi.",
    );
  });

  it("medically unfit is not_ready, not ineligible: a later check can pass", () => {
    const base = complete("JP-SSW-CAREGIVING", "2026-11-28");
    const c = without(base, { medicalChecks: [{ result: "UNFIT", examinedOn: d("2026-11-01"), scope: "FULL" }] });
    const r = assess(c, "JP-SSW-CAREGIVING", "2026-11-28");
    expect(r.status).toBe("not_ready");
    expect(r.gaps.map((g) => g.code)).toEqual(["MEDICAL_UNFIT", "MEDICAL_UNFIT"]);
  });

  it("too old for EPS is ineligible, whatever else is held", () => {
    const c = complete("KR-EPS-MANUFACTURING", "2026-11-28");
    const old = without(c, { birthDate: d("1980-01-01") });
    const r = assess(old, "KR-EPS-MANUFACTURING", "2026-11-28");
    expect(r.status).toBe("ineligible");
    // Nothing to do: score 0, and the only gap is why.
    expect(r.score).toBe(0);
    expect(r.gaps.map((g) => g.code)).toEqual(["AGE_AT_APPLICATION_ABOVE_MAXIMUM"]);
    expect(r.readyFrom).toBeUndefined();
  });

  it("deficient colour vision is ineligible where normal vision is required (EPS), not elsewhere", () => {
    const eps = complete("KR-EPS-MANUFACTURING", "2026-11-28");
    const cv = (c: Candidate) =>
      without(c, { medicalChecks: [{ ...(c.medicalChecks[0] as MedicalCheck), colourVisionNormal: false }] });
    expect(assess(cv(eps), "KR-EPS-MANUFACTURING", "2026-11-28").status).toBe("ineligible");
    const jp = complete("JP-SSW-MANUFACTURING", "2026-11-28");
    expect(assess(cv(jp), "JP-SSW-MANUFACTURING", "2026-11-28").status).toBe("ready");
  });

  it("SA-DOMESTIC under the moratorium is ineligible; with a dated lifting it becomes ready on that day", () => {
    const c = complete("SA-DOMESTIC", "2026-11-28");
    expect(assess(c, "SA-DOMESTIC", "2026-11-28").status).toBe("ineligible");
    const lifted = definePolicy(DEFAULT_POLICY, {
      citations: { "Contoh pencabutan": { instrument: "Contoh", sources: ["S26"] } },
      targets: {
        "SA-DOMESTIC": { open: [{ from: d("2026-12-15"), value: true, basis: "Contoh pencabutan", confirmed: false }] },
      },
    })._unsafeUnwrap();
    const r = assessReadiness(c, { asOf: d("2026-11-28"), target: "SA-DOMESTIC", policy: lifted });
    expect([r.status, r.readyFrom]).toEqual(["not_ready", "2026-12-15"]);
  });

  it("a 17-year-old with everything else is ready on the 18th birthday", () => {
    const asOf = "2026-11-28";
    // everything dated on asOf: the medical check (90 days) still holds on the birthday
    const dated = Array.from({ length: 16 }, (_, i) => (i === 8 || i === 13 ? 1 : 0));
    const full = complete("MY-PLKS-MANUFACTURING", asOf, dated);
    const c = without(full, { birthDate: d("2009-01-10") });
    const r = assess(c, "MY-PLKS-MANUFACTURING", asOf);
    expect([r.status, r.readyFrom]).toEqual(["not_ready", "2027-01-10"]);
    // Malaysia judges the age at application: the day she may apply implies the national minimum
    // reached the same day, so one age requirement gives one gap.
    expect(r.gaps.map((g) => [g.code, g.params.from])).toEqual([["AGE_AT_APPLICATION_BELOW_MINIMUM", "2027-01-10"]]);
    expect(assess(c, "MY-PLKS-MANUFACTURING", "2027-01-09").status).toBe("not_ready");
    expect(assess(c, "MY-PLKS-MANUFACTURING", "2027-01-10").status).toBe("ready");
    // with a birthday after the medical check lapses, time alone is not enough: no readyFrom
    expect(
      assess(without(full, { birthDate: d("2009-03-10") }), "MY-PLKS-MANUFACTURING", asOf).readyFrom,
    ).toBeUndefined();
  });

  it("placement ready but departure not: the departure documents and orientation are the gaps", () => {
    const c = without(complete("JP-SSW-CAREGIVING", "2026-11-28"), {
      documents: complete("JP-SSW-CAREGIVING", "2026-11-28").documents.filter((x) =>
        ["KTP", "KK", "MARITAL_STATUS", "FAMILY_CONSENT", "PASSPORT"].includes(x.kind),
      ),
      orientation: undefined,
    } as Partial<Candidate>);
    expect(assess(c, "JP-SSW-CAREGIVING", "2026-11-28").status).toBe("ready");
    const dep = assess(c, "JP-SSW-CAREGIVING", "2026-11-28", "departure");
    expect(dep.status).toBe("not_ready");
    expect(dep.components.map((x) => x.name)).toContain("orientation");
    expect(dep.gaps.map((g) => g.params.kind ?? g.code)).toEqual([
      "VISA",
      "PLACEMENT_AGREEMENT",
      "WORK_CONTRACT",
      "BPJS_KETENAGAKERJAAN",
      "ORIENTATION_MISSING",
    ]);
  });

  it("gives partial credit inside a component: 4 of 6 welding units", () => {
    const full = complete("ID-INDUSTRY-WELDING", "2026-11-28");
    const cert = full.certificates[0] as Extract<Candidate["certificates"][number], { kind: "COMPETENCY" }>;
    const partial = without(full, { certificates: [{ ...cert, unitCodes: cert.unitCodes.slice(0, 4) }] });
    const skill = assess(partial, "ID-INDUSTRY-WELDING", "2026-11-28").components.find((x) => x.name === "skill");
    expect(skill?.score).toBeCloseTo(4 / 6, 5);
  });

  it("passport remaining validity: ready while six months remain, not the day after", () => {
    const c = complete("JP-SSW-CAREGIVING", "2026-11-28");
    const passport = c.documents.find((x) => x.kind === "PASSPORT");
    const short = without(c, {
      documents: [
        ...c.documents.filter((x) => x.kind !== "PASSPORT"),
        { ...(passport as CandidateDocument), expiresOn: d("2027-05-31") },
      ],
    });
    expect(assess(short, "JP-SSW-CAREGIVING", "2026-11-30").status).toBe("ready");
    const after = assess(short, "JP-SSW-CAREGIVING", "2026-12-01");
    expect(after.gaps.map((g) => g.code)).toEqual(["PASSPORT_VALIDITY_TOO_SHORT"]);
  });

  it("claims no readyFrom it cannot keep: evidence dated the day before a change of law", () => {
    // Everything is dated 2017-11-21, UU 18/2017 takes effect on 2017-11-22 (a policy change date).
    const c = complete("JP-SSW-CAREGIVING", "2017-11-21", [0]);
    const r = assess(c, "JP-SSW-CAREGIVING", "2017-11-20");
    expect(r.status).toBe("not_ready");
    expect(r.readyFrom).toBeUndefined(); // it is ready on 2017-11-21, a day the window walk does not visit
    expect(assess(c, "JP-SSW-CAREGIVING", "2017-11-21").status).toBe("ready");
  });

  it("never throws: unknown target or invalid asOf give not_ready with that gap", () => {
    const c = complete("DE-NURSE", "2026-11-28");
    expect(assessReadiness(c, { asOf: d("2026-11-28"), target: "XX" }).gaps[0]?.code).toBe("UNKNOWN_TARGET");
    expect(assessReadiness(c, { asOf: "nope" as CalendarDate, target: "DE-NURSE" }).gaps[0]?.code).toBe(
      "INVALID_AS_OF",
    );
    expect(assessReadiness(null as never, null as never).status).toBe("not_ready");
    expect(assessReadiness({} as Candidate, { asOf: d("2026-11-28"), target: "DE-NURSE" }).status).toBe("not_ready");
  });

  describe("explainReadiness", () => {
    it("reads status, score, each gap as an action and the window, without personal data", () => {
      const c = without(complete("JP-SSW-CAREGIVING", "2026-11-28"), { languageResults: [] });
      const r = assess(c, "JP-SSW-CAREGIVING", "2026-11-28");
      expect(explainReadiness(r, "id")).toEqual([
        "BELUM SIAP untuk JP-SSW-CAREGIVING (penempatan) per 2026-11-28, skor 78/100.",
        "1. Raih hasil tes bahasa: JFT-Basic minimal 200 atau JLPT N4 atau lebih tinggi.",
      ]);
      expect(explainReadiness(r, "en")[0]).toBe(
        "NOT READY for JP-SSW-CAREGIVING (placement) as of 2026-11-28, score 78/100.",
      );
      const text = JSON.stringify([explainReadiness(r, "id"), explainReadiness(r, "en")]);
      for (const secret of [c.nik, c.fullName, "X1234567", c.id]) expect(text).not.toContain(secret);
      const ready = assess(complete("JP-SSW-CAREGIVING", "2026-11-28"), "JP-SSW-CAREGIVING", "2026-11-28");
      expect(explainReadiness(ready, "en").at(-1)).toMatch(/^Readiness holds until \d{4}-\d{2}-\d{2}\.$/);
    });

    it("has an action in both languages for every gap code", () => {
      for (const code of GAP_CODES) {
        const g = {
          code,
          component: "x",
          params: { kind: "PASSPORT", aspect: "medical", tests: "JLPT", minimums: "N4" },
        };
        expect(formatGap(g, "id")).not.toBe(formatGap(g, "en"));
      }
    });
  });

  describe("laws", () => {
    const scenario = fc.tuple(
      targetId,
      recentDate,
      slack,
      fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 12, maxLength: 12 }),
      fc.constantFrom("placement" as const, "departure" as const),
    );

    it("ready ⇔ score 100 ⇔ no gaps; status ready ⇔ every component passes", () => {
      fc.assert(
        fc.property(scenario, ([target, asOf, s, mask, gate]) => {
          const c = thin(candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s), mask);
          const r = assessReadiness(c, { asOf, target, gate });
          expect(r.status === "ready").toBe(r.score === 100);
          expect(r.status === "ready").toBe(r.gaps.length === 0);
          expect(r.status === "ready").toBe(r.components.every((x) => x.verdict.outcome === "pass"));
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }),
        { numRuns: runs(300) },
      );
    });

    it("adding a valid document, result or certificate never lowers the score nor worsens the status", () => {
      fc.assert(
        fc.property(scenario, fc.nat(), ([target, asOf, s, mask, gate], pick) => {
          const full = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s);
          const part = thin(full, mask);
          const lists = (["documents", "languageResults", "certificates"] as const).filter(
            (k) => full[k].length > part[k].length,
          );
          fc.pre(lists.length > 0);
          const key = lists[pick % lists.length] as "documents" | "languageResults" | "certificates";
          const missing = (full[key] as readonly unknown[]).filter(
            (x) => !(part[key] as readonly unknown[]).includes(x),
          );
          const more = { ...part, [key]: [...part[key], missing[pick % missing.length]] } as Candidate;
          const before = assessReadiness(part, { asOf, target, gate });
          const after = assessReadiness(more, { asOf, target, gate });
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(STATUS_RANK[after.status]).toBeGreaterThanOrEqual(STATUS_RANK[before.status]);
          if (before.status === "ineligible") expect(after.status).toBe("ineligible");
        }),
        { numRuns: runs(300) },
      );
    });

    it("readyFrom and validUntil are honest, to the day", () => {
      fc.assert(
        fc.property(targetId, recentDate, slack, fc.integer({ min: -800, max: 800 }), (target, asOf, s, shift) => {
          const c = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s);
          const day = addDays(asOf, shift);
          const r = assessReadiness(c, { asOf: day, target });
          const at = (x: CalendarDate) => assessReadiness(c, { asOf: x, target }).status;
          if (r.readyFrom !== undefined) {
            expect(at(r.readyFrom)).toBe("ready");
            expect(at(addDays(r.readyFrom, -1))).not.toBe("ready");
          }
          if (r.validUntil !== undefined) {
            expect(at(r.validUntil)).toBe("ready");
            expect(at(addDays(r.validUntil, 1))).not.toBe("ready");
          }
        }),
        { numRuns: runs(300) },
      );
    });

    it("a young candidate with everything else becomes ready exactly on the 18th birthday", () => {
      const dated = Array.from({ length: 16 }, (_, i) => (i === 8 || i === 13 ? 1 : 0));
      fc.assert(
        fc.property(
          fc.constantFrom("JP-SSW-CAREGIVING", "MY-PLKS-MANUFACTURING", "DE-NURSE", "KR-EPS-MANUFACTURING"),
          dateBetween("2018-01-01", "2035-12-31"),
          fc.integer({ min: 1, max: 60 }),
          (target, asOf, wait) => {
            const full = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), dated);
            const birthday18 = addDays(asOf, wait);
            const c = { ...full, birthDate: dateOfAge(birthday18, -18) } as Candidate;
            const r = assessReadiness(c, { asOf, target });
            const atApplication = target !== "JP-SSW-CAREGIVING";
            // One age requirement, one gap: the application day implies the national minimum.
            expect(r.gaps.map((g) => g.code)).toEqual(
              atApplication ? ["AGE_AT_APPLICATION_BELOW_MINIMUM"] : ["AGE_BELOW_MINIMUM"],
            );
            expect(r.readyFrom).toBe(dateOfAge(c.birthDate, 18));
          },
        ),
        { numRuns: runs(200) },
      );
    });

    it("is deterministic and survives JSON round-trips unchanged", () => {
      fc.assert(
        fc.property(scenario, ([target, asOf, s, mask, gate]) => {
          const c = thin(candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s), mask);
          const r: Readiness = assessReadiness(c, { asOf, target, gate });
          expect(assessReadiness(c, { asOf, target, gate })).toStrictEqual(r);
          expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
        }),
        { numRuns: runs(150) },
      );
    });
  });
});
