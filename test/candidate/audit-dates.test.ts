/**
 * auditCandidate's date findings against an oracle: every event date after asOf is one
 * DATE_IN_FUTURE with its exact path, every end before its start one END_BEFORE_START, and
 * nothing else; the NIK, sex and domicile findings each follow their own field.
 */
import fc from "fast-check";
import { auditCandidate, type CalendarDate, type Candidate, parseCandidate } from "sentra-vokasi";
import { addDays } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { d } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const asOf = d("2026-06-15");
const day = fc.integer({ min: -3, max: 3 }).map((k) => addDays(asOf, k));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const EVENTS: Record<string, string[]> = {
  documents: ["issuedOn"],
  medicalChecks: ["examinedOn"],
  languageResults: ["takenOn"],
  enrollments: ["startedOn", "completedOn"],
  unitResults: ["assessedOn"],
  certificates: ["issuedOn"],
};
const ORDERED: [string, string, string][] = [
  ["documents", "issuedOn", "expiresOn"],
  ["enrollments", "startedOn", "completedOn"],
  ["certificates", "issuedOn", "expiresOn"],
];

const record = fc.record({
  documents: fc.array(fc.record({ kind: fc.constant("KTP"), issuedOn: day, expiresOn: maybe(day) }), { maxLength: 2 }),
  medicalChecks: fc.array(fc.record({ result: fc.constant("FIT"), examinedOn: day }), { maxLength: 2 }),
  languageResults: fc.array(fc.record({ test: fc.constant("JFT_BASIC"), score: fc.constant(200), takenOn: day }), {
    maxLength: 2,
  }),
  enrollments: fc.array(fc.record({ trackId: fc.constant("welding-smaw"), startedOn: day, completedOn: maybe(day) }), {
    maxLength: 2,
  }),
  unitResults: fc.array(
    fc.record({ unitCode: fc.constant("C.24LAS01.001.1"), result: fc.constant("COMPETENT"), assessedOn: day }),
    { maxLength: 2 },
  ),
  certificates: fc.array(
    fc.record({
      kind: fc.constant("COMPETENCY"),
      schemeCode: fc.constant("S"),
      unitCodes: fc.constant(["U"]),
      issuer: fc.constant("LSP"),
      issuedOn: day,
      expiresOn: maybe(day),
    }),
    { maxLength: 2 },
  ),
  orientation: maybe(fc.record({ completedOn: day })),
});

/** A woman's record whose NIK agrees with her birth date and Banten domicile; `sex` is set per test. */
const BASE = { id: "A", nik: "3674014507050001", fullName: "Siti Aminah", birthDate: "2005-07-05" };

const strip = (x: unknown): unknown =>
  JSON.parse(JSON.stringify(x, (_k, v) => (v === undefined ? undefined : v))) as unknown;

describe("auditCandidate, dates", () => {
  it("law: exactly one finding per future event date and per end before its start", () => {
    fc.assert(
      fc.property(record, (extra) => {
        const c = parseCandidate({ ...BASE, sex: "F", ...(strip(extra) as object) })._unsafeUnwrap();
        const want: string[] = [];
        const rec = c as unknown as Record<string, Record<string, CalendarDate | undefined>[]>;
        for (const [list, fields] of Object.entries(EVENTS)) {
          (rec[list] ?? []).forEach((item, i) => {
            for (const f of fields) {
              const v = item[f];
              if (v !== undefined && v > asOf) want.push(`DATE_IN_FUTURE ${list}[${i}].${f} ${v}`);
            }
          });
        }
        const o = c.orientation?.completedOn;
        if (o !== undefined && o > asOf) want.push(`DATE_IN_FUTURE orientation.completedOn ${o}`);
        for (const [list, start, end] of ORDERED) {
          (rec[list] ?? []).forEach((item, i) => {
            const a = item[start];
            const b = item[end];
            if (a !== undefined && b !== undefined && b < a)
              want.push(`END_BEFORE_START ${list}[${i}].${end} ${b} ${a}`);
          });
        }
        const got = auditCandidate(c, { asOf }).map((r) => {
          expect(r.outcome).toBe("fail");
          return r.code === "DATE_IN_FUTURE"
            ? `${r.code} ${r.params.field} ${r.params.date}${r.params.asOf === asOf ? "" : " wrong asOf"}`
            : `${r.code} ${r.params.field} ${r.params.date} ${r.params.start}`;
        });
        expect(got.sort()).toEqual(want.sort());
      }),
      { numRuns: runs(300) },
    );
  });

  it("a birth date after asOf is a finding too", () => {
    const c = parseCandidate({ ...BASE, sex: "F" })._unsafeUnwrap();
    expect(auditCandidate(c, { asOf: d("2005-07-04") }).map((r) => [r.code, r.params.field])).toEqual([
      ["DATE_IN_FUTURE", "birthDate"],
    ]);
    expect(auditCandidate(c, { asOf: d("2005-07-05") })).toEqual([]);
  });

  it("the NIK's sex, province and the domicile's regency are checked each on its own", () => {
    const find = (x: object) =>
      auditCandidate(parseCandidate({ ...BASE, ...x })._unsafeUnwrap() as Candidate, { asOf }).map((r) => [
        r.code,
        r.params,
      ]);
    expect(find({ sex: "F" })).toEqual([]);
    expect(find({ sex: "M" })).toEqual([["NIK_SEX_MISMATCH", { nik: "3674********0001", sex: "M" }]]);
    expect(find({ sex: "F", domicile: { provinceCode: "36" } })).toEqual([]);
    expect(find({ sex: "F", domicile: { provinceCode: "32" } })).toEqual([
      ["NIK_DOMICILE_MISMATCH", { nik: "3674********0001", nikProvinceCode: "36", provinceCode: "32" }],
    ]);
    expect(find({ sex: "F", domicile: { provinceCode: "36", regencyCode: "3674" } })).toEqual([]);
    expect(find({ sex: "F", domicile: { provinceCode: "36", regencyCode: "3273" } })).toEqual([
      ["DOMICILE_REGION_MISMATCH", { provinceCode: "36", regencyCode: "3273" }],
    ]);
    expect(auditCandidate({ nik: 42 } as never, { asOf })).toEqual([]);
  });
});
