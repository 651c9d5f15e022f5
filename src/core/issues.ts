/**
 * One problem found in an input: where (`path`, keys and array indexes from the root), a
 * stable `code` (see docs/issue-codes.md), the facts that code speaks of (`params`, absent when
 * there are none; never personal data) and an English `message`, the English locale's text,
 * that never repeats the input's value. `formatIssue(issue, locale)` renders it in any locale:
 * what is wrong and what is expected, with an example.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ["documents", 0, "expiresOn"], code: "INVALID_DATE", message: "A date must be written YYYY-MM-DD, for example 2008-07-05." };
 * ```
 */
export interface Issue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
  /** The facts of the code (a bound, the expected type, a field), for translation. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}
