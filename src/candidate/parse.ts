import { err, ok, type Result } from "neverthrow";
import type * as z from "zod";
import type { Issue } from "../core/issues.js";
import { toIssues } from "../core/zod-issues.js";
import { CandidateSchema } from "./schema.js";
import type { Candidate } from "./types.js";

/**
 * The error of {@link parseCandidate}: every problem found, each with its path and a stable
 * code (`REQUIRED`, `INVALID_TYPE`, `UNKNOWN_KEY`, `INVALID_VALUE`, `INVALID_DATE`,
 * `INVALID_NIK`, `INVALID_FORMAT`, `TOO_SHORT`,
 * `TOO_LONG`, `TOO_FEW`, `TOO_MANY`, `OUT_OF_RANGE`). No message contains the NIK, a
 * document number or the name.
 *
 * @example
 * ```ts
 * parseCandidate({})._unsafeUnwrapErr().issues[0]; // { path: ["id"], code: "REQUIRED", message: "Required field is missing." }
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
    return err({
      code: "INVALID_CANDIDATE",
      issues: [{ path: [], code: "INVALID_TYPE", message: "Expected a plain JSON object." }],
    });
  }
  return parsed.success ? ok(parsed.data) : err({ code: "INVALID_CANDIDATE", issues: toIssues(parsed.error.issues) });
}
