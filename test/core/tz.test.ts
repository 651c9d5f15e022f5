import { describe, expect, it } from "vitest";

describe("time-zone matrix", () => {
  it.skipIf(process.env.TZ === undefined)("runs in the zone the matrix asked for", () => {
    // Proves scripts/tz-matrix.mjs really changes the engine's zone for the suites it runs.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});
