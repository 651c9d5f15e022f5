import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  issueCodesMarkdown,
  policyMarkdown,
  readinessMarkdown,
  reasonCodesMarkdown,
  requirementKindsMarkdown,
  targetsMarkdown,
} from "../scripts/gen-docs.js";
import { pathwayMarkdown } from "../scripts/pathway-doc.js";

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), "utf8");

describe("generated docs", () => {
  it("docs/policy.md is what DEFAULT_POLICY generates (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/policy.md")).toBe(policyMarkdown());
  });

  it("docs/reason-codes.md is what the catalogues generate (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/reason-codes.md")).toBe(reasonCodesMarkdown());
  });

  it("docs/issue-codes.md is what the catalogues generate (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/issue-codes.md")).toBe(issueCodesMarkdown());
  });

  it("docs/readiness.md is what the readiness functions generate (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/readiness.md")).toBe(readinessMarkdown());
  });

  it("docs/targets.md is what the catalogue and policy generate (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/targets.md")).toBe(targetsMarkdown());
  });

  it("docs/pathway.md is what the planner generates (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/pathway.md")).toBe(pathwayMarkdown());
  });

  it("docs/requirement-kinds.md is what the registry generates (run `npx tsx scripts/gen-docs.ts`)", () => {
    expect(read("docs/requirement-kinds.md")).toBe(requirementKindsMarkdown());
  });
});
