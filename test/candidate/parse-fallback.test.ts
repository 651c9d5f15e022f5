/**
 * Where zod's compiled validator is missing or refused, `parseCandidate` falls back to
 * `CandidateSchema.safeParse`: with zod 4.0–4.5, under `z.config({ jitless: true })`, when
 * `z.compile` throws (`ZodCompileUnsupportedError`, a Content Security Policy refusing
 * `new Function`). It never throws and gives the same results.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { canCompile } from "../../src/candidate/parse.js";

const valid = { id: "BTN-1", nik: "3674014507050001", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };
const invalid = { id: "BTN-2", nik: 5, extra: true };

/** A fresh copy of the parse module, with zod as `mock` makes it. */
async function freshParse(mock?: (zod: Record<string, unknown>) => Record<string, unknown>) {
  vi.resetModules();
  if (mock !== undefined) {
    vi.doMock("zod", async (importOriginal) => mock({ ...(await importOriginal<Record<string, unknown>>()) }));
  }
  return import("../../src/candidate/parse.js");
}

afterEach(() => {
  vi.doUnmock("zod");
  vi.resetModules();
});

async function expectFallback(parse: Awaited<ReturnType<typeof freshParse>>): Promise<void> {
  expect(parse.compiledSchema()).toBeNull();
  for (const x of [valid, invalid, null, "x"]) {
    expect(() => parse.parseCandidate(x)).not.toThrow();
    expect(parse.parseCandidate(x)).toStrictEqual(parse.parseCandidateUncompiled(x));
  }
  expect(parse.parseCandidate(valid).isOk()).toBe(true);
  expect(
    parse
      .parseCandidate(invalid)
      ._unsafeUnwrapErr()
      .issues.map((i) => i.code),
  ).toContain("INVALID_TYPE");
}

describe("compiled parsing falls back to safeParse", () => {
  it("takes the fast path from zod 4.6 on, and only where z.compile is a function", () => {
    const f = () => undefined;
    expect(canCompile(f, { major: 4, minor: 6, patch: 0 })).toBe(true);
    expect(canCompile(f, { major: 4, minor: 12, patch: 3 })).toBe(true);
    expect(canCompile(f, { major: 4, minor: 5, patch: 9 })).toBe(false);
    expect(canCompile(f, { major: 4, minor: 0, patch: 0 })).toBe(false);
    expect(canCompile(f, { major: 5, minor: 0, patch: 0 })).toBe(false);
    expect(canCompile(f, undefined)).toBe(false);
    expect(canCompile(f, { major: 4, minor: "6" })).toBe(false);
    expect(canCompile(undefined, { major: 4, minor: 6, patch: 0 })).toBe(false);
    expect(canCompile({}, { major: 4, minor: 6, patch: 0 })).toBe(false);
  });

  it("with a zod that has no z.compile (4.0–4.4)", async () => {
    // (vitest's module mock throws on a missing export; an old zod's namespace reads undefined)
    await expectFallback(await freshParse((zod) => ({ ...zod, compile: undefined })));
  });

  it("when z.compile refuses the schema or new Function is blocked", async () => {
    const refuse = vi.fn(() => {
      throw new EvalError("Refused to evaluate a string as JavaScript (Content Security Policy)");
    });
    await expectFallback(await freshParse((zod) => ({ ...zod, compile: refuse })));
    expect(refuse).toHaveBeenCalledTimes(1); // tried once, on the first parse, not again
  });

  it("under z.config({ jitless: true }), set after the library is imported", async () => {
    const parse = await freshParse();
    const z = await import("zod");
    z.config({ jitless: true });
    try {
      await expectFallback(parse);
    } finally {
      z.config({ jitless: false });
    }
  });

  it("and compiles on the first parse otherwise", async () => {
    const parse = await freshParse();
    expect(parse.compiledSchema()).not.toBeNull();
  });
});
