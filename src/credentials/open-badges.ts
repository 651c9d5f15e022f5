import { err, ok, type Result } from "neverthrow";
import { certificateSchema } from "../candidate/schema.js";
import type { CompetencyCertificate } from "../candidate/types.js";
import { addDays, type CalendarDate, isCalendarDate } from "../core/date.js";
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
}

/**
 * The error of {@link importOpenBadgeCredential}: every reason the credential cannot be mapped,
 * each with the path in the credential and a code: `NOT_AN_OBJECT`,
 * `NOT_AN_ACHIEVEMENT_CREDENTIAL`, `MISSING_ISSUER`, `MISSING_VALID_FROM`, `INVALID_DATE`,
 * `MISSING_ACHIEVEMENT`, `NO_ALIGNED_UNITS`, or a certificate field code (`TOO_LONG`, …).
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

/**
 * The calendar date of an XML Schema dateTime as written (no time-zone conversion). An end
 * instant at exactly midnight is exclusive, so its last valid day is the day before.
 */
function dayOf(value: unknown, end: boolean): CalendarDate | undefined {
  if (typeof value !== "string") return undefined;
  const day = value.slice(0, 10);
  if (!isCalendarDate(day)) return undefined;
  if (value.length > 10 && value[10] !== "T") return undefined;
  if (end && /^T00:00(:00(\.0+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value.slice(10))) return addDays(day, -1);
  return day;
}

function mapCredential(vc: Record<string, unknown>): Result<ImportedCredential, CredentialError> {
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
  const unitCodes = alignment
    .map((a) => obj(a)?.targetCode)
    .filter((c): c is string => typeof c === "string" && c.trim() !== "")
    .map((c) => c.trim());
  if (achievement !== undefined && unitCodes.length === 0) {
    issue(
      [...subjectPath, "achievement", "alignment"],
      "NO_ALIGNED_UNITS",
      "The achievement is aligned to no competency unit (targetCode).",
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
  });
}

/**
 * Maps an Open Badges 3.0 achievement credential (a W3C Verifiable Credential of type
 * `OpenBadgeCredential` or `AchievementCredential`; VC 1.1 `issuanceDate`/`expirationDate` are
 * read too) to the library's `COMPETENCY` certificate record:
 *
 * - `issuedOn` ← `validFrom` (its calendar date as written);
 * - `expiresOn` ← `validUntil` (an end at exactly midnight is exclusive: the day before);
 * - `issuer` ← `issuer.name` (or the issuer's id);
 * - `unitCodes` ← `credentialSubject.achievement.alignment[].targetCode` (SKKNI unit codes);
 * - `schemeCode` ← the achievement's `humanCode`, else its `id`, else its `name`.
 *
 * **It never verifies the credential.** Check the proof (Data Integrity or JWT) with your VC
 * library first and map only what verified; the result says `verified: false` to make that
 * plain. Never throws.
 *
 * @example
 * ```ts
 * const r = importOpenBadgeCredential(JSON.parse(text));
 * if (r.isOk()) candidate.certificates.push(r.value.certificate);
 * ```
 */
export function importOpenBadgeCredential(credential: unknown): Result<ImportedCredential, CredentialError> {
  try {
    const vc = obj(credential);
    if (vc === undefined) {
      return err({
        code: "INVALID_CREDENTIAL",
        issues: [{ path: [], code: "NOT_AN_OBJECT", message: "Expected a JSON object." }],
      });
    }
    return mapCredential(vc);
  } catch {
    return err({
      code: "INVALID_CREDENTIAL",
      issues: [{ path: [], code: "NOT_AN_OBJECT", message: "Expected a plain JSON object." }],
    });
  }
}
