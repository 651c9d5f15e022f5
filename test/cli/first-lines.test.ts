/**
 * The table behind the checks across records (`DUPLICATE_NIK`, `DUPLICATE_ID`) answers as a Map
 * of strings would, whatever the keys: NIKs, ids, empty, long, outside Latin-1, near misses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFirstLines } from "../../src/cli/first-lines.js";

/** What a Map of strings answers for the same calls. */
function oracle() {
  const seen = new Map<string, number>();
  return (key: string, line: number) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    return first;
  };
}

const key = fc.oneof(
  fc.stringMatching(/^\d{16}$/),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("", "a", "ab", "ba", "A-1", "A-1 ", "é", "ü", "日本", "\u0100", "\u00ff"),
);

describe("createFirstLines", () => {
  it("gives the first line of a key as a Map would, for any sequence of keys", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const table = createFirstLines();
        const map = oracle();
        keys.forEach((k, i) => {
          expect(table.firstOrAdd(k, i + 2)).toBe(map(k, i + 2));
        });
        expect(table.size).toBe(new Set(keys).size);
      }),
      { numRuns: 200 },
    );
  });

  it("holds a hundred thousand NIKs and ids, growing, and finds each again", () => {
    const table = createFirstLines();
    const nik = (i: number) => `3674${String(i).padStart(12, "0")}`;
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (table.firstOrAdd(nik(i), i + 2) !== undefined) wrong++;
    for (let i = 0; i < 100_000; i += 7) if (table.firstOrAdd(nik(i), 1e9) !== i + 2) wrong++;
    expect(wrong).toBe(0);
    expect(table.firstOrAdd("3674999999999999", 3)).toBeUndefined();
    expect(table.size).toBe(100_001);
  });
});
