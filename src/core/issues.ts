/**
 * One problem found in an input: where (`path`, keys and array indexes from the root), a
 * stable `code` (see the docs' table of issue codes) and an English `message` that never
 * repeats the input's value.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ["documents", 0, "expiresOn"], code: "INVALID_DATE", message: "Expected a valid calendar date written YYYY-MM-DD." };
 * ```
 */
export interface Issue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
}
