/**
 * The catalogue's loader with a track whose standard is missing from the standards list: the
 * track loads with no units instead of failing at import. The standards are replaced here; the
 * real catalogue (every track's standard present) is checked in catalog.test.ts.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/catalog/standards.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/catalog/standards.js")>();
  return { STANDARDS: real.STANDARDS.filter((s) => s.code !== "ILLUS-TATA-RIAS") };
});

const { TRACKS } = await import("../../src/catalog/tracks.js");

describe("a track whose standard is not in the catalogue", () => {
  it("has no units; the tracks of the other standards keep theirs", () => {
    const makeup = TRACKS.find((t) => t.standard === "ILLUS-TATA-RIAS");
    expect(makeup?.id).toBe("beauty-makeup");
    expect(makeup?.units).toEqual([]);
    const electrical = TRACKS.find((t) => t.id === "electrical-installation");
    expect(electrical?.units.length).toBeGreaterThan(0);
    expect(TRACKS.filter((t) => t.units.length === 0).map((t) => t.id)).toEqual(["beauty-makeup"]);
  });
});
