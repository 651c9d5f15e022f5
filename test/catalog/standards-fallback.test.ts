/**
 * The catalogue's loader with a unit list longer than its titles (a unit code added before its
 * title is written): the unit is still listed, titled by its code in both languages, at its
 * standard's KKNI level. The unit lists are replaced here; the real ones are checked in
 * catalog.test.ts.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/catalog/units.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/catalog/units.js")>();
  return {
    TRACK_UNITS: {
      ...real.TRACK_UNITS,
      welding: [...real.TRACK_UNITS.welding, "C.24LAS01.099.1"],
      caregiving: [...real.TRACK_UNITS.caregiving, "ILLUS.CG.999"],
    },
  };
});

const { STANDARDS } = await import("../../src/catalog/standards.js");

describe("a unit without a title", () => {
  it("is titled by its code, after the titled units, keeping the standard's level when it has one", () => {
    const welding = STANDARDS.find((s) => s.code === "SKKNI-2018-098-LAS");
    expect(welding?.units).toHaveLength(7);
    expect(welding?.units[0]?.title.en).toBe("Prepare the workplace");
    expect(welding?.units.at(-1)).toEqual({
      code: "C.24LAS01.099.1",
      title: { id: "C.24LAS01.099.1", en: "C.24LAS01.099.1" },
      kkniLevel: 2,
    });
    const caregiving = STANDARDS.flatMap((s) => s.units).find((u) => u.code === "ILLUS.CG.999");
    expect(caregiving?.title).toEqual({ id: "ILLUS.CG.999", en: "ILLUS.CG.999" });
    // Every other unit keeps a title of its own.
    const untitled = STANDARDS.flatMap((s) => s.units).filter((u) => u.title.en === u.code);
    expect(untitled.map((u) => u.code).sort()).toEqual(["C.24LAS01.099.1", "ILLUS.CG.999"]);
  });
});
