import { type CandidateError, parseCandidate } from "../candidate/parse.js";
import { type AssessReadinessOptions, assessReadiness } from "./assess.js";
import type { Readiness } from "./types.js";

/**
 * The result for one raw record of {@link assessRecords}: its position (0-based), the caller's
 * `id` as given when it is a string, and either the readiness or the parse error.
 *
 * @example
 * ```ts
 * for (const x of assessRecords(rows, { asOf, target })) if (!x.ok) console.log(x.index, x.error.issues);
 * ```
 */
export type RecordAssessment =
  | { readonly index: number; readonly id?: string; readonly ok: true; readonly readiness: Readiness }
  | { readonly index: number; readonly id?: string; readonly ok: false; readonly error: CandidateError };

function one(raw: unknown, index: number, options: AssessReadinessOptions): RecordAssessment {
  let given: unknown;
  try {
    given = (raw as { id?: unknown } | null)?.id;
  } catch {
    given = undefined;
  }
  const idPart = typeof given === "string" ? { id: given } : {};
  const parsed = parseCandidate(raw);
  return parsed.isOk()
    ? { index, ...idPart, ok: true, readiness: assessReadiness(parsed.value, options) }
    : { index, ...idPart, ok: false, error: parsed.error };
}

/**
 * Parses and assesses raw records one at a time, yielding each result as it goes: invalid
 * records are yielded too, with their issues, and never stop the run. Holds one record at a
 * time, so a service can assess a million records in constant memory. Never throws for a bad
 * record (an iterator that itself throws propagates, as it would in a `for … of`).
 *
 * @example
 * ```ts
 * const summary = summarizeCohort(
 *   [...assessRecords(rows, { asOf, target: "JP-SSW-CAREGIVING" })].flatMap((x) => (x.ok ? [x.readiness] : [])),
 * );
 * ```
 */
export function* assessRecords(
  records: Iterable<unknown>,
  options: AssessReadinessOptions,
): Generator<RecordAssessment> {
  let index = 0;
  for (const raw of records) yield one(raw, index++, options);
}

/**
 * {@link assessRecords} over an async iterable (a file read line by line, a database cursor, a
 * request stream) or a sync one.
 *
 * @example
 * ```ts
 * for await (const x of assessRecordsAsync(lines, { asOf, target })) write(x);
 * ```
 */
export async function* assessRecordsAsync(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: AssessReadinessOptions,
): AsyncGenerator<RecordAssessment> {
  let index = 0;
  for await (const raw of records) yield one(raw, index++, options);
}
