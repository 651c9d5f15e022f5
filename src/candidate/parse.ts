import { err, ok, type Result } from "neverthrow";
import * as z from "zod";
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
 * **Speed.** With zod 4.6.0 or later (the peer range is `^4.0.0`), records are checked by zod's
 * compiled validator (`z.compile`, built once, on the first call), in about a third of the time of
 * `CandidateSchema.safeParse`; a record it rejects is parsed again by the schema itself, so the
 * issues are the schema's. With zod 4.0–4.5, under `z.config({ jitless: true })` (for a Content
 * Security Policy without `unsafe-eval`), or where `new Function` is refused, it uses
 * `CandidateSchema.safeParse`. Either way the results are the same.
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
  return parseWith(input, compiledSchema());
}

/**
 * {@link parseCandidate} without the compiled validator (`CandidateSchema.safeParse` only).
 * Internal: the oracle of the parity tests and the fallback.
 */
export function parseCandidateUncompiled(input: unknown): Result<Candidate, CandidateError> {
  return parseWith(input, null);
}

/** The lowest zod version whose compiled validator {@link parseCandidate} uses. */
export const COMPILED_PARSING_MIN_ZOD = { major: 4, minor: 6 } as const;

type Compile = <T extends z.ZodType>(schema: T, options?: { strict?: boolean }) => T;

/**
 * Whether zod's compiled validator is used: `compile` is a function and `version` (a schema's
 * `_zod.version`) is 4.x with x ≥ {@link COMPILED_PARSING_MIN_ZOD}'s minor. Internal; exported
 * for the tests.
 */
export function canCompile(compile: unknown, version: unknown): compile is Compile {
  const v = version as { major?: unknown; minor?: unknown } | null | undefined;
  return (
    typeof compile === "function" &&
    v?.major === COMPILED_PARSING_MIN_ZOD.major &&
    typeof v.minor === "number" &&
    v.minor >= COMPILED_PARSING_MIN_ZOD.minor
  );
}

// Feature detection at module load: `z.compile` exists from zod 4.5 (with 4.0–4.4 this reads
// `undefined`); the fast path is taken from 4.6, the version its parity is tested on.
const zodCompile = (z as { compile?: unknown }).compile;
const compile = canCompile(zodCompile, (CandidateSchema as unknown as { _zod?: { version?: unknown } })._zod?.version)
  ? zodCompile
  : undefined;

/** The compiled schema; `undefined` until the first parse, `null` when there is none. */
let compiled: z.ZodType<Candidate, unknown> | null | undefined;

/**
 * The compiled candidate schema, built on first use (not at import: an app that never parses
 * pays nothing, and a `z.config({ jitless: true })` set after importing the library is seen), or
 * `null` where there is none. Never throws: a refusal (`ZodCompileUnsupportedError`,
 * `ZodCompileAsyncError`, a `new Function` blocked by a Content Security Policy) means `null`.
 * Internal; exported for the tests.
 */
export function compiledSchema(): z.ZodType<Candidate, unknown> | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (compile === undefined) return compiled;
  try {
    if (z.config().jitless === true) return compiled;
    // strict: a schema zod cannot compile throws here instead of coming back uncompiled.
    compiled = compile(CandidateSchema, { strict: true });
  } catch {
    compiled = null;
  }
  return compiled;
}

const REPORT_INPUT = { reportInput: true } as const;

function parseWith(input: unknown, fast: z.ZodType<Candidate, unknown> | null): Result<Candidate, CandidateError> {
  let parsed: z.ZodSafeParseResult<Candidate>;
  try {
    if (fast !== null) {
      // The compiled validator answers valid records; a record it rejects goes to the schema's
      // own parser, with inputs collected (REQUIRED vs INVALID_TYPE needs each issue's input).
      parsed = fast.safeParse(input, REPORT_INPUT);
    } else {
      // Without it: parse without collecting inputs; only a failing record is parsed again.
      parsed = CandidateSchema.safeParse(input);
      if (!parsed.success) parsed = CandidateSchema.safeParse(input, REPORT_INPUT);
    }
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
