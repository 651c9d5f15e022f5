import { err, ok, type Result } from "neverthrow";
import type * as z from "zod";
import type { IssueParams } from "../core/codes.js";
import type { Issue } from "../core/issues.js";
import { makeIssue, toIssues } from "../core/zod-issues.js";
import { PROVINCE_CODES } from "./nik.js";
import { CandidateSchema } from "./schema.js";
import type { Candidate } from "./types.js";

/**
 * The error of {@link parseCandidate}: every problem found, each with its path and a stable
 * code (`REQUIRED`, `INVALID_TYPE`, `UNKNOWN_KEY`, `INVALID_VALUE`, `INVALID_DATE`,
 * `INVALID_NIK`, `INVALID_FORMAT`, `TOO_SHORT`, `TOO_LONG`, `TOO_FEW`, `TOO_MANY`,
 * `OUT_OF_RANGE`, `INVALID_ATTRIBUTE_KEY`, `TOO_MANY_ATTRIBUTES`) and its params (the accepted
 * values, the bound, the closest known key, which part of a NIK is wrong). No message or param
 * contains the NIK, a document number or the name.
 *
 * @example
 * ```ts
 * parseCandidate({})._unsafeUnwrapErr().issues[0]; // { path: ["id"], code: "REQUIRED", message: "Required: this field must be filled in." }
 * ```
 */
export interface CandidateError {
  readonly code: "INVALID_CANDIDATE";
  readonly issues: Issue[];
}

/**
 * Validates unknown input (for example `JSON.parse` output) as a {@link Candidate}.
 * Never throws, whatever it is given; reports every issue at once.
 *
 * @param input - anything
 * @returns `ok(candidate)` (a fresh object; evidence lists default to `[]`, a medical check's
 *   `scope` to `"FULL"`) or `err({ code: "INVALID_CANDIDATE", issues })`
 * @example
 * ```ts
 * const r = parseCandidate({ id: "BTN-1", nik: "3674014507050001", fullName: "Siti Aminah",
 *                            sex: "F", birthDate: "2005-07-05" });
 * r.isOk(); // true
 * parseCandidate({ id: "BTN-2" })._unsafeUnwrapErr().issues[0]?.code; // "REQUIRED"
 * ```
 */
export function parseCandidate(input: unknown): Result<Candidate, CandidateError> {
  let parsed: z.ZodSafeParseResult<Candidate>;
  try {
    // The fast path parses without collecting inputs; only a failing record is parsed again to
    // tell REQUIRED from INVALID_TYPE (which needs the input of each issue).
    parsed = CandidateSchema.safeParse(input);
    if (!parsed.success) parsed = CandidateSchema.safeParse(input, { reportInput: true });
  } catch {
    // zod does not throw on data, but hostile objects (throwing getters, revoked proxies) can.
    return err({ code: "INVALID_CANDIDATE", issues: [makeIssue([], "INVALID_TYPE", { expected: "object" })] });
  }
  if (parsed.success) return ok(parsed.data);
  const issues = toIssues(parsed.error.issues, CandidateSchema).map((i) =>
    i.code === "INVALID_NIK" && i.path.length === 1 && i.path[0] === "nik"
      ? makeIssue(i.path, "INVALID_NIK", nikProblem(input))
      : i,
  );
  return err({ code: "INVALID_CANDIDATE", issues });
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What is wrong with a NIK that failed the check, as params (never the NIK itself): not digits,
 * the wrong number of digits, an unknown province, no birth date, serial 0000.
 */
function nikProblem(input: unknown): IssueParams["INVALID_NIK"] {
  let v: unknown;
  try {
    v = (input as { nik?: unknown }).nik;
  } catch {
    return {};
  }
  if (typeof v !== "string" || v === "") return {};
  if (!/^\d+$/.test(v)) return { problem: "digits" };
  if (v.length !== 16) return { problem: "length", length: v.length };
  if (!(PROVINCE_CODES as readonly string[]).includes(v.slice(0, 2))) return { problem: "province" };
  const day = Number(v.slice(6, 8));
  const month = Number(v.slice(8, 10));
  const d = day > 40 ? day - 40 : day;
  if (month < 1 || month > 12 || d < 1 || d > (DAYS[month - 1] ?? 0) || (day > 31 && day < 41)) {
    return { problem: "birth_date" };
  }
  if (v.slice(12) === "0000") return { problem: "serial" };
  // Left: a day that exists in no year the two digits can stand for (29 February 01).
  return { problem: "birth_date" };
}
