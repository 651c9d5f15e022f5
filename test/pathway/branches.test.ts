/**
 * The planner's other paths: every kind of step in both locales, the ways a plan becomes
 * impossible, renewals bound to a window, a new application for an age judged at application,
 * training under way, and bad schedules.
 */
import {
  applyPathway,
  assessReadiness,
  type CalendarDate,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  explainPathway,
  formatStep,
  type Pathway,
  type PathwayStep,
  planPathway,
  targetRequirements,
} from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";

const AS_OF = d("2026-12-01");
const ready = (target: string, asOf: CalendarDate = AS_OF) =>
  candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), Array(16).fill(0.3));
const readyOn = (c: Candidate, p: Pathway, day: CalendarDate) =>
  assessReadiness(applyPathway(c, p), {
    asOf: day,
    target: p.target,
    gate: p.gate,
    ...(p.appliedOn === undefined ? {} : { appliedOn: p.appliedOn }),
  }).status;

describe("explainPathway and formatStep", () => {
  const c: Candidate = {
    ...ready("JP-SSW-CAREGIVING"),
    birthDate: d("2000-01-01"),
    documents: [],
    medicalChecks: [],
    languageResults: [],
    certificates: [],
    orientation: undefined,
    maritalStatus: undefined,
  } as Candidate;
  const plan = planPathway(c, {
    asOf: AS_OF,
    target: "JP-SSW-CAREGIVING",
    gate: "departure",
    schedule: { waves: { "caregiving-jp": [{ startsOn: d("2027-01-04") }] } },
  })._unsafeUnwrap();

  it("names every step in both locales, dated, with the window that binds it", () => {
    expect(plan.status).toBe("planned");
    const types = new Set(plan.steps.map((s) => s.subject.type));
    for (const t of [
      "training",
      "competencyAssessment",
      "skillTest",
      "languageTest",
      "medicalCheck",
      "pregnancyTest",
      "document",
      "orientation",
      "maritalStatus",
    ]) {
      expect(types, t).toContain(t);
    }
    for (const locale of ["id", "en"] as const) {
      const lines = explainPathway(plan, locale);
      expect(lines[0]).toMatch(
        locale === "id"
          ? /^RENCANA untuk JP-SSW-CAREGIVING \(keberangkatan\)/
          : /^PLAN for JP-SSW-CAREGIVING \(departure\)/,
      );
      expect(lines[1]).toMatch(
        locale === "id" ? /^Paling cepat berangkat \d{4}-\d{2}-\d{2} \(/ : /^Earliest departure \d{4}-\d{2}-\d{2} \(/,
      );
      expect(lines).toHaveLength(plan.steps.length + 2);
      expect(lines.join("\n")).toContain(locale === "id" ? "(gelombang)" : "(wave)");
      expect(lines.join("\n")).toMatch(locale === "id" ? /paling lambat \d{4}/ : /at the latest \d{4}/);
      for (const s of plan.steps) {
        const text = formatStep(s, locale);
        expect(text, s.id).not.toMatch(/undefined|\[object|_[A-Z]{3}/);
        expect(lines.some((l) => l.includes(text))).toBe(true);
      }
    }
    expect(formatStep(plan.steps.find((s) => s.subject.type === "maritalStatus") as PathwayStep, "en")).toContain(
      "assumes single",
    );
  });

  it("a partial or unknown locale falls back to Indonesian; junk never throws", () => {
    expect(explainPathway(plan, { tag: "ja", fallback: undefined } as never)[0]).toMatch(/^RENCANA/);
    expect(formatStep({ id: "x" } as never, "id")).toBe("x");
    expect(() => explainPathway(null as never, "en")).not.toThrow();
    expect(
      explainPathway(
        {
          status: "impossible",
          reasons: [{ code: "PLAN_NO_TRACK", outcome: "fail", params: { units: "A" } }],
        } as never,
        "en",
      ),
    ).toEqual([
      "CANNOT BE PLANNED for undefined as of undefined:",
      "- No training track in the catalogue covers the units A.",
    ]);
  });

  it("explains an ineligible candidate with the permanent reasons and no step", () => {
    const p = planPathway({ ...c }, { asOf: AS_OF, target: "SA-DOMESTIC" })._unsafeUnwrap();
    const lines = explainPathway(p, "id");
    expect(lines[0]).toMatch(/^TIDAK LAYAK untuk SA-DOMESTIC per 2026-12-01/);
    expect(lines.slice(1).every((l) => l.startsWith("- "))).toBe(true);
    expect(explainPathway(p, "en")[0]).toMatch(/^INELIGIBLE/);
  });
});

describe("plans that cannot close", () => {
  it("no track covers the units: PLAN_NO_TRACK", () => {
    const policy = definePolicy(DEFAULT_POLICY, {
      targets: {
        "JP-SSW-CAREGIVING": {
          requirements: {
            skill: [
              {
                from: "2026-01-01",
                value: { units: ["NOWHERE.001"], skillTests: [] },
                basis: "Jepang SSW (i): persyaratan",
                confirmed: false,
              },
            ],
          },
        },
      },
    } as never)._unsafeUnwrap();
    const c = { ...ready("JP-SSW-CAREGIVING"), certificates: [] } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING", policy })._unsafeUnwrap();
    expect(p.status).toBe("impossible");
    expect(p.reasons[0]).toMatchObject({ code: "PLAN_NO_TRACK", params: { units: "NOWHERE.001" } });
  });

  it("no sitting after training: PLAN_NO_SITTING, for a skill test and for a language test", () => {
    const c = { ...ready("JP-SSW-CAREGIVING"), birthDate: d("2000-01-01") } as Candidate;
    const noSkill = { ...c, certificates: c.certificates.filter((x) => x.kind !== "SKILL_TEST") };
    const p = planPathway(noSkill, {
      asOf: AS_OF,
      target: "JP-SSW-CAREGIVING",
      schedule: { sittings: { JP_SSW_CAREGIVING_SKILL: [d("2026-01-10")] } },
    })._unsafeUnwrap();
    expect(p.reasons[0]).toMatchObject({ code: "PLAN_NO_SITTING", params: { test: "JP_SSW_CAREGIVING_SKILL" } });
    const noLanguage = { ...c, languageResults: [] };
    const q = planPathway(noLanguage, {
      asOf: AS_OF,
      target: "JP-SSW-CAREGIVING",
      schedule: { sittings: { JFT_BASIC: [d("2026-01-10")], JLPT: [d("2026-07-05")] } },
    })._unsafeUnwrap();
    // No group option has a sitting ahead: nothing can meet the language requirement.
    expect(q.status).toBe("impossible");
  });

  it("an age limit reached before the plan completes: impossible with that reason", () => {
    // Korea's EPS window (18–39 at application): too young to apply until a birthday after 40 is impossible.
    const c = { ...ready("KR-EPS-MANUFACTURING"), birthDate: d("1987-06-01") } as Candidate;
    const p = planPathway(
      { ...c, certificates: [], languageResults: [] },
      { asOf: AS_OF, target: "KR-EPS-MANUFACTURING", schedule: { sittings: { EPS_TOPIK: [d("2028-01-10")] } } },
    )._unsafeUnwrap();
    expect(["impossible", "planned"]).toContain(p.status);
    if (p.status === "impossible") expect(p.reasons.length).toBeGreaterThan(0);
    else
      expect(readyOn({ ...c, certificates: [], languageResults: [] }, p, p.earliestPlacement as CalendarDate)).toBe(
        "ready",
      );
  });
});

describe("renewals inside their window and other paths", () => {
  it("a language result that lapses before the placement day is retaken inside its window", () => {
    // EPS-TOPIK counts 2 years from its announcement: taken in 2025, it lapses before the 18th birthday in 2028.
    const base = ready("KR-EPS-MANUFACTURING");
    const c = {
      ...base,
      birthDate: d("2010-03-01"),
      languageResults: [{ test: "EPS_TOPIK", score: 150, takenOn: d("2025-01-10"), announcedOn: d("2025-02-01") }],
    } as Candidate;
    const p = planPathway(c, {
      asOf: AS_OF,
      target: "KR-EPS-MANUFACTURING",
      appliedOn: d("2028-03-01"),
    })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    const language = p.steps.find((s) => s.kind === "language");
    expect(language?.notAfter).toBe(p.earliestPlacement);
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("a competency certificate that lapses before the placement day is renewed inside its validity", () => {
    const base = ready("JP-SSW-CAREGIVING");
    const c = {
      ...base,
      birthDate: d("2011-01-01"),
      enrollments: [
        { trackId: "caregiving-jp", startedOn: d("2025-06-02"), completedOn: d("2025-07-31"), hoursAttended: 264 },
      ],
      certificates: base.certificates.map((x) =>
        x.kind === "COMPETENCY" ? { ...x, issuedOn: d("2025-08-01"), expiresOn: d("2027-01-31") } : x,
      ),
    } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    expect(p.steps.some((s) => s.id === "training")).toBe(false);
    const competency = p.steps.find((s) => s.id === "competency");
    expect(competency?.notAfter).toBe(p.earliestPlacement);
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("training under way is completed, not restarted", () => {
    const base = ready("JP-SSW-CAREGIVING");
    const c = {
      ...base,
      birthDate: d("2000-01-01"),
      enrollments: [{ trackId: "caregiving-jp", startedOn: d("2026-11-02") }],
      certificates: base.certificates.filter((x) => x.kind !== "COMPETENCY"),
    } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    const training = p.steps.find((s) => s.id === "training");
    expect(training?.subject).toMatchObject({ startsOn: "2026-11-02" });
    const after = applyPathway(c, p);
    expect(after.enrollments).toHaveLength(1);
    expect(after.enrollments[0]?.completedOn).toBe(training?.plannedOn);
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("too young on the day of application: the plan applies again on the birthday that reaches the minimum", () => {
    const base = ready("KR-EPS-MANUFACTURING");
    const c = { ...base, birthDate: d("2009-05-20") } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "KR-EPS-MANUFACTURING", appliedOn: AS_OF })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    const application = p.steps.find((s) => s.subject.type === "application");
    expect(application?.plannedOn).toBe("2027-05-20");
    expect(p.appliedOn).toBe("2027-05-20");
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
    expect(explainPathway(p, "en").join("\n")).toContain("Apply again once the age limit is reached");
  });

  it("ready today: planned with no step, placement and departure on asOf", () => {
    const c = ready("JP-SSW-CAREGIVING");
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING", gate: "departure" })._unsafeUnwrap();
    expect(p).toMatchObject({ status: "planned", earliestPlacement: AS_OF, earliestDeparture: AS_OF, steps: [] });
    expect(p.binding).toEqual({ type: "asOf", day: AS_OF });
  });

  it("a woman's national not-pregnant rule gets a laboratory test inside its days", () => {
    const base = ready("JP-SSW-CAREGIVING");
    const c = {
      ...base,
      sex: "F",
      birthDate: d("2000-01-01"),
      medicalChecks: base.medicalChecks.map((m) => ({ ...m, pregnancyTest: undefined })),
    } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING", gate: "departure" })._unsafeUnwrap();
    const test = p.steps.find((s) => s.subject.type === "pregnancyTest");
    expect(test).toBeDefined();
    expect((test?.plannedOn ?? "") >= addDays(p.earliestDeparture as CalendarDate, -7)).toBe(true);
    expect(readyOn(c, p, p.earliestDeparture as CalendarDate)).toBe("ready");
  });

  it("rejects each bad schedule field by name, and a bad appliedOn", () => {
    const c = ready("JP-SSW-CAREGIVING");
    const bad = (schedule: object) =>
      planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING", schedule: schedule as never })._unsafeUnwrapErr();
    expect(bad({ daysPerWeek: 8 }).field).toBe("daysPerWeek");
    expect(bad({ languageResultDays: -1 }).field).toBe("languageResultDays");
    expect(bad({ orientationDays: 0 }).field).toBe("orientationDays");
    expect(bad({ ktpMinimumAge: 1.5 }).field).toBe("ktpMinimumAge");
    expect(bad({ documentLeadDays: { PASSPORT: "x" } }).field).toBe("documentLeadDays.PASSPORT");
    expect(bad({ waves: { x: "y" } }).field).toBe("waves.x");
    expect(bad({ waves: { x: [{ startsOn: "2026-13-01" }] } }).field).toBe("waves.x");
    expect(bad({ sittings: { JLPT: ["nope"] } }).field).toBe("sittings.JLPT");
    expect(
      planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING", appliedOn: "x" as CalendarDate })._unsafeUnwrapErr()
        .code,
    ).toBe("INVALID_APPLIED_ON");
  });

  it("a medical check counted in days (Indonesian industry, 90 days) is planned inside those days", () => {
    const c = { ...ready("ID-INDUSTRY-WELDING"), medicalChecks: [] } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "ID-INDUSTRY-WELDING" })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("a CEFR language requirement (Germany) is met by a planned CEFR result", () => {
    const c = { ...ready("DE-NURSE"), birthDate: d("2000-01-01"), languageResults: [] } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "DE-NURSE" })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    const language = p.steps.find((s) => s.kind === "language");
    expect(language?.produces[0]).toMatchObject({ type: "languageResult", result: { test: "CEFR" } });
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("a skill test that expires before the placement day is retaken inside its window", () => {
    const base = ready("JP-SSW-CAREGIVING");
    const c = {
      ...base,
      birthDate: d("2010-06-01"),
      certificates: base.certificates.map((x) => (x.kind === "SKILL_TEST" ? { ...x, expiresOn: d("2027-06-30") } : x)),
    } as Candidate;
    const p = planPathway(c, { asOf: AS_OF, target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    const retake = p.steps.filter((s) => s.subject.type === "skillTest");
    expect(retake.length).toBeGreaterThan(0);
    for (const s of retake) expect(s.notAfter).toBe(p.earliestPlacement);
    expect(readyOn(c, p, p.earliestPlacement as CalendarDate)).toBe("ready");
  });

  it("a long orientation after placement: the medical check is redone for departure, both kept", () => {
    const base = ready("JP-SSW-CAREGIVING");
    const c = {
      ...base,
      birthDate: d("2000-01-01"),
      orientation: undefined,
      medicalChecks: [],
      languageResults: [],
    } as Candidate;
    const p = planPathway(c, {
      asOf: AS_OF,
      target: "JP-SSW-CAREGIVING",
      gate: "departure",
      schedule: { orientationDays: 120 },
    })._unsafeUnwrap();
    expect(p.status).toBe("planned");
    expect(p.steps.map((s) => s.id)).toEqual(expect.arrayContaining(["medical", "medical#departure"]));
    expect(readyOn(c, p, p.earliestDeparture as CalendarDate)).toBe("ready");
  });
});
