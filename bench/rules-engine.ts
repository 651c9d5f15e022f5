/**
 * json-rules-engine, two ways, both validating with plain.ts's hand-written `validate` so that
 * the comparison is of the rule evaluation:
 *
 * - {@link makeRulesEngine}, the thin wrapper: one rule whose custom operators call plain.ts's
 *   helpers. The cheapest possible use of the engine, and not how a user would write the rules.
 * - {@link makeRequirementRulesEngine}, the faithful encoding: one JSON rule per requirement of
 *   the target (built from the policy's checklist, `targetRequirements`), whose conditions read
 *   facts of the candidate with the engine's own operators (`greaterThanInclusive`, `contains`,
 *   `in`, `someFact:in`, paths into fact values, a fact as a condition's value). The facts a
 *   rule reads are derived from the record by dynamic facts (age, documents valid on the day,
 *   the latest examination per aspect, …). `run` reports which rules failed, the way a user
 *   learns what is missing.
 */
import { type Almanac, Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { type CalendarDate, EDUCATION_LEVELS, type TargetId, targetRequirements } from "../src/index.js";
import {
  ageAtLeast,
  hasDocuments,
  JP_DOCS,
  JP_TESTS,
  JP_UNITS,
  japaneseA2,
  marriageDocuments,
  medicalFitWithin,
  skillTests,
  unitsCovered,
  validate,
} from "./plain.js";

type R = Record<string, unknown>;
/** A condition inside `all`/`any` (the package does not export the type). */
type NestedCondition = Extract<TopLevelCondition, { all: unknown }>["all"][number];
type Fact = { candidate: R; asOf: string };

/** The thin wrapper: one rule, seven custom operators over plain.ts's helpers. */
export function makeRulesEngine(): (raw: unknown, asOf: string) => Promise<boolean | "invalid"> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator("ageAtLeast", (f: Fact, v: number) => ageAtLeast(f.candidate, f.asOf, v));
  engine.addOperator("hasDocuments", (f: Fact, v: { kinds: string[]; passportMonths: number }) =>
    hasDocuments(f.candidate, f.asOf, v.kinds, v.passportMonths),
  );
  engine.addOperator("medicalFitWithin", (f: Fact, v: number) => medicalFitWithin(f.candidate, f.asOf, v));
  engine.addOperator("marriageDocuments", (f: Fact, _v: boolean) => marriageDocuments(f.candidate, f.asOf));
  engine.addOperator("japaneseA2", (f: Fact, _v: boolean) => japaneseA2(f.candidate, f.asOf));
  engine.addOperator("unitsCovered", (f: Fact, v: string[]) => unitsCovered(f.candidate, f.asOf, v));
  engine.addOperator("skillTests", (f: Fact, v: string[]) => skillTests(f.candidate, f.asOf, v));
  engine.addRule({
    name: "JP-SSW-CAREGIVING placement",
    conditions: {
      all: [
        { fact: "input", operator: "ageAtLeast", value: 18 },
        { fact: "input", operator: "hasDocuments", value: { kinds: JP_DOCS, passportMonths: 6 } },
        { fact: "input", operator: "marriageDocuments", value: true },
        { fact: "input", operator: "medicalFitWithin", value: 3 },
        { fact: "input", operator: "japaneseA2", value: true },
        { fact: "input", operator: "unitsCovered", value: JP_UNITS },
        { fact: "input", operator: "skillTests", value: JP_TESTS },
      ],
    },
    event: { type: "ready" },
  });
  return async (raw, asOf) => {
    if (!validate(raw)) return "invalid";
    const { events } = await engine.run({ input: { candidate: raw, asOf } });
    return events.length > 0;
  };
}

// ── The faithful encoding: one JSON rule per requirement ────────────────────────────────────

/** Day number of an ISO calendar date (days since 1970-01-01). */
const dayOf = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86_400_000;
/** `s` plus `n` calendar months, the day clamped to the month's end, as a day number. */
function dayPlusMonths(s: string, n: number): number {
  const m = +s.slice(5, 7) - 1 + n;
  const y = +s.slice(0, 4) + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const dim = new Date(Date.UTC(y, mm + 1, 0)).getUTCDate();
  return Date.UTC(y, mm, Math.min(+s.slice(8, 10), dim)) / 86_400_000;
}
const LEVELS: Readonly<Record<string, readonly string[]>> = {
  JLPT: ["N5", "N4", "N3", "N2", "N1"],
  CEFR: ["A1", "A2", "B1", "B2", "C1", "C2"],
};

type Doc = { kind: string; issuedOn: string; expiresOn?: string };
type Med = { result: string; examinedOn: string; scope?: string; certificateIssuedOn?: string };
type Lang = { test: string; score?: number; band?: number; level?: string; takenOn: string };
type Cert = { kind: string; unitCodes?: string[]; test?: string; issuedOn: string; expiresOn?: string };

const candidate = (a: Almanac) => a.factValue<R>("candidate");
const asOfOf = (a: Almanac) => a.factValue<string>("asOf");

/** The dynamic facts the rules read: values derived from the candidate on the day. */
function addCandidateFacts(engine: Engine): void {
  engine.addFact("age", async (_p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    const b = c.birthDate as string;
    return +asOf.slice(0, 4) - +b.slice(0, 4) - (asOf.slice(5) < b.slice(5) ? 1 : 0);
  });
  engine.addFact("educationRank", async (_p, a) => {
    const e = (await candidate(a)).education as string | undefined;
    return e === undefined ? undefined : (EDUCATION_LEVELS as readonly string[]).indexOf(e);
  });
  // The kinds of document held and in force on the day (the KTP-el is valid for life).
  engine.addFact("validDocuments", async (_p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    const kinds: string[] = [];
    for (const d of (c.documents as Doc[] | undefined) ?? []) {
      if (d.issuedOn <= asOf && (d.kind === "KTP" || d.expiresOn === undefined || asOf <= d.expiresOn))
        kinds.push(d.kind);
    }
    return kinds;
  });
  // The latest expiry day of a passport issued by the day (undefined: none with an expiry).
  engine.addFact("passportExpiresDay", async (_p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    let latest: number | undefined;
    for (const d of (c.documents as Doc[] | undefined) ?? []) {
      if (d.kind === "PASSPORT" && d.issuedOn <= asOf && d.expiresOn !== undefined) {
        const day = dayOf(d.expiresOn);
        if (latest === undefined || day > latest) latest = day;
      }
    }
    return latest;
  });
  engine.addFact("asOfPlusMonthsDay", async (p, a) => dayPlusMonths(await asOfOf(a), p.months));
  // The latest examination covering an aspect, and the last day its certificate holds.
  engine.addFact("latestExamination", async (p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    let latest: Med | undefined;
    for (const m of (c.medicalChecks as Med[] | undefined) ?? []) {
      const scope = m.scope ?? "FULL";
      if (m.examinedOn <= asOf && (scope === "FULL" || scope === p.aspect)) {
        if (latest === undefined || m.examinedOn >= latest.examinedOn) latest = m;
      }
    }
    if (latest === undefined) return undefined;
    return {
      result: latest.result,
      validThroughDay: dayPlusMonths(latest.certificateIssuedOn ?? latest.examinedOn, p.months) - 1,
    };
  });
  // Best score (or band) of a test taken by the day; the levels held in a level test.
  engine.addFact("bestLanguageScore", async (p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    let best: number | undefined;
    for (const l of (c.languageResults as Lang[] | undefined) ?? []) {
      const s = l.score ?? l.band;
      if (l.test === p.test && l.takenOn <= asOf && s !== undefined && (best === undefined || s > best)) best = s;
    }
    return best;
  });
  engine.addFact("languageLevels", async (p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    const levels: string[] = [];
    for (const l of (c.languageResults as Lang[] | undefined) ?? []) {
      if (l.test === p.test && l.takenOn <= asOf && l.level !== undefined) levels.push(l.level);
    }
    return levels;
  });
  // Units covered by competency certificates in force (three years when no expiry is stated),
  // and skill tests passed and in force.
  engine.addFact("coveredUnits", async (_p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    const day = dayOf(asOf);
    const units: string[] = [];
    for (const x of (c.certificates as Cert[] | undefined) ?? []) {
      if (x.kind !== "COMPETENCY" || x.issuedOn > asOf) continue;
      const until = x.expiresOn !== undefined ? dayOf(x.expiresOn) : dayPlusMonths(x.issuedOn, 36) - 1;
      if (day <= until) units.push(...(x.unitCodes ?? []));
    }
    return units;
  });
  engine.addFact("skillTestsPassed", async (_p, a) => {
    const [c, asOf] = await Promise.all([candidate(a), asOfOf(a)]);
    const tests: string[] = [];
    for (const x of (c.certificates as Cert[] | undefined) ?? []) {
      if (x.kind === "SKILL_TEST" && x.issuedOn <= asOf && (x.expiresOn === undefined || asOf <= x.expiresOn))
        tests.push(x.test ?? "");
    }
    return tests;
  });
}

/** A condition of a language alternative. */
function languageCondition(alt: Readonly<Record<string, unknown>>): NestedCondition {
  if (alt.maxAgeMonths !== undefined) throw new Error("bench: maxAgeMonths is not encoded");
  const test = alt.test as string;
  const scale = LEVELS[test];
  if (scale !== undefined) {
    return {
      fact: "languageLevels",
      params: { test },
      operator: "someFact:in",
      value: scale.slice(scale.indexOf(alt.minLevel as string)),
    };
  }
  return {
    fact: "bestLanguageScore",
    params: { test },
    operator: "greaterThanInclusive",
    value: (alt.minScore ?? alt.minBand) as number,
  };
}

/**
 * One JSON rule per requirement of `target` at the placement gate on `asOf`, from the policy's
 * checklist. A requirement that asks nothing of this target (education `NONE`, no moratorium)
 * is still a rule, with no condition, as a generated rule set has it.
 */
export function requirementRules(target: string, asOf: string): RuleProperties[] {
  const req = targetRequirements(target as TargetId, { asOf: asOf as CalendarDate })._unsafeUnwrap();
  if (req.sex !== undefined || req.medical?.colourVisionNormal === true) throw new Error("bench: not encoded");
  const rule = (name: string, conditions: TopLevelCondition): RuleProperties => ({
    name,
    conditions,
    event: { type: "requirement-met", params: { requirement: name } },
  });
  const ageConditions: NestedCondition[] = [{ fact: "age", operator: "greaterThanInclusive", value: req.age.min }];
  if (req.age.max !== undefined) ageConditions.push({ fact: "age", operator: "lessThanInclusive", value: req.age.max });
  const minEducation = req.education ?? "NONE";
  const medical = req.medical;
  return [
    rule("age", { all: ageConditions }),
    rule("education", {
      all:
        minEducation === "NONE"
          ? []
          : [
              {
                fact: "educationRank",
                operator: "greaterThanInclusive",
                value: (EDUCATION_LEVELS as readonly string[]).indexOf(minEducation),
              },
            ],
    }),
    rule("open", {
      all: req.closed === undefined ? [] : [{ fact: "asOf", operator: "lessThan", value: req.closed.since }],
    }),
    rule("skill", {
      all: [
        ...req.skill.units.map((u) => ({ fact: "coveredUnits", operator: "contains", value: u })),
        ...req.skill.skillTests.map((t) => ({ fact: "skillTestsPassed", operator: "contains", value: t })),
      ],
    }),
    rule("language", {
      all: req.language.map((group) => ({
        any: group.map((alt) => languageCondition(alt as unknown as Readonly<Record<string, unknown>>)),
      })),
    }),
    rule("medical", {
      all:
        medical === undefined
          ? []
          : ["MEDICAL", "PSYCHOLOGICAL"].flatMap((aspect) => {
              const params = { aspect, months: medical.validityMonths };
              return [
                { fact: "latestExamination", params, path: "$.result", operator: "equal", value: "FIT" },
                {
                  fact: "latestExamination",
                  params,
                  path: "$.validThroughDay",
                  operator: "greaterThanInclusive",
                  value: { fact: "asOfDay" },
                },
              ];
            }),
    }),
    rule("passport", {
      all: [
        {
          fact: "passportExpiresDay",
          operator: "greaterThanInclusive",
          value: { fact: "asOfPlusMonthsDay", params: { months: req.passport.minValidityMonths } },
        },
      ],
    }),
    rule("documents", {
      all: req.documents.placement.map((k) => ({ fact: "validDocuments", operator: "contains", value: k })),
    }),
    rule("marriedDocuments", {
      any: [
        { fact: "candidate", path: "$.maritalStatus", operator: "in", value: ["SINGLE", "DIVORCED", "WIDOWED"] },
        {
          all: [
            { fact: "candidate", path: "$.maritalStatus", operator: "equal", value: "MARRIED" },
            ...(req.ifMarried?.placement ?? []).map((k) => ({
              fact: "validDocuments",
              operator: "contains",
              value: k,
            })),
          ],
        },
      ],
    }),
  ];
}

/** The outcome of the faithful encoding: ready or not, and the requirements whose rule failed. */
export type RequirementOutcome = "invalid" | { readonly ready: boolean; readonly failed: readonly string[] };

/** json-rules-engine with one JSON rule per requirement of `target` (placement gate, on `asOf`). */
export function makeRequirementRulesEngine(
  target: string,
  asOf: string,
): { readonly rules: number; readonly conditions: number; run: (raw: unknown) => Promise<RequirementOutcome> } {
  const engine = new Engine([], { allowUndefinedFacts: true });
  addCandidateFacts(engine);
  const rules = requirementRules(target, asOf);
  for (const r of rules) engine.addRule(r);
  const asOfDay = dayOf(asOf);
  const count = (c: unknown): number => {
    const o = c as { all?: unknown[]; any?: unknown[]; fact?: string };
    if (o.all !== undefined) return o.all.reduce<number>((n, x) => n + count(x), 0);
    if (o.any !== undefined) return o.any.reduce<number>((n, x) => n + count(x), 0);
    return o.fact !== undefined ? 1 : 0;
  };
  return {
    rules: rules.length,
    conditions: rules.reduce((n, r) => n + count(r.conditions), 0),
    run: async (raw) => {
      if (!validate(raw)) return "invalid";
      const { failureResults } = await engine.run({ candidate: raw, asOf, asOfDay });
      const failed = failureResults.map((r) => r.name as string);
      return { ready: failed.length === 0, failed };
    },
  };
}
