/**
 * Issue 15: no `flatMap` and no array spread (`[...`) on the hot path of `assessReadiness` (the
 * code of src/readiness and src/requirements that runs per candidate): each allocates a
 * throwaway array per call, which cost a quarter of the assessment's time before the compiled
 * assessor. Comments are not code and are skipped; the files listed in `COLD` may use them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIRS = ["src/readiness", "src/requirements"] as const;

/** Files that never run per candidate, and why. */
const COLD: Readonly<Record<string, string>> = {
  "src/requirements/policy.ts": "definePolicy and the policy's JSON Schema: once per policy",
  "src/requirements/registry.ts": "registerRequirementKind: once per kind, at start-up",
  "src/readiness/cohort.ts": "summarizeCohort's result: once per cohort",
};

const FORBIDDEN = [
  { name: "flatMap", pattern: /\.flatMap\(/ },
  { name: "array spread", pattern: /\[\s*\.\.\./ },
];

/** The code of a TypeScript file without its comments (strings are kept: none holds these patterns). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the hot path allocates no throwaway arrays", () => {
  const root = new URL("../../", import.meta.url);
  const files = DIRS.flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${dir}/${f}`),
  );

  it("finds the files it guards, and every cold file it excuses still exists", () => {
    expect(files).toContain("src/readiness/compiled.ts");
    expect(files).toContain("src/requirements/evaluate.ts");
    for (const f of Object.keys(COLD)) expect(files).toContain(f);
  });

  it.each(files.filter((f) => !Object.hasOwn(COLD, f)))("%s has no flatMap and no array spread", (file) => {
    const lines = code(readFileSync(new URL(file, root), "utf8")).split("\n");
    const found: string[] = [];
    lines.forEach((line, i) => {
      for (const f of FORBIDDEN) if (f.pattern.test(line)) found.push(`${file}:${i + 1} ${f.name}: ${line.trim()}`);
    });
    expect(found).toEqual([]);
  });

  it("the guard sees what it forbids, and not inside comments", () => {
    expect(code("const xs = [...ys]; // [...zs]")).toMatch(FORBIDDEN[1]?.pattern as RegExp);
    expect(code("/** [...assessRecords(rows)].flatMap((x) => x) */ const n = 1;")).not.toMatch(/flatMap|\.\.\./);
    expect(code('const url = "http://x"; // xs.flatMap(f)')).not.toMatch(/flatMap/);
  });
});
