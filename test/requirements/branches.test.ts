/**
 * Requirement kinds and the evaluation framework on inputs the policy suites do not reach: a
 * target without some requirement (no passport minimum, no skill, no requirements at all), a
 * requirement switched off (orientation `false`, no married documents at a gate), a national
 * parameter with no version in force, an age judged at application without a maximum, a medical
 * rule with no validity, and the framework's own walks over verdicts (permanence, lapses, the
 * alternative that speaks for a requirement) pinned on small hand-made verdicts.
 */
import fc from "fast-check";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  checkCertification,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  listTargets,
  type Policy,
  parseCandidate,
  targetRequirements,
  type Verdict,
} from "sentra-vokasi";
import { makeReason, makeVerdict, registerRequirementKind } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { evaluateTarget, gapsOf, lapsingBefore, passesOn, permanentGaps } from "../../src/requirements/evaluate.js";
import { languageKind } from "../../src/requirements/language.js";
import { checkHealth } from "../../src/requirements/medical.js";
import { latestPregnancyTest } from "../../src/requirements/pregnancy.js";

const d = (s: string) => s as CalendarDate;
const asOf = d("2026-12-01");
const JP = "JP-SSW-CAREGIVING";
const ORIENTATION_BASIS = "UU 18/2017: Orientasi Pra Pemberangkatan (OPP)";
const JP_BASIS = "Jepang SSW (i): persyaratan";

const candidate = (extra: object = {}): Candidate =>
  parseCandidate({
    id: "B-1",
    nik: "3674014507050001",
    fullName: "Siti Aminah",
    sex: "F",
    birthDate: "2005-07-05",
    ...extra,
  })._unsafeUnwrap();

/** A deep copy of the default policy to edit as a caller reading JSON might hand it over. */
const editable = () =>
  JSON.parse(JSON.stringify(DEFAULT_POLICY)) as {
    parameters: Record<string, { versions: unknown[] }>;
    targets: Record<string, { requirements: Record<string, unknown> | null } | null>;
  };

const rulesOf = (v: Verdict | undefined): string[] => (v?.children ?? []).map((x) => x.rule);

describe("a target without some requirement", () => {
  it("without a passport minimum: any passport valid on the day is enough, cited by the documents' basis", () => {
    const p = editable();
    delete p.targets[JP]?.requirements?.passport;
    const c = candidate({
      documents: [{ kind: "PASSPORT", number: "X1234567", issuedOn: "2022-01-01", expiresOn: "2026-12-02" }],
    });
    const docs = assessReadiness(c, { asOf, target: JP, policy: p as never }).components.find(
      (x) => x.name === "documents",
    );
    const passport = docs?.verdict.children?.find((x) => x.rule === "documents.PASSPORT");
    expect(passport?.outcome).toBe("pass");
    expect(passport?.validUntil).toBe("2026-12-02");
    expect(passport?.reasons[0]?.basis).toBe("UU 18/2017 Pasal 13 dan tahapan pra-penempatan");
    expect(targetRequirements(JP, { asOf, policy: p as never })._unsafeUnwrap().passport).toEqual({
      minValidityMonths: 0,
    });
    // With the default policy's six months, the same passport is too short.
    const withMinimum = assessReadiness(c, { asOf, target: JP }).components.find((x) => x.name === "documents");
    const short = withMinimum?.verdict.children?.find((x) => x.rule === "documents.PASSPORT");
    expect(short?.reasons[0]).toEqual({
      code: "PASSPORT_VALIDITY_TOO_SHORT",
      outcome: "fail",
      params: { minMonths: 6, expiresOn: "2026-12-02" },
      basis: "Jepang SSW (i): paspor 6 bulan (sumber sekunder)",
    });
  });

  it("without a skill requirement: no certification is required, and the certification verdict says so", () => {
    const p = definePolicy(DEFAULT_POLICY, {
      targets: {
        "XX-NO-SKILL": {
          profile: {
            destination: "AU",
            scheme: "s",
            occupation: "o",
            employer: "entity",
            title: { id: "a", en: "b" },
            tracks: [],
          },
          requirements: { open: [{ from: d("2000-01-01"), value: true, basis: JP_BASIS, confirmed: false }] },
        },
      },
    })._unsafeUnwrap();
    expect(checkCertification(candidate(), { asOf, target: "XX-NO-SKILL", policy: p })).toEqual({
      rule: "skill",
      outcome: "pass",
      reasons: [{ code: "NO_CERTIFICATION_REQUIRED", outcome: "pass", params: { target: "XX-NO-SKILL" } }],
    });
  });

  it("with no requirements object at all: only the national rules judge, and the checklist is neutral", () => {
    const p = editable();
    (p.targets[JP] as { requirements: unknown }).requirements = null;
    const v = checkPlacementEligibility(candidate(), { asOf, target: JP, policy: p as never });
    expect(v.outcome).toBe("pass");
    expect(rulesOf(v).every((rule) => rule.endsWith(".national"))).toBe(true);
    expect(rulesOf(v)).toContain("placement.age.national");
    const r = assessReadiness(candidate(), { asOf, target: JP, policy: p as never });
    expect(r.components.map((x) => x.name)).toEqual(["eligibility"]);
    expect(r.status).toBe("ready");
    expect(targetRequirements(JP, { asOf, policy: p as never })._unsafeUnwrap()).toEqual({
      target: JP,
      asOf,
      age: { min: 18 },
      language: [],
      skill: { units: [], skillTests: [] },
      passport: { minValidityMonths: 0 },
      documents: { placement: [], departure: [] },
    });
  });

  it("a target entry that is not an object is no target: listTargets skips it", () => {
    const p = editable();
    p.targets[JP] = null;
    const ids = listTargets(p as never).map((t) => t.id);
    expect(ids).not.toContain(JP);
    expect(ids).toHaveLength(Object.keys(DEFAULT_POLICY.targets).length - 1);
  });

  it("evaluateTarget and passesOn know no target the policy lacks", () => {
    const input = { candidate: candidate(), target: "XX-NOWHERE", gate: "placement" as const, policy: DEFAULT_POLICY };
    expect(evaluateTarget(input, asOf)).toBeUndefined();
    expect(passesOn(input, asOf)).toBe(false);
  });
});

describe("requirements switched off", () => {
  const noOrientationFrom = (from: string) =>
    definePolicy(DEFAULT_POLICY, {
      targets: { [JP]: { orientation: [{ from: d(from), value: false, basis: ORIENTATION_BASIS, confirmed: false }] } },
    })._unsafeUnwrap();

  it("orientation false asks for no OPP from that day: a component with nothing to judge, nothing in the checklist", () => {
    const p = noOrientationFrom("2026-06-01");
    const orientation = (day: string) =>
      assessReadiness(candidate(), { asOf: d(day), target: JP, gate: "departure", policy: p }).components.find(
        (x) => x.name === "orientation",
      )?.verdict;
    expect(orientation("2026-12-01")).toEqual({ rule: "orientation", outcome: "pass", reasons: [], children: [] });
    expect(targetRequirements(JP, { asOf, policy: p })._unsafeUnwrap()).not.toHaveProperty("orientation");
    // Before the change the default's requirement holds: no OPP is recorded, and waiting for
    // the day the requirement is lifted is enough.
    expect(orientation("2026-05-31")).toEqual({
      rule: "orientation",
      outcome: "unknown",
      reasons: [{ code: "ORIENTATION_MISSING", outcome: "unknown", params: {}, basis: ORIENTATION_BASIS }],
      validFrom: "2026-06-01",
    });
    expect(targetRequirements(JP, { asOf: d("2026-05-31"), policy: p })._unsafeUnwrap()).toHaveProperty(
      "orientation",
      true,
    );
  });

  it("no married documents at a gate asks nothing of a married candidate there", () => {
    const basis = "UU 18/2017 Pasal 13 huruf a (buku nikah bagi yang menikah)";
    const p = definePolicy(DEFAULT_POLICY, {
      targets: {
        [JP]: {
          marriedDocuments: [
            { from: d("2026-01-01"), value: { placement: [], departure: ["MARRIAGE_BOOK"] }, basis, confirmed: false },
          ],
        },
      },
    })._unsafeUnwrap();
    const married = candidate({ maritalStatus: "MARRIED" });
    const unsure = candidate();
    const marriage = (c: Candidate, gate: "placement" | "departure") =>
      assessReadiness(c, { asOf, target: JP, gate, policy: p })
        .components.find((x) => x.name === "documents")
        ?.verdict.children?.filter((x) => x.rule.startsWith("documents.marriage") || x.rule.includes("MARRIAGE"));
    expect(marriage(married, "placement")).toEqual([]);
    expect(marriage(unsure, "placement")).toEqual([]);
    const gaps = assessReadiness(married, { asOf, target: JP, gate: "departure", policy: p }).gaps;
    expect(gaps).toContainEqual({
      code: "DOCUMENT_MISSING",
      component: "documents",
      params: { kind: "MARRIAGE_BOOK" },
    });
  });
});

describe("a national parameter with no version in force", () => {
  it("no lifelong documents: a KTP's printed expiry counts like any other document's", () => {
    const ktp = candidate({
      maritalStatus: "MARRIED",
      documents: [
        { kind: "KTP", issuedOn: "2010-01-01", expiresOn: "2015-01-01" },
        { kind: "MARRIAGE_BOOK", issuedOn: "2010-01-01", expiresOn: "2015-01-01" },
      ],
    });
    const gapFor = (policy: Policy | undefined, kind: string) =>
      assessReadiness(ktp, { asOf, target: JP, ...(policy ? { policy } : {}) }).gaps.find(
        (g) => g.params.kind === kind,
      );
    // The default policy holds a KTP-el valid for life.
    expect(gapFor(undefined, "KTP")).toBeUndefined();
    const p = editable();
    (p.parameters.lifelongDocuments as { versions: unknown[] }).versions = [];
    expect(gapFor(p as never, "KTP")).toEqual({
      code: "DOCUMENT_EXPIRED",
      component: "documents",
      params: { kind: "KTP", lastValidDay: "2015-01-01" },
    });
    // The married candidate's documents are judged the same way.
    expect(gapFor(p as never, "MARRIAGE_BOOK")).toEqual({
      code: "DOCUMENT_EXPIRED",
      component: "documents",
      params: { kind: "MARRIAGE_BOOK", lastValidDay: "2015-01-01" },
    });
  });
});

describe("age judged at application without a maximum", () => {
  const p = definePolicy(DEFAULT_POLICY, {
    targets: {
      [JP]: {
        age: [
          { from: d("2026-01-01"), value: { min: 18, judgedAt: "application" }, basis: JP_BASIS, confirmed: false },
        ],
      },
    },
  })._unsafeUnwrap();
  const ageOf = (appliedOn?: string) =>
    checkPlacementEligibility(candidate(), {
      asOf,
      target: JP,
      policy: p,
      ...(appliedOn === undefined ? {} : { appliedOn: d(appliedOn) }),
    }).children?.find((x) => x.rule === "placement.age.target");

  it("passes at any age from the minimum, with no end to the window", () => {
    expect(ageOf("2026-01-10")).toEqual({
      rule: "placement.age.target",
      outcome: "pass",
      reasons: [
        {
          code: "AGE_AT_APPLICATION_AT_LEAST_MINIMUM",
          outcome: "pass",
          params: { age: 20, min: 18, appliedOn: "2026-01-10", assumed: false },
          basis: JP_BASIS,
        },
      ],
    });
    const assumed = ageOf();
    expect(assumed?.reasons[0]?.params).toEqual({ age: 21, min: 18, appliedOn: "2026-12-01", assumed: true });
    expect(assumed?.validUntil).toBeUndefined();
    expect(targetRequirements(JP, { asOf, policy: p })._unsafeUnwrap().age).toEqual({
      min: 18,
      judgedAt: "application",
    });
  });
});

describe("checkHealth without a validity", () => {
  it("holds a fit check on its own day only", () => {
    const c = candidate({ medicalChecks: [{ result: "FIT", examinedOn: "2026-11-30", scope: "FULL" }] });
    const on = (day: string) => checkHealth(c, d(day), { colourVisionNormal: false }, "b");
    expect(on("2026-11-30").outcome).toBe("pass");
    expect(on("2026-11-30").validUntil).toBe("2026-11-30");
    expect(on("2026-12-01").children?.[0]?.reasons[0]).toEqual({
      code: "MEDICAL_CHECK_EXPIRED",
      outcome: "fail",
      params: { aspect: "medical", examinedOn: "2026-11-30", lastValidDay: "2026-11-30", countedFrom: "examinedOn" },
      basis: "b",
    });
    // With maxAgeDays the same check holds that many days more.
    expect(checkHealth(c, d("2026-12-07"), { maxAgeDays: 7, colourVisionNormal: false }, "b").validUntil).toBe(
      "2026-12-07",
    );
  });
});

describe("the latest pregnancy test", () => {
  const test = fc.record({
    result: fc.constantFrom("NEGATIVE", "POSITIVE"),
    testedOn: fc
      .integer({ min: 1, max: 60 })
      .map((n) =>
        d(`2026-${String(Math.ceil(n / 28) + 9).padStart(2, "0")}-${String(((n - 1) % 28) + 1).padStart(2, "0")}`),
      ),
  });

  it("law: is the latest on or before the day, whatever the order of the checks (the last recorded of a day)", () => {
    fc.assert(
      fc.property(fc.array(test, { maxLength: 6 }), (tests) => {
        const day = d("2026-11-15");
        const checks = tests.map((t) => ({ result: "FIT", examinedOn: t.testedOn, scope: "FULL", pregnancyTest: t }));
        const latest = latestPregnancyTest(checks as never, day);
        const eligible = tests.filter((t) => t.testedOn <= day);
        if (eligible.length === 0) {
          expect(latest).toBeUndefined();
          return;
        }
        const last = eligible.reduce((a, b) => (b.testedOn >= a.testedOn ? b : a));
        expect(latest).toBe(last);
        const reversed = latestPregnancyTest([...checks].reverse() as never, day);
        expect(reversed?.testedOn).toBe(last.testedOn);
      }),
      { numRuns: 100 },
    );
  }, 10_000);

  it("is none for a record without a list of checks", () => {
    expect(latestPregnancyTest(undefined, d("2026-11-15"))).toBeUndefined();
    expect(latestPregnancyTest("x" as never, d("2026-11-15"))).toBeUndefined();
  });
});

describe("the language kind's gaps", () => {
  const reason = (params: Record<string, string>) => makeReason("LANGUAGE_RESULT_MISSING", "unknown", params as never);

  it("list each unmet group's alternatives once, skip reasons without a test, and none for a pass or a bare verdict", () => {
    const group = makeVerdict(
      "language.0",
      "unknown",
      [
        reason({ test: "JFT_BASIC", min: "200" }),
        reason({ test: "JFT_BASIC", min: "200" }),
        reason({ test: "JLPT" }),
        reason({}),
      ],
      undefined,
      [],
    );
    const passed = makeVerdict("language.1", "pass", [], undefined, []);
    const v = makeVerdict("language", "unknown", [], undefined, [group, passed]);
    expect(languageKind.gaps?.(v, "language")).toEqual([
      { code: "LANGUAGE_RESULT_NEEDED", component: "language", params: { tests: "JFT_BASIC,JLPT", minimums: "200," } },
    ]);
    expect(languageKind.gaps?.(makeVerdict("language", "pass", []), "language")).toEqual([]);
    expect(languageKind.gaps?.(makeVerdict("language", "unknown", []), "language")).toEqual([]);
  });
});

describe("walks over verdicts", () => {
  const PERMANENT = makeReason("AGE_ABOVE_MAXIMUM", "fail", { age: 50, max: 39 });
  const PASSING = makeReason("AGE_WITHIN_RANGE", "pass", { age: 30, min: 18, max: 39 });
  const TEMPORARY = makeReason("AGE_BELOW_MINIMUM", "fail", { age: 17, min: 18 });

  it("permanentGaps: only the permanent failing reasons of a permanent leaf", () => {
    const leaf = makeVerdict("x", "fail", [PERMANENT, TEMPORARY, PASSING]);
    expect(permanentGaps(leaf, "eligibility")).toEqual([
      { code: "AGE_ABOVE_MAXIMUM", component: "eligibility", params: { age: 50, max: 39 } },
    ]);
    expect(permanentGaps(makeVerdict("x", "fail", [TEMPORARY]), "eligibility")).toEqual([]);
  });

  it("lapsingBefore: of a pass lapsing before the day, its passing parts that lapse speak, not its failing ones", () => {
    const lapsing = makeVerdict("a", "pass", [PASSING], { validUntil: d("2027-01-31") });
    const failing = makeVerdict("b", "fail", [TEMPORARY]);
    const lasting = makeVerdict("c", "pass", [PASSING]);
    const parent = makeVerdict("p", "pass", [], { validUntil: d("2027-01-31") }, [failing, lasting, lapsing]);
    expect(lapsingBefore(parent, d("2027-03-01"))).toEqual([lapsing]);
    // None of its parts lapse by themselves: the parent is named.
    const alone = makeVerdict("p", "pass", [], { validUntil: d("2027-01-31") }, [failing, lasting]);
    expect(lapsingBefore(alone, d("2027-03-01"))).toEqual([alone]);
    expect(lapsingBefore(parent, d("2027-01-31"))).toEqual([]);
  });

  it("law: of alternatives, an unknown one speaks before a failed one, whatever their order", () => {
    const unknown = makeVerdict("r", "unknown", [
      makeReason("LANGUAGE_RESULT_MISSING", "unknown", { test: "JLPT", min: "N4" }),
    ]);
    const failed = makeVerdict("r", "fail", [
      makeReason("LANGUAGE_RESULT_TOO_LOW", "fail", { test: "JFT_BASIC", result: "150", min: "200" }),
    ]);
    const passed = makeVerdict("r", "pass", [PASSING]);
    fc.assert(
      fc.property(fc.shuffledSubarray([unknown, failed, failed, passed], { minLength: 2 }), (children) => {
        fc.pre(children.includes(unknown) && children.includes(failed));
        const parent = makeVerdict("r", "unknown", [], undefined, children);
        expect(gapsOf(parent, "language").map((g) => g.code)).toEqual(["LANGUAGE_RESULT_MISSING"]);
      }),
      { numRuns: 50 },
    );
  }, 10_000);
});

describe("a caller's kind", () => {
  const kind = {
    id: "branchProbe",
    rule: "branch.probe",
    component: "orientation" as const,
    gates: ["placement" as const, "departure" as const],
    description: { id: "Uji cabang", en: "Branch probe" },
    schema: z.strictObject({ height: z.number() }),
    codes: { BRANCH_PROBE_FAILED: { urgency: "data" as const } },
    messages: { en: { reasons: { BRANCH_PROBE_FAILED: () => "Probe failed." } } },
    // Says nothing: not an array.
    evaluate: () => null as never,
    // Reads another requirement of the target, and adds a field of its own to the checklist.
    checklist: (ctx: { requirement: (k: string) => { value: unknown } | undefined }) => ({
      probe: { passport: ctx.requirement("passport")?.value ?? null, nothing: ctx.requirement("nothing") ?? null },
    }),
  };

  it("whose evaluation returns no list says nothing: its component passes with no verdict", () => {
    expect(registerRequirementKind(kind as never).isOk()).toBe(true);
    const p = definePolicy(DEFAULT_POLICY, {
      targets: {
        [JP]: { branchProbe: [{ from: d("2000-01-01"), value: { height: 150 }, basis: JP_BASIS, confirmed: false }] },
      },
    })._unsafeUnwrap();
    const orientation = assessReadiness(candidate(), { asOf, target: JP, policy: p }).components.find(
      (x) => x.name === "orientation",
    );
    expect(orientation?.verdict).toEqual({ rule: "orientation", outcome: "pass", reasons: [], children: [] });
    expect(targetRequirements(JP, { asOf, policy: p })._unsafeUnwrap()).toMatchObject({
      probe: { passport: { minValidityMonths: 6 }, nothing: null },
    });
  });
});

describe("definePolicy on a misspelt requirement kind", () => {
  it("names the kind, and the registered kind it is closest to", () => {
    const r = definePolicy(DEFAULT_POLICY, {
      targets: {
        [JP]: { requirements: { lenguage: [{ from: d("2026-01-01"), value: [], basis: JP_BASIS, confirmed: false }] } },
      },
    } as never);
    const issues = r._unsafeUnwrapErr().issues;
    expect(issues).toEqual([
      {
        path: ["overrides", "targets", JP, "requirements", "lenguage"],
        code: "UNKNOWN_REQUIREMENT_KIND",
        message: 'No requirement kind "lenguage" is registered; did you mean "language"?',
        params: { kind: "lenguage", suggestion: "language" },
      },
    ]);
    // Nothing close: no guess, and the advice to register it.
    const far = definePolicy(DEFAULT_POLICY, {
      targets: { [JP]: { requirements: { shoeSize: [] } } },
    } as never)._unsafeUnwrapErr().issues[0];
    expect(far?.params).toEqual({ kind: "shoeSize" });
    expect(far?.message).toBe(
      'No requirement kind "shoeSize" is registered; register it first with registerRequirementKind.',
    );
  });
});
