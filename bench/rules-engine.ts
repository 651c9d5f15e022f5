/**
 * json-rules-engine with the same JP-SSW-CAREGIVING placement rules, written as JSON rules and
 * custom operators, used the way its documentation shows (an Engine, operators, `run(facts)`).
 * Validation is the hand-written one of plain.ts, so the comparison is of the rule evaluation.
 */
import { Engine } from "json-rules-engine";
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
type Fact = { candidate: R; asOf: string };

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
