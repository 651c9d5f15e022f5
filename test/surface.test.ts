import * as api from "sentra-vokasi";
import * as extend from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";

describe("public surface", () => {
  it("exports exactly these runtime names (changing them is a deliberate act)", () => {
    expect(Object.keys(api).sort()).toMatchSnapshot();
  });

  it("keeps extension points in sentra-vokasi/extend, not at the root", () => {
    expect(Object.keys(extend).sort()).toMatchSnapshot();
    for (const name of ["makeReason", "addDays", "registerRequirementKind", "resolveParameter", "BASIS"]) {
      expect(extend, name).toHaveProperty(name);
      expect(api, name).not.toHaveProperty(name);
    }
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
      "listTargets",
      "getTarget",
      "targetRequirements",
      "checkPlacementEligibility",
      "assessReadiness",
      "explainReadiness",
      "summarizeCohort",
      "formatGap",
      "policyJsonSchema",
      "listTracks",
      "getTrack",
      "listStandards",
      "trackProgress",
      "recommendTracks",
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
