/**
 * definePolicy's validation, case by case: every rule of the schema accepts its boundary and
 * rejects just past it, with the documented code at the documented path.
 */
import { type CalendarDate, DEFAULT_POLICY, definePolicy, type Policy } from "sentra-vokasi";
import { BASIS } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

const from = "2030-01-01" as CalendarDate;
const B = BASIS.UU_18_2017_P5A;
const version = (value: unknown, extra: object = {}) => [{ from, value, basis: B, confirmed: false, ...extra }];
const target = (name: string, value: unknown, extra: object = {}) =>
  definePolicy(DEFAULT_POLICY, { targets: { "JP-SSW-CAREGIVING": { [name]: version(value, extra) } } } as never);
const parameter = (name: string, value: unknown, extra: object = {}) =>
  definePolicy(DEFAULT_POLICY, { parameters: { [name]: version(value, extra) } } as never);
const problems = (r: ReturnType<typeof definePolicy>) =>
  r.isOk() ? [] : r.error.issues.map((i) => `${i.path.join(".")} ${i.code}`);

describe("definePolicy validates each value", () => {
  it("age windows: min ≤ max, equal allowed; a target's max may be absent", () => {
    expect(problems(parameter("trainingAge", { min: 18, max: 18 }))).toEqual([]);
    expect(problems(parameter("trainingAge", { min: 19, max: 18 }))).toEqual([
      "overrides.parameters.trainingAge.0.value.max INVALID_RANGE",
    ]);
    expect(problems(target("age", { min: 21, max: 21 }))).toEqual([]);
    expect(problems(target("age", { min: 21 }))).toEqual([]);
    expect(problems(target("age", { min: 22, max: 21 }))).toEqual([
      "overrides.targets.JP-SSW-CAREGIVING.age.0.value.max INVALID_RANGE",
    ]);
    expect(problems(parameter("placementMinimumAge", 151))).toEqual([
      "overrides.parameters.placementMinimumAge.0.value OUT_OF_RANGE",
    ]);
    expect(problems(parameter("placementMinimumAge", 17.5))).toEqual([
      "overrides.parameters.placementMinimumAge.0.value INVALID_TYPE",
    ]);
  });

  it("a version's until is on or after its from", () => {
    expect(problems(parameter("placementMinimumAge", 19, { until: from }))).toEqual([]);
    expect(problems(parameter("placementMinimumAge", 19, { until: "2029-12-31" }))).toEqual([
      "overrides.parameters.placementMinimumAge.0.until INVALID_DATE_RANGE",
    ]);
  });

  it("every placement document is also a departure document", () => {
    expect(problems(target("documents", { placement: ["KTP"], departure: ["KTP", "VISA"] }))).toEqual([]);
    expect(problems(target("documents", { placement: ["KTP", "VISA"], departure: ["KTP"] }))).toEqual([
      "overrides.targets.JP-SSW-CAREGIVING.documents.0.value.departure INVALID_DOCUMENT_GATES",
    ]);
    expect(problems(target("documents", { placement: ["KTP"], departure: ["NOPE"] }))).toEqual([
      "overrides.targets.JP-SSW-CAREGIVING.documents.0.value.departure.0 INVALID_VALUE",
    ]);
  });

  it("language requirements: each test with its own minimum field and range", () => {
    const ok = [
      [{ test: "JFT_BASIC", minScore: 200, maxAgeMonths: 24 }],
      [{ test: "JLPT", minLevel: "N4" }],
      [{ test: "CEFR", minLevel: "B1" }],
      [
        { test: "IELTS", minBand: 9 },
        { test: "IELTS", minBand: 0 },
      ],
    ];
    expect(problems(target("language", ok))).toEqual([]);
    const path = "overrides.targets.JP-SSW-CAREGIVING.language.0.value";
    expect(problems(target("language", [[{ test: "IELTS", minBand: 9.5 }]]))).toEqual([
      `${path}.0.0.minBand OUT_OF_RANGE`,
    ]);
    expect(problems(target("language", [[{ test: "IELTS", minBand: -1 }]]))).toEqual([
      `${path}.0.0.minBand OUT_OF_RANGE`,
    ]);
    expect(problems(target("language", [[{ test: "JLPT", minScore: 100 }]]))).toEqual([
      `${path}.0.0.minLevel REQUIRED`,
      `${path}.0.0.minScore UNKNOWN_KEY`,
    ]);
    expect(problems(target("language", [[{ test: "TOEFL", minScore: 80 }]]))).toEqual([
      `${path}.0.0.test INVALID_VALUE`,
    ]);
    expect(problems(target("language", [[]]))).toEqual([`${path}.0 TOO_FEW`]);
  });

  it("certificate validity and readiness weights", () => {
    expect(problems(parameter("competencyCertificateValidity", { defaultYears: 1, bySchemeCode: { X: 100 } }))).toEqual(
      [],
    );
    expect(problems(parameter("competencyCertificateValidity", { defaultYears: 0, bySchemeCode: {} }))).toEqual([
      "overrides.parameters.competencyCertificateValidity.0.value.defaultYears OUT_OF_RANGE",
    ]);
    const weights = { eligibility: 0, skill: 1000, language: 1, health: 1, documents: 1, orientation: 1 };
    expect(problems(parameter("readinessWeights", weights))).toEqual([]);
    expect(problems(parameter("readinessWeights", { ...weights, skill: 1001 }))).toEqual([
      "overrides.parameters.readinessWeights.0.value.skill OUT_OF_RANGE",
    ]);
  });
});

describe("definePolicy checks the base and the citations", () => {
  it("reports a broken base under base.…, and an unknown citation in the base", () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as {
      parameters: { trainingAge: { versions: object[] } };
    };
    broken.parameters.trainingAge.versions = [{ from, value: { min: 30, max: 29 }, basis: B, confirmed: true }];
    expect(problems(definePolicy(broken as unknown as Policy, {}))).toEqual([
      "base.parameters.trainingAge.versions.0.value.max INVALID_RANGE",
    ]);
    broken.parameters.trainingAge.versions = [{ from, value: { min: 15, max: 29 }, basis: "nowhere", confirmed: true }];
    expect(problems(definePolicy(broken as unknown as Policy, {}))).toEqual([
      "base.parameters.trainingAge.versions.0.basis UNKNOWN_CITATION",
    ]);
    const brokenTarget = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as {
      targets: Record<string, { requirements: { open: { versions: { basis: string }[] } } }>;
    };
    (brokenTarget.targets["SA-DOMESTIC"]?.requirements.open.versions[0] as { basis: string }).basis = "nowhere";
    expect(problems(definePolicy(brokenTarget as unknown as Policy, {}))).toEqual([
      "base.targets.SA-DOMESTIC.requirements.open.versions.0.basis UNKNOWN_CITATION",
    ]);
  });

  it("an override may cite a citation it adds; a target override may not cite an unknown one", () => {
    const cited = definePolicy(DEFAULT_POLICY, {
      citations: { "Aturan baru": { instrument: "Contoh", sources: [] } },
      targets: { "SA-DOMESTIC": { open: [{ from, value: true, basis: "Aturan baru", confirmed: false }] } },
    });
    expect(cited.isOk()).toBe(true);
    expect(
      problems(
        definePolicy(DEFAULT_POLICY, {
          targets: { "SA-DOMESTIC": { open: [{ from, value: true, basis: "Aturan lain", confirmed: false }] } },
        }),
      ),
    ).toEqual(["overrides.targets.SA-DOMESTIC.open.0.basis UNKNOWN_CITATION"]);
  });

  it("any one of id, title or citations is a change; the rest is kept", () => {
    const title = { id: "Kebijakan uji", en: "Test policy" };
    const t = definePolicy(DEFAULT_POLICY, { title })._unsafeUnwrap();
    expect([t === DEFAULT_POLICY, t.id, t.title]).toEqual([false, DEFAULT_POLICY.id, title]);
    const i = definePolicy(DEFAULT_POLICY, { id: "uji" })._unsafeUnwrap();
    expect([i === DEFAULT_POLICY, i.id, i.title]).toEqual([false, "uji", DEFAULT_POLICY.title]);
    const c = definePolicy(DEFAULT_POLICY, { citations: { X: { instrument: "X", sources: [] } } })._unsafeUnwrap();
    expect([c === DEFAULT_POLICY, Object.hasOwn(c.citations, "X"), c.parameters]).toEqual([
      false,
      true,
      DEFAULT_POLICY.parameters,
    ]);
  });
});
