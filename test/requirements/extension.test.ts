/**
 * Requirements as data: a target made of existing kinds, a caller's own kind and a caller's own
 * locale, all without editing the library (examples/custom-*.ts), and the registry's refusals.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import {
  assessReadiness,
  type CalendarDate,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  formatGap,
  formatReason,
  getTarget,
  LOCALES,
  listTargets,
  type Policy,
  parseCandidate,
  policyJsonSchema,
  summarizeCohort,
  targetRequirements,
} from "sentra-vokasi";
import {
  codeSpec,
  defineRequirementKind,
  makeReason,
  makeVerdict,
  registerRequirementKind,
  requirementKind,
  requirementKinds,
} from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ja, demo as localeDemo } from "../../examples/custom-locale.js";
import { candidateOfHeight, policy as heightPolicy, minimumHeight } from "../../examples/custom-requirement.js";
import { describeTarget, policy as palmPolicy } from "../../examples/custom-target.js";
import { run } from "../../src/cli/program.js";

const d = (s: string) => s as CalendarDate;
const asOf = d("2026-12-01");
const PALM = "AU-PALM-HORTICULTURE";
const DEMO = "JP-SSW-CONSTRUCTION-DEMO";

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join("");
  return w;
}

async function cli(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(args, {
    stdin: process.stdin,
    stdout,
    stderr,
    today: () => "2026-12-01",
    now: () => 0,
  });
  return { code, out: stdout.text(), err: stderr.text() };
}

const palmCandidate = parseCandidate({
  id: "PALM-0002",
  nik: "3674015002000003",
  fullName: "Rina Marlina",
  sex: "F",
  birthDate: "2000-02-10",
  languageResults: [{ test: "IELTS", band: 4.5, takenOn: "2025-12-02" }],
  medicalChecks: [{ result: "FIT", examinedOn: "2026-11-01" }],
  documents: [
    { kind: "KTP", issuedOn: "2018-02-10" },
    { kind: "KK", issuedOn: "2018-02-10" },
    { kind: "FAMILY_CONSENT", issuedOn: "2026-09-01" },
    { kind: "PASSPORT", issuedOn: "2026-06-01", expiresOn: "2031-06-01" },
  ],
})._unsafeUnwrap();

describe("a target made of existing kinds (examples/custom-target.ts)", () => {
  it("is known to listTargets, getTarget and targetRequirements under its policy only", () => {
    expect(listTargets(palmPolicy).map((t) => t.id)).toContain(PALM);
    expect(listTargets().map((t) => t.id)).not.toContain(PALM);
    expect(getTarget(PALM, palmPolicy)).toMatchObject({ id: PALM, destination: "AU", employer: "entity" });
    expect(getTarget(PALM)).toBeUndefined();
    const req = targetRequirements(PALM, { asOf, policy: palmPolicy })._unsafeUnwrap();
    expect(req).toEqual({
      target: PALM,
      asOf,
      age: { min: 21, max: 45 },
      language: [[{ test: "IELTS", minBand: 4.5, maxAgeMonths: 24 }]],
      skill: { units: [], skillTests: [] },
      medical: { maxAgeDays: 90, colourVisionNormal: false },
      passport: { minValidityMonths: 24 },
      documents: {
        placement: ["KTP", "KK", "PASSPORT", "FAMILY_CONSENT"],
        departure: ["KTP", "KK", "PASSPORT", "FAMILY_CONSENT", "VISA", "PLACEMENT_AGREEMENT"],
      },
    });
    expect(targetRequirements(PALM, { asOf })._unsafeUnwrapErr().code).toBe("UNKNOWN_TARGET");
  });

  it("cites every figure with a citation of its own, none of them confirmed", () => {
    const target = palmPolicy.targets[PALM];
    const bases = Object.values(target?.requirements ?? {}).flatMap((p) => p?.versions ?? []);
    expect(bases.length).toBe(7);
    expect(new Set(bases.map((v) => v.basis)).size).toBe(7);
    for (const v of bases) {
      expect(v.confirmed).toBe(false);
      expect(Object.hasOwn(palmPolicy.citations, v.basis)).toBe(true);
    }
  });

  it("is judged by the checks, readiness and explanations, in both languages", () => {
    const v = checkPlacementEligibility(palmCandidate, { asOf, target: PALM, policy: palmPolicy });
    expect(v.outcome).toBe("pass");
    const r = assessReadiness(palmCandidate, { asOf, target: PALM, policy: palmPolicy });
    expect(r.status).toBe("ready");
    expect(r.validUntil).toBe("2027-01-30"); // the medical check of 2026-11-01 counts 90 days
    const dep = assessReadiness(palmCandidate, { asOf, target: PALM, policy: palmPolicy, gate: "departure" });
    expect(dep.gaps.map((g) => [g.code, g.params.kind])).toEqual([
      ["DOCUMENT_MISSING", "VISA"],
      ["DOCUMENT_MISSING", "PLACEMENT_AGREEMENT"],
    ]);
    expect(explainReadiness(dep, "id")[0]).toContain(`BELUM SIAP untuk ${PALM} (keberangkatan)`);
    expect(explainReadiness(dep, "en")[1]).toBe("1. Obtain the work visa.");
    const young = assessReadiness(
      { ...palmCandidate, birthDate: d("2006-01-01") },
      { asOf, target: PALM, policy: palmPolicy },
    );
    expect(young.gaps[0]).toMatchObject({ code: "AGE_BELOW_MINIMUM", params: { min: 21, from: "2027-01-01" } });
    expect(describeTarget(asOf)[0]).toBe("listed: true");
  });

  it("is known to the CLI with --policy, as a whole policy file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentra-policy-"));
    const policyFile = join(dir, "palm.json");
    writeFileSync(policyFile, JSON.stringify(palmPolicy));
    const cohort = join(dir, "cohort.json");
    writeFileSync(cohort, JSON.stringify([palmCandidate]));
    const assessed = await cli(["assess", cohort, "--target", PALM, "--policy", policyFile, "--format", "jsonl"]);
    expect(assessed.code).toBe(0);
    expect(JSON.parse(assessed.out).status).toBe("ready");
    const listed = await cli(["targets", "--policy", policyFile, "--locale", "id"]);
    expect(listed.out).toContain("Australia, PALM hortikultura");
    const without = await cli(["assess", cohort, "--target", PALM, "--locale", "en"]);
    expect(without.code).toBe(2);
    expect(without.err).toContain("unknown target");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ targets: { [PALM]: { requirements: { age: [{ from: "x" }] } } } }));
    const bad = await cli(["assess", cohort, "--target", PALM, "--policy", broken, "--locale", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("is not a valid policy");
    const explained = await cli(["explain", cohort, "--id", "PALM-0002", "--target", PALM, "--policy", policyFile]);
    expect(explained.out).toContain(`SIAP untuk ${PALM}`);
  });
});

describe("a caller-defined kind (examples/custom-requirement.ts)", () => {
  const judge = (h: number | undefined) =>
    assessReadiness(candidateOfHeight(h), { asOf, target: DEMO, policy: heightPolicy });
  const height = (h: number | undefined) =>
    checkPlacementEligibility(candidateOfHeight(h), { asOf, target: DEMO, policy: heightPolicy }).children?.find(
      (x) => x.rule === "placement.height",
    );

  it("fails 150 cm with the caller's code, as a gap with Indonesian and English messages", () => {
    const r = judge(150);
    expect(r.status).toBe("ineligible");
    const gap = r.gaps.find((g) => g.code === "HEIGHT_BELOW_MINIMUM");
    expect(gap).toEqual({
      code: "HEIGHT_BELOW_MINIMUM",
      component: "eligibility",
      params: { heightCm: 150, min: 160 },
    });
    expect(r.gaps[0]).toBe(gap); // a permanent blocker comes first
    expect(formatGap(gap as never, "id")).toBe("Tinggi badan minimal 160 cm tidak terpenuhi: pilih sasaran lain.");
    expect(formatGap(gap as never, "en")).toBe("The minimum height of 160 cm is not met: choose another target.");
    const reason = height(150)?.reasons[0];
    expect(reason?.basis).toBe("Contoh: tinggi badan minimal 160 cm");
    expect(formatReason(reason as never, "id")).toBe("Tinggi badan 150 cm di bawah batas minimal 160 cm.");
    expect(formatReason(reason as never, "en")).toBe("Height 150 cm is below the minimum of 160 cm.");
  });

  it("passes 165 cm, and says unknown when no height is recorded", () => {
    expect(height(165)?.outcome).toBe("pass");
    expect(judge(165).gaps.some((g) => g.code.startsWith("HEIGHT"))).toBe(false);
    expect(height(undefined)?.outcome).toBe("unknown");
    expect(judge(undefined).gaps.find((g) => g.code === "HEIGHT_UNKNOWN")?.params).toEqual({ min: 160 });
    expect(judge(undefined).status).toBe("not_ready");
  });

  it("law: the height verdict flips exactly at the minimum", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 250 }), (h) => {
        expect(height(h)?.outcome).toBe(h >= 160 ? "pass" : "fail");
      }),
      { numRuns: 60 },
    );
  });

  it("is registered once, listed after the built-in kinds, and its codes are known", () => {
    expect(requirementKind("minimumHeight")).toBe(minimumHeight);
    expect(requirementKinds().at(-1)?.id).toBe("minimumHeight");
    expect(codeSpec("HEIGHT_BELOW_MINIMUM")).toEqual({ urgency: "blocker", permanent: true });
    expect(registerRequirementKind(minimumHeight).isOk()).toBe(true); // the same object again: a no-op
    const req = targetRequirements(DEMO, { asOf, policy: heightPolicy })._unsafeUnwrap();
    expect(req.other).toEqual({ minimumHeight: { minCm: 160 } });
  });

  it("reads the height from a CSV column attr_heightCm, under --policy, once the kind is registered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentra-height-"));
    const policyFile = join(dir, "height.json");
    writeFileSync(policyFile, JSON.stringify(heightPolicy));
    const csv = join(dir, "cohort.csv");
    writeFileSync(
      csv,
      "id,nik,fullName,sex,birthDate,attr_heightCm,attr_note\nH-1,3674011203990001,Budi,M,1999-03-12,150,kiri\n",
    );
    const r = await cli([
      "assess",
      csv,
      "--target",
      DEMO,
      "--policy",
      policyFile,
      "--format",
      "jsonl",
      "--as-of",
      "2026-12-01",
    ]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.out) as { status: string; gaps: { code: string }[] };
    expect(row.status).toBe("ineligible");
    expect(row.gaps[0]?.code).toBe("HEIGHT_BELOW_MINIMUM");
  });

  it("validates the kind's parameter with its schema in definePolicy", () => {
    const r = definePolicy(heightPolicy, {
      targets: {
        [DEMO]: {
          requirements: {
            minimumHeight: [
              { from: asOf, value: { minCm: 20 }, basis: "Contoh: tinggi badan minimal 160 cm", confirmed: false },
            ],
          },
        },
      },
    });
    expect(r._unsafeUnwrapErr().issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([
      `overrides.targets.${DEMO}.requirements.minimumHeight.0.value.minCm OUT_OF_RANGE`,
    ]);
  });
});

describe("the registry refuses what it cannot trust", () => {
  const valid = {
    id: "exampleKind",
    rule: "example",
    component: "eligibility" as const,
    gates: ["placement" as const],
    description: { id: "Contoh", en: "Example" },
    schema: z.boolean(),
    codes: { EXAMPLE_CODE: { urgency: "data" as const } },
    messages: { en: { reasons: { EXAMPLE_CODE: () => "Example." } } },
    evaluate: () => [],
  };
  const codes = (kind: object) =>
    registerRequirementKind(kind as never)
      ._unsafeUnwrapErr()
      .issues.map((i) => `${i.path.join(".")} ${i.code}`);

  it("names every problem of a declaration", () => {
    expect(codes({ ...valid, id: "age" })).toEqual(["id DUPLICATE_KIND"]);
    expect(codes({ ...valid, id: "Bad Id" })).toEqual(["id INVALID_FORMAT"]);
    expect(codes({ ...valid, component: "money" })).toEqual(["component INVALID_VALUE"]);
    expect(codes({ ...valid, gates: [] })).toEqual(["gates INVALID_VALUE"]);
    expect(codes({ ...valid, schema: {} })).toEqual(["schema INVALID_TYPE"]);
    expect(codes({ ...valid, evaluate: 1 })).toEqual(["evaluate INVALID_TYPE"]);
    expect(codes({ ...valid, codes: {} })).toEqual(["codes TOO_FEW"]);
    expect(codes({ ...valid, codes: { bad: { urgency: "soon" } }, messages: {} })).toEqual([
      "codes.bad INVALID_FORMAT",
      "codes.bad.urgency INVALID_VALUE",
      "messages MISSING_MESSAGE",
    ]);
    expect(codes({ ...valid, codes: { DOCUMENT_MISSING: { urgency: "blocker", permanent: true } } })).toEqual([
      "codes.DOCUMENT_MISSING DUPLICATE_CODE",
      "messages MISSING_MESSAGE",
    ]);
    expect(codes({ ...valid, national: true })).toEqual(["national INVALID_VALUE"]);
    expect(codes({ ...valid, gaps: "x", rule: "" })).toEqual(["rule TOO_SHORT", "gaps INVALID_TYPE"]);
    expect(codes(null as never)).toEqual([" NOT_AN_OBJECT"]);
  });

  it("turns a kind that throws into an unknown verdict, never a crash", () => {
    const thrower = defineRequirementKind({
      ...valid,
      id: "throwingKind",
      codes: { THROWING_EXAMPLE: { urgency: "data" } },
      messages: { en: { reasons: { THROWING_EXAMPLE: () => "x" } } },
      evaluate: (): never => {
        throw new Error("boom");
      },
    });
    registerRequirementKind(thrower)._unsafeUnwrap();
    const p = definePolicy(DEFAULT_POLICY, {
      targets: {
        "JP-SSW-CAREGIVING": {
          requirements: {
            throwingKind: [
              { from: d("2000-01-01"), value: true, basis: "Jepang SSW (i): persyaratan", confirmed: false },
            ],
          },
        },
      },
    })._unsafeUnwrap();
    const v = checkPlacementEligibility(palmCandidate, { asOf, target: "JP-SSW-CAREGIVING", policy: p });
    const child = v.children?.find((x) => x.rule === "example");
    expect(child?.reasons[0]).toEqual({
      code: "REQUIREMENT_ERROR",
      outcome: "unknown",
      params: { kind: "throwingKind" },
    });
  });

  it("says UNKNOWN_REQUIREMENT_KIND for a requirement nobody registered, in definePolicy and in evaluation", () => {
    const r = definePolicy(DEFAULT_POLICY, {
      targets: { "JP-SSW-CAREGIVING": { requirements: { nobodysKind: [] } } },
    } as never);
    expect(r._unsafeUnwrapErr().issues[0]).toMatchObject({
      path: ["overrides", "targets", "JP-SSW-CAREGIVING", "requirements", "nobodysKind"],
      code: "UNKNOWN_REQUIREMENT_KIND",
      params: { kind: "nobodysKind" },
    });
    const handmade = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Policy & {
      targets: Record<string, { requirements: Record<string, unknown> }>;
    };
    (handmade.targets["JP-SSW-CAREGIVING"] as { requirements: Record<string, unknown> }).requirements.nobodysKind = {
      description: { id: "", en: "" },
      versions: [{ from: "2000-01-01", value: 1, basis: "Jepang SSW (i): persyaratan", confirmed: false }],
    };
    const v = checkPlacementEligibility(palmCandidate, { asOf, target: "JP-SSW-CAREGIVING", policy: handmade });
    expect(v.children?.at(-1)?.reasons[0]?.code).toBe("UNKNOWN_REQUIREMENT_KIND");
  });
});

describe("targets are policy data", () => {
  const RETIRE = "Contoh: penghentian sasaran";
  const retired = definePolicy(DEFAULT_POLICY, {
    citations: { [RETIRE]: { instrument: "Example retirement", sources: [] } },
    targets: { "HK-DOMESTIC-HELPER": { retire: { from: d("2027-03-01"), basis: RETIRE } } },
  })._unsafeUnwrap();

  it("retires a target from a day: in force the day before, retired (permanent) on it", () => {
    const c = palmCandidate;
    const before = checkPlacementEligibility(c, { asOf, target: "HK-DOMESTIC-HELPER", policy: retired });
    const gate = before.children?.find((x) => x.rule === "placement.target");
    expect(gate?.outcome).toBe("pass");
    expect(gate?.validUntil).toBe("2027-02-28");
    const after = assessReadiness(c, { asOf: d("2027-03-01"), target: "HK-DOMESTIC-HELPER", policy: retired });
    expect(after.status).toBe("ineligible");
    expect(after.gaps[0]).toMatchObject({ code: "TARGET_RETIRED", params: { since: "2027-03-01" } });
    expect(getTarget("HK-DOMESTIC-HELPER", retired)?.retiredFrom).toBe("2027-03-01");
    expect(
      targetRequirements("HK-DOMESTIC-HELPER", { asOf: d("2027-03-01"), policy: retired })._unsafeUnwrap().retired,
    ).toEqual({
      since: "2027-03-01",
      basis: RETIRE,
    });
  });

  it("changes a target's profile without touching its rules", () => {
    const renamed = definePolicy(DEFAULT_POLICY, {
      targets: { "DE-NURSE": { profile: { title: { id: "Jerman, perawat", en: "Germany, nurse" } } } },
    })._unsafeUnwrap();
    expect(getTarget("DE-NURSE", renamed)?.title.en).toBe("Germany, nurse");
    expect(getTarget("DE-NURSE", renamed)?.scheme).toBe("G to G Triple Win");
    expect(renamed.targets["DE-NURSE"]?.requirements).toEqual(DEFAULT_POLICY.targets["DE-NURSE"]?.requirements);
  });

  it("law: a policy survives JSON and definePolicy unchanged, and matches its published JSON Schema", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(policyJsonSchema());
    for (const p of [DEFAULT_POLICY, palmPolicy, retired]) {
      const copy = JSON.parse(JSON.stringify(p)) as Policy;
      expect(copy).toEqual(p);
      expect(definePolicy(copy, {})._unsafeUnwrap()).toBe(copy);
      expect(validate(copy), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    }
    expect(validate({ ...DEFAULT_POLICY, targets: { X: { profile: {} } } })).toBe(false);
  });
});

describe("one way to say unknown target", () => {
  it("is UNKNOWN_TARGET everywhere, and a cohort counts it apart from not_ready", () => {
    const r = assessReadiness(palmCandidate, { asOf, target: "JP-SSW-CAREGIVNG" });
    expect(r.gaps).toEqual([
      { code: "UNKNOWN_TARGET", component: "eligibility", params: { target: "JP-SSW-CAREGIVNG" } },
    ]);
    expect(checkPlacementEligibility(palmCandidate, { asOf, target: "JP-SSW-CAREGIVNG" }).reasons[0]?.code).toBe(
      "UNKNOWN_TARGET",
    );
    expect(targetRequirements("JP-SSW-CAREGIVNG", { asOf })._unsafeUnwrapErr().code).toBe("UNKNOWN_TARGET");
    const s = summarizeCohort([r, assessReadiness(palmCandidate, { asOf, target: "JP-SSW-CAREGIVING" })]);
    expect(s.byStatus).toEqual({ total: 2, ready: 0, not_ready: 1, ineligible: 0, unassessed: 1 });
    expect(s.byTarget["JP-SSW-CAREGIVNG"]?.unassessed).toBe(1);
  });
});

describe("a locale is a value (examples/custom-locale.ts)", () => {
  it("speaks Japanese where it can and Indonesian, its fallback, elsewhere: never English", () => {
    const lines = localeDemo(asOf);
    expect(lines[0]).toBe("JP-SSW-CAREGIVING（配置）: 準備中、2026-12-01 時点、スコア 10/100。");
    // The 18th birthday blocks longest, so it comes first (an action the locale lacks: Indonesian).
    expect(lines[1]).toBe("1. Tunggu sampai 2027-07-05: usia minimal 18 tahun.");
    expect(lines).toContain("6. 住民身分証（KTP）を用意してください。");
    expect(lines).toContain("11. Jalani pemeriksaan kesehatan.");
    expect(lines).toContain("年齢 17 歳は最低年齢 18 歳に達していません。");
    expect(lines.at(-1)).toBe("日付が正しくありません（YYYY-MM-DD）。");
    const english = new Set(Object.values(LOCALES.en.text.status));
    for (const line of lines) for (const word of english) expect(line).not.toContain(word);
  });

  it("law: every gap of every readiness renders in the partial locale without the raw code", () => {
    const r = assessReadiness(candidateOfHeight(undefined), { asOf, target: "DE-NURSE", gate: "departure" });
    for (const g of r.gaps) expect(formatGap(g, ja)).not.toContain(g.code);
    const tw = makeVerdict("x", "fail", [makeReason("AGE_ABOVE_MAXIMUM", "fail", { age: 40, max: 35 })]);
    expect(formatReason(tw.reasons[0] as never, ja)).toBe(LOCALES.id.reasons.AGE_ABOVE_MAXIMUM({ age: 40, max: 35 }));
  });
});
