import { describe, expect, it } from "vitest";

/** Minutes `getTimezoneOffset` gives on 15 January and 15 July 2026 (UTC minus local), per zone. */
const OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  UTC: [0, 0],
  "Asia/Jakarta": [-420, -420],
  "Pacific/Kiritimati": [-840, -840],
  "America/Los_Angeles": [480, 420],
  "Pacific/Apia": [-780, -780], // Samoa has kept no daylight saving time since 2021
};

describe("time-zone matrix", () => {
  // vitest.config.ts runs this suite in one project per zone, each with its own TZ (and
  // SENTRA_TZ_MATRIX naming it); outside the matrix there is nothing to check.
  const zone = process.env.SENTRA_TZ_MATRIX;

  it.runIf(zone !== undefined)("runs in the zone its project asked for, set before the engine started", () => {
    expect(process.env.TZ).toBe(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    const offsets = OFFSETS[zone as string];
    expect(offsets, `no expected offsets for ${zone}`).toBeDefined();
    expect([
      new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(),
      new Date(Date.UTC(2026, 6, 15)).getTimezoneOffset(),
    ]).toEqual(offsets);
    // A local day the zone's clock skipped: Kiritimati went from 30 December 1994 to 1 January 1995.
    if (zone === "Pacific/Kiritimati") expect(new Date(1994, 11, 31).getDate()).toBe(1);
  });
});
