import { type CalendarDate, isCalendarDate } from "../core/date.js";
import { maskNik } from "../core/mask.js";
import { makeReason, type Reason } from "../core/verdict.js";
import { decodeNik } from "./nik.js";
import type { Candidate } from "./types.js";

/**
 * Options of {@link auditCandidate}.
 *
 * @example
 * ```ts
 * auditCandidate(candidate, { asOf: "2026-11-28" as CalendarDate } satisfies AuditCandidateOptions);
 * ```
 */
export interface AuditCandidateOptions {
  /** The day the record is judged on: dates after it are findings. */
  readonly asOf: CalendarDate;
}

const EVIDENCE_DATES: readonly (readonly [keyof Candidate, readonly string[]])[] = [
  ["documents", ["issuedOn"]],
  ["medicalChecks", ["examinedOn", "certificateIssuedOn"]],
  ["languageResults", ["takenOn"]],
  ["enrollments", ["startedOn", "completedOn"]],
  ["unitResults", ["assessedOn"]],
  ["certificates", ["issuedOn"]],
];

const ORDERED_DATES: readonly (readonly [keyof Candidate, string, string])[] = [
  ["documents", "issuedOn", "expiresOn"],
  ["enrollments", "startedOn", "completedOn"],
  ["certificates", "issuedOn", "expiresOn"],
];

/**
 * Data-quality findings on a parsed candidate, not eligibility: the NIK disagrees with the
 * recorded birth date (`NIK_BIRTHDATE_MISMATCH`), sex (`NIK_SEX_MISMATCH`) or province of
 * domicile (`NIK_DOMICILE_MISMATCH`), or a date of an event lies after `asOf`
 * (`DATE_IN_FUTURE`; expiry dates are expected to), an end date before its start
 * (`END_BEFORE_START`: an expiry before the issue, a completion before the start), or the
 * domicile's regency outside its province (`DOMICILE_REGION_MISMATCH`). Each finding is a {@link Reason} with
 * outcome `"fail"`; the NIK in params is masked. Never throws; an invalid `asOf` gives a single
 * `INVALID_AS_OF` finding.
 *
 * @example
 * ```ts
 * auditCandidate(candidate, { asOf: "2026-11-28" as CalendarDate });
 * // [] when the record is consistent
 * ```
 */
export function auditCandidate(c: Candidate, options: AuditCandidateOptions): Reason[] {
  const asOf = options?.asOf;
  if (!isCalendarDate(asOf)) return [makeReason("INVALID_AS_OF", "unknown", {})];
  const findings: Reason[] = [];
  const nik = typeof c?.nik === "string" ? c.nik : "";
  const parts = decodeNik(nik);
  if (parts !== undefined) {
    const masked = maskNik(nik);
    const birth = c.birthDate;
    if (
      isCalendarDate(birth) &&
      (parts.birthDay !== Number(birth.slice(8, 10)) ||
        parts.birthMonth !== Number(birth.slice(5, 7)) ||
        parts.birthYear2 !== Number(birth.slice(2, 4)))
    ) {
      findings.push(makeReason("NIK_BIRTHDATE_MISMATCH", "fail", { nik: masked }));
    }
    if ((c.sex === "F" || c.sex === "M") && parts.sex !== c.sex) {
      findings.push(makeReason("NIK_SEX_MISMATCH", "fail", { nik: masked, sex: c.sex }));
    }
    const province = c.domicile?.provinceCode;
    if (typeof province === "string" && province !== parts.provinceCode) {
      findings.push(
        makeReason("NIK_DOMICILE_MISMATCH", "fail", {
          nik: masked,
          nikProvinceCode: parts.provinceCode,
          provinceCode: province,
        }),
      );
    }
  }
  const future = (field: string, date: unknown) => {
    if (isCalendarDate(date) && date > asOf) {
      findings.push(makeReason("DATE_IN_FUTURE", "fail", { field, date, asOf }));
    }
  };
  future("birthDate", c?.birthDate);
  for (const [list, fields] of EVIDENCE_DATES) {
    const items = c?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: Record<string, unknown>, i) => {
      for (const f of fields) future(`${list}[${i}].${f}`, item?.[f]);
    });
  }
  future("orientation.completedOn", c?.orientation?.completedOn);
  for (const [list, start, end] of ORDERED_DATES) {
    const items = c?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: Record<string, unknown>, i) => {
      const a = item?.[start];
      const b = item?.[end];
      if (isCalendarDate(a) && isCalendarDate(b) && b < a) {
        findings.push(makeReason("END_BEFORE_START", "fail", { field: `${list}[${i}].${end}`, date: b, start: a }));
      }
    });
  }
  const regency = c?.domicile?.regencyCode;
  const domicileProvince = c?.domicile?.provinceCode;
  if (typeof regency === "string" && typeof domicileProvince === "string" && !regency.startsWith(domicileProvince)) {
    findings.push(
      makeReason("DOMICILE_REGION_MISMATCH", "fail", { provinceCode: domicileProvince, regencyCode: regency }),
    );
  }
  return findings;
}
