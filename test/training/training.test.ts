import fc from "fast-check";
import {
  ageOn,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  getTrack,
  parseCandidate,
  recommendTracks,
  trackProgress,
} from "sentra-vokasi";
import { BASIS, resolveParameter } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d, dateBetween, rawCandidate } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const trainee = (extra: object = {}): Candidate =>
  parseCandidate({
    id: "T-9",
    nik: "3674014507050001",
    fullName: "Siti Aminah",
    sex: "F",
    birthDate: "2005-07-05",
    education: "SMK",
    ...extra,
  })._unsafeUnwrap();

describe("trackProgress", () => {
  it("counts competent units (latest assessment), certificate-covered units and JP attended", () => {
    const c = trainee({
      enrollments: [
        { trackId: "welding-smaw", startedOn: "2026-01-05", hoursAttended: 172 },
        { trackId: "beauty-makeup", startedOn: "2026-01-05", hoursAttended: 500 },
      ],
      unitResults: [
        { unitCode: "C.24LAS01.001.1", result: "COMPETENT", assessedOn: "2026-03-01" },
        { unitCode: "C.24LAS01.003.1", result: "NOT_YET_COMPETENT", assessedOn: "2026-03-01" },
        { unitCode: "C.24LAS01.003.1", result: "COMPETENT", assessedOn: "2026-04-01" },
        { unitCode: "C.24LAS01.010.1", result: "COMPETENT", assessedOn: "2026-03-01" },
        { unitCode: "C.24LAS01.010.1", result: "NOT_YET_COMPETENT", assessedOn: "2026-05-01" },
      ],
    });
    const p = trackProgress(c, "welding-smaw", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect(p.unitsCompetent).toEqual(["C.24LAS01.001.1", "C.24LAS01.003.1"]);
    expect(p.unitsRemaining).toHaveLength(4);
    expect([p.hoursAttended, p.hoursRequired]).toEqual([172, 344]);
    expect(p.percent).toBe(Math.floor(((2 / 6 + 0.5) / 2) * 100));
    expect(p.completed).toBe(false);
    // on 2026-03-15 the second unit was not yet competent
    expect(trackProgress(c, "welding-smaw", { asOf: d("2026-03-15") })._unsafeUnwrap().unitsCompetent).toEqual([
      "C.24LAS01.001.1",
      "C.24LAS01.010.1",
    ]);
  });

  it("is complete with every unit (here by certificate) and the hours", () => {
    const track = getTrack("electrical-installation");
    const c = trainee({
      enrollments: [
        { trackId: "electrical-installation", startedOn: "2026-01-05", completedOn: "2026-03-01", hoursAttended: 280 },
      ],
      certificates: [
        { kind: "COMPETENCY", schemeCode: "X", unitCodes: track?.units ?? [], issuer: "LSP", issuedOn: "2026-03-10" },
      ],
    });
    const p = trackProgress(c, "electrical-installation", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect([p.percent, p.completed]).toEqual([100, true]);
  });

  it("counts only competency certificates issued by asOf, and no hours from an enrollment without them", () => {
    const track = getTrack("electrical-installation");
    const units = track?.units ?? [];
    const c = trainee({
      enrollments: [{ trackId: "electrical-installation", startedOn: "2026-01-05" }],
      certificates: [
        { kind: "COMPETENCY", schemeCode: "X", unitCodes: units.slice(0, 1), issuer: "LSP", issuedOn: "2026-03-10" },
        { kind: "COMPETENCY", schemeCode: "X", unitCodes: units.slice(1), issuer: "LSP", issuedOn: "2027-03-10" },
        { kind: "SKILL_TEST", test: units[2] ?? "X", issuedOn: "2026-03-10" },
      ],
    });
    const p = trackProgress(c, "electrical-installation", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect(p.unitsCompetent).toEqual(units.slice(0, 1));
    expect(p.hoursAttended).toBe(0);
    expect(p.completed).toBe(false);
  });

  it("returns UNKNOWN_TRACK for a track it does not know, and never throws", () => {
    expect(trackProgress(trainee(), "nope", { asOf: d("2026-01-01") })._unsafeUnwrapErr()).toEqual({
      code: "UNKNOWN_TRACK",
      trackId: "nope",
    });
    expect(trackProgress(null as never, null as never, null as never).isErr()).toBe(true);
  });
});

describe("recommendTracks", () => {
  it("ranks tracks for the wanted destination first, with reasons", () => {
    const rs = recommendTracks(trainee(), { asOf: d("2026-11-28"), destination: "JP" });
    expect(
      rs
        .slice(0, 2)
        .map((r) => r.trackId)
        .sort(),
    ).toEqual(["caregiving-jp", "manufacturing-jp"]);
    expect(rs[0]?.rank).toBe(1);
    expect(rs[0]?.fits).toBe(true);
    expect(rs[0]?.reasons.map((r) => r.code)).toEqual([
      "AGE_WITHIN_RANGE",
      "EDUCATION_MEETS_MINIMUM",
      "TRACK_DESTINATION_MATCH",
    ]);
    const de = rs.find((r) => r.trackId === "nursing-de");
    expect(de?.fits).toBe(false);
    expect(de?.reasons.map((r) => r.code)).toContain("EDUCATION_BELOW_MINIMUM");
  });

  it("puts progress already made first among equals", () => {
    const c = trainee({ enrollments: [{ trackId: "hospitality-fnb", startedOn: "2026-01-01", hoursAttended: 100 }] });
    expect(recommendTracks(c, { asOf: d("2026-11-28") })[0]?.trackId).toBe("hospitality-fnb");
  });

  it("uses the policy it is given for the training age window", () => {
    const narrow = definePolicy(DEFAULT_POLICY, {
      parameters: {
        trainingAge: [
          { from: d("2026-01-01"), value: { min: 15, max: 20 }, basis: BASIS.BANTEN_OFFER_2025, confirmed: false },
        ],
      },
    })._unsafeUnwrap();
    const c = trainee(); // 21 on 2026-11-28
    expect(recommendTracks(c, { asOf: d("2026-11-28") }).length).toBeGreaterThan(0);
    const outside = recommendTracks(c, { asOf: d("2026-11-28"), policy: narrow });
    expect(outside.length).toBeGreaterThan(0);
    for (const r of outside)
      expect(r.reasons[0]).toMatchObject({ code: "TRAINING_OFFER_NOT_COVERED", params: { max: 20 } });
  });

  it("for someone over the hub's 15–29 offer, still recommends the tracks of schemes with wider windows, saying so", () => {
    const c = trainee({ birthDate: "1995-07-05", nik: "3674014507950001" }); // 31 on 2026-11-28
    const rs = recommendTracks(c, { asOf: d("2026-11-28") });
    const fitting = rs.filter((r) => r.fits).map((r) => r.trackId);
    expect(fitting).toEqual(expect.arrayContaining(["manufacturing-kr", "manufacturing-operation"]));
    for (const r of rs)
      expect(r.reasons[0]).toMatchObject({ code: "TRAINING_OFFER_NOT_COVERED", params: { age: 31, max: 29 } });
    const kr = rs.find((r) => r.trackId === "manufacturing-kr");
    expect(kr?.reasons[1]).toMatchObject({
      code: "TRACK_TARGETS_ADMIT_AGE",
      params: { targets: "KR-EPS-MANUFACTURING" },
    });
    // at 41, Korea (to 39) is out, Malaysia (to 45) is not
    const older = recommendTracks(trainee({ birthDate: "1985-07-05", nik: "3674014507850001" }), {
      asOf: d("2026-11-28"),
    });
    expect(older.find((r) => r.trackId === "manufacturing-kr")?.fits).toBe(false);
    expect(older.find((r) => r.trackId === "manufacturing-operation")?.fits).toBe(true);
  });

  it("recommends nothing under the training age, or before the offer of 2 May 2025", () => {
    expect(
      recommendTracks(trainee({ birthDate: "2015-07-05", nik: "3674014507150001" }), { asOf: d("2026-11-28") }),
    ).toEqual([]);
    expect(recommendTracks(trainee(), { asOf: d("2019-01-01") })).toEqual([]);
    expect(recommendTracks(null as never, null as never)).toEqual([]);
  });

  describe("laws", () => {
    it("is deterministic and never recommends a track whose age window excludes the candidate", () => {
      fc.assert(
        fc.property(
          rawCandidate,
          dateBetween("2000-01-01", "2040-12-31"),
          fc.constantFrom(undefined, "JP", "KR", "ID", "DE"),
          (raw, asOf, destination) => {
            const c = parseCandidate(raw)._unsafeUnwrap();
            const options = destination === undefined ? { asOf } : { asOf, destination };
            const rs = recommendTracks(c, options);
            expect(recommendTracks(c, options)).toStrictEqual(rs);
            const window = resolveParameter(DEFAULT_POLICY, "trainingAge", asOf)?.value;
            const age = ageOn(c.birthDate, asOf);
            if (rs.length > 0) expect(window !== undefined && age >= window.min).toBe(true);
            if (window !== undefined && age > window.max) {
              for (const r of rs.filter((x) => x.fits)) {
                expect(r.reasons.map((x) => x.code)).toContain("TRACK_TARGETS_ADMIT_AGE");
              }
            }
            expect(rs.map((r) => r.rank)).toEqual(rs.map((_, i) => i + 1));
          },
        ),
        { numRuns: runs(100) },
      );
    });
  });
});
