/**
 * Typed codes: a reason code is a member of a union with params typed per code, so a misspelled
 * code or a wrong param is a compile error; a caller's kind extends the unions by declaration
 * merging (here through examples/custom-requirement.ts, which this file imports).
 */
import type { Gap, GapCode, Locale, ReasonCode } from "sentra-vokasi";
import { defineRequirementKind, makeReason, type ParamsOf } from "sentra-vokasi/extend";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import "../../examples/custom-requirement.js";

describe("typed reason and gap codes", () => {
  it("accepts a library code with its own params only", () => {
    expectTypeOf(
      makeReason("AGE_BELOW_MINIMUM", "fail", { age: 14, min: 15 }).code,
    ).toEqualTypeOf<"AGE_BELOW_MINIMUM">();
    // @ts-expect-error a misspelled code
    makeReason("AGE_BELOW_MINIMIM", "fail", { age: 14, min: 15 });
    // @ts-expect-error a param of another code
    makeReason("AGE_BELOW_MINIMUM", "fail", { age: 14, max: 15 });
    // @ts-expect-error a param of the wrong type
    makeReason("DOCUMENT_MISSING", "unknown", { kind: 3 });
    expectTypeOf<ParamsOf<"DESTINATION_CLOSED">>().toEqualTypeOf<{
      target: string;
      destination: string;
      since: string;
    }>();
  });

  it("extends the unions with a caller's codes by declaration merging", () => {
    expectTypeOf<"HEIGHT_BELOW_MINIMUM">().toMatchTypeOf<ReasonCode>();
    expectTypeOf<"HEIGHT_UNKNOWN">().toMatchTypeOf<GapCode>();
    makeReason("HEIGHT_BELOW_MINIMUM", "fail", { heightCm: 150, min: 160 });
    // @ts-expect-error the caller's code keeps its declared params
    makeReason("HEIGHT_BELOW_MINIMUM", "fail", { heightCm: "150", min: 160 });
    const gap: Gap<GapCode> = { code: "LANGUAGE_RESULT_NEEDED", component: "language", params: {} };
    expectTypeOf(gap.code).toEqualTypeOf<GapCode>();
  });

  it("types a kind's messages by its codes, and a locale's by the library's", () => {
    defineRequirementKind({
      id: "typedExample",
      rule: "typed",
      component: "health",
      gates: ["placement"],
      description: { id: "x", en: "x" },
      schema: z.number(),
      codes: { HEIGHT_UNKNOWN: { urgency: "data" } },
      messages: { en: { reasons: { HEIGHT_UNKNOWN: (p) => `${p.min}` } } },
      evaluate: (_c, ctx) => {
        expectTypeOf(ctx.version.value).toEqualTypeOf<number>();
        return [];
      },
    });
    defineRequirementKind({
      id: "typedExample",
      rule: "typed",
      component: "health",
      gates: ["placement"],
      description: { id: "x", en: "x" },
      schema: z.number(),
      // @ts-expect-error an urgency that does not exist
      codes: { HEIGHT_UNKNOWN: { urgency: "soon" } },
      messages: {},
      evaluate: () => [],
    });
    const ja: Locale = {
      tag: "ja",
      // @ts-expect-error a message with params the code does not have
      reasons: { DOCUMENT_MISSING: (p: { count: number }) => `${p.count}` },
    };
    void ja;
  });
});
