import fc from "fast-check";
import {
  type CalendarDate,
  DEFAULT_POLICY,
  definePolicy,
  getTarget,
  getTrack,
  KKNI_LEVELS,
  kkniGroup,
  listSkillTests,
  listStandards,
  listTargets,
  listTracks,
  targetRequirements,
} from "sentra-vokasi";
import { BASIS } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { recentDate, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const REQUIRED_TARGETS = [
  "JP-SSW-CAREGIVING",
  "JP-SSW-MANUFACTURING",
  "KR-EPS-MANUFACTURING",
  "TW-CAREGIVER",
  "HK-DOMESTIC-HELPER",
  "MY-PLKS-MANUFACTURING",
  "DE-NURSE",
  "SA-DOMESTIC",
  "ID-INDUSTRY-WELDING",
];

describe("catalogue", () => {
  it("has every target the mission names, each with a rule set in the policy", () => {
    const ids = listTargets().map((t) => t.id);
    for (const id of REQUIRED_TARGETS) expect(ids).toContain(id);
    for (const id of ids) expect(DEFAULT_POLICY.targets[id], id).toBeDefined();
    expect(getTarget("ID-INDUSTRY-WELDING")?.destination).toBe("ID");
    expect(getTarget("nope")).toBeUndefined();
    expect(getTarget(42 as never)).toBeUndefined();
  });

  it("has at least seven tracks, covering welding, electrical, beauty, caregiving, domestic, hospitality and manufacturing", () => {
    const tracks = listTracks();
    expect(tracks.length).toBeGreaterThanOrEqual(7);
    for (const id of [
      "welding-smaw",
      "electrical-installation",
      "beauty-makeup",
      "caregiving-jp",
      "domestic-care",
      "hospitality-fnb",
      "manufacturing-operation",
    ]) {
      expect(getTrack(id), id).toBeDefined();
    }
  });

  it("links every track and target both ways, and every unit to a standard", () => {
    const units = new Set(listStandards().flatMap((s) => s.units.map((u) => u.code)));
    for (const track of listTracks()) {
      expect(listStandards().some((s) => s.code === track.standard)).toBe(true);
      for (const u of track.units) expect(units.has(u), u).toBe(true);
      for (const t of track.targets) expect(getTarget(t)?.tracks, `${track.id} → ${t}`).toContain(track.id);
      // trackProgress divides by both.
      expect(track.hours.jp).toBeGreaterThan(0);
      expect(track.units.length).toBeGreaterThan(0);
      expect(track.hours.note.length).toBeGreaterThan(0);
    }
    for (const target of listTargets()) {
      expect(target.tracks.length).toBeGreaterThan(0);
      for (const t of target.tracks) expect(getTrack(t)?.targets, `${target.id} → ${t}`).toContain(target.id);
    }
  });

  it("marks every standard as SKKNI (with its instrument) or illustrative", () => {
    const welding = listStandards().find((s) => s.code === "SKKNI-2018-098-LAS");
    expect(welding?.source).toBe("skkni");
    expect(welding?.instrument).toContain("No. 98 Tahun 2018");
    expect(welding?.units.map((u) => u.code)).toContain("C.24LAS01.001.1");
    for (const s of listStandards()) {
      expect(["skkni", "illustrative"]).toContain(s.source);
      if (s.source === "illustrative") for (const u of s.units) expect(u.code.startsWith("ILLUS.")).toBe(true);
    }
  });

  it("knows the KKNI levels and their groups", () => {
    expect(KKNI_LEVELS).toHaveLength(9);
    expect([1, 2, 3].map((l) => kkniGroup(l as 1))).toEqual(["operator", "operator", "operator"]);
    expect(kkniGroup(4)).toBe("technician-analyst");
    expect(kkniGroup(9)).toBe("expert");
    for (const l of KKNI_LEVELS) expect(kkniGroup(l.level)).toBe(l.group);
  });

  it("lists the scheme skill tests the targets ask for", () => {
    const tests = new Set(listSkillTests().map((t) => t.id));
    for (const t of listTargets()) {
      for (const x of targetRequirements(t.id, { asOf: d("2026-11-28") })._unsafeUnwrap().skill.skillTests) {
        expect(tests.has(x), x).toBe(true);
      }
    }
  });

  it("hands out copies: mutating a list does not change the catalogue", () => {
    const list = listTargets();
    list.pop();
    expect(listTargets()).toHaveLength(list.length + 1);
  });
});

describe("the default policy's target data", () => {
  it("asks a nurse for Germany for the professional registration before placement, and no one else", () => {
    const asOf = d("2026-11-28");
    for (const t of listTargets()) {
      const docs = targetRequirements(t.id, { asOf })._unsafeUnwrap().documents;
      expect(docs.placement.includes("PROFESSIONAL_REGISTRATION"), t.id).toBe(t.id === "DE-NURSE");
    }
  });

  it("marks only SKKNI units (welding) as confirmed; illustrative units are not", () => {
    for (const [id, target] of Object.entries(DEFAULT_POLICY.targets)) {
      const skill = target.requirements.skill?.versions[0];
      expect(skill?.confirmed, id).toBe(skill?.basis === BASIS.SKKNI_WELDING_2018);
    }
    expect(DEFAULT_POLICY.targets["ID-INDUSTRY-WELDING"]?.requirements.skill?.versions[0]?.confirmed).toBe(true);
  });

  it("is titled in both languages", () => {
    expect(DEFAULT_POLICY.title).toEqual({
      id: "Kebijakan bawaan sentra-vokasi (bersumber)",
      en: "sentra-vokasi default policy (sourced)",
    });
  });
});

describe("targetRequirements", () => {
  it("gives the checklist of Japan's SSW caregiving", () => {
    const r = targetRequirements("JP-SSW-CAREGIVING", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect(r.age).toEqual({ min: 18 });
    expect(r.education).toBeUndefined();
    expect(r.language).toEqual([
      [
        { test: "JFT_BASIC", minScore: 200 },
        { test: "JLPT", minLevel: "N4" },
      ],
    ]);
    expect(r.skill.skillTests).toEqual(["JP_SSW_CAREGIVING_SKILL", "JP_NURSING_CARE_JAPANESE"]);
    expect(r.passport.minValidityMonths).toBe(6);
    expect(r.closed).toBeUndefined();
  });

  it("gives EPS its age window, SLTP minimum, EPS-TOPIK for two years and normal colour vision", () => {
    const r = targetRequirements("KR-EPS-MANUFACTURING", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect(r.age).toEqual({ min: 18, max: 39, judgedAt: "application" });
    expect(r.education).toBe("SMP");
    expect(r.language).toEqual([[{ test: "EPS_TOPIK", minScore: 80, maxAgeMonths: 24 }]]);
    expect(r.medical?.colourVisionNormal).toBe(true);
  });

  it("gives German nursing a D3, B1 and the nurse's registration (STR)", () => {
    const r = targetRequirements("DE-NURSE", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect(r.education).toBe("D3");
    expect(r.language).toEqual([[{ test: "CEFR", minLevel: "B1" }]]);
    expect(r.documents.placement).toContain("PROFESSIONAL_REGISTRATION");
  });

  it("closes SA-DOMESTIC from 1 July 2015 under Kepmenaker 260/2015, not before", () => {
    expect(targetRequirements("SA-DOMESTIC", { asOf: d("2015-06-30") })._unsafeUnwrap().closed).toBeUndefined();
    expect(targetRequirements("SA-DOMESTIC", { asOf: d("2015-07-01") })._unsafeUnwrap().closed).toEqual({
      since: "2015-07-01",
      basis: "Kepmenaker 260/2015",
    });
  });

  it("applies UU 39/2004's 21 to individual employers before UU 18/2017, and 18 after", () => {
    expect(targetRequirements("TW-CAREGIVER", { asOf: d("2016-01-01") })._unsafeUnwrap().age.min).toBe(21);
    expect(targetRequirements("TW-CAREGIVER", { asOf: d("2026-01-01") })._unsafeUnwrap().age.min).toBe(20);
    expect(targetRequirements("SA-DOMESTIC", { asOf: d("2017-11-21") })._unsafeUnwrap().age.min).toBe(21);
    expect(targetRequirements("SA-DOMESTIC", { asOf: d("2017-11-22") })._unsafeUnwrap().age.min).toBe(18);
    expect(targetRequirements("MY-PLKS-MANUFACTURING", { asOf: d("2016-01-01") })._unsafeUnwrap().age.min).toBe(18);
  });

  it("lets a caller's policy lift a moratorium from a date", () => {
    const lifted = definePolicy(DEFAULT_POLICY, {
      citations: { "Pencabutan (contoh)": { instrument: "Pencabutan moratorium (contoh)", sources: ["S26"] } },
      targets: {
        "SA-DOMESTIC": {
          open: [{ from: d("2027-01-01"), value: true, basis: "Pencabutan (contoh)", confirmed: false }],
        },
      },
    })._unsafeUnwrap();
    expect(
      targetRequirements("SA-DOMESTIC", { asOf: d("2026-12-31"), policy: lifted })._unsafeUnwrap().closed,
    ).toBeDefined();
    expect(
      targetRequirements("SA-DOMESTIC", { asOf: d("2027-01-01"), policy: lifted })._unsafeUnwrap().closed,
    ).toBeUndefined();
  });

  it("returns UNKNOWN_TARGET for an id it does not know, and never throws", () => {
    expect(targetRequirements("XX-NOPE", { asOf: d("2026-01-01") })._unsafeUnwrapErr().code).toBe("UNKNOWN_TARGET");
    expect(targetRequirements(null as never, undefined as never).isErr()).toBe(true);
    expect(targetRequirements("DE-NURSE", { asOf: "2026-02-30" as CalendarDate })._unsafeUnwrapErr().code).toBe(
      "INVALID_AS_OF",
    );
  });

  describe("laws", () => {
    it("for every target and date: departure ⊇ placement, age.min ≥ 18, min ≤ max", () => {
      fc.assert(
        fc.property(targetId, recentDate, (id, asOf) => {
          const r = targetRequirements(id, { asOf })._unsafeUnwrap();
          for (const k of r.documents.placement) expect(r.documents.departure).toContain(k);
          expect(r.age.min).toBeGreaterThanOrEqual(18);
          if (r.age.max !== undefined) expect(r.age.min).toBeLessThanOrEqual(r.age.max);
          expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
        }),
        { numRuns: runs(100) },
      );
    });

    it("every figure of every target is cited, and the citation exists", () => {
      for (const [id, ps] of Object.entries(DEFAULT_POLICY.targets)) {
        for (const [name, p] of Object.entries(ps.requirements)) {
          for (const v of p?.versions ?? []) {
            expect(DEFAULT_POLICY.citations[v.basis], `${id}.${name}`).toBeDefined();
            expect(typeof v.confirmed).toBe("boolean");
          }
        }
      }
    });
  });
});
