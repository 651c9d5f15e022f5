/**
 * What the CLI reads from a spreadsheet (CSV or xlsx) before the library sees it: the header
 * (column names, with their accepted aliases; a duplicated or unknown column stops the run),
 * and each row's cells, trimmed and normalised the way an officer types them (`L`/`P` for sex,
 * codes in any letter case, day-first dates with `--day-first`). Every alias and form is listed
 * in docs/cli.md.
 */
import type { IssueCode, IssueParams } from "../core/codes.js";
import { CEFR_LEVELS, EDUCATION_LEVELS, JLPT_LEVELS, MARITAL_STATUSES } from "../core/vocabulary.js";
import { makeIssue } from "../core/zod-issues.js";
import { ATTRIBUTE_PREFIX, CSV_COLUMNS, KNOWN_COLUMNS, type MappedRow, rowToCandidate } from "./csv-columns.js";

/** A problem with one record, named by its column as typed in the file. */
export interface Problem {
  /** The column as it is in the file (CSV/xlsx header cell) or the field path (JSON). */
  readonly column?: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  /** English text, for logs; the CLI renders `code` + `params` in the chosen locale. */
  readonly message: string;
}

/** A problem with its English message from the English locale (the CLI renders the chosen one). */
export function problem<C extends IssueCode>(code: C, params?: IssueParams[C], column?: string): Problem {
  const i = makeIssue([], code, params);
  const p: Problem =
    i.params === undefined ? { code, message: i.message } : { code, params: i.params, message: i.message };
  return column === undefined ? p : { column, ...p };
}

/** The key of a column name for matching: letter case, spaces, `_`, `-` and `.` do not count. */
const key = (name: string): string => name.toLowerCase().replace(/[\s_.-]/g, "");

/**
 * Indonesian header names accepted for the person columns (besides every column name in any
 * letter case, with or without `_`, spaces, `-` or `.`).
 */
export const HEADER_ALIASES: Readonly<Record<string, string>> = {
  nama: "fullName",
  namalengkap: "fullName",
  jeniskelamin: "sex",
  jk: "sex",
  tanggallahir: "birthDate",
  tgllahir: "birthDate",
  pendidikan: "education",
  pendidikanterakhir: "education",
  statusperkawinan: "maritalStatus",
  statuskawin: "maritalStatus",
  kodeprovinsi: "provinceCode",
  kodekabupaten: "regencyCode",
  kodekabkota: "regencyCode",
  tanggaldaftar: "appliedOn",
};

const BY_KEY: ReadonlyMap<string, string> = new Map([
  ...[...KNOWN_COLUMNS].map((c) => [key(c), c] as const),
  ...Object.entries(HEADER_ALIASES),
]);

/** The header of a file: for each cell, its column, or `undefined` when ignored. */
export interface Header {
  readonly columns: readonly (string | undefined)[];
  /** The header cell as typed, for each column name: what problems are named by. */
  readonly typed: ReadonlyMap<string, string>;
}

/** Why a header cannot be read: its cells that are duplicated or unknown. */
export interface HeaderProblem {
  readonly duplicated: readonly { readonly column: string; readonly cells: readonly string[] }[];
  readonly unknown: readonly { readonly cell: string; readonly position: number; readonly suggestion?: string }[];
  readonly empty: readonly number[];
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

function suggest(cell: string): string | undefined {
  const k = key(cell);
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(k.length / 4)) + 1;
  for (const [candidate, column] of BY_KEY) {
    const d = distance(k, candidate);
    if (d < bestD) {
      bestD = d;
      best = column;
    }
  }
  return best;
}

/**
 * Resolves a header row. `ignore` names header cells to skip (matched like column names).
 * Column names match in any letter case, ignoring spaces, `_`, `-` and `.`; `attr_<name>`
 * keeps `<name>` as typed.
 */
export function resolveHeader(
  cells: readonly string[],
  ignore: readonly string[] = [],
): { readonly header: Header } | { readonly problem: HeaderProblem } {
  const ignored = new Set(ignore.map(key));
  const columns: (string | undefined)[] = [];
  const typed = new Map<string, string>();
  const seen = new Map<string, string[]>();
  const unknown: { cell: string; position: number; suggestion?: string }[] = [];
  const empty: number[] = [];
  cells.forEach((raw, i) => {
    const cell = raw.trim();
    if (cell === "" || ignored.has(key(cell))) {
      if (cell === "") empty.push(i + 1);
      columns.push(undefined);
      return;
    }
    const attr = /^attr[\s_.-]?(.+)$/i.exec(cell);
    const column = attr !== null ? `${ATTRIBUTE_PREFIX}${attr[1]}` : BY_KEY.get(key(cell));
    if (column === undefined) {
      const suggestion = suggest(cell);
      unknown.push(suggestion === undefined ? { cell, position: i + 1 } : { cell, position: i + 1, suggestion });
      columns.push(undefined);
      return;
    }
    columns.push(column);
    typed.set(column, cell);
    seen.set(column, [...(seen.get(column) ?? []), cell]);
  });
  const duplicated = [...seen].filter(([, c]) => c.length > 1).map(([column, c]) => ({ column, cells: c }));
  // An empty header cell above empty cells only is harmless (a trailing separator); it is
  // reported only when some row has a value under it (see `toRow`).
  if (duplicated.length > 0 || unknown.length > 0) return { problem: { duplicated, unknown, empty } };
  return { header: { columns, typed } };
}

/** Options of reading rows. */
export interface RowOptions {
  /** Read `DD/MM/YYYY`, `DD-MM-YYYY` and `DD.MM.YYYY` dates as day-first. */
  readonly dayFirst: boolean;
}

const DATE_COLUMNS: ReadonlySet<string> = new Set(
  [...KNOWN_COLUMNS].filter((c) => c === "birthDate" || c.endsWith("On")),
);
const DATED_LISTS: ReadonlySet<string> = new Set(["units_competent", "skill_tests"]);

/** The enumerated columns: a value matching one of these in any letter case is taken as it. */
const CODES: Readonly<Record<string, readonly string[]>> = {
  education: EDUCATION_LEVELS,
  maritalStatus: MARITAL_STATUSES,
  medical_result: ["FIT", "UNFIT"],
  medical_scope: ["MEDICAL", "PSYCHOLOGICAL", "FULL"],
  pregnancy_test_result: ["NEGATIVE", "POSITIVE"],
  jlpt_level: JLPT_LEVELS,
  cefr_level: CEFR_LEVELS,
};

/** Sex as officers write it: `L` (laki-laki) and `P` (perempuan), or `M`/`F`, any case. */
export const SEX_ALIASES: Readonly<Record<string, "M" | "F">> = {
  m: "M",
  l: "M",
  lk: "M",
  "laki-laki": "M",
  male: "M",
  f: "F",
  p: "F",
  pr: "F",
  perempuan: "F",
  wanita: "F",
  female: "F",
};

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** A number Excel wrote in scientific notation: `3.67402E+15`, `3,67402E+15`. */
export const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

function dayFirst(v: string): string | undefined {
  const m = DAY_FIRST.exec(v);
  if (m === null) return undefined;
  return `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
}

function normaliseCode(column: string, v: string): string {
  if (column === "sex") return SEX_ALIASES[v.toLowerCase()] ?? v;
  const codes = CODES[column];
  if (codes === undefined) return v;
  const k = v.toUpperCase().replace(/[\s-]+/g, "_");
  return codes.includes(k) ? k : v;
}

/** One row made ready for the library: the record, its columns, and problems found on the way. */
export interface TabularRow extends MappedRow {
  /** Problems that make the record invalid whatever parsing says (extra cells, a NIK Excel rounded). */
  readonly problems: readonly Problem[];
  /** Better explanations of a column's value, used when parsing finds that column invalid. */
  readonly hints: ReadonlyMap<string, Problem>;
  /** The record's id cell, when present. */
  readonly id?: string;
}

/**
 * Turns a row's cells into a candidate record: trimmed (leading and trailing spaces never
 * carry meaning in any column, and typed cells often have them), codes normalised, day-first
 * dates read or explained. `numeric[i]` says the cell was a number in a workbook.
 */
export function toRow(
  header: Header,
  cells: readonly string[],
  options: RowOptions,
  numeric: readonly boolean[] = [],
): TabularRow {
  const row: Record<string, string> = {};
  const problems: Problem[] = [];
  const hints = new Map<string, Problem>();
  const name = (column: string) => header.typed.get(column) ?? column;
  let extra = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = (cells[i] as string).trim();
    if (v === "") continue;
    if (i >= header.columns.length) {
      extra++;
      continue;
    }
    const column = header.columns[i];
    if (column === undefined) continue;
    let value = normaliseCode(column, v);
    if (column === "nik" && (SCIENTIFIC.test(v) || (numeric[i] === true && v.length >= 15))) {
      problems.push(problem("NIK_SCIENTIFIC_NOTATION", {}, name(column)));
    }
    if (DATE_COLUMNS.has(column)) {
      const iso = dayFirst(v);
      if (iso !== undefined) {
        if (options.dayFirst) value = iso;
        else {
          hints.set(name(column), problem("DATE_DAY_FIRST", { example: iso }, name(column)));
        }
      }
    } else if (DATED_LISTS.has(column) && options.dayFirst) {
      value = value.replace(/@\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/g, (_, d: string) => `@${dayFirst(d) ?? d}`);
    } else if (DATED_LISTS.has(column)) {
      const m = /@\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/.exec(value);
      const iso = m === null ? undefined : dayFirst(m[1] as string);
      if (iso !== undefined) {
        hints.set(name(column), problem("DATE_DAY_FIRST", { example: iso }, name(column)));
      }
    }
    row[column] = value;
  }
  if (extra > 0) {
    problems.push(problem("EXTRA_CELLS", { cells: cells.length, columns: header.columns.length }));
  }
  const mapped = rowToCandidate(row);
  const id = row.id;
  return {
    record: mapped.record,
    columnOf: (path) => {
      const c = mapped.columnOf(path);
      return c === undefined ? undefined : name(c);
    },
    problems,
    hints,
    ...(id === undefined ? {} : { id }),
  };
}

/** Every column name, for the docs and the usage error of an unknown column. */
export const ALL_COLUMNS: readonly string[] = Object.values(CSV_COLUMNS).flat();
