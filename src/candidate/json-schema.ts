import * as z from "zod";
import { CandidateSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the candidate input that {@link parseCandidate} accepts,
 * for forms, API gateways and other languages. The NIK, date and date-order rules appear as
 * patterns where JSON Schema can state them; `parseCandidate` remains the reference. Returns a
 * fresh object on each call.
 *
 * @example
 * ```ts
 * candidateJsonSchema().$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function candidateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CandidateSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
    title: "sentra-vokasi candidate",
  } as Record<string, unknown>;
}
