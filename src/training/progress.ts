import { err, ok, type Result } from "neverthrow";
import type { Candidate } from "../candidate/types.js";
import { getTrack } from "../catalog/lookup.js";
import { type CalendarDate, isCalendarDate } from "../core/date.js";

/**
 * How far a candidate is through a track on a day.
 *
 * @example
 * ```ts
 * trackProgress(c, "welding-smaw", { asOf })._unsafeUnwrap().percent; // 0–100
 * ```
 */
export interface TrackProgress {
  readonly trackId: string;
  readonly asOf: CalendarDate;
  /** Units assessed Kompeten (latest result), or covered by a competency certificate, by `asOf`. */
  readonly unitsCompetent: readonly string[];
  readonly unitsRemaining: readonly string[];
  readonly unitsTotal: number;
  /** JP attended in enrollments of this track started by `asOf`. */
  readonly hoursAttended: number;
  /** JP the track requires. */
  readonly hoursRequired: number;
  /** Mean of the unit share and the (capped) hours share, 0–100, rounded down. */
  readonly percent: number;
  /** Every unit competent and the hours attended. */
  readonly completed: boolean;
}

/** Options of {@link trackProgress}. */
export interface TrackProgressOptions {
  readonly asOf: CalendarDate;
}

/** The error of {@link trackProgress}. */
export interface TrackProgressError {
  readonly code: "UNKNOWN_TRACK" | "INVALID_AS_OF";
  readonly trackId: string;
}

/** Units the candidate is competent in on `asOf`: latest unit result COMPETENT, or a certificate covers it. */
export function competentUnits(c: Candidate, asOf: CalendarDate): Set<string> {
  const latest = new Map<string, { on: string; competent: boolean }>();
  for (const r of Array.isArray(c?.unitResults) ? c.unitResults : []) {
    if (!isCalendarDate(r?.assessedOn) || r.assessedOn > asOf) continue;
    const seen = latest.get(r.unitCode);
    if (seen === undefined || r.assessedOn >= seen.on) {
      latest.set(r.unitCode, { on: r.assessedOn, competent: r.result === "COMPETENT" });
    }
  }
  const out = new Set<string>();
  for (const [unit, r] of latest) if (r.competent) out.add(unit);
  for (const cert of Array.isArray(c?.certificates) ? c.certificates : []) {
    if (cert?.kind === "COMPETENCY" && isCalendarDate(cert.issuedOn) && cert.issuedOn <= asOf) {
      for (const u of cert.unitCodes) out.add(u);
    }
  }
  return out;
}

/**
 * Progress of a candidate through a track on `asOf`: units competent and remaining (a unit
 * counts when its latest assessment by then is Kompeten, or a competency certificate issued by
 * then covers it), JP attended in the track's enrollments against the JP it requires, a
 * percentage and whether it is complete. Never throws.
 *
 * @returns `ok(progress)` or `err({ code: "UNKNOWN_TRACK", trackId })`
 * @example
 * ```ts
 * trackProgress(candidate, "welding-smaw", { asOf: "2026-11-28" as CalendarDate });
 * // ok({ trackId: "welding-smaw", unitsCompetent: [...], unitsRemaining: [...], percent: 41, … })
 * ```
 */
export function trackProgress(
  c: Candidate,
  trackId: string,
  options: TrackProgressOptions,
): Result<TrackProgress, TrackProgressError> {
  const track = getTrack(trackId);
  const id = typeof trackId === "string" ? trackId : String(trackId);
  if (track === undefined) return err({ code: "UNKNOWN_TRACK", trackId: id });
  const asOf = options?.asOf;
  if (!isCalendarDate(asOf)) return err({ code: "INVALID_AS_OF", trackId: id });
  const competent = competentUnits(c, asOf);
  const unitsCompetent = track.units.filter((u) => competent.has(u));
  const unitsRemaining = track.units.filter((u) => !competent.has(u));
  let hoursAttended = 0;
  for (const e of Array.isArray(c?.enrollments) ? c.enrollments : []) {
    if (e?.trackId === track.id && isCalendarDate(e.startedOn) && e.startedOn <= asOf) {
      hoursAttended += typeof e.hoursAttended === "number" ? e.hoursAttended : 0;
    }
  }
  const hoursRequired = track.hours.jp;
  // Every track in the catalogue has units and hours (a catalogue test holds it to that).
  const unitShare = unitsCompetent.length / track.units.length;
  const hourShare = Math.min(1, hoursAttended / hoursRequired);
  return ok({
    trackId: track.id,
    asOf,
    unitsCompetent,
    unitsRemaining,
    unitsTotal: track.units.length,
    hoursAttended,
    hoursRequired,
    percent: Math.floor(((unitShare + hourShare) / 2) * 100),
    completed: unitsRemaining.length === 0 && hoursAttended >= hoursRequired,
  });
}
