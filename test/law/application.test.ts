/**
 * The day an age is judged (DOMAIN.md §10): Korea's EPS (2025 round, born 3 June 1985 –
 * 4 June 2007: 18–39 at registration), Malaysia (≤ 45 at the time of application) and Germany's
 * Triple Win (18–38 "terhitung" at registration) fix the age at application; the national
 * minimum of UU 18/2017 Pasal 5 stays judged on the day assessed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import fc from "fast-check";
import {
  assessReadiness,
  assessRecords,
  type CalendarDate,
  type Candidate,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  formatReason,
  targetRequirements,
} from "sentra-vokasi";
import { addDays, dateOfAge } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { candidateFor } from "../arbitraries/catalog.js";

const d = (s: string) => s as CalendarDate;
const KR = "KR-EPS-MANUFACTURING";
const asOf = d("2026-12-01");
const full = candidateFor(targetRequirements(KR, { asOf })._unsafeUnwrap(), [0.5]);
const bornOn = (b: string): Candidate => ({ ...full, birthDate: d(b) });
const targetAge = (c: Candidate, appliedOn?: CalendarDate, day = asOf) =>
  checkPlacementEligibility(c, {
    asOf: day,
    target: KR,
    ...(appliedOn === undefined ? {} : { appliedOn }),
  }).children?.find((x) => x.rule === "placement.age.target");

describe("EPS judges 18–39 on the day of registration", () => {
  it("is confirmed by the 2025 notices and says so in the checklist", () => {
    expect(targetRequirements(KR, { asOf })._unsafeUnwrap().age).toEqual({ min: 18, max: 39, judgedAt: "application" });
    expect(DEFAULT_POLICY.targets[KR]?.requirements.age?.versions[0]?.confirmed).toBe(true);
  });

  it("the day before the 40th birthday at registration passes, and stays passed after it", () => {
    const c = bornOn("1985-06-05");
    const v = targetAge(c, d("2025-06-04"));
    expect(v?.outcome).toBe("pass");
    expect(v?.validUntil).toBeUndefined(); // growing older after registering changes nothing
    expect(v?.reasons[0]?.params).toEqual({ age: 39, min: 18, max: 39, appliedOn: "2025-06-04", assumed: false });
    expect(assessReadiness(c, { asOf, target: KR, appliedOn: d("2025-06-04") }).status).toBe("ready");
  });

  it("registered on the 40th birthday is over the limit, for good", () => {
    const c = bornOn("1985-06-05");
    const v = targetAge(c, d("2025-06-05"));
    expect(v?.reasons[0]).toMatchObject({
      code: "AGE_AT_APPLICATION_ABOVE_MAXIMUM",
      params: { age: 40, assumed: false },
    });
    const r = assessReadiness(c, { asOf, target: KR, appliedOn: d("2025-06-05") });
    expect(r.status).toBe("ineligible");
    expect(r.gaps[0]?.code).toBe("AGE_AT_APPLICATION_ABOVE_MAXIMUM");
  });

  it("without an application day, the day assessed stands for it, and the reason says so", () => {
    const c = bornOn("1985-06-05");
    const v = targetAge(c, undefined, d("2025-06-04"));
    expect(v?.reasons[0]?.params).toMatchObject({ appliedOn: "2025-06-04", assumed: true });
    expect(v?.validUntil).toBe("2025-06-04");
    expect(formatReason(v?.reasons[0] as never, "id")).toContain("tanggal pendaftaran tidak diberikan");
    expect(formatReason(v?.reasons[0] as never, "en")).toContain("no application day was given");
  });

  it("the national minimum stays judged on the day assessed", () => {
    const young = bornOn("2008-12-15");
    const v = checkPlacementEligibility(young, { asOf, target: KR, appliedOn: d("2026-12-20") });
    expect(v.children?.find((x) => x.rule === "placement.age.national")).toMatchObject({
      outcome: "fail",
      validFrom: "2026-12-15",
    });
  });

  it("an invalid appliedOn is said, not guessed", () => {
    const r = assessReadiness(full, { asOf, target: KR, appliedOn: d("2025-02-30") });
    expect(r.gaps).toEqual([{ code: "INVALID_APPLIED_ON", component: "eligibility", params: {} }]);
  });

  it("law: for any birth date and registration day, the verdict is the age on that day, and does not move after", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 3000 }), (n, later) => {
        const birth = addDays(d("1980-01-01"), n);
        const applied = addDays(d("2020-01-01"), n % 2000);
        const c = bornOn(birth);
        const age18 = dateOfAge(birth, 18);
        const age40 = dateOfAge(birth, 40);
        const expected = applied < age18 || applied >= age40 ? "fail" : "pass";
        expect(targetAge(c, applied, addDays(applied, later % 900))?.outcome).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the cohort functions and the CLI take appliedOn", () => {
  it("assessRecords passes it on", () => {
    const [x] = [...assessRecords([bornOn("1985-06-05")], { asOf, target: KR, appliedOn: d("2025-06-05") })];
    expect(x?.ok && x.readiness.status).toBe("ineligible");
  });

  it("--applied-on for all records, and a record's own appliedOn field or column before it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sentra-applied-"));
    const file = join(dir, "c.json");
    const late = { ...bornOn("1985-06-05"), appliedOn: "2025-06-05" };
    const early = { ...bornOn("1985-06-05"), id: "EARLY" };
    writeFileSync(file, JSON.stringify([late, early]));
    const out: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        out.push(String(chunk));
        done();
      },
    });
    const code = await run(
      ["assess", file, "--target", KR, "--as-of", asOf, "--applied-on", "2025-06-04", "--format", "jsonl"],
      {
        stdin: process.stdin,
        stdout: sink,
        stderr: new Writable({ write: (_c, _e, done) => done() }),
        today: () => asOf,
        now: () => 0,
      },
    );
    expect(code).toBe(0);
    const rows = out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { status: string });
    expect(rows.map((r) => r.status)).toEqual(["ineligible", "ready"]);
  });
});
