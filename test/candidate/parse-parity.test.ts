/**
 * Compiled parsing (issue 15): `parseCandidate` takes zod's compiled validator where zod has it;
 * the results must be those of `CandidateSchema.safeParse` (`parseCandidateUncompiled`): the same
 * acceptance, the same values (deep-equal, same key order, no more sharing with the input) and
 * the same issues after the library's mapping. On the sample cohort, the bench's records,
 * generated records, records broken at any depth, and junk. `npm test` runs a few thousand
 * inputs; `npm run test:parse-parity` runs PARITY_RUNS=100,000 for each property.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { generateCohort } from "../../examples/data/generate.js";
import {
  COMPILED_PARSING_MIN_ZOD,
  compiledSchema,
  parseCandidate,
  parseCandidateUncompiled,
} from "../../src/candidate/parse.js";
import { CandidateSchema } from "../../src/candidate/schema.js";
import { mutatedCandidate, rawCandidate } from "../arbitraries/index.js";

const RUNS = Number(process.env.PARITY_RUNS ?? "1000");
const LONG = RUNS > 10_000;

/** Objects reachable from `x` (cycles and depth bounded). */
function objectsOf(x: unknown, out = new Set<object>(), depth = 0): Set<object> {
  if (typeof x !== "object" || x === null || out.has(x) || depth > 64) return out;
  out.add(x);
  try {
    for (const v of Object.values(x)) objectsOf(v, out, depth + 1);
  } catch {
    // a hostile object: nothing more to walk
  }
  return out;
}

/** The paths of the output whose object is one of the input's (the output shares it). */
function shared(output: unknown, input: unknown): string[] {
  const inputs = objectsOf(input);
  const paths: string[] = [];
  const walk = (v: unknown, path: string, depth: number) => {
    if (typeof v !== "object" || v === null || depth > 64) return;
    if (inputs.has(v)) paths.push(path);
    for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`, depth + 1);
  };
  walk(output, "$", 0);
  return paths;
}

/** Asserts that both paths give the same result for `input`. */
function same(input: unknown): void {
  const fast = parseCandidate(input);
  const slow = parseCandidateUncompiled(input);
  expect(fast.isOk()).toBe(slow.isOk());
  if (fast.isOk() && slow.isOk()) {
    expect(fast.value).toStrictEqual(slow.value);
    expect(JSON.stringify(fast.value)).toBe(JSON.stringify(slow.value));
    expect(fast.value).not.toBe(input);
    expect(shared(fast.value, input)).toEqual(shared(slow.value, input));
  } else {
    expect(fast._unsafeUnwrapErr()).toStrictEqual(slow._unsafeUnwrapErr());
  }
}

/** Every path into a JSON value, objects and arrays included. */
function pathsOf(x: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(x)) for (const [i, v] of x.entries()) pathsOf(v, [...path, i], out);
  else if (typeof x === "object" && x !== null) for (const [k, v] of Object.entries(x)) pathsOf(v, [...path, k], out);
  return out;
}

/** A valid record broken at any depth: a value removed, replaced by junk, or a key added. */
const deeplyBroken = fc
  .tuple(rawCandidate, fc.nat(), fc.nat(2), fc.anything(), fc.oneof(fc.string(), fc.constantFrom("__proto__", "scope")))
  .map(([rec, at, how, junk, key]) => {
    const copy = JSON.parse(JSON.stringify(rec)) as Record<string, unknown>;
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    const path = paths[at % paths.length] as (string | number)[];
    let parent: unknown = copy;
    for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[seg];
    const last = path[path.length - 1] as string | number;
    const p = parent as Record<string | number, unknown>;
    if (how === 0) {
      if (Array.isArray(p)) p.splice(Number(last), 1);
      else delete p[last];
    } else if (how === 1) p[last] = junk;
    else {
      const target = typeof p[last] === "object" && p[last] !== null ? (p[last] as Record<string, unknown>) : p;
      Object.defineProperty(target, key, { value: junk, enumerable: true, configurable: true, writable: true });
    }
    return copy;
  });

const junk = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe("compiled parsing", () => {
  it(`is on with the installed zod (${z.string()._zod.version.major}.${z.string()._zod.version.minor}, at least ${COMPILED_PARSING_MIN_ZOD.major}.${COMPILED_PARSING_MIN_ZOD.minor})`, () => {
    const compiled = compiledSchema();
    expect(compiled).not.toBeNull();
    expect(compiled).not.toBe(CandidateSchema); // a compiled clone, not the schema handed back
    expect(compiledSchema()).toBe(compiled); // built once
  });

  it("gives the same results as safeParse on the sample cohort and the bench's records", () => {
    const sample = JSON.parse(readFileSync(new URL("../../examples/data/banten-cohort.json", import.meta.url), "utf8"));
    let n = 0;
    for (const r of sample as unknown[]) {
      same(r);
      n++;
    }
    let invalid = 0;
    for (let seed = 1; seed <= (LONG ? 40 : 3); seed++) {
      for (const r of generateCohort(seed)) {
        same(r);
        if (parseCandidate(r).isErr()) invalid++;
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(0);
  });

  it("gives the same results on generated records", () => {
    fc.assert(
      fc.property(rawCandidate, (r) => same(r)),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("gives the same results on records broken at the top level or at any depth", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCandidate, deeplyBroken), (r) => same(r)),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("gives the same results on junk", () => {
    fc.assert(
      fc.property(junk, (x) => same(x)),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("gives the same results on hostile and odd values", () => {
    const valid = { id: "BTN-1", nik: "3674014507050001", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const getter = Object.defineProperty({ ...valid }, "fullName", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const inherited = Object.create(valid);
    const nullProto = Object.assign(Object.create(null), valid);
    const withArrayProto = Object.assign([], valid);
    for (const x of [
      valid,
      { ...valid, documents: undefined },
      { ...valid, documents: [] },
      { ...valid, medicalChecks: [{ result: "FIT", examinedOn: "2026-01-01" }] },
      { ...valid, medicalChecks: [{ result: "FIT", examinedOn: "2026-01-01", scope: undefined }] },
      { ...valid, attributes: {} },
      { ...valid, attributes: { a: Number.NaN } },
      { ...valid, attributes: { a: -0, b: 1e308, c: true, d: "x" } },
      { ...valid, attributes: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
      { ...valid, attributes: JSON.parse('{"__proto__": 1}') },
      JSON.parse('{"__proto__": {"id": "x"}}'),
      { ...valid, languageResults: [{ test: "IELTS", band: 6.5, takenOn: "2026-01-01" }] },
      { ...valid, languageResults: [{ test: "IELTS", band: 6.25, takenOn: "2026-01-01" }] },
      { ...valid, languageResults: [{ test: "JFT_BASIC", score: 200.5, takenOn: "2026-01-01" }] },
      { ...valid, languageResults: [{ test: "TOEFL", score: 200, takenOn: "2026-01-01" }] },
      { ...valid, languageResults: [{ takenOn: "2026-01-01" }] },
      { ...valid, certificates: [{ kind: "SKILL_TEST", test: "x", issuedOn: "2026-02-29" }] },
      { ...valid, birthDate: "2024-02-29" },
      { ...valid, birthDate: "2026-02-29" },
      { ...valid, nik: "3674014507050000" },
      { ...valid, nik: "99740145070500011" },
      { ...valid, domicile: { provinceCode: "36", regencyCode: "3674" } },
      { ...valid, domicile: { provinceCode: "36", regencyCode: undefined } },
      // biome-ignore lint/suspicious/noSparseArray: a sparse array on purpose
      { ...valid, documents: [, { kind: "PASSPORT", issuedOn: "2026-01-01" }] },
      { ...valid, documents: new Array(101).fill({ kind: "PASSPORT", issuedOn: "2026-01-01" }) },
      Object.freeze({ ...valid }),
      throwing,
      revocable.proxy,
      getter,
      inherited,
      nullProto,
      withArrayProto,
      new Date(0),
      [],
      null,
      undefined,
      "{}",
      0,
      Number.NaN,
      Symbol("x"),
      () => valid,
    ]) {
      same(x);
    }
  });
});
