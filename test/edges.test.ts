/**
 * The edges of each module that the behaviour suites do not reach: fallbacks for callers who
 * bypass the types, unusual but lawful inputs, and every branch of the message catalogues.
 */

import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  checkCertification,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  formatGap,
  formatReason,
  type Gap,
  maskDocumentNumber,
  maskName,
  parseCandidate,
  type Readiness,
  recommendTracks,
  summarizeCohort,
  targetRequirements,
  trackProgress,
} from "sentra-vokasi";
import { maxDate, minDate, resolveParameter } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { toIssues } from "../src/core/zod-issues.js";
import { lastDayWithValidity } from "../src/requirements/documents.js";
import { d } from "./arbitraries/index.js";

const base = { id: "E-1", nik: "3674014507050001", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };
const candidate = (extra: object = {}): Candidate => parseCandidate({ ...base, ...extra })._unsafeUnwrap();

describe("messages", () => {
  it("render the recorded sex in both languages", () => {
    for (const sex of ["F", "M"]) {
      const r = { code: "NIK_SEX_MISMATCH", outcome: "fail" as const, params: { nik: "3674********0001", sex } };
      expect(formatReason(r, "id")).toContain(sex === "F" ? "perempuan" : "laki-laki");
      expect(formatReason(r, "en")).toContain(sex === "F" ? "female" : "male");
    }
  });

  it("name unknown document kinds and aspects by their code", () => {
    const r = { code: "DOCUMENT_MISSING", outcome: "unknown" as const, params: { kind: "NEW_KIND" } };
    expect(formatReason(r, "en")).toBe("No NEW_KIND is recorded.");
    const m = { code: "MEDICAL_CHECK_MISSING", outcome: "unknown" as const, params: { aspect: "dental" } };
    expect(formatReason(m, "id")).toBe("Belum ada pemeriksaan dental.");
  });

  it("phrase every kind of action, with and without a date", () => {
    const g = (code: string, params: Record<string, string | number>) => ({ code, component: "x", params });
    expect(formatGap(g("AGE_BELOW_MINIMUM", { age: 17, min: 18 }), "en")).toBe("The minimum age of 18 is not reached.");
    expect(formatGap(g("AGE_BELOW_MINIMUM", { age: 17, min: 18 }), "id")).toBe("Usia minimal 18 tahun belum tercapai.");
    expect(
      formatGap(g("DESTINATION_CLOSED", { target: "SA-DOMESTIC", since: "2015-07-01", from: "2027-01-01" }), "id"),
    ).toBe("Tunggu dibukanya kembali penempatan ke SA-DOMESTIC pada 2027-01-01.");
    expect(
      formatGap(g("DESTINATION_CLOSED", { target: "SA-DOMESTIC", since: "2015-07-01", from: "2027-01-01" }), "en"),
    ).toBe("Wait for placement in SA-DOMESTIC to reopen on 2027-01-01.");
    expect(formatGap(g("LANGUAGE_RESULT_NEEDED", { tests: "JFT_BASIC,JLPT", minimums: "200" }), "en")).toMatch(
      /JFT-Basic ≥ 200 or JLPT ≥ \.$/,
    );
    expect(formatGap(g("SOMETHING_NEW", { a: 1 }), "en")).toBe("SOMETHING_NEW (a=1)");
    expect(formatGap(null as never, "id")).toBe("undefined");
  });
});

describe("explanations", () => {
  it("read a ready-from day and a valid-until day in both languages, and survive odd input", () => {
    const r = {
      target: "T",
      gate: "departure",
      asOf: "2026-01-01",
      status: "not_ready",
      score: 50,
      gaps: [],
      readyFrom: "2026-02-01",
    };
    expect(explainReadiness(r as unknown as Readiness, "id").at(-1)).toBe("Siap mulai 2026-02-01 tanpa tindakan lain.");
    expect(explainReadiness(r as unknown as Readiness, "en")[0]).toContain("(departure)");
    const ok = { ...r, status: "ready", score: 100, readyFrom: undefined, validUntil: "2027-01-01" };
    expect(explainReadiness(ok as unknown as Readiness, "id").at(-1)).toBe("Kesiapan berlaku sampai 2027-01-01.");
    expect(explainReadiness({ status: "weird" } as unknown as Readiness, "fr" as never)[0]).toContain("weird");
  });
});

describe("cohorts", () => {
  it("skip entries that are not readinesses and clamp odd scores", () => {
    const s = summarizeCohort([
      null,
      42,
      { status: "total" },
      { status: "ready", target: "T", score: Number.NaN, gaps: "x" },
    ] as never);
    expect(s.byStatus).toEqual({ total: 1, ready: 1, not_ready: 0, ineligible: 0, unassessed: 0 });
    expect(s.scoreDeciles[0]).toBe(1);
  });
});

describe("masking", () => {
  it("never throws on non-strings and keeps a lone code point", () => {
    expect(maskDocumentNumber(123 as never)).toBe("");
    expect(maskName("𝒜")).toBe("𝒜");
  });
});

describe("dates", () => {
  it("min and max ignore undefined on either side", () => {
    expect(minDate(undefined, d("2026-01-01"))).toBe("2026-01-01");
    expect(minDate(d("2026-02-01"), d("2026-01-01"))).toBe("2026-01-01");
    expect(maxDate(undefined, d("2026-01-01"))).toBe("2026-01-01");
    expect(maxDate(d("2026-01-01"), undefined)).toBe("2026-01-01");
    expect(maxDate(undefined, undefined)).toBeUndefined();
  });

  it("a passport with no minimum validity is enough until its expiry; month ends are respected", () => {
    expect(lastDayWithValidity(d("2027-05-31"), 0)).toBe("2027-05-31");
    expect(lastDayWithValidity(d("2027-02-28"), 1)).toBe("2027-01-31");
    expect(lastDayWithValidity(d("2027-03-31"), 1)).toBe("2027-02-28");
  });
});

describe("issues", () => {
  it("map zod's format and custom issues to library codes", () => {
    const issues = toIssues([
      { code: "invalid_format", format: "email", path: ["x"], message: "m", input: "a" },
      { code: "custom", path: ["y"], message: "something", input: 1 },
      { code: "invalid_union", errors: [], path: ["z"], message: "m", input: {} },
      { code: "too_big", origin: "array", maximum: 2, inclusive: true, path: ["w"], message: "m", input: [] },
      { code: "unrecognized_keys", keys: ["name with spaces", "a".repeat(50)], path: [], message: "m", input: {} },
    ] as never);
    expect(issues.map((i) => i.code)).toEqual([
      "INVALID_FORMAT",
      "INVALID_VALUE",
      "INVALID_VALUE",
      "TOO_MANY",
      "UNKNOWN_KEY",
      "UNKNOWN_KEY",
    ]);
    expect(issues[4]?.path).toEqual(["n*** w*** s*****"]);
  });

  it("keep the schemas' own codes, name a union's discriminator once, and print symbol keys", () => {
    const issues = toIssues([
      { code: "custom", path: [Symbol("k"), 0], message: "INVALID_NIK", input: "x" },
      { code: "invalid_union", errors: [], discriminator: "kind", path: ["documents", 0], message: "m", input: {} },
      {
        code: "invalid_union",
        errors: [],
        discriminator: "kind",
        path: ["documents", 0, "kind"],
        message: "m",
        input: 1,
      },
    ] as never);
    expect(issues[0]).toMatchObject({ path: ["Symbol(k)", 0], code: "INVALID_NIK" });
    expect(issues[0]?.message).toMatch(/^A NIK is 16 digits/);
    expect(issues[1]?.path).toEqual(["documents", 0, "kind"]);
    expect(issues[2]?.path).toEqual(["documents", 0, "kind"]);
  });
});

describe("policy without some parameters", () => {
  const without = (mutate: (p: Record<string, unknown>) => void) => {
    const p = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Record<string, unknown>;
    mutate(p);
    return p as never;
  };

  it("says which parameter is missing instead of guessing", () => {
    const noNational = without((p) => {
      (p.parameters as Record<string, unknown>).placementMinimumAge = { description: { id: "", en: "" }, versions: [] };
    });
    const v = checkPlacementEligibility(candidate(), { asOf: d("2026-01-01"), target: "DE-NURSE", policy: noNational });
    expect(v.outcome).toBe("unknown");
    expect(v.reasons.map((r) => r.code)).toContain("POLICY_PARAMETER_MISSING");

    const noSkill = without((p) => {
      ((p.targets as Record<string, { requirements: Record<string, unknown> }>)["DE-NURSE"]?.requirements ?? {}).skill =
        {
          description: { id: "", en: "" },
          versions: [],
        };
    });
    expect(
      checkCertification(candidate(), { asOf: d("2026-01-01"), target: "DE-NURSE", policy: noSkill }).reasons[0]?.code,
    ).toBe("POLICY_PARAMETER_MISSING");
    expect(targetRequirements("DE-NURSE", { asOf: d("2026-01-01"), policy: noSkill })._unsafeUnwrapErr()).toEqual({
      code: "POLICY_PARAMETER_MISSING",
      target: "DE-NURSE",
      parameter: "skill",
    });
    const r = assessReadiness(candidate(), { asOf: d("2026-01-01"), target: "DE-NURSE", policy: noSkill });
    expect(r.gaps.map((g) => g.code)).toContain("POLICY_PARAMETER_MISSING");
    expect(resolveParameter({} as never, "trainingAge", d("2026-01-01"))).toBeUndefined();
  });

  it("a target without certificates or tests asks for none", () => {
    const none = definePolicy(DEFAULT_POLICY, {
      targets: {
        "MY-PLKS-MANUFACTURING": {
          skill: [
            {
              from: d("0000-01-01"),
              value: { units: [], skillTests: [] },
              basis: "Malaysia PLKS: syarat",
              confirmed: false,
            },
          ],
        },
      },
    })._unsafeUnwrap();
    const v = checkCertification(candidate(), { asOf: d("2026-01-01"), target: "MY-PLKS-MANUFACTURING", policy: none });
    expect([v.outcome, v.reasons[0]?.code]).toEqual(["pass", "NO_CERTIFICATION_REQUIRED"]);
  });
});

describe("training", () => {
  it("progress ignores results after asOf and takes the latest before it", () => {
    const c = candidate({
      unitResults: [
        { unitCode: "C.24LAS01.001.1", result: "NOT_YET_COMPETENT", assessedOn: "2026-05-01" },
        { unitCode: "C.24LAS01.001.1", result: "COMPETENT", assessedOn: "2026-04-01" },
        { unitCode: "C.24LAS01.003.1", result: "COMPETENT", assessedOn: "2027-01-01" },
      ],
      enrollments: [{ trackId: "welding-smaw", startedOn: "2027-01-01", hoursAttended: 100 }],
    });
    const p = trackProgress(c, "welding-smaw", { asOf: d("2026-11-28") })._unsafeUnwrap();
    expect([p.unitsCompetent, p.hoursAttended]).toEqual([[], 0]);
    expect(trackProgress(c, "welding-smaw", { asOf: "x" as CalendarDate })._unsafeUnwrapErr().code).toBe(
      "INVALID_AS_OF",
    );
  });

  it("recommendations say when education is not recorded, and take no destination that is not a string", () => {
    const rs = recommendTracks(candidate(), { asOf: d("2026-11-28"), destination: 42 as never });
    expect(rs.length).toBeGreaterThan(0);
    expect(rs[0]?.reasons.map((r) => r.code)).toContain("EDUCATION_UNKNOWN");
    expect(rs[0]?.reasons.map((r) => r.code)).not.toContain("TRACK_DESTINATION_MATCH");
  });
});

describe("readiness edges", () => {
  const asOf = d("2026-11-28");
  const noTargetParameter = (target: string, name: string) => {
    const p = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as {
      targets: Record<string, { requirements: Record<string, unknown> }>;
    };
    (p.targets[target]?.requirements ?? {})[name] = { description: { id: "", en: "" }, versions: [] };
    return p as never;
  };

  it("a catalogue target the policy does not carry is UNKNOWN_TARGET, as is a non-string target", () => {
    const p = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as { targets: Record<string, unknown> };
    delete p.targets["SA-DOMESTIC"];
    const v = checkPlacementEligibility(candidate(), { asOf, target: "SA-DOMESTIC", policy: p as never });
    expect([v.outcome, v.reasons[0]?.code, v.reasons[0]?.params]).toEqual([
      "unknown",
      "UNKNOWN_TARGET",
      { target: "SA-DOMESTIC" },
    ]);
    const r = assessReadiness(candidate(), { asOf, target: "SA-DOMESTIC", policy: p as never });
    expect(r.gaps).toEqual([{ code: "UNKNOWN_TARGET", component: "eligibility", params: { target: "SA-DOMESTIC" } }]);
    const n = checkPlacementEligibility(candidate(), { asOf, target: 7 as never });
    expect(n.reasons[0]?.params).toEqual({ target: "7" });
    expect(assessReadiness(candidate(), { asOf, target: 7 as never }).target).toBe("7");
  });

  it("placement names a missing age, education or destination parameter, rule by rule", () => {
    for (const [name, rule] of [
      ["age", "placement.age.target"],
      ["education", "placement.education"],
      ["open", "placement.destination"],
    ] as const) {
      const v = checkPlacementEligibility(candidate({ education: "SMA" }), {
        asOf,
        target: "JP-SSW-CAREGIVING",
        policy: noTargetParameter("JP-SSW-CAREGIVING", name),
      });
      expect(v.outcome, name).toBe("unknown");
      const child = v.children?.find((x) => x.rule === rule);
      expect(child?.reasons[0]?.code, name).toBe("POLICY_PARAMETER_MISSING");
      expect(child?.reasons[0]?.params.parameter, name).toBe(`JP-SSW-CAREGIVING.${name}`);
    }
  });

  it("reports a missing language, medical, documents or passport parameter as a gap, per component", () => {
    for (const [name, component] of [
      ["language", "language"],
      ["medical", "health"],
      ["documents", "documents"],
      ["passport", "documents"],
    ] as const) {
      const r = assessReadiness(candidate(), {
        asOf,
        target: "JP-SSW-CAREGIVING",
        policy: noTargetParameter("JP-SSW-CAREGIVING", name),
      });
      expect(
        r.gaps.some((g) => g.code === "POLICY_PARAMETER_MISSING" && g.component === component),
        name,
      ).toBe(true);
    }
  });

  it("names each language alternative once, and lets the closest of several documents of a kind speak", () => {
    const c = candidate({
      languageResults: [
        { test: "JFT_BASIC", score: 150, takenOn: "2026-01-01" },
        { test: "JFT_BASIC", score: 160, takenOn: "2026-02-01" },
      ],
      documents: [
        { kind: "PASSPORT", number: "X1111111", issuedOn: "2016-01-01", expiresOn: "2021-01-01" },
        { kind: "PASSPORT", number: "X2222222", issuedOn: "2026-01-01" },
      ],
    });
    const r = assessReadiness(c, { asOf, target: "JP-SSW-CAREGIVING" });
    expect(r.gaps.find((g) => g.component === "language")?.params).toEqual({
      tests: "JFT_BASIC,JLPT",
      minimums: "200,N4",
    });
    expect(
      r.gaps.filter(
        (g) => g.component === "documents" && (g.params.kind === "PASSPORT" || g.code.startsWith("PASSPORT")),
      ),
    ).toEqual([{ code: "PASSPORT_EXPIRY_UNKNOWN", component: "documents", params: {} }]);
  });

  it("a passport without an expiry date is unknown, an expired one a failure", () => {
    const expired = candidate({
      documents: [{ kind: "PASSPORT", number: "X1111111", issuedOn: "2016-01-01", expiresOn: "2021-01-01" }],
    });
    const r = assessReadiness(expired, { asOf, target: "JP-SSW-CAREGIVING" });
    expect(r.gaps.find((g) => g.params.kind === "PASSPORT")).toEqual({
      code: "DOCUMENT_EXPIRED",
      component: "documents",
      params: { kind: "PASSPORT", lastValidDay: "2021-01-01" },
    });
  });

  it("a consent that expired is a document gap with its last day; a KTP-el's printed date is not", () => {
    const c = candidate({
      documents: [
        { kind: "FAMILY_CONSENT", issuedOn: "2020-01-01", expiresOn: "2025-01-01" },
        { kind: "KTP", issuedOn: "2010-01-01", expiresOn: "2015-01-01" },
      ],
    });
    const r = assessReadiness(c, { asOf, target: "JP-SSW-CAREGIVING" });
    expect(r.gaps.find((g) => g.params.kind === "FAMILY_CONSENT")).toMatchObject({
      code: "DOCUMENT_EXPIRED",
      params: { lastValidDay: "2025-01-01" },
    });
    expect(r.gaps.some((g) => g.params.kind === "KTP")).toBe(false);
  });
});

describe("gap ordering and weights", () => {
  it("puts waits first (latest first, a wait implied by a longer one dropped), an unknown gap code among the work (with skill), and an unknown component last among equals", async () => {
    const { sortGaps } = await import("../src/readiness/gaps.js");
    const weights = { eligibility: 30, skill: 20, language: 20, health: 10, documents: 15, orientation: 5 };
    const gaps: Gap[] = [
      { code: "AGE_BELOW_MINIMUM", component: "eligibility", params: { from: "2027-01-01" } },
      { code: "NEW_CODE", component: "other", params: {} },
      { code: "NEW_CODE", component: "skill", params: {} },
      { code: "DOCUMENT_MISSING", component: "documents", params: { kind: "KTP" } },
      { code: "AGE_BELOW_MINIMUM", component: "eligibility", params: { from: "2026-12-01" } },
      { code: "DESTINATION_CLOSED", component: "eligibility", params: { from: "2026-12-01" } },
    ];
    expect(sortGaps(gaps, weights).map((g) => `${g.component}:${g.code}:${g.params.from ?? ""}`)).toEqual([
      "eligibility:AGE_BELOW_MINIMUM:2027-01-01",
      "eligibility:DESTINATION_CLOSED:2026-12-01",
      "skill:NEW_CODE:",
      "other:NEW_CODE:",
      "documents:DOCUMENT_MISSING:",
    ]);
  });

  it("weighs components equally when the policy has no weights in force", () => {
    const p = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as { parameters: Record<string, unknown> };
    p.parameters.readinessWeights = { description: { id: "", en: "" }, versions: [] };
    const r = assessReadiness(candidate(), { asOf: d("2026-11-28"), target: "JP-SSW-CAREGIVING", policy: p as never });
    expect(r.components.every((x) => x.weight === 1)).toBe(true);
    const bad = assessReadiness(candidate(), { asOf: 20261128 as never, target: "JP-SSW-CAREGIVING" });
    expect([bad.asOf, bad.gaps[0]?.code]).toEqual(["", "INVALID_AS_OF"]);
  });
});
