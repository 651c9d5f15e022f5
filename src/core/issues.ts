/**
 * One problem found in an input: where (`path`, keys and array indexes from the root), a
 * stable `code` (see the docs' table of issue codes) and an English `message` that never
 * repeats the input's value.
 */
export interface Issue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
}
