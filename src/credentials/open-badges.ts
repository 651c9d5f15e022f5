import { err, ok, type Result } from "neverthrow";
import { certificateSchema } from "../candidate/schema.js";
import type { CompetencyCertificate } from "../candidate/types.js";
import { addDays, type CalendarDate, isCalendarDate, MAX_DATE, MIN_DATE } from "../core/date.js";
import type { Issue } from "../core/issues.js";
import { toIssues } from "../core/zod-issues.js";

/**
 * A credential mapped to the library's certificate record. `verified` is always `false`: the
 * mapping reads the credential's claims and never checks its proof; verify the signature
 * with your Verifiable Credentials library before you trust it.
 *
 * @example
 * ```ts
 * importOpenBadgeCredential(vc)._unsafeUnwrap().certificate.unitCodes; // ["C.24LAS01.001.1", …]
 * ```
 */
export interface ImportedCredential {
  readonly certificate: CompetencyCertificate;
  /** The credential's `id`, when it has one. */
  readonly credentialId?: string;
  readonly verified: false;
  /**
   * The achievement's alignments not taken as unit codes, in their order: those of a framework
   * that is not SKKNI (and not one of the options' `unitFrameworks`), those with no
   * `targetFramework`, and those with no `targetCode`. Empty when every alignment was taken.
   * Look at them before you drop them: a scheme's own codes may need mapping to SKKNI units.
   */
  readonly ignoredAlignments: readonly IgnoredAlignment[];
}

/**
 * An alignment of the achievement that {@link importOpenBadgeCredential} did not take as an
 * SKKNI unit code.
 *
 * @example
 * ```ts
 * const a: IgnoredAlignment = {
 *   path: ["credentialSubject", "achievement", "alignment", 2],
 *   targetCode: "ESCO-123",
 *   targetFramework: "ESCO",
 * };
 * ```
 */
export interface IgnoredAlignment {
  /** Where the alignment is in the credential. */
  readonly path: readonly (string | number)[];
  /** Its `targetCode` (trimmed, at most 64 characters), when it has one. */
  readonly targetCode?: string;
  /** Its `targetFramework` (trimmed, at most 200 characters), when it has one. */
  readonly targetFramework?: string;
}

/**
 * Options of {@link importOpenBadgeCredential}.
 *
 * @example
 * ```ts
 * const options: ImportOpenBadgeOptions = { unitFrameworks: ["Skema Sertifikasi LSP P2 BBPVP Serang"] };
 * ```
 */
export interface ImportOpenBadgeOptions {
  /**
   * Further `targetFramework` names whose alignments' `targetCode`s are SKKNI unit codes
   * (compared trimmed, ignoring letter case), for issuers that name the framework otherwise.
   * A framework that names SKKNI is always taken.
   */
  readonly unitFrameworks?: readonly string[];
}

/**
 * The error of {@link importOpenBadgeCredential}: every reason the credential cannot be mapped,
 * each with the path in the credential and a code: `NOT_AN_OBJECT`,
 * `NOT_AN_ACHIEVEMENT_CREDENTIAL`, `MISSING_ISSUER`, `MISSING_VALID_FROM`, `INVALID_DATE` (not
 * an XML Schema dateTime, or no such day), `MISSING_ACHIEVEMENT`, `NO_ALIGNED_UNITS` (no
 * alignment with a `targetCode` of an SKKNI framework or of the options' `unitFrameworks`), or a
 * certificate field code (`TOO_LONG`, …).
 *
 * @example
 * ```ts
 * importOpenBadgeCredential({})._unsafeUnwrapErr().issues[0]?.code; // "NOT_AN_ACHIEVEMENT_CREDENTIAL"
 * ```
 */
export interface CredentialError {
  readonly code: "INVALID_CREDENTIAL";
  readonly issues: readonly Issue[];
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const types = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
const trimmed = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/**
 * The XML Schema 1.1 `dateTime` lexical form with a four-digit year (0000–9999, the years the
 * library represents): `YYYY-MM-DDThh:mm:ss(.fraction)?` then `Z`, `+hh:mm` or `-hh:mm` (up to
 * 14:00) or nothing; hours 00–23, or 24:00:00 exactly; minutes and seconds 00–59. The time part
 * is optional: a bare `YYYY-MM-DD` (an `xsd:date`) is accepted too. Group 1: the date; group 2:
 * the time of day without its zone.
 */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T((?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?|24:00:00(?:\.0+)?)(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?)?$/;
const MIDNIGHT = /^00:00:00(?:\.0+)?$/;

/**
 * The calendar date of an XML Schema dateTime as written (no time-zone conversion), or
 * `undefined` when it is not one (see {@link DATE_TIME}) or its day does not exist. 24:00:00 is
 * the first instant of the next day. An end instant at exactly midnight is exclusive, so its
 * last valid day is the day before. A bare date is that whole day.
 */
function dayOf(value: unknown, end: boolean): CalendarDate | undefined {
  if (typeof value !== "string") return undefined;
  const m = DATE_TIME.exec(value);
  const day = m?.[1];
  if (!isCalendarDate(day)) return undefined;
  const time = m?.[2];
  if (time === undefined) return day;
  if (time.startsWith("24")) {
    if (end) return day;
    return day === MAX_DATE ? undefined : addDays(day, 1);
  }
  if (end && MIDNIGHT.test(time)) return day === MIN_DATE ? undefined : addDays(day, -1);
  return day;
}

/** A `targetFramework` that names SKKNI (Standar Kompetensi Kerja Nasional Indonesia). */
const SKKNI = /\bSKKNI\b|standar kompetensi kerja nasional indonesia/i;

/** The caller's further unit frameworks, trimmed and lower-cased; junk is ignored. */
function unitFrameworksOf(options: ImportOpenBadgeOptions | undefined): ReadonlySet<string> {
  const list = obj(options)?.unitFrameworks;
  return new Set(
    (Array.isArray(list) ? list : [])
      .filter((x): x is string => typeof x === "string")
      .map((x) => x.trim().toLowerCase()),
  );
}

function mapCredential(
  vc: Record<string, unknown>,
  frameworks: ReadonlySet<string>,
): Result<ImportedCredential, CredentialError> {
  const issues: Issue[] = [];
  const issue = (path: (string | number)[], code: string, message: string) => issues.push({ path, code, message });

  const t = types(vc.type);
  if (
    !t.includes("VerifiableCredential") ||
    !(t.includes("OpenBadgeCredential") || t.includes("AchievementCredential"))
  ) {
    issue(
      ["type"],
      "NOT_AN_ACHIEVEMENT_CREDENTIAL",
      "Expected type VerifiableCredential with OpenBadgeCredential or AchievementCredential.",
    );
  }
  const issuerObj = obj(vc.issuer);
  const issuer =
    typeof vc.issuer === "string" ? vc.issuer : typeof issuerObj?.name === "string" ? issuerObj.name : issuerObj?.id;
  if (typeof issuer !== "string" || issuer.trim() === "")
    issue(["issuer"], "MISSING_ISSUER", "The credential names no issuer.");

  const fromKey = vc.validFrom !== undefined ? "validFrom" : "issuanceDate";
  const untilKey = vc.validUntil !== undefined ? "validUntil" : "expirationDate";
  const issuedOn = dayOf(vc[fromKey], false);
  if (vc[fromKey] === undefined)
    issue(["validFrom"], "MISSING_VALID_FROM", "The credential has no validFrom (or issuanceDate).");
  else if (issuedOn === undefined) issue([fromKey], "INVALID_DATE", "Expected an XML Schema dateTime.");
  const expiresOn = vc[untilKey] === undefined ? undefined : dayOf(vc[untilKey], true);
  if (vc[untilKey] !== undefined && expiresOn === undefined)
    issue([untilKey], "INVALID_DATE", "Expected an XML Schema dateTime.");

  const subjects = Array.isArray(vc.credentialSubject) ? vc.credentialSubject : [vc.credentialSubject];
  const index = subjects.findIndex((s) => obj(obj(s)?.achievement) !== undefined);
  const achievement = index >= 0 ? obj(obj(subjects[index])?.achievement) : undefined;
  const subjectPath: (string | number)[] = Array.isArray(vc.credentialSubject)
    ? ["credentialSubject", Math.max(index, 0)]
    : ["credentialSubject"];
  if (achievement === undefined) {
    issue([...subjectPath, "achievement"], "MISSING_ACHIEVEMENT", "The credential subject has no achievement.");
  }
  const alignment = Array.isArray(achievement?.alignment) ? achievement.alignment : [];
  const unitCodes: string[] = [];
  const ignoredAlignments: IgnoredAlignment[] = [];
  alignment.forEach((a, i) => {
    const entry = obj(a);
    const code = trimmed(entry?.targetCode);
    const framework = trimmed(entry?.targetFramework);
    if (code !== "" && (SKKNI.test(framework) || frameworks.has(framework.toLowerCase()))) {
      unitCodes.push(code);
      return;
    }
    ignoredAlignments.push({
      path: [...subjectPath, "achievement", "alignment", i],
      ...(code === "" ? {} : { targetCode: cut(code, 64) }),
      ...(framework === "" ? {} : { targetFramework: cut(framework, 200) }),
    });
  });
  if (achievement !== undefined && unitCodes.length === 0) {
    issue(
      [...subjectPath, "achievement", "alignment"],
      "NO_ALIGNED_UNITS",
      "The achievement is aligned to no SKKNI competency unit: no alignment has a targetCode and an SKKNI targetFramework (or one of the options' unitFrameworks).",
    );
  }
  if (issues.length > 0) return err({ code: "INVALID_CREDENTIAL", issues });

  const scheme = [achievement?.humanCode, achievement?.id, achievement?.name].find(
    (x) => typeof x === "string",
  ) as string;
  const candidate = {
    kind: "COMPETENCY" as const,
    schemeCode: cut(scheme, 64),
    unitCodes: [...new Set(unitCodes)],
    issuer: cut(String(issuer), 200),
    issuedOn,
    ...(expiresOn === undefined ? {} : { expiresOn }),
  };
  const checked = certificateSchema.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    return err({
      code: "INVALID_CREDENTIAL",
      issues: toIssues(checked.error.issues).map((i) => ({ ...i, path: ["certificate", ...i.path] })),
    });
  }
  return ok({
    certificate: checked.data as CompetencyCertificate,
    ...(typeof vc.id === "string" ? { credentialId: cut(vc.id, 500) } : {}),
    verified: false,
    ignoredAlignments,
  });
}

/**
 * Maps an Open Badges 3.0 achievement credential (a W3C Verifiable Credential of type
 * `OpenBadgeCredential` or `AchievementCredential`; VC 1.1 `issuanceDate`/`expirationDate` are
 * read too) to the library's `COMPETENCY` certificate record:
 *
 * - `issuedOn` ← `validFrom` (its calendar date as written, no time-zone conversion);
 * - `expiresOn` ← `validUntil` (an end at exactly midnight is exclusive: the day before);
 * - `issuer` ← `issuer.name` (or the issuer's id);
 * - `unitCodes` ← `credentialSubject.achievement.alignment[].targetCode` of the alignments whose
 *   `targetFramework` names SKKNI (the word `SKKNI`, or "Standar Kompetensi Kerja Nasional
 *   Indonesia", in any letter case) or is one of `options.unitFrameworks`; every other
 *   alignment (another framework, none, or no `targetCode`) is listed in `ignoredAlignments`;
 * - `schemeCode` ← the achievement's `humanCode`, else its `id`, else its `name`.
 *
 * Dates (`validFrom`, `validUntil`, VC 1.1 `issuanceDate`, `expirationDate`) must be XML Schema
 * `dateTime`s: `YYYY-MM-DDThh:mm:ss`, an optional fraction of a second, then `Z`, an offset
 * `±hh:mm` up to 14:00, or nothing; hours 00–23 (or 24:00:00 exactly, the first instant of the
 * next day), minutes and seconds 00–59, and a day that exists. Years are four digits,
 * 0000–9999 (a leading `-` or a fifth digit is rejected: outside the years the library
 * represents); a bare `YYYY-MM-DD` is also accepted, as that whole day. Anything else is
 * `INVALID_DATE` (`2010-01-01Tnot-a-time`, `2010-01-01T25:99:00Z`, `2010-02-30T00:00:00Z`).
 *
 * **It never verifies the credential.** Check the proof (Data Integrity or JWT) with your VC
 * library first and map only what verified; the result says `verified: false` to make that
 * plain. Never throws, whatever the credential and the options.
 *
 * @param credential - the credential, parsed from JSON
 * @param options - `unitFrameworks`: further framework names whose codes are SKKNI unit codes
 * @example
 * ```ts
 * const r = importOpenBadgeCredential(JSON.parse(text));
 * if (r.isOk()) candidate.certificates.push(r.value.certificate);
 * // an issuer that names its framework otherwise:
 * importOpenBadgeCredential(vc, { unitFrameworks: ["Skema Sertifikasi LSP P2 BBPVP Serang"] });
 * ```
 */
export function importOpenBadgeCredential(
  credential: unknown,
  options?: ImportOpenBadgeOptions,
): Result<ImportedCredential, CredentialError> {
  try {
    const vc = obj(credential);
    if (vc === undefined) {
      return err({
        code: "INVALID_CREDENTIAL",
        issues: [{ path: [], code: "NOT_AN_OBJECT", message: "Expected a JSON object." }],
      });
    }
    return mapCredential(vc, unitFrameworksOf(options));
  } catch {
    return err({
      code: "INVALID_CREDENTIAL",
      issues: [{ path: [], code: "NOT_AN_OBJECT", message: "Expected a plain JSON object." }],
    });
  }
}
