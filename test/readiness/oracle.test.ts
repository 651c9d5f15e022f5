/**
 * The compiled assessor and its lazy explanations (issue 15) against the previous, eager
 * implementation kept in test/oracle: every field of every result is the same (same JSON, key
 * order included, and deep-equal, the `components` read through their getter), on the sample
 * cohort and on generated candidates, both gates, several days, with and without a policy change
 * ahead. `npm test` checks ORACLE_CANDIDATES (default 2,000) generated candidates; `npm run
 * test:oracle` checks 100,000.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { type CalendarDate, type Candidate, DEFAULT_POLICY, listTargets, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { assessReadiness, paths } from "../../src/readiness/assess.js";
import { d } from "../arbitraries/index.js";
import { assessReadiness as oracle } from "../oracle/assess.js";
import { AHEAD, compare, PAST, scenario } from "../oracle/scenarios.js";

/**
 * The comparison is pure arithmetic on day numbers and strings (no `Date`): it runs in full in
 * the UTC zone (and outside the zone matrix), and a tenth of it in each other zone.
 */
const ZONE = process.env.SENTRA_TZ_MATRIX;
const FULL = ZONE === undefined || ZONE === "UTC";
const CANDIDATES = Number(process.env.ORACLE_CANDIDATES ?? (FULL ? 2000 : 200));
const GATES = ["placement", "departure"] as const;
const TARGETS = listTargets().map((t) => t.id);

const cohort: Candidate[] = (
  JSON.parse(readFileSync(new URL("../../examples/data/banten-cohort.json", import.meta.url), "utf8")) as unknown[]
).flatMap((r) => {
  const p = parseCandidate(r);
  return p.isOk() ? [p.value] : [];
});

/** Fails with the first difference, shown by vitest's own diff. */
function same(c: Candidate, options: Parameters<typeof compare>[1], spread = false): void {
  const diff = compare(c, options, spread);
  if (diff !== undefined) {
    expect(assessReadiness(c, options), `${c?.id} ${options.target} ${options.asOf}: ${diff}`).toEqual(
      oracle(c, options),
    );
    expect.unreachable(`${c?.id} ${JSON.stringify({ ...options, policy: options.policy?.id })}: ${diff}`);
  }
}

describe("assessReadiness equals its previous implementation (test/oracle)", () => {
  it("on the sample cohort: every target, both gates, days with and without a policy change ahead", () => {
    expect(cohort.length).toBeGreaterThan(200);
    const before = { ...paths };
    // The cohort's day; before AHEAD's changes (a change ahead: the verdicts' path); after them
    // (compiled, with the changed values); PAST's changed values. (Generated days go back to 2004.)
    const runs = [
      [DEFAULT_POLICY, d("2026-11-28")],
      [AHEAD, d("2026-12-01")],
      [AHEAD, d("2029-03-01")],
      [PAST, d("2026-11-28")],
    ] as const;
    // Each candidate for three targets in turn (one outside UTC), so every target meets a third of the cohort.
    const perCandidate = FULL ? 3 : 1;
    let i = 0;
    for (const [policy, asOf] of runs) {
      cohort.forEach((c, n) => {
        for (let k = 0; k < perCandidate; k++) {
          const target = TARGETS[(n + k * 3) % TARGETS.length] as string;
          for (const gate of GATES) same(c, { asOf, target, gate, policy }, i++ % 7 === 0);
        }
      });
    }
    // Both paths were compared: the compiled one, and the verdicts where a change lies ahead.
    const each = cohort.length * perCandidate * GATES.length;
    expect(paths.compiled - before.compiled).toBeGreaterThanOrEqual(each * 3);
    expect(paths.verdicts - before.verdicts).toBeGreaterThanOrEqual(each);
  });

  it("with a day of application, before and after the birth and the day judged", () => {
    const targets = ["KR-EPS-MANUFACTURING", "MY-PLKS-MANUFACTURING", "DE-NURSE", "JP-SSW-CAREGIVING"];
    for (const target of FULL ? targets : targets.slice(0, 1)) {
      // PAST judges JP-SSW-CAREGIVING's age at application too.
      const policy = target === "JP-SSW-CAREGIVING" ? PAST : DEFAULT_POLICY;
      for (const appliedOn of [d("2000-01-01"), d("2024-06-30"), d("2026-11-30"), d("2027-03-01")]) {
        for (const c of cohort) same(c, { asOf: d("2026-12-01"), target, gate: "placement", policy, appliedOn });
      }
    }
  });

  it(
    `on ${CANDIDATES.toLocaleString("en-US")} generated candidates (bent every way the checks tell apart), both gates, three days, three policies`,
    () => {
      const before = { ...paths };
      let parsed = 0;
      fc.assert(
        fc.property(scenario, (s) => {
          if (s.parsed) parsed++;
          for (const asOf of s.days) {
            for (const gate of GATES) {
              const options = { asOf, target: s.target, gate, policy: s.policy };
              same(s.candidate, s.appliedOn === undefined ? options : { ...options, appliedOn: s.appliedOn });
            }
          }
        }),
        { numRuns: CANDIDATES },
      );
      expect(parsed).toBeGreaterThan(CANDIDATES * 0.9);
      expect(paths.compiled - before.compiled).toBeGreaterThan(CANDIDATES * 2);
      expect(paths.verdicts - before.verdicts).toBeGreaterThan(CANDIDATES / 2);
    },
    Math.max(60_000, CANDIDATES * 5),
  );

  it("on records only the verdicts read (dates the checks leave unvalidated, odd lists), and refusals", () => {
    const base = cohort[0] as Candidate;
    const odd: unknown[] = [
      null,
      {},
      { ...base, documents: [{ kind: "KTP", issuedOn: "2020-01-01", expiresOn: "soon" }] },
      { ...base, documents: "KTP", medicalChecks: [null, 3, { examinedOn: "bad" }] },
      { ...base, certificates: [{ kind: "COMPETENCY", issuedOn: "2025-01-01", unitCodes: "ILLUS.CG.001" }] },
      { ...base, languageResults: [{ test: "JLPT", level: "B1", takenOn: "2025-01-01" }, 7] },
      { ...base, medicalChecks: [{ result: "FIT", examinedOn: "2026-10-01", pregnancyTest: null }] },
      { ...base, birthDate: "2008-02-30", orientation: "done", education: 42 },
      {
        ...base,
        sex: "F",
        documents: [7, { kind: "PASSPORT", issuedOn: "2025-13-01" }, { kind: "PASSPORT", issuedOn: "2025-01-01" }],
        medicalChecks: [
          "fit",
          { result: "FIT", examinedOn: "2026-10-01", pregnancyTest: "NEGATIVE" },
          { result: "FIT", examinedOn: "2026-10-01", pregnancyTest: { result: "NEGATIVE", testedOn: "soon" } },
          { result: "UNFIT", examinedOn: "2026-10-01", certificateIssuedOn: "2026-10-03", scope: "FULL" },
        ],
        orientation: { completedOn: "2026-11-01" },
      },
      {
        ...base,
        languageResults: [
          { test: "JFT_BASIC", score: "200", takenOn: "2025-01-01" },
          { test: "IELTS", band: "6.5", takenOn: "2025-01-01" },
          { test: "CEFR", level: "Z9", takenOn: "2025-01-01" },
          { test: "DUOLINGO", score: 120, takenOn: "2025-01-01" },
          { test: "JLPT", level: "N4", takenOn: "2025-01-01", announcedOn: "2025-02-20" },
          { test: "TOPIK", score: 150, takenOn: "not a day" },
        ],
      },
      {
        ...base,
        certificates: [
          "cert",
          { kind: "TRAINING", issuedOn: "2025-01-01" },
          { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: "2025-01-01" },
          { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: "2025-02-31" },
          { kind: "COMPETENCY", issuedOn: "2025-01-01", unitCodes: [], expiresOn: "2025-02-31" },
        ],
      },
    ];
    // The verdicts (a change ahead) and the compiled assessor (none ahead) read each the same.
    for (const c of odd) {
      for (const target of TARGETS) {
        for (const gate of GATES) {
          for (const policy of [AHEAD, DEFAULT_POLICY, PAST]) {
            same(c as Candidate, { asOf: d("2026-12-01"), target, gate, policy });
          }
        }
      }
    }
    for (const [asOf, target, appliedOn] of [
      ["2026-02-30", "JP-SSW-CAREGIVING", undefined],
      ["2026-12-01", "XX-NOWHERE", undefined],
      ["2026-12-01", "KR-EPS-MANUFACTURING", "yesterday"],
    ] as const) {
      same(base, { asOf: asOf as CalendarDate, target, appliedOn: appliedOn as CalendarDate | undefined });
    }
  });
});
