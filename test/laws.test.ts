/**
 * The suite's own rules, so that `npm test` stays fast and steady (issue 15, item 7):
 * every property law states its run count (fast-check's default is nobody's decision), and the
 * time-zone matrix of vitest.config.ts runs every zone over the suites it names, sharing a
 * process only between files that touch no shared state.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import config, { SHARED_STATE, ZONE_ISOLATED, ZONE_SHARED, ZONES } from "../vitest.config.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const files = readdirSync(join(root, "test"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `test/${f.split(sep).join("/")}`);

/** The index of the parenthesis closing the one at `open`, skipping strings and comments. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === "\\") i++;
    } else if (c === "/" && s[i + 1] === "/") {
      i = s.indexOf("\n", i);
      if (i < 0) return -1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Each `fc.assert(…)` call of a source: its line and its arguments' text. */
function asserts(source: string): { line: number; args: string }[] {
  const out: { line: number; args: string }[] = [];
  for (const m of source.matchAll(/\bfc\.assert\(/g)) {
    const at = m.index ?? 0;
    const lineStart = source.lastIndexOf("\n", at) + 1;
    if (/^\s*(?:\*|\/\/|\/\*)/.test(source.slice(lineStart, at))) continue; // in a comment
    const open = at + m[0].length - 1;
    const close = closing(source, open);
    out.push({ line: source.slice(0, open).split("\n").length, args: source.slice(open + 1, close) });
  }
  return out;
}

describe("the test suite's rules", () => {
  it("every property law states its run count (numRuns, directly or through a named constant)", () => {
    const missing: string[] = [];
    let laws = 0;
    for (const f of files) {
      const source = readFileSync(join(root, f), "utf8");
      for (const { line, args } of asserts(source)) {
        laws++;
        const named = args.match(/,\s*([A-Za-z_$][\w$]*)\s*,?\s*$/)?.[1];
        const stated =
          /\bnumRuns\s*:/.test(args) ||
          (named !== undefined && new RegExp(`\\b${named}\\s*=\\s*\\{[^}]*\\bnumRuns\\s*:`).test(source));
        if (!stated) missing.push(`${f}:${line}`);
      }
    }
    expect(laws).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("no test relies on vitest's 5 s default timeout", () => {
    expect(config.test?.testTimeout).toBeGreaterThanOrEqual(30_000);
    expect(config.test?.hookTimeout).toBeGreaterThanOrEqual(30_000);
  });

  it("runs the matrix in one vitest run: one project per zone, with its own TZ, sharing no stateful file", () => {
    const projects = (config.test?.projects ?? []) as {
      test?: { name?: string; env?: Record<string, string>; include?: string[]; isolate?: boolean };
    }[];
    const zones = projects.filter((p) => p.test?.name?.startsWith("tz:"));
    expect(zones.map((p) => p.test?.env?.TZ)).toEqual([...ZONES]);
    for (const p of zones) {
      expect(p.test?.name).toBe(`tz:${p.test?.env?.TZ}`);
      expect(p.test?.include).toEqual(ZONE_SHARED);
    }
    // The zone projects cover the date code, and what they share holds no mock or registration.
    expect(ZONE_SHARED).toContain("test/core/date.test.ts");
    expect(ZONE_SHARED).toContain("test/core/tz.test.ts");
    for (const f of ZONE_SHARED) expect(SHARED_STATE.test(readFileSync(join(root, f), "utf8")), f).toBe(false);
    for (const f of ZONE_ISOLATED) expect(SHARED_STATE.test(readFileSync(join(root, f), "utf8")), f).toBe(true);
    // The files kept out of the shared processes still run, isolated, in `main`.
    const main = projects.find((p) => p.test?.name === "main");
    expect(main?.test?.isolate).not.toBe(false);
  });
});
