/**
 * The zod issue mapper's less travelled paths, driven by real zod schemas where zod can produce
 * the issue (so the tests follow zod's own shapes), and by hand-made issues and schema-like
 * objects for what only a caller bypassing the types can hand over: the walk of a schema for
 * the keys an unknown key is compared with, the formats a regex is shown as, unions, exclusive
 * bounds and the keys of records.
 */
import fc from "fast-check";
import { formatIssue } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { closestKey, knownKeysAt, makeIssue, toIssues } from "../../src/core/zod-issues.js";
import { runs } from "../arbitraries/runs.js";

/** The library's issues for `value` parsed by `schema` (with the input reported, as the library parses). */
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) throw new Error("expected the value to be refused");
  return toIssues(r.error.issues, schema);
};

const sorted = (xs: readonly string[]) => [...xs].sort();

describe("knownKeysAt: the walk of a schema", () => {
  const person = z.object({ name: z.string(), birthDate: z.string() });

  it("sees through every wrapper, pipe, lazy, union with a primitive and intersection with an empty object", () => {
    const wrap = fc.constantFrom<(s: z.ZodType) => z.ZodType>(
      (s) => s.optional(),
      (s) => s.nullable(),
      (s) => s.readonly(),
      (s) => s.default({} as never),
      (s) => s.catch({} as never),
      (s) => z.lazy(() => s),
      (s) => s.pipe(z.any()),
      (s) => s.transform((x) => x),
      (s) => z.union([z.string(), s]),
      (s) => z.intersection(s, z.object({})),
    );
    fc.assert(
      fc.property(fc.array(wrap, { maxLength: 8 }), (wrappers) => {
        const schema = wrappers.reduce<z.ZodType>((s, w) => w(s), person);
        expect(sorted(knownKeysAt(schema, [], { nam: "x" }))).toEqual(["birthDate", "name"]);
      }),
      { numRuns: runs(60) },
    );
  }, 10_000);

  it("joins the keys of both sides of an intersection", () => {
    const both = z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() }));
    expect(sorted(knownKeysAt(both, [], {}))).toEqual(["a", "b"]);
  });

  it("follows a path through objects, arrays (by index only), records and catch-alls", () => {
    const schema = z.object({
      documents: z.array(z.object({ kind: z.string(), issuedOn: z.string() })),
      attributes: z.record(z.string(), z.object({ value: z.string() })),
      extra: z.object({}).catchall(z.object({ note: z.string() })),
      strict: z.strictObject({ only: z.string() }),
    });
    expect(sorted(knownKeysAt(schema, ["documents", 0], {}))).toEqual(["issuedOn", "kind"]);
    // An array is entered by an index, never by a name.
    expect(knownKeysAt(schema, ["documents", "first"], {})).toEqual([]);
    expect(knownKeysAt(schema, ["attributes", "height"], {})).toEqual(["value"]);
    // A key not in the shape leads to the catch-all's schema, or nowhere.
    expect(knownKeysAt(schema, ["extra", "anything"], {})).toEqual(["note"]);
    expect(knownKeysAt(schema, ["strict", "anything"], {})).toEqual([]);
    expect(knownKeysAt(schema, ["nowhere"], {})).toEqual([]);
    // A primitive has no children: a path through it leads nowhere.
    expect(knownKeysAt(schema, ["strict", "only", "deeper"], {})).toEqual([]);
  });

  it("takes the branch of a discriminated union the input names, and every branch when it names none that exists", () => {
    const result = z.discriminatedUnion("test", [
      z.strictObject({ test: z.literal("JLPT"), level: z.string() }),
      z.strictObject({ test: z.literal("IELTS"), band: z.number() }),
    ]);
    expect(sorted(knownKeysAt(result, [], { test: "IELTS" }))).toEqual(["band", "test"]);
    expect(sorted(knownKeysAt(result, [], { test: "TOEFL" }))).toEqual(["band", "level", "test"]);
    // Input that is not an object contradicts no branch.
    expect(sorted(knownKeysAt(result, [], null))).toEqual(["band", "level", "test"]);
    expect(sorted(knownKeysAt(result, [], "JLPT"))).toEqual(["band", "level", "test"]);
  });

  it("terminates on a schema that refers to itself, and never throws", () => {
    const self: z.ZodType = z.lazy(() => self);
    expect(knownKeysAt(self, [], {})).toEqual([]);
    const tree: z.ZodType = z.lazy(() => z.object({ label: z.string(), children: z.array(tree) }));
    expect(sorted(knownKeysAt(tree, ["children", 0, "children", 1], {}))).toEqual(["children", "label"]);
    const broken = z.lazy(() => {
      throw new Error("broken getter");
    });
    expect(knownKeysAt(z.object({ x: broken }), ["x"], {})).toEqual([]);
    for (const notASchema of [undefined, null, 42, "object", {}, { _zod: {} }, { _zod: { def: { type: 1 } } }]) {
      expect(knownKeysAt(notASchema, [], {})).toEqual([]);
    }
  });

  it("reads schema-like objects that lack a shape, options or literal values as having none", () => {
    const bareObject = { _zod: { def: { type: "object" } } };
    expect(knownKeysAt(bareObject, [], { a: 1 })).toEqual([]);
    expect(knownKeysAt({ _zod: { def: { type: "union" } } }, [], {})).toEqual([]);
    // A literal without values accepts nothing: the input contradicts it, yet it is the only object.
    const valueless = { _zod: { def: { type: "object", shape: { kind: { _zod: { def: { type: "literal" } } } } } } };
    expect(knownKeysAt(valueless, [], { kind: "X" })).toEqual(["kind"]);
  });
});

describe("closestKey", () => {
  const KNOWN = ["birthDate", "fullName", "sex", "id", "nik"];

  it("suggests the one known key within the edit limit, ignoring case, and nothing on a tie or too far", () => {
    expect(closestKey("birthdate", KNOWN)).toBe("birthDate");
    expect(closestKey("ful_name", KNOWN)).toBe("fullName");
    expect(closestKey("sx", KNOWN)).toBe("sex");
    // One character: no edit allowed, and "x" is no known key.
    expect(closestKey("x", KNOWN)).toBeUndefined();
    // Two keys equally close: no guess.
    expect(closestKey("ab", ["ac", "ad"])).toBeUndefined();
    // Lengths too far apart for two edits.
    expect(closestKey("birthDateOfMother", KNOWN)).toBeUndefined();
    // The key itself is not a suggestion for itself.
    expect(closestKey("sex", KNOWN)).toBeUndefined();
  });

  it("law: a suggestion is a known key other than the key, within two edits", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 6 }),
        (key, known) => {
          const s = closestKey(key, known);
          if (s === undefined) return;
          expect(known).toContain(s);
          expect(s).not.toBe(key);
          expect(Math.abs(s.length - key.length)).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: runs(100) },
    );
  }, 10_000);
});

describe("toIssues on real zod issues", () => {
  it("names the close known key of an unknown key, and no suggestion for a key that is masked", () => {
    const schema = z.strictObject({ birthDate: z.string(), fullName: z.string() });
    const [typo] = issuesOf(schema, { birthDate: "x", fullName: "y", birthdate: "x" });
    expect(typo).toEqual({
      path: ["birthdate"],
      code: "UNKNOWN_KEY",
      message: 'Unknown field "birthdate"; did you mean "birthDate"?',
      params: { key: "birthdate", suggestion: "birthDate" },
    });
    expect(formatIssue(typo as never, "id")).toBe('Kolom "birthdate" tidak dikenal; mungkin maksudnya "birthDate".');
    // A NIK-like key is masked, and a masked key gets no suggestion even when close.
    const [nikKey] = issuesOf(z.strictObject({ k3674010101: z.string() }), {
      k3674010101: "x",
      k3674010102: "y",
    });
    expect(nikKey?.params).toEqual({ key: "k**********" });
    expect(nikKey?.path).toEqual(["k**********"]);
    // Without the schema there is nothing to compare with.
    const raw = schema.safeParse({ birthDate: "x", fullName: "y", birthdate: "x" }, { reportInput: true });
    expect(toIssues(raw.error?.issues ?? [])[0]?.params).toEqual({ key: "birthdate" });
  });

  it("shows a regex as digits, a country code, a language tag or a plain regex", () => {
    const format = (re: RegExp, value: string) => issuesOf(z.string().regex(re), value)[0]?.params;
    expect(format(/^\d{4}$/, "36")).toEqual({ format: "digits", length: 4 });
    expect(format(/^[A-Z]{2}$/, "jp")).toEqual({ format: "country_code" });
    expect(format(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "EN_us")).toEqual({ format: "language_tag" });
    expect(format(/^x+$/, "y")).toEqual({ format: "regex" });
    const tag = issuesOf(z.string().regex(/^[a-z]{2,3}$/), "Indonesian")[0];
    expect(tag?.message).toBe("Expected a language tag (BCP 47), for example id, en or ja.");
    expect(formatIssue(tag as never, "id")).toBe("Harus kode bahasa (BCP 47), misalnya id, en atau ja.");
  });

  it("says 'greater than' and 'less than' for exclusive bounds, 'at least' and 'at most' for inclusive ones", () => {
    expect(issuesOf(z.number().gt(0), 0)[0]).toMatchObject({
      code: "OUT_OF_RANGE",
      params: { min: 0, exclusive: true },
      message: "Too small: expected a number greater than 0.",
    });
    expect(issuesOf(z.number().lt(5), 5)[0]).toMatchObject({
      params: { max: 5, exclusive: true },
      message: "Too large: expected a number less than 5.",
    });
    expect(issuesOf(z.number().min(1), 0)[0]?.params).toEqual({ min: 1 });
    expect(issuesOf(z.number().max(4), 5)[0]?.params).toEqual({ max: 4 });
    expect(formatIssue(issuesOf(z.number().gt(0), 0)[0] as never, "id")).toBe(
      "Angka terlalu kecil; harus lebih dari 0.",
    );
    expect(formatIssue(issuesOf(z.number().lt(5), 5)[0] as never, "id")).toBe(
      "Angka terlalu besar; harus kurang dari 5.",
    );
    // A set counts items, like an array.
    expect(issuesOf(z.set(z.number()).max(1), new Set([1, 2]))[0]).toMatchObject({
      code: "TOO_MANY",
      params: { max: 1 },
    });
  });

  it("names the types of a union that refused the type outright, and no type when a branch looked inside", () => {
    expect(issuesOf(z.union([z.string(), z.number()]), true)[0]).toMatchObject({
      code: "INVALID_TYPE",
      params: { expected: "string|number" },
    });
    // The object branch accepted the type and refused a field: the value, not its type, is wrong.
    const [inside] = issuesOf(z.union([z.string(), z.object({ a: z.string() })]), { a: 1 });
    expect(inside).toEqual({
      path: [],
      code: "INVALID_VALUE",
      message: "Not an accepted value; see the accepted values in the documentation.",
    });
  });

  it("lists only the printable options of an enum or literal", () => {
    expect(issuesOf(z.literal([true, null, 3]), "x")[0]?.params).toEqual({ values: "true, 3" });
    expect(issuesOf(z.literal([null]), "x")[0]).toEqual({
      path: [],
      code: "INVALID_VALUE",
      message: "Not an accepted value; see the accepted values in the documentation.",
    });
  });

  it("refuses a record key its key schema refuses, keeping a check's own code", () => {
    const plain = issuesOf(z.record(z.string().regex(/^[a-z]+$/), z.number()), { Abc: 1 });
    expect(plain).toEqual([
      {
        path: ["Abc"],
        code: "INVALID_VALUE",
        message: "Not an accepted value; see the accepted values in the documentation.",
      },
    ]);
    const own = issuesOf(z.record(z.string().regex(/^[a-z]+$/, { error: "INVALID_ATTRIBUTE_KEY" }), z.number()), {
      "tinggi badan 3674010101": 1,
    });
    expect(own[0]?.code).toBe("INVALID_ATTRIBUTE_KEY");
    // The key is input: shown only masked.
    expect(own[0]?.path).toEqual(["t***** b**** **********"]);
  });
});

describe("toIssues on issues only a caller bypassing the types hands over", () => {
  it("a plain union without its branches' errors, a regex without its pattern, a record key at a numeric path", () => {
    const issues = toIssues([
      { code: "invalid_union", path: ["u"], message: "m", input: 1 },
      { code: "invalid_format", format: "regex", path: ["r"], message: "m", input: "x" },
      { code: "invalid_key", origin: "map", issues: [], path: [3], message: "m", input: 1 },
      { code: "invalid_value", path: ["v"], message: "m", input: "x" },
    ] as never);
    expect(issues).toEqual([
      makeIssue(["u"], "INVALID_VALUE"),
      makeIssue(["r"], "INVALID_FORMAT", { format: "regex" }),
      makeIssue([3], "INVALID_VALUE"),
      makeIssue(["v"], "INVALID_VALUE"),
    ]);
  });

  it("law: every issue keeps its path length (an unknown key adds its key), and its message is the English rendering", () => {
    const zodIssue = fc.oneof(
      fc.record({
        code: fc.constant("too_small"),
        origin: fc.constantFrom("number", "string", "array", "set", "bigint"),
        minimum: fc.integer({ min: -5, max: 5 }),
        inclusive: fc.boolean(),
      }),
      fc.record({
        code: fc.constant("too_big"),
        origin: fc.constantFrom("number", "string", "array", "set", "date"),
        maximum: fc.integer({ min: -5, max: 5 }),
        inclusive: fc.boolean(),
      }),
      fc.record({ code: fc.constant("not_multiple_of"), divisor: fc.constantFrom(0.5, 1, 5, 15) }),
      fc.record({
        code: fc.constant("invalid_value"),
        values: fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }),
      }),
      fc.record({
        code: fc.constant("invalid_format"),
        format: fc.constantFrom("email", "regex", "date"),
        pattern: fc.constantFrom("/^\\d{2}$/", "/^[A-Z]{2}$/", "/^[a-z]{2,3}$/", "/^.$/"),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.nat(9)), { maxLength: 3 }),
        zodIssue,
        fc.oneof(fc.constant(undefined), fc.string(), fc.integer()),
        (path, zi, input) => {
          const [issue, ...more] = toIssues([{ ...zi, path, message: "m", input }] as never);
          expect(more).toEqual([]);
          expect(issue?.path).toEqual(path);
          expect(issue?.message).toBe(formatIssue(issue as never, "en"));
          expect(formatIssue(issue as never, "id")).not.toMatch(/undefined|NaN/);
          if (input === undefined && zi.code === "invalid_value") expect(issue?.code).toBe("REQUIRED");
        },
      ),
      { numRuns: runs(100) },
    );
  }, 10_000);
});
