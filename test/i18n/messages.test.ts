/**
 * Every message of the built-in locales, rendered with rich params, with and without a `from`
 * day, and with no params at all: each is a sentence (never "undefined"), in both languages.
 */
import {
  type CalendarDate,
  checkPlacementEligibility,
  formatGap,
  formatReason,
  LOCALES,
  parseCandidate,
} from "sentra-vokasi";
import { GAP_CODES, REASON_CODES } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

const RICH = {
  age: 30,
  min: "SMP",
  max: 39,
  target: "SA-DOMESTIC",
  destination: "SA",
  since: "2015-07-01",
  kind: "FAMILY_CONSENT",
  kinds: "MARRIAGE_BOOK,KK",
  test: "JLPT",
  tests: "JLPT,EPS_TOPIK,IELTS",
  minimums: "N4,80,5",
  result: "N5",
  takenOn: "2026-01-01",
  countedFrom: "announcedOn",
  lastValidDay: "2026-06-30",
  education: "PAKET_B",
  sex: "M",
  admitted: "F,M",
  aspect: "psychological",
  examinedOn: "2026-01-01",
  withinDays: 7,
  testedOn: "2026-11-28",
  appliedOn: "2025-06-01",
  assumed: true,
  field: "enrollments[1].completedOn",
  date: "2026-01-01",
  start: "2026-02-01",
  asOf: "2026-11-28",
  until: "2027-01-01",
  count: 2,
  units: "A, B",
  minMonths: 6,
  expiresOn: "2027-01-01",
  parameter: "trainingAge",
  completedOn: "2026-01-01",
  percent: 40,
  targets: "KR-EPS-MANUFACTURING",
  nik: "3674********0001",
  nikProvinceCode: "36",
  provinceCode: "31",
  regencyCode: "3171",
  track: "banten-welding-smaw-1",
  after: "2027-06-01",
  rounds: 6,
  from: "2025-05-02",
};
const { from: _from, ...UNDATED } = RICH;

describe("every built-in message", () => {
  for (const locale of ["id", "en"] as const) {
    it(`renders in ${locale} with rich, dated and empty params`, () => {
      for (const code of REASON_CODES) {
        for (const params of [
          RICH,
          { ...RICH, countedFrom: "takenOn", assumed: false, sex: "F", education: "NONE" },
          {},
        ]) {
          const text = formatReason({ code, outcome: "fail", params: params as never }, locale);
          expect(text.length, code).toBeGreaterThan(3);
          if (params !== RICH) continue;
          expect(text, code).not.toMatch(/undefined|NaN|\[object/);
        }
      }
      for (const code of GAP_CODES) {
        for (const params of [UNDATED, RICH, { ...RICH, destination: "" }, {}]) {
          const text = formatGap({ code, component: "x", params: params as never }, locale);
          expect(text.length, code).toBeGreaterThan(3);
          if (Object.keys(params).length === 0) continue;
          expect(text, code).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    });
  }

  it("names fields by their label in Indonesian, and leaves an unknown path as it is", () => {
    const r = (field: string) =>
      formatReason({ code: "DATE_IN_FUTURE", outcome: "fail", params: { field, date: "x", asOf: "y" } }, "id");
    expect(r("enrollments[1].completedOn")).toContain("Tanggal selesai pelatihan ke-2");
    expect(r("birthDate")).toContain("Tanggal lahir");
    expect(r("orientation.completedOn")).toContain("Tanggal selesai orientasi pra pemberangkatan");
    expect(r("weird path!")).toContain("Weird path!");
    expect(LOCALES.id.names.countries.SA).toBe("Arab Saudi");
  });
});

describe("an invalid appliedOn", () => {
  it("is said by the placement check too", () => {
    const c = parseCandidate({
      id: "A",
      nik: "3674011203990001",
      fullName: "Budi",
      sex: "M",
      birthDate: "1999-03-12",
    })._unsafeUnwrap();
    const v = checkPlacementEligibility(c, {
      asOf: "2026-12-01" as CalendarDate,
      target: "KR-EPS-MANUFACTURING",
      appliedOn: "2026-02-30" as CalendarDate,
    });
    expect([v.outcome, v.reasons[0]?.code]).toEqual(["unknown", "INVALID_APPLIED_ON"]);
  });
});
