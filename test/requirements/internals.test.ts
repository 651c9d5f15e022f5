/**
 * The requirement framework's edges, pinned: the registry's refusals word by word, the
 * pseudo-kinds of an unknown requirement and of a retired target, targetRequirements' neutral
 * values, and definePolicy's handling of target overrides.
 */
import {
  type CalendarDate,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  formatIssue,
  type Policy,
  parseCandidate,
  targetRequirements,
} from "sentra-vokasi";
import { registerRequirementKind, requirementKind } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import * as z from "zod";

const d = (s: string) => s as CalendarDate;
const asOf = d("2026-12-01");
const BASIS = "Jepang SSW (i): persyaratan";
const person = parseCandidate({
  id: "P",
  nik: "3674011203990001",
  fullName: "Budi",
  sex: "M",
  birthDate: "1999-03-12",
})._unsafeUnwrap();

describe("registerRequirementKind", () => {
  const valid = {
    id: "pinnedKind",
    rule: "pinned",
    component: "eligibility" as const,
    gates: ["placement" as const],
    description: { id: "x", en: "x" },
    schema: z.boolean(),
    codes: { PINNED_CODE: { urgency: "data" as const } },
    messages: { en: { reasons: { PINNED_CODE: () => "x" } } },
    evaluate: () => [],
  };
  const issues = (kind: object) => registerRequirementKind(kind as never)._unsafeUnwrapErr().issues;

  it("words every refusal: the English locale's text for the code and its params", () => {
    expect(issues(null as never)).toEqual([
      {
        path: [],
        code: "NOT_AN_OBJECT",
        message: 'Expected an object (in JSON: names and values in curly braces, for example {"id": "BLK-001"}).',
      },
    ]);
    expect(issues({ ...valid, id: "9" })[0]).toEqual({
      path: ["id"],
      code: "INVALID_FORMAT",
      message:
        "Expected a camelCase id: a lower-case letter, then up to 63 letters or digits, for example minimumHeight.",
      params: { format: "camel_case" },
    });
    expect(issues({ ...valid, id: "language" })[0]?.message).toBe(
      'A requirement kind "language" is already registered; choose another id.',
    );
    expect(issues({ ...valid, rule: "" })[0]?.message).toBe("Must not be empty: write at least 1 character.");
    expect(issues({ ...valid, rule: 5 })[0]?.code).toBe("INVALID_TYPE");
    expect(issues({ ...valid, rule: "x".repeat(101) })[0]).toMatchObject({ code: "TOO_LONG", params: { max: 100 } });
    expect(issues({ ...valid, component: "x" })[0]?.message).toBe(
      "Not an accepted value; expected one of: eligibility, skill, language, health, documents, orientation.",
    );
    expect(issues({ ...valid, gates: ["x"] })[0]?.message).toBe(
      "Not an accepted value; expected one of: placement, departure.",
    );
    expect(issues({ ...valid, gates: "placement" })[0]?.path).toEqual(["gates"]);
    expect(issues({ ...valid, schema: undefined })[0]?.message).toBe("Wrong type of value; expected a zod schema.");
    expect(issues({ ...valid, evaluate: undefined })[0]?.message).toBe("Wrong type of value; expected a function.");
    expect(issues({ ...valid, gaps: 1 })[0]?.message).toBe("Wrong type of value; expected a function.");
    expect(issues({ ...valid, national: true })[0]?.message).toBe("Not an accepted value; expected one of: false.");
    expect(issues({ ...valid, codes: null })[0]?.message).toBe("Too few items: give at least 1.");
    expect(
      issues({ ...valid, codes: { x: { urgency: "data" } }, messages: { en: { reasons: { x: () => "" } } } })[0]
        ?.message,
    ).toBe(
      "Expected capitals, digits and underscores, starting with a letter (SCREAMING_SNAKE), for example HEIGHT_BELOW_MINIMUM.",
    );
    expect(issues({ ...valid, codes: { PINNED_CODE: { urgency: "soon" } } })[0]?.message).toBe(
      "Not an accepted value; expected one of: blocker, time, data, education, skill, language, documents, health, orientation.",
    );
    expect(issues({ ...valid, messages: null })[0]).toEqual({
      path: ["messages"],
      code: "MISSING_MESSAGE",
      message: "No locale has a message for PINNED_CODE; add one to messages.",
      params: { code: "PINNED_CODE" },
    });
    for (const i of issues({ ...valid, id: "9", rule: "", component: "x", codes: {} })) {
      expect(formatIssue(i, "en")).toBe(i.message);
      expect(formatIssue(i, "id")).not.toBe(i.message);
    }
  });

  it("refuses a code another kind declares differently, in urgency or in permanence only", () => {
    let n = 0;
    const other = (spec: object) => {
      n++;
      const r = registerRequirementKind({
        ...valid,
        id: `otherKind${n}`,
        codes: { DOCUMENT_MISSING: spec },
        messages: { en: { reasons: { DOCUMENT_MISSING: () => "" } } },
      } as never);
      return r.isOk() ? [] : r.error.issues;
    };
    expect(other({ urgency: "documents" })).toEqual([]);
    expect(other({ urgency: "documents", permanent: true })[0]).toMatchObject({
      code: "DUPLICATE_CODE",
      message:
        "The code DOCUMENT_MISSING is declared by another kind with another urgency or permanence; declare it the same way or choose another code.",
      params: { code: "DOCUMENT_MISSING" },
    });
    expect(other({ urgency: "data" })[0]?.code).toBe("DUPLICATE_CODE");
    expect(other(null as never).map((i) => i.code)).toContain("DUPLICATE_CODE");
  });

  it("finds kinds by id only", () => {
    expect(requirementKind("passport")?.component).toBe("documents");
    expect(requirementKind(3 as never)).toBeUndefined();
  });
});

describe("the pseudo-kinds", () => {
  it("an unregistered requirement is an unknown verdict of its own rule, naming the kind", () => {
    const p = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Policy & {
      targets: Record<string, { requirements: object }>;
    };
    (p.targets["KR-EPS-MANUFACTURING"]?.requirements as Record<string, unknown>).someKind = {
      description: { id: "", en: "" },
      versions: [{ from: "2000-01-01", value: 1, basis: BASIS, confirmed: false }],
    };
    const v = checkPlacementEligibility(person, { asOf, target: "KR-EPS-MANUFACTURING", policy: p });
    expect(v.children?.find((x) => x.rule === "requirement.someKind")).toEqual({
      rule: "requirement.someKind",
      outcome: "unknown",
      reasons: [{ code: "UNKNOWN_REQUIREMENT_KIND", outcome: "unknown", params: { kind: "someKind" } }],
    });
    expect(targetRequirements("KR-EPS-MANUFACTURING", { asOf, policy: p })._unsafeUnwrap().other).toEqual({
      someKind: 1,
    });
  });

  it("a retired target is in force to the day before, with its citation, and retired from that day", () => {
    const p = definePolicy(DEFAULT_POLICY, {
      targets: { "JP-SSW-MANUFACTURING": { retire: { from: d("2027-01-01"), basis: BASIS } } },
    })._unsafeUnwrap();
    const before = checkPlacementEligibility(person, { asOf, target: "JP-SSW-MANUFACTURING", policy: p });
    expect(before.children?.find((x) => x.rule === "placement.target")).toEqual({
      rule: "placement.target",
      outcome: "pass",
      reasons: [
        {
          code: "TARGET_ACTIVE",
          outcome: "pass",
          params: { target: "JP-SSW-MANUFACTURING", until: "2026-12-31" },
          basis: BASIS,
        },
      ],
      validUntil: "2026-12-31",
    });
    const after = checkPlacementEligibility(person, {
      asOf: d("2027-01-01"),
      target: "JP-SSW-MANUFACTURING",
      policy: p,
    });
    expect(after.children?.find((x) => x.rule === "placement.target")?.reasons[0]).toEqual({
      code: "TARGET_RETIRED",
      outcome: "fail",
      params: { target: "JP-SSW-MANUFACTURING", since: "2027-01-01" },
      basis: BASIS,
    });
  });
});

describe("targetRequirements", () => {
  const bare = definePolicy(DEFAULT_POLICY, {
    targets: {
      "XX-BARE": {
        profile: {
          destination: "AU",
          scheme: "s",
          occupation: "o",
          employer: "entity",
          title: { id: "a", en: "b" },
          tracks: [],
        },
        requirements: { open: [{ from: d("2000-01-01"), value: true, basis: BASIS, confirmed: false }] },
      },
    },
  })._unsafeUnwrap();

  it("shows the neutral value of every built-in kind a target does not ask for", () => {
    expect(targetRequirements("XX-BARE", { asOf, policy: bare })._unsafeUnwrap()).toEqual({
      target: "XX-BARE",
      asOf,
      age: { min: 18 },
      language: [],
      skill: { units: [], skillTests: [] },
      passport: { minValidityMonths: 0 },
      documents: { placement: [], departure: [] },
    });
    expect(targetRequirements(42 as never, { asOf })._unsafeUnwrapErr()).toEqual({
      code: "UNKNOWN_TARGET",
      target: "42",
    });
  });
});

describe("definePolicy and target overrides", () => {
  const codes = (r: ReturnType<typeof definePolicy>) =>
    r._unsafeUnwrapErr().issues.map((i) => `${i.path.join(".")} ${i.code}`);

  it("checks the citations of retirements, in the base and in the overrides", () => {
    expect(
      codes(definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": { retire: { from: asOf, basis: "nowhere" } } } })),
    ).toEqual(["overrides.targets.DE-NURSE.retire.basis UNKNOWN_CITATION"]);
    const base = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Policy & { targets: Record<string, object> };
    (base.targets["DE-NURSE"] as Record<string, unknown>).retired = { from: "2030-01-01", basis: "nowhere" };
    expect(codes(definePolicy(base, {}))).toEqual(["base.targets.DE-NURSE.retired.basis UNKNOWN_CITATION"]);
  });

  it("asks a new target for its whole, valid profile", () => {
    const r = definePolicy(DEFAULT_POLICY, { targets: { NEW: { profile: { destination: "Japan" } } } });
    expect(codes(r)).toEqual(["overrides.targets.NEW.profile.destination INVALID_FORMAT"]);
    const partial = definePolicy(DEFAULT_POLICY, { targets: { NEW: { profile: { destination: "JP" } } } });
    expect(codes(partial)).toEqual(
      expect.arrayContaining([
        "overrides.targets.NEW.profile.scheme REQUIRED",
        "overrides.targets.NEW.profile.title REQUIRED",
      ]),
    );
  });

  it("keeps the caller's paths for the flat form, and treats empty changes as none", () => {
    expect(
      codes(definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": { open: [{ from: "x" }] } } } as never)),
    ).toEqual([
      "overrides.targets.DE-NURSE.open.0.from INVALID_DATE",
      "overrides.targets.DE-NURSE.open.0.value REQUIRED",
      "overrides.targets.DE-NURSE.open.0.basis REQUIRED",
      "overrides.targets.DE-NURSE.open.0.confirmed REQUIRED",
    ]);
    expect(definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": { profile: {} } } })._unsafeUnwrap()).toBe(
      DEFAULT_POLICY,
    );
    expect(definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": {} } })._unsafeUnwrap()).toBe(DEFAULT_POLICY);
    expect(codes(definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": [] } } as never))[0]).toBe(
      "overrides.targets.DE-NURSE INVALID_TYPE",
    );
    expect(codes(definePolicy(DEFAULT_POLICY, null as never))[0]).toBe("overrides INVALID_TYPE");
  });

  it("accepts titles in more languages by their tags, and only tags", () => {
    const title = (t: object) =>
      definePolicy(DEFAULT_POLICY, { targets: { "DE-NURSE": { profile: { title: t as never } } } });
    expect(title({ id: "a", en: "b", ja: "c", "pt-BR": "d" }).isOk()).toBe(true);
    expect(codes(title({ id: "a", en: "b", JA: "c" }))).toEqual([
      "overrides.targets.DE-NURSE.profile.title INVALID_VALUE",
    ]);
    expect(codes(title({ id: "a", en: "b", "pt-B": "d" }))).toEqual([
      "overrides.targets.DE-NURSE.profile.title INVALID_VALUE",
    ]);
    const many = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`x${String.fromCharCode(97 + i)}`, "t"]));
    expect(title({ id: "a", en: "b", ...many }).isErr()).toBe(true);
    expect(title({ id: "a", en: "b", ...Object.fromEntries(Object.entries(many).slice(0, 18)) }).isOk()).toBe(true);
    expect(title({ id: "a", en: "x".repeat(501) }).isErr()).toBe(true);
  });
});
