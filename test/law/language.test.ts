/**
 * EPS-TOPIK (DOMAIN.md §10): valid 2 years from the announcement date; 80 points is the floor of
 * older rounds, an overridable figure. Indonesian wording: "N4 atau lebih tinggi", never "≥ N4".
 */
import {
  assessReadiness,
  type CalendarDate,
  checkLanguageRequirements,
  DEFAULT_POLICY,
  formatGap,
  formatReason,
  targetRequirements,
} from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { candidateFor } from "../arbitraries/catalog.js";

const d = (s: string) => s as CalendarDate;
const eps = [[{ test: "EPS_TOPIK" as const, minScore: 80, maxAgeMonths: 24 }]];
const KR = "KR-EPS-MANUFACTURING";
const base = candidateFor(targetRequirements(KR, { asOf: d("2026-12-01") })._unsafeUnwrap(), [0.5]);
const withResult = (r: object) => ({ ...base, languageResults: [r as never] });

describe("EPS-TOPIK validity counts from the announcement", () => {
  it("from announcedOn when recorded: valid to the day before the second anniversary", () => {
    const c = withResult({ test: "EPS_TOPIK", score: 150, takenOn: "2024-03-01", announcedOn: "2024-04-15" });
    const last = checkLanguageRequirements(c, { asOf: d("2026-04-14"), requirements: eps });
    expect(last.outcome).toBe("pass");
    expect(last.reasons[0]?.params.countedFrom).toBe("announcedOn");
    const after = checkLanguageRequirements(c, { asOf: d("2026-04-15"), requirements: eps });
    expect(after.reasons[0]).toMatchObject({ code: "LANGUAGE_RESULT_EXPIRED", params: { lastValidDay: "2026-04-14" } });
    expect(formatReason(after.reasons[0] as never, "id")).toContain("sejak pengumuman hasil");
  });

  it("from the test day when no announcement is recorded, and says so", () => {
    const c = withResult({ test: "EPS_TOPIK", score: 150, takenOn: "2024-03-01" });
    const after = checkLanguageRequirements(c, { asOf: d("2026-03-01"), requirements: eps });
    expect(after.reasons[0]?.params).toMatchObject({ lastValidDay: "2026-02-28", countedFrom: "takenOn" });
    expect(formatReason(after.reasons[0] as never, "en")).toContain("no announcement day is recorded");
  });

  it("keeps 80 as an overridable floor and says what it is", () => {
    const note = DEFAULT_POLICY.citations["Korea Selatan EPS-TOPIK: nilai dan masa berlaku"]?.note ?? "";
    expect(note).toContain("older rounds");
    expect(note).toContain("120");
  });
});

describe("Indonesian wording of language minimums", () => {
  it("says 'N4 atau lebih tinggi' and 'minimal 200', never '≥'", () => {
    const r = assessReadiness({ ...base, languageResults: [] }, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" });
    const gap = r.gaps.find((g) => g.code === "LANGUAGE_RESULT_NEEDED");
    const text = formatGap(gap as never, "id");
    expect(text).toBe("Raih hasil tes bahasa: JFT-Basic minimal 200 atau JLPT N4 atau lebih tinggi.");
    expect(text).not.toContain("≥");
  });
});
