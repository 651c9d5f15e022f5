/**
 * The integrated pathway: the plan law (its evidence makes the candidate ready on the earliest
 * day, and on no earlier day), dates checked against date-fns as an independent oracle, and the
 * edge cases of the issue (a birthday inside a wave, a medical check redone, a passport that
 * lapses during training, a closed target, a target that reopens).
 */
import { addBusinessDays, addYears, format, isLeapYear, parseISO } from "date-fns";
import fc from "fast-check";
import {
  applyPathway,
  assessReadiness,
  type CalendarDate,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  getTrack,
  type Pathway,
  planPathway,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, addMonths } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { candidateFor, recentDate, slack, targetId } from "../arbitraries/catalog.js";
import { d } from "../arbitraries/index.js";

const iso = (x: Date) => format(x, "yyyy-MM-dd");
/** The day `years` after `birth` by date-fns, with a 29 February birthday on 1 March in a common year. */
function birthday(birth: string, years: number): string {
  const b = parseISO(birth);
  const out = addYears(b, years);
  return birth.endsWith("-02-29") && !isLeapYear(out)
    ? iso(addYears(parseISO(birth.replace("-29", "-28")), years)).replace(/-02-28$/, "-03-01")
    : iso(out);
}

const readyOn = (c: Candidate, p: Pathway, day: CalendarDate) =>
  assessReadiness(applyPathway(c, p), {
    asOf: day,
    target: p.target,
    gate: p.gate,
    ...(p.appliedOn === undefined ? {} : { appliedOn: p.appliedOn }),
  });

/** A candidate built ready for the target, then bent: evidence dropped, made younger. */
const scenario = fc
  .tuple(
    targetId,
    recentDate,
    slack,
    fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom("placement" as const, "departure" as const),
  )
  .map(([target, asOf, s, drop, younger, gate]) => {
    const base = candidateFor(targetRequirements(target, { asOf })._unsafeUnwrap(), s);
    const c: Candidate = {
      ...base,
      documents: base.documents.filter((_, i) => !drop[i % 3]),
      medicalChecks: drop[3] ? [] : base.medicalChecks,
      languageResults: drop[4] ? [] : base.languageResults,
      certificates: drop[5] ? [] : base.certificates.filter((_, i) => !drop[(i + 6) % 8]),
      ...(drop[7] ? {} : { orientation: undefined }),
      birthDate: addMonths(base.birthDate, younger * 12),
    };
    return { target, asOf, c, gate };
  });

describe("the plan law", () => {
  it("a planned pathway's evidence makes the candidate ready on the earliest day, and not the day before", () => {
    fc.assert(
      fc.property(scenario, ({ target, asOf, c, gate }) => {
        const plan = planPathway(c, { asOf, target, gate })._unsafeUnwrap();
        const now = assessReadiness(c, { asOf, target });
        if (now.status === "ineligible") {
          expect(plan.status).toBe("ineligible");
          expect(plan.steps).toEqual([]);
          expect(plan.reasons.length).toBeGreaterThan(0);
          return;
        }
        if (plan.status !== "planned") {
          expect(plan.status).toBe("impossible");
          expect(plan.reasons.length).toBeGreaterThan(0);
          return;
        }
        const day = (gate === "departure" ? plan.earliestDeparture : plan.earliestPlacement) as CalendarDate;
        expect(day >= asOf).toBe(true);
        expect(readyOn(c, plan, day).status, `${target} ${gate} ${day}`).toBe("ready");
        if (day > asOf) expect(readyOn(c, plan, addDays(day, -1)).status, `${target} ${gate} ${day}`).not.toBe("ready");
        for (const step of plan.steps) {
          expect(step.plannedOn >= step.notBefore && step.notBefore >= asOf).toBe(true);
          if (step.notAfter !== undefined) expect(step.plannedOn <= step.notAfter).toBe(true);
          for (const dep of step.dependsOn) {
            const before = plan.steps.find((x) => x.id === dep);
            expect(before, `${step.id} depends on ${dep}`).toBeDefined();
            expect(
              (before as { plannedOn: string }).plannedOn < step.plannedOn || step.plannedOn === step.notBefore,
            ).toBe(true);
          }
        }
        // Steps are in plan order.
        const days = plan.steps.map((x) => x.plannedOn);
        expect([...days].sort()).toEqual(days);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("is deterministic and never throws on bad options", () => {
    fc.assert(
      fc.property(scenario, fc.anything(), ({ target, asOf, c, gate }, junk) => {
        expect(planPathway(c, { asOf, target, gate })).toEqual(planPathway(c, { asOf, target, gate }));
        expect(() => planPathway(c, junk as never)).not.toThrow();
        expect(() => planPathway(junk as never, { asOf, target })).not.toThrow();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

/** A 17-year-old woman trained for Japanese caregiving: everything but age, on 2026-12-01. */
function trainee(overrides: Partial<Candidate> = {}): Candidate {
  const asOf = d("2026-12-01");
  const req = targetRequirements("JP-SSW-CAREGIVING", { asOf })._unsafeUnwrap();
  const base = candidateFor(req, Array(16).fill(0.2));
  return { ...base, birthDate: d("2009-04-02"), ...overrides };
}

describe("dates against date-fns", () => {
  it("training runs JP / 8 training days, Monday to Friday; the 18th birthday binds", () => {
    const c = trainee({ certificates: [], languageResults: [] });
    const plan = planPathway(c, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    expect(plan.status).toBe("planned");
    const training = plan.steps.find((s) => s.id === "training");
    if (training?.subject.type !== "training") throw new Error("no training step");
    const track = getTrack(training.subject.trackId);
    expect(training.subject.trainingDays).toBe(Math.ceil((track?.hours.jp ?? 0) / 8));
    expect(training.plannedOn).toBe(
      iso(addBusinessDays(parseISO(training.subject.startsOn), training.subject.trainingDays - 1)),
    );
    expect(plan.earliestPlacement).toBe(birthday("2009-04-02", 18));
    expect(plan.binding).toMatchObject({ type: "age", code: "AGE_BELOW_MINIMUM" });
  });

  it("law: for any birth date, a plan bound by age places on the 18th birthday (29 February on 1 March)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 }), (offset) => {
        const birth = addDays(d("2008-12-02"), offset);
        const c = trainee({ birthDate: birth });
        const plan = planPathway(c, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
        expect(plan.status).toBe("planned");
        const eighteen = birthday(birth, 18);
        expect(plan.earliestPlacement).toBe(eighteen > "2026-12-01" ? eighteen : "2026-12-01");
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe("the issue's edges", () => {
  it("a 17-year-old whose medical check lapses before her 18th birthday gets a new one inside the window", () => {
    const c = trainee({
      medicalChecks: [{ result: "FIT", examinedOn: d("2026-10-19"), scope: "FULL", colourVisionNormal: true }],
    });
    const plan = planPathway(c, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    expect(plan.earliestPlacement).toBe("2027-04-02");
    const medical = plan.steps.find((s) => s.id === "medical");
    expect(medical).toBeDefined();
    expect(medical?.subject).toEqual({ type: "medicalCheck", renewal: true });
    // Valid 3 months from its issue: to count on 2 April it is done from 3 January on.
    expect(medical?.notBefore).toBe("2027-01-03");
    expect(medical?.notAfter).toBe("2027-04-02");
    expect(readyOn(c, plan, d("2027-04-02")).status).toBe("ready");
  });

  it("a 15-year-old's KTP-el is planned not before 17, and the age wait binds", () => {
    const c = trainee({ birthDate: d("2011-06-15"), documents: [] });
    const plan = planPathway(c, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    const ktp = plan.steps.find((s) => s.id === "document:KTP");
    expect(ktp?.notBefore).toBe("2028-06-15");
    expect(plan.earliestPlacement).toBe("2029-06-15");
    expect(plan.binding?.type).toBe("age");
  });

  it("a birthday inside a wave: training joins the first wave after the 15th birthday", () => {
    const c = trainee({ birthDate: d("2011-12-10"), certificates: [], languageResults: [] });
    const schedule = {
      waves: {
        "caregiving-jp": [
          { startsOn: d("2026-12-07"), days: 25 },
          { startsOn: d("2027-01-11"), days: 25 },
        ],
      },
    };
    const plan = planPathway(c, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING", schedule })._unsafeUnwrap();
    const training = plan.steps.find((s) => s.id === "training");
    expect(training?.subject).toMatchObject({ type: "training", wave: "2027-01-11", trainingDays: 25 });
    expect(training?.plannedOn).toBe(iso(addBusinessDays(parseISO("2027-01-11"), 24)));
    const late = planPathway(c, {
      asOf: d("2026-12-01"),
      target: "JP-SSW-CAREGIVING",
      schedule: { waves: { "caregiving-jp": [{ startsOn: d("2026-12-07") }] } },
    })._unsafeUnwrap();
    expect(late.status).toBe("impossible");
    expect(late.reasons[0]?.code).toBe("PLAN_NO_WAVE");
  });

  it("test sittings come from the calendar: JLPT only on its days", () => {
    const c = trainee({ birthDate: d("2000-01-01"), languageResults: [] });
    const plan = planPathway(c, {
      asOf: d("2026-12-01"),
      target: "JP-SSW-CAREGIVING",
      schedule: { sittings: { JLPT: [d("2027-07-04")], JFT_BASIC: [d("2027-08-20")] } },
    })._unsafeUnwrap();
    const language = plan.steps.find((s) => s.kind === "language");
    expect(language?.id).toBe("language:JLPT");
    expect(language?.plannedOn).toBe("2027-07-04");
    expect(plan.earliestPlacement).toBe("2027-07-04");
  });

  it("a passport that lapses during training is renewed, valid long enough on the placement day", () => {
    const c = trainee({ birthDate: d("2000-01-01"), certificates: [] });
    const passport = c.documents.find((x) => x.kind === "PASSPORT");
    const lapsing = { ...passport, kind: "PASSPORT" as const, issuedOn: d("2020-01-10"), expiresOn: d("2027-01-09") };
    const withPassport = { ...c, documents: [...c.documents.filter((x) => x.kind !== "PASSPORT"), lapsing] };
    const plan = planPathway(withPassport, { asOf: d("2026-12-01"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
    expect(plan.status).toBe("planned");
    const renewal = plan.steps.find((s) => s.id === "document:PASSPORT");
    expect(renewal?.subject).toMatchObject({ type: "document", document: "PASSPORT", renewal: true });
    expect(readyOn(withPassport, plan, plan.earliestPlacement as CalendarDate).status).toBe("ready");
  });

  it("at the departure gate, a medical check done for placement that lapses is redone before departure", () => {
    const c = trainee({ birthDate: d("2000-01-01"), orientation: undefined });
    const plan = planPathway(c, {
      asOf: d("2026-12-01"),
      target: "JP-SSW-CAREGIVING",
      gate: "departure",
      schedule: { orientationDays: 5 },
    })._unsafeUnwrap();
    expect(plan.status).toBe("planned");
    expect(plan.earliestDeparture).toBe(addDays(plan.earliestPlacement as CalendarDate, 4));
    expect(plan.steps.find((s) => s.id === "orientation")?.durationDays).toBe(5);
    expect(readyOn(c, plan, plan.earliestDeparture as CalendarDate).status).toBe("ready");
  });

  it("a closed target: ineligible, with the permanent reason and nothing to do", () => {
    const c = trainee({ birthDate: d("2000-01-01") });
    const plan = planPathway(c, { asOf: d("2026-12-01"), target: "SA-DOMESTIC" })._unsafeUnwrap();
    expect(plan.status).toBe("ineligible");
    expect(plan.steps).toEqual([]);
    expect(plan.reasons.map((r) => r.code)).toContain("DESTINATION_CLOSED");
    expect(plan.reasons.every((r) => typeof r.basis === "string")).toBe(true);
  });

  it("a target that reopens on a dated policy change: the plan waits for it", () => {
    const policy = definePolicy(DEFAULT_POLICY, {
      targets: {
        "JP-SSW-CAREGIVING": {
          requirements: {
            open: [
              { from: "2026-06-01", value: false, basis: "Kepmenaker 260/2015", confirmed: false },
              { from: "2027-09-01", value: true, basis: "Kepmenaker 260/2015", confirmed: false },
            ],
          },
        },
      },
    } as never);
    if (policy.isErr()) throw new Error(JSON.stringify(policy.error.issues.slice(0, 3)));
    const c = trainee({ birthDate: d("2000-01-01") });
    const plan = planPathway(c, {
      asOf: d("2026-12-01"),
      target: "JP-SSW-CAREGIVING",
      policy: policy.value,
    })._unsafeUnwrap();
    expect(plan.status).toBe("planned");
    expect(plan.earliestPlacement).toBe("2027-09-01");
    expect(plan.binding).toMatchObject({ type: "open", code: "DESTINATION_CLOSED" });
  });

  it("rejects an invalid day, target or schedule with a tagged error", () => {
    const c = trainee();
    expect(planPathway(c, { asOf: d("2026-02-30"), target: "JP-SSW-CAREGIVING" })._unsafeUnwrapErr().code).toBe(
      "INVALID_AS_OF",
    );
    expect(planPathway(c, { asOf: d("2026-12-01"), target: "XX" })._unsafeUnwrapErr().code).toBe("UNKNOWN_TARGET");
    expect(
      planPathway(c, {
        asOf: d("2026-12-01"),
        target: "JP-SSW-CAREGIVING",
        schedule: { jpPerDay: 0 },
      })._unsafeUnwrapErr(),
    ).toEqual({ code: "INVALID_SCHEDULE", field: "jpPerDay" });
  });
});
