/**
 * Hostile and broken input through every public entry point. `npm test` runs a small slice;
 * `npm run fuzz` runs the same properties with FUZZ_RUNS (50,000 for each of four properties
 * and a third of that for the CLI reader: 216,666 inputs).
 * Nothing may throw, results must stay plain JSON, and the laws of the earlier suites hold.
 */
import fc from "fast-check";
import {
  assessReadiness,
  auditCandidate,
  type CalendarDate,
  type Candidate,
  checkCertification,
  checkLanguageRequirements,
  checkPlacementEligibility,
  checkTrainingEligibility,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  formatGap,
  formatIssue,
  formatReason,
  getTarget,
  importOpenBadgeCredential,
  listTargets,
  parseCandidate,
  recommendTracks,
  summarizeCohort,
  targetRequirements,
  trackProgress,
} from "sentra-vokasi";
import { registerRequirementKind } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { readRecords } from "../../src/cli/input.js";
import { targetId } from "../arbitraries/catalog.js";
import { mutatedCandidate, rawCandidate } from "../arbitraries/index.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? "150");
const jsonSafe = (x: unknown) => expect(JSON.parse(JSON.stringify(x))).toStrictEqual(x);

/** Inputs a hostile caller could send: anything, broken records, prototype keys, extreme values. */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }),
  mutatedCandidate,
  rawCandidate,
  rawCandidate.map((r) =>
    JSON.parse(`{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify(r).slice(1)}`),
  ),
  rawCandidate.map((r) => ({ ...r, fullName: "x".repeat(100_000) })),
  rawCandidate.map((r) => ({
    ...r,
    documents: Array.from({ length: 150 }, () => ({ kind: "KTP", issuedOn: "2020-01-01" })),
  })),
  rawCandidate.map((r) => ({
    ...r,
    birthDate: fc.sample(fc.constantFrom("0000-01-01", "9999-12-31", "2026-02-29", "1900-02-29", "+02026-01-01"), 1)[0],
  })),
  fc.integer({ min: 0, max: 300 }).map((depth) => {
    let v: unknown = "leaf";
    for (let i = 0; i < depth; i++) v = { documents: [v] };
    return v;
  }),
);
const anyDate = fc.oneof(
  fc.constantFrom("2026-11-28", "0000-01-01", "9999-12-31", "2024-02-29", "2026-02-29", "", "x"),
  fc.string({ maxLength: 12 }),
) as fc.Arbitrary<CalendarDate>;
const anyTarget = fc.oneof(targetId, fc.string({ maxLength: 30 }));

/** A valid candidate, or whatever a careless caller might pass as one. */
const candidateLike = fc.oneof(
  rawCandidate.map((r) => parseCandidate(r)._unsafeUnwrap() as Candidate),
  fc.anything({ maxDepth: 3 }).map((x) => x as Candidate),
);

describe(`fuzz (${RUNS} runs per property)`, () => {
  it("parsing and auditing never throw and stay JSON; prototypes stay untouched", () => {
    fc.assert(
      fc.property(hostile, anyDate, (x, asOf) => {
        const r = parseCandidate(x);
        if (r.isErr()) jsonSafe(r.error);
        else jsonSafe(auditCandidate(r.value, { asOf }));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it("eligibility, requirements, language and certification never throw and stay JSON", () => {
    fc.assert(
      fc.property(candidateLike, anyDate, anyTarget, (c, asOf, target) => {
        jsonSafe(checkTrainingEligibility(c, { asOf }));
        jsonSafe(checkPlacementEligibility(c, { asOf, target }));
        jsonSafe(checkCertification(c, { asOf, target }));
        const req = targetRequirements(target, { asOf });
        if (req.isOk()) jsonSafe(checkLanguageRequirements(c, { asOf, requirements: req.value.language }));
        jsonSafe(recommendTracks(c, { asOf }));
        jsonSafe(trackProgress(c, "welding-smaw", { asOf }).unwrapOr(null));
      }),
      { numRuns: RUNS },
    );
  });

  it("readiness, explanations and cohort summaries never throw, stay JSON and keep their laws", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(candidateLike, anyDate, anyTarget, fc.constantFrom("placement", "departure")), {
          maxLength: 4,
        }),
        (items) => {
          const rs = items.map(([c, asOf, target, gate]) =>
            assessReadiness(c, { asOf, target, gate: gate as "placement" }),
          );
          for (const r of rs) {
            jsonSafe(r);
            expect(r.status === "ready").toBe(r.score === 100);
            expect(r.status === "ready").toBe(r.gaps.length === 0);
            for (const locale of ["id", "en"] as const) {
              for (const line of explainReadiness(r, locale)) expect(typeof line).toBe("string");
              for (const g of r.gaps) expect(typeof formatGap(g, locale)).toBe("string");
              for (const x of r.components)
                for (const reason of x.verdict.reasons) expect(typeof formatReason(reason, locale)).toBe("string");
            }
          }
          const s = summarizeCohort(rs);
          expect(s.byStatus.total).toBe(rs.length);
          jsonSafe(s);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("policies and credentials from hostile JSON never throw", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.anything({ maxDepth: 4 }), (a, b) => {
        const p = definePolicy(DEFAULT_POLICY, a as never);
        if (p.isErr()) jsonSafe(p.error);
        const q = definePolicy(a as never, b as never);
        expect(q.isOk() || q.isErr()).toBe(true);
        const v = importOpenBadgeCredential(a);
        if (v.isOk()) expect(v.value.verified).toBe(false);
        else jsonSafe(v.error);
      }),
      { numRuns: RUNS },
    );
  });

  it("targets, kinds, locales and issues from hostile values never throw", () => {
    const locale = fc.oneof(
      fc.constantFrom("id", "en", "fr"),
      fc.anything({ maxDepth: 3 }),
      fc.record({ tag: fc.string(), fallback: fc.anything({ maxDepth: 2 }), text: fc.anything({ maxDepth: 2 }) }),
    );
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), locale, anyDate, anyTarget, (a, l, asOf, target) => {
        expect(Array.isArray(listTargets(a as never))).toBe(true);
        expect(() => getTarget(target, a as never)).not.toThrow();
        const r = targetRequirements(target, { asOf, policy: a as never });
        if (r.isErr()) jsonSafe(r.error);
        const k = registerRequirementKind(a as never);
        expect(k.isErr()).toBe(true);
        jsonSafe(k._unsafeUnwrapErr());
        expect(typeof formatIssue(a as never, l as never)).toBe("string");
        expect(typeof formatReason(a as never, l as never)).toBe("string");
        expect(typeof formatGap(a as never, l as never)).toBe("string");
        const c = parseCandidate({
          id: "F",
          nik: "3674014507050001",
          fullName: "F",
          sex: "F",
          birthDate: "2005-07-05",
          ...(a === undefined ? {} : { attributes: a }),
        });
        if (c.isErr()) jsonSafe(c.error);
        else jsonSafe(c.value);
      }),
      { numRuns: RUNS },
    );
  });

  it("the CLI's record reader survives binary garbage, broken JSON and CSV, in any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.array(fc.json(), { maxLength: 5 }).map((xs) => xs.join("\n")),
        ),
        fc.constantFrom("json", "jsonl", "csv") as fc.Arbitrary<"json" | "jsonl" | "csv">,
        fc.integer({ min: 1, max: 50 }),
        async (text, format, size) => {
          async function* chunks() {
            for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
          }
          let positions = 0;
          try {
            for await (const rec of readRecords(chunks(), format)) {
              positions++;
              expect(rec.position).toBe(positions);
            }
          } catch (e) {
            // Only the CSV parser may give up on a stream it cannot read at all; the CLI reports it.
            expect(format).toBe("csv");
            expect(e).toBeInstanceOf(Error);
          }
        },
      ),
      { numRuns: Math.max(50, Math.floor(RUNS / 3)) },
    );
  });
});
