import type { Candidate } from "../candidate/types.js";
import type { PathwayStep } from "./types.js";

/**
 * The candidate as the plan leaves it: the evidence every step produces added to the record
 * (enrolments, certificates, language results, medical checks, documents, orientation, a
 * recorded marital status), dated as the steps are planned. An `application` step changes no
 * record: pass the pathway's `appliedOn` to `assessReadiness`. Never throws; the input is not
 * changed.
 *
 * @example
 * ```ts
 * const plan = planPathway(candidate, { asOf, target: "JP-SSW-CAREGIVING" })._unsafeUnwrap();
 * assessReadiness(applyPathway(candidate, plan), { asOf: plan.earliestPlacement!, target: plan.target }).status;
 * // "ready"
 * ```
 */
export function applyPathway(c: Candidate, pathway: { readonly steps: readonly PathwayStep[] }): Candidate {
  const documents = [...(Array.isArray(c?.documents) ? c.documents : [])];
  const medicalChecks = [...(Array.isArray(c?.medicalChecks) ? c.medicalChecks : [])];
  const languageResults = [...(Array.isArray(c?.languageResults) ? c.languageResults : [])];
  const enrollments = [...(Array.isArray(c?.enrollments) ? c.enrollments : [])];
  const certificates = [...(Array.isArray(c?.certificates) ? c.certificates : [])];
  let orientation = c?.orientation;
  let maritalStatus = c?.maritalStatus;
  for (const step of Array.isArray(pathway?.steps) ? pathway.steps : []) {
    for (const e of step.produces) {
      switch (e.type) {
        case "enrollment": {
          // The plan's enrolment completes one under way in the same track.
          const at = enrollments.findIndex((x) => x.trackId === e.enrollment.trackId && x.completedOn === undefined);
          if (at >= 0) enrollments[at] = { ...(enrollments[at] as (typeof enrollments)[number]), ...e.enrollment };
          else enrollments.push(e.enrollment);
          break;
        }
        case "certificate":
          certificates.push(e.certificate);
          break;
        case "languageResult":
          languageResults.push(e.result);
          break;
        case "medicalCheck":
          medicalChecks.push(e.check);
          break;
        case "document":
          documents.push(e.document);
          break;
        case "orientation":
          orientation = e.orientation;
          break;
        case "maritalStatus":
          maritalStatus = maritalStatus ?? e.maritalStatus;
          break;
        default:
          break;
      }
    }
  }
  return {
    ...c,
    documents,
    medicalChecks,
    languageResults,
    enrollments,
    certificates,
    ...(orientation === undefined ? {} : { orientation }),
    ...(maritalStatus === undefined ? {} : { maritalStatus }),
  };
}
