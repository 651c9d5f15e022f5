import { meetsEducation } from "../candidate/education.js";
import type { Candidate } from "../candidate/types.js";
import { getTarget, listTracks } from "../catalog/lookup.js";
import type { CalendarDate } from "../core/date.js";
import { makeReason, type Reason } from "../core/verdict.js";
import { checkTrainingEligibility } from "../eligibility/training.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import type { Policy } from "../policy/types.js";
import { targetRequirements } from "../requirements/targets.js";
import { trackProgress } from "./progress.js";

/**
 * One recommended track, with every reason it fits or does not.
 *
 * @example
 * ```ts
 * recommendTracks(c, { asOf, destination: "JP" })[0]?.trackId; // "caregiving-jp"
 * ```
 */
export interface TrackRecommendation {
  readonly trackId: string;
  /** 1 for the best fit. */
  readonly rank: number;
  /** No reason fails. */
  readonly fits: boolean;
  /** Progress already made in the track, 0–100. */
  readonly progressPercent: number;
  /** Age window, education, destination and progress, each as a reason. */
  readonly reasons: readonly Reason[];
}

/** Options of {@link recommendTracks}. */
export interface RecommendTracksOptions {
  readonly asOf: CalendarDate;
  /** ISO 3166-1 alpha-2 destination wanted (`"ID"` for work at home); tracks for it rank first. */
  readonly destination?: string;
  /** The policy to apply; `DEFAULT_POLICY` when absent. */
  readonly policy?: Policy;
}

/** Whether some target of a track admits a candidate of this age on `asOf` (its own age window). */
function admitting(targets: readonly string[], age: number, asOf: CalendarDate, policy: Policy): Reason {
  const open: string[] = [];
  for (const t of targets) {
    const req = targetRequirements(t, { asOf, policy });
    if (req.isOk() && (req.value.age.max === undefined || age <= req.value.age.max)) open.push(t);
  }
  return open.length > 0
    ? makeReason("TRACK_TARGETS_ADMIT_AGE", "pass", { age, targets: open.join(",") })
    : makeReason("TRACK_TARGETS_EXCLUDE_AGE", "fail", { age });
}

/**
 * The tracks a candidate can enrol in on `asOf`, best first, each with the reasons it fits or
 * not: the training age window of the policy (a candidate under it, or a day before the window
 * is in force, gets no recommendation; a candidate over it still gets the tracks of schemes with
 * wider age windows, with `TRAINING_OFFER_NOT_COVERED` and whether a target of the track admits
 * the age: `TRACK_TARGETS_ADMIT_AGE` / `TRACK_TARGETS_EXCLUDE_AGE`), the track's minimum education (`EDUCATION_*`), the wanted destination
 * (`TRACK_DESTINATION_MATCH` / `TRACK_DESTINATION_MISMATCH`) and progress already made
 * (`TRACK_PROGRESS`). Ranked by: fits, destination match, progress, then track id.
 * Deterministic; never throws.
 *
 * @example
 * ```ts
 * recommendTracks(candidate, { asOf: "2026-11-28" as CalendarDate, destination: "JP" })
 *   .map((r) => r.trackId); // ["caregiving-jp", "manufacturing-jp", …]
 * ```
 */
export function recommendTracks(c: Candidate, options: RecommendTracksOptions): TrackRecommendation[] {
  const asOf = options?.asOf;
  const policy = options?.policy ?? DEFAULT_POLICY;
  const training = checkTrainingEligibility(c, { asOf, policy });
  // Above the hub's offer: schemes with wider age windows (Korea to 39, Malaysia to 45) still
  // have tracks that prepare for them, outside the offer.
  const over = training.outcome === "fail" ? training.reasons.find((r) => r.code === "AGE_ABOVE_MAXIMUM") : undefined;
  if (training.outcome !== "pass" && over === undefined) return [];
  const age = Number(over?.params.age);
  const destination = typeof options.destination === "string" ? options.destination : undefined;
  const scored = listTracks().map((track) => {
    const reasons: Reason[] =
      over === undefined
        ? [...training.reasons]
        : [
            makeReason("TRAINING_OFFER_NOT_COVERED", "unknown", { age, max: Number(over.params.max) }, over.basis),
            admitting(track.targets, age, asOf, policy),
          ];
    const min = track.entry.minEducation;
    if (c.education === undefined) reasons.push(makeReason("EDUCATION_UNKNOWN", "unknown", { min }));
    else if (meetsEducation(c.education, min)) {
      reasons.push(makeReason("EDUCATION_MEETS_MINIMUM", "pass", { education: c.education, min }));
    } else reasons.push(makeReason("EDUCATION_BELOW_MINIMUM", "fail", { education: c.education, min }));
    let match = false;
    if (destination !== undefined) {
      match = track.targets.some((t) => getTarget(t)?.destination === destination);
      reasons.push(
        makeReason(match ? "TRACK_DESTINATION_MATCH" : "TRACK_DESTINATION_MISMATCH", match ? "pass" : "fail", {
          destination,
        }),
      );
    }
    const percent = trackProgress(c, track.id, { asOf })
      .map((p) => p.percent)
      .unwrapOr(0);
    if (percent > 0) reasons.push(makeReason("TRACK_PROGRESS", "pass", { percent }));
    const fits = reasons.every((r) => r.outcome !== "fail");
    return { trackId: track.id, fits, match, progressPercent: percent, reasons };
  });
  scored.sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) ||
      Number(b.match) - Number(a.match) ||
      b.progressPercent - a.progressPercent ||
      (a.trackId < b.trackId ? -1 : 1), // track ids are unique
  );
  return scored.map(({ match: _m, ...r }, i) => ({ ...r, rank: i + 1 }));
}
