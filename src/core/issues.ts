/**
 * One problem found in an input: where (`path`, keys and array indexes from the root), a
 * stable `code` (see the docs' table of issue codes), the facts that code speaks of
 * (`params`, absent when there are none; never personal data) and an English `message` that
 * never repeats the input's value. `formatIssue(issue, locale)` renders it in any locale.
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
  /** The facts of the code (a bound, the expected type, a field), for translation. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}
