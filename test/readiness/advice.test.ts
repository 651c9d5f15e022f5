/**
 * Advice that is never wrong (issue 14, item 5): the cases of the "Why" that concern
 * readiness, each now right, and the laws that keep them so.
 */
import fc from "fast-check";
import {
  assessReadiness,
  assessRecords,
  type CalendarDate,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  formatGap,
  formatReason,
  type Gap,
  summarizeCohort,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, codeSpec, dateOfAge } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { readinessCard } from "../../examples/browser.js";
import { generateCohort } from "../../examples/data/generate.js";
import { gapRank } from "../../src/readiness/gaps.js";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const asOf = d("2026-11-28");

/** A candidate complete for `target` on `day` (departure gate included). */
function complete(target: string, day: CalendarDate = asOf, s = [0.5]): Candidate {
  return candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s);
}
const assess = (
  c: Candidate,
  target: string,
  day: CalendarDate = asOf,
  gate: "placement" | "departure" = "placement",
) => assessReadiness(c, { asOf: day, target, gate });
const both = (g: Gap) => [formatGap(g, "id"), formatGap(g, "en")];
const permanent = (g: Gap) => codeSpec(g.code)?.permanent === true && g.params.from === undefined;

describe("the cases of issue 14", () => {
  it("a 17-year-old who meets everything but age, whose medical check lapses first: waiting is not enough, and the wait says so", () => {
    const full = complete("JP-SSW-CAREGIVING");
    const medical = full.medicalChecks.map((m) => ({ ...m, examinedOn: d("2026-10-18") }));
    const c: Candidate = { ...full, birthDate: d("2009-04-02"), medicalChecks: medical };
    const r = assess(c, "JP-SSW-CAREGIVING");
    expect(r.status).toBe("not_ready");
    // The health certificate holds three months, until 2027-01-17: she cannot simply wait.
    expect(r.components.find((x) => x.name === "health")?.verdict.validUntil).toBe("2027-01-17");
    expect(r.readyFrom).toBeUndefined();
    expect(r.gaps).toEqual([
      {
        code: "AGE_BELOW_MINIMUM",
        component: "eligibility",
        params: { age: 17, min: 18, from: "2027-04-02", renew: "health", lapsesOn: "2027-01-18" },
      },
    ]);
    expect(both(r.gaps[0] as Gap)).toEqual([
      "Tunggu sampai 2027-04-02: usia minimal 18 tahun; sebelum itu, perbarui pemeriksaan kesehatan (tidak berlaku lagi mulai 2027-01-18).",
      "Wait until 2027-04-02: the minimum age is 18; before then, renew the medical check (no longer valid from 2027-01-18).",
    ]);
    // With a check that still holds on her birthday, the wait alone is enough, and says only that.
    const later: Candidate = { ...c, birthDate: d("2008-12-20") };
    const ok = assess(later, "JP-SSW-CAREGIVING");
    expect(ok.readyFrom).toBe("2026-12-20");
    expect(ok.gaps.map((g) => formatGap(g, "id"))).toEqual(["Tunggu sampai 2026-12-20: usia minimal 18 tahun."]);
    expect(assess(later, "JP-SSW-CAREGIVING", d("2026-12-20")).status).toBe("ready");
  });

  it("what lapses is named by its document, and several by the earliest day", () => {
    const full = complete("JP-SSW-CAREGIVING");
    const documents = full.documents.map((x) => (x.kind === "PASSPORT" ? { ...x, expiresOn: d("2027-08-31") } : x));
    const medical = full.medicalChecks.map((m) => ({ ...m, examinedOn: d("2026-10-18") }));
    const c: Candidate = { ...full, birthDate: d("2009-04-02"), documents, medicalChecks: medical };
    const [gap] = assess(c, "JP-SSW-CAREGIVING").gaps;
    // The passport needs six months left: it holds until 2027-02-28, the medical check until 2027-01-17.
    expect(gap?.params).toMatchObject({ renew: "health,PASSPORT", lapsesOn: "2027-01-18" });
    expect(both(gap as Gap)).toEqual([
      "Tunggu sampai 2027-04-02: usia minimal 18 tahun; sebelum itu, perbarui pemeriksaan kesehatan dan paspor (yang pertama tidak berlaku lagi mulai 2027-01-18).",
      "Wait until 2027-04-02: the minimum age is 18; before then, renew the medical check and the passport (the first no longer valid from 2027-01-18).",
    ]);
  });

  it("any wait says what lapses before its day: a moratorium lifted on a dated change, a target retired first", () => {
    const citations = { "Contoh perubahan": { instrument: "Contoh", sources: ["S26"] } };
    const lifted = definePolicy(DEFAULT_POLICY, {
      citations,
      targets: {
        "SA-DOMESTIC": { open: [{ from: d("2027-06-01"), value: true, basis: "Contoh perubahan", confirmed: false }] },
      },
    })._unsafeUnwrap();
    const sa = complete("SA-DOMESTIC");
    const medical = sa.medicalChecks.map((m) => ({ ...m, examinedOn: d("2026-10-18") }));
    const r = assessReadiness({ ...sa, medicalChecks: medical }, { asOf, target: "SA-DOMESTIC", policy: lifted });
    expect([r.status, r.readyFrom]).toEqual(["not_ready", undefined]);
    expect(r.gaps.map((g) => g.code)).toEqual(["DESTINATION_CLOSED"]);
    expect(r.gaps[0]?.params).toMatchObject({ from: "2027-06-01", renew: "health", lapsesOn: "2027-01-18" });
    expect(formatGap(r.gaps[0] as Gap, "id")).toBe(
      "Tunggu dibukanya kembali penempatan ke Arab Saudi pada 2027-06-01; sebelum itu, perbarui pemeriksaan kesehatan (tidak berlaku lagi mulai 2027-01-18).",
    );
    // A target retired before her 18th birthday: no renewal helps, and the wait says so.
    const retired = definePolicy(DEFAULT_POLICY, {
      citations,
      targets: { "JP-SSW-CAREGIVING": { retire: { from: d("2027-03-01"), basis: "Contoh perubahan" } } },
    })._unsafeUnwrap();
    const young: Candidate = { ...complete("JP-SSW-CAREGIVING"), birthDate: d("2009-04-02") };
    const q = assessReadiness(young, { asOf, target: "JP-SSW-CAREGIVING", policy: retired });
    expect([q.status, q.readyFrom]).toEqual(["not_ready", undefined]);
    expect(q.gaps[0]?.params.renew).toContain("eligibility");
    expect(both(q.gaps[0] as Gap)).toEqual([
      "Tunggu sampai 2027-04-02: usia minimal 18 tahun, tetapi menunggu saja tidak cukup: syarat kelayakan lain berakhir sebelum tanggal itu.",
      "Wait until 2027-04-02: the minimum age is 18, but waiting alone is not enough: another eligibility condition ends before then.",
    ]);
  });

  it("a 15-year-old's first step is the three-year wait for the 18th birthday, not the KTP she cannot have yet", () => {
    const c: Candidate = { ...complete("JP-SSW-CAREGIVING"), birthDate: d("2011-06-01"), documents: [] };
    const r = assess(c, "JP-SSW-CAREGIVING");
    expect(r.gaps[0]).toMatchObject({ code: "AGE_BELOW_MINIMUM", params: { age: 15, min: 18, from: "2029-06-01" } });
    expect(formatGap(r.gaps[0] as Gap, "id")).toMatch(/^Tunggu sampai 2029-06-01: usia minimal 18 tahun/);
    const ktp = r.gaps.findIndex((g) => g.code === "DOCUMENT_MISSING" && g.params.kind === "KTP");
    expect(ktp).toBeGreaterThan(0);
    expect(explainReadiness(r, "id")[1]).toMatch(/^1\. Tunggu sampai 2029-06-01/);
  });

  it("Korea with primary schooling (SD): the education gap comes before the colour-vision test", () => {
    const kr = complete("KR-EPS-MANUFACTURING");
    const c: Candidate = {
      ...kr,
      education: "SD",
      medicalChecks: kr.medicalChecks.map(({ colourVisionNormal: _, ...m }) => m),
    };
    const r = assess(c, "KR-EPS-MANUFACTURING");
    expect(r.gaps.map((g) => g.code)).toEqual(["EDUCATION_BELOW_MINIMUM", "COLOUR_VISION_UNKNOWN"]);
    expect(r.gaps.map((g) => formatGap(g, "id"))).toEqual([
      "Penuhi pendidikan minimal SLTP atau sederajat (saat ini SD).",
      "Jalani tes buta warna.",
    ]);
  });

  it("ineligible means nothing to do: score 0 and only the permanent reasons (a closed destination, over the age limit)", () => {
    const sa: Candidate = { ...complete("SA-DOMESTIC"), certificates: [], languageResults: [], documents: [] };
    for (const gate of ["placement", "departure"] as const) {
      const r = assess(sa, "SA-DOMESTIC", asOf, gate);
      expect([r.status, r.score]).toEqual(["ineligible", 0]);
      expect(r.gaps).toEqual([
        {
          code: "DESTINATION_CLOSED",
          component: "eligibility",
          params: { target: "SA-DOMESTIC", destination: "SA", since: "2015-07-01" },
        },
      ]);
      const lines = explainReadiness(r, "id");
      expect(lines).toEqual([
        `TIDAK MEMENUHI SYARAT untuk SA-DOMESTIC (${gate === "placement" ? "penempatan" : "keberangkatan"}) per 2026-11-28, skor 0/100.`,
        "1. Penempatan ke Arab Saudi ditutup (moratorium sejak 2015-07-01): pilih tujuan penempatan lain.",
      ]);
      expect(lines.join("\n")).not.toMatch(/Ikuti uji kompetensi|Lengkapi/);
    }
    const old: Candidate = { ...complete("KR-EPS-MANUFACTURING"), birthDate: d("1980-01-01"), documents: [] };
    const r = assess(old, "KR-EPS-MANUFACTURING");
    expect([r.status, r.score, r.gaps.map((g) => g.code)]).toEqual([
      "ineligible",
      0,
      ["AGE_AT_APPLICATION_ABOVE_MAXIMUM"],
    ]);
    // The components still say how far each got: the score, not the evidence, is what ineligibility zeroes.
    expect(r.components.find((x) => x.name === "skill")?.score).toBe(1);
  });

  it("a cohort summary of a target where everyone is ineligible has no mixed mean", () => {
    const rs = [...assessRecords(generateCohort(), { asOf, target: "SA-DOMESTIC" })].flatMap((x) =>
      x.ok ? [x.readiness] : [],
    );
    expect(rs.length).toBeGreaterThan(100);
    const s = summarizeCohort(rs);
    expect(s.byStatus.ineligible).toBe(rs.length);
    // No one has a score that says how far along they are: no mean at all, and no deciles.
    expect([s.scored, s.meanScore]).toEqual([0, 0]);
    expect(s.scoreDeciles).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Mixed in with one ready candidate, the mean is hers alone.
    const ready = assess(complete("JP-SSW-CAREGIVING"), "JP-SSW-CAREGIVING");
    const mixed = summarizeCohort([...rs, ready]);
    expect([mixed.scored, mixed.meanScore, mixed.byStatus.ineligible]).toEqual([1, 100, rs.length]);
  });

  it("the duplicated age reason appears once: in gaps, explanations and the eligibility reasons", () => {
    const c: Candidate = { ...complete("JP-SSW-CAREGIVING"), birthDate: d("2011-06-01"), documents: [] };
    const r = assess(c, "JP-SSW-CAREGIVING");
    // Both the national minimum (UU 18/2017 Pasal 5 huruf a) and the scheme's say 18.
    const eligibility = r.components.find((x) => x.name === "eligibility")?.verdict;
    const rules = (eligibility?.children ?? []).filter((x) => x.reasons.some((y) => y.code === "AGE_BELOW_MINIMUM"));
    expect(rules.map((x) => x.reasons[0]?.basis)).toEqual([
      "UU 18/2017 Pasal 5 huruf a",
      "Jepang SSW (i): persyaratan",
    ]);
    expect(eligibility?.reasons.map((x) => formatReason(x, "id"))).toEqual([
      "Usia 15 tahun di bawah batas minimal 18 tahun.",
    ]);
    expect(r.gaps.filter((g) => g.code === "AGE_BELOW_MINIMUM")).toHaveLength(1);
    for (const locale of ["id", "en"] as const) {
      const lines = explainReadiness(r, locale).map((l) => l.replace(/^\d+\. /, ""));
      expect(new Set(lines).size).toBe(lines.length);
    }
    // Judged at application (Malaysia): the day she may apply implies the national minimum, one gap.
    const my: Candidate = { ...complete("MY-PLKS-MANUFACTURING"), birthDate: d("2009-04-02") };
    expect(assess(my, "MY-PLKS-MANUFACTURING").gaps.map((g) => g.code)).toEqual(["AGE_AT_APPLICATION_BELOW_MINIMUM"]);
    // A readiness card that shows the eligibility reasons after the explanation says it once too.
    const card = readinessCard({ ...JSON.parse(JSON.stringify(c)), documents: [] }, "JP-SSW-CAREGIVING", asOf, "id");
    expect(card.lines.filter((l) => l === "Usia 15 tahun di bawah batas minimal 18 tahun.")).toHaveLength(1);
  });
});

/** Drops evidence by a bit mask: which lists keep which items. */
function thin(c: Candidate, mask: readonly number[]): Candidate {
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

/**
 * A candidate built for a target, then bent: evidence dropped, born earlier or later (too young,
 * too old), colour vision found deficient. Every status and every kind of gap comes up.
 */
const scenario = fc
  .tuple(
    targetId,
    recentDate,
    slack,
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
    fc.constantFrom("placement" as const, "departure" as const),
    fc.integer({ min: -9000, max: 4000 }),
    fc.boolean(),
  )
  .map(([target, day, s, mask, gate, shift, colourBlind]) => {
    const base = thin(candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s), mask);
    const bent: Candidate = {
      ...base,
      birthDate: addDays(base.birthDate, (mask[1] ?? 0) >= 2 ? shift : 0),
      medicalChecks: colourBlind
        ? base.medicalChecks.map((m) => ({ ...m, colourVisionNormal: false }))
        : base.medicalChecks,
    };
    return { target, asOf: day, gate, c: bent };
  });

const RUNS = { numRuns: runs(100) } as const;
const TIMEOUT = 60_000;

describe("laws", () => {
  it(
    "ineligible ⇒ score 0 and every gap permanent (at least one); not ineligible ⇒ no permanent gap",
    () => {
      fc.assert(
        fc.property(scenario, ({ target, asOf: day, gate, c }) => {
          const r = assessReadiness(c, { asOf: day, target, gate });
          if (r.status === "ineligible") {
            expect(r.score).toBe(0);
            expect(r.gaps.length).toBeGreaterThan(0);
            for (const g of r.gaps) expect(permanent(g), g.code).toBe(true);
            expect(r.readyFrom).toBeUndefined();
          } else {
            for (const g of r.gaps) expect(permanent(g), g.code).toBe(false);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "the first gap's rank is maximal: gaps by class, waits latest first",
    () => {
      fc.assert(
        fc.property(scenario, ({ target, asOf: day, gate, c }) => {
          const gaps = assessReadiness(c, { asOf: day, target, gate }).gaps;
          const ranks = gaps.map(gapRank);
          for (const x of ranks) expect(ranks[0]).toBeLessThanOrEqual(x);
          for (let i = 1; i < gaps.length; i++) {
            expect(ranks[i - 1]).toBeLessThanOrEqual(ranks[i] as number);
            const [a, b] = [gaps[i - 1]?.params.from, gaps[i]?.params.from];
            if (typeof a === "string" && typeof b === "string") expect(a >= b).toBe(true);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "no two gaps, explanation lines or reasons of a component format identically, in either locale",
    () => {
      fc.assert(
        fc.property(scenario, ({ target, asOf: day, gate, c }) => {
          const r = assessReadiness(c, { asOf: day, target, gate });
          for (const locale of ["id", "en"] as const) {
            const gaps = r.gaps.map((g) => formatGap(g, locale));
            expect(new Set(gaps).size, gaps.join(" | ")).toBe(gaps.length);
            const lines = explainReadiness(r, locale);
            expect(new Set(lines).size).toBe(lines.length);
            for (const x of r.components) {
              const said = x.verdict.reasons.map((y) => formatReason(y, locale));
              expect(new Set(said).size, said.join(" | ")).toBe(said.length);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "a wait is given alone only when waiting is enough: waits that name nothing to renew are ready on the last day",
    () => {
      // Young candidates with everything else, their evidence dated anywhere in its window.
      const young = fc.tuple(
        fc.constantFrom(
          "JP-SSW-CAREGIVING",
          "MY-PLKS-MANUFACTURING",
          "DE-NURSE",
          "KR-EPS-MANUFACTURING",
          "TW-CAREGIVER",
          "HK-DOMESTIC-HELPER",
        ),
        recentDate,
        // Random dates lapse soon; these are dated on the day assessed and last (passport, certificate).
        fc.oneof(slack, fc.constant(Array.from({ length: 16 }, (_, i) => (i === 8 || i === 13 ? 1 : 0)))),
        fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 900 })),
      );
      fc.assert(
        fc.property(young, ([target, day, s, wait]) => {
          const full = candidateFor(targetRequirements(target, { asOf: day })._unsafeUnwrap(), s);
          const c: Candidate = { ...full, birthDate: dateOfAge(addDays(day, wait), -18) };
          const r = assessReadiness(c, { asOf: day, target });
          fc.pre(r.status === "not_ready" && r.gaps.length > 0);
          fc.pre(r.gaps.every((g) => typeof g.params.from === "string"));
          const last = r.gaps
            .map((g) => String(g.params.from))
            .sort()
            .at(-1) as CalendarDate;
          const renew = r.gaps.some((g) => g.params.renew !== undefined);
          if (!renew) {
            expect(r.readyFrom).toBe(last);
            expect(assessReadiness(c, { asOf: last, target }).status).toBe("ready");
          } else {
            // Something held today lapses first: waiting alone would not do, and no ready day is claimed.
            expect(r.readyFrom).toBeUndefined();
            expect(assessReadiness(c, { asOf: last, target }).status).not.toBe("ready");
            for (const g of r.gaps.filter((x) => x.params.renew !== undefined)) {
              expect(String(g.params.lapsesOn) <= String(g.params.from)).toBe(true);
              expect(String(g.params.lapsesOn) > day).toBe(true);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
