import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { candidateJsonSchema, parseCandidate } from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { mutatedCandidate, rawCandidate } from "../arbitraries/index.js";
import { runs } from "../arbitraries/runs.js";

const ajv = new Ajv2020({ strict: false, validateFormats: false, unicode: false, allErrors: false });
const validate = ajv.compile(candidateJsonSchema());
/** Inputs as they arrive in JSON: no undefined, no functions. */
const asJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x) ?? "null");

describe("candidateJsonSchema accepts exactly what parseCandidate accepts", () => {
  it("on hand-picked edge cases", () => {
    const base = { id: "x", nik: "3674014507050001", fullName: "A", sex: "F", birthDate: "2005-07-05" };
    const cases: unknown[] = [
      base,
      { ...base, birthDate: "2024-02-29" },
      { ...base, birthDate: "2026-02-29" },
      { ...base, birthDate: "0000-02-29" },
      { ...base, nik: "3674010507050000" },
      { ...base, nik: "9974014507050001" },
      { ...base, nik: "3674017207050001" },
      { ...base, extra: 1 },
      JSON.parse(
        `{"id":"x","nik":"3674014507050001","fullName":"A","sex":"F","birthDate":"2005-07-05","__proto__":{}}`,
      ),
      { ...base, languageResults: [{ test: "IELTS", band: 6.5, takenOn: "2026-01-01" }] },
      { ...base, languageResults: [{ test: "IELTS", band: 6.25, takenOn: "2026-01-01" }] },
      { ...base, languageResults: [{ test: "JFT_BASIC", score: 9, takenOn: "2026-01-01" }] },
      { ...base, languageResults: [{ test: "NOPE", takenOn: "2026-01-01" }] },
      { ...base, medicalChecks: [{ result: "FIT", examinedOn: "2026-01-01" }] },
      { ...base, documents: [{ kind: "PASSPORT", issuedOn: "2026-05-01", expiresOn: "2026-04-30" }] },
      { ...base, domicile: { provinceCode: "36", regencyCode: "3201" } },
      { ...base, id: "x".repeat(65) },
      { ...base, documents: Array.from({ length: 101 }, () => ({ kind: "KTP", issuedOn: "2020-01-01" })) },
      null,
      [],
      "text",
    ];
    for (const c of cases) expect(validate(c), JSON.stringify(c)?.slice(0, 120)).toBe(parseCandidate(c).isOk());
  });

  it("on generated valid, mutated and arbitrary records", () => {
    fc.assert(
      fc.property(fc.oneof(rawCandidate, mutatedCandidate, fc.anything()), (x) => {
        const json = asJson(x);
        expect(validate(json)).toBe(parseCandidate(json).isOk());
      }),
      { numRuns: runs(3000) },
    );
  });
});
