import * as api from "sentra-vokasi";
import { describe, expect, it } from "vitest";

describe("public surface", () => {
  it("exports exactly these runtime names (changing them is a deliberate act)", () => {
    expect(Object.keys(api).sort()).toMatchSnapshot();
  });

  it("exports the names API.md promises", () => {
    for (const name of [
      "calendarDate",
      "ageOn",
      "parseCandidate",
      "auditCandidate",
      "CandidateSchema",
      "candidateJsonSchema",
      "formatReason",
      "checkTrainingEligibility",
      "DEFAULT_POLICY",
      "definePolicy",
      "maskNik",
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
