/**
 * Reading records from text already decoded (CSV, JSON array, JSONL) and from spreadsheet rows:
 * the CLI's reader without Node, shared by the CLI, the report and the web page. Records come
 * in order with their line in the file; a record that cannot be read is one record with its
 * problems; a file that is not a file of records stops with an {@link InputError}.
 */
import { type Delimiter, detectDelimiter, splitCsv } from "../cli/csv-split.js";
import { splitJsonArray } from "../cli/json-array.js";
import { type Header, type Problem, problem, resolveHeader, type TabularRow, toRow } from "../cli/tabular.js";

const SNIFF_BYTES = 64 * 1024;

/** The input formats the CLI reads. */
export type InputFormat = "json" | "jsonl" | "csv" | "xlsx";

/**
 * One record read from the input, in order: its 1-based `position` among the records, the
 * `line` it starts on in the file (1-based, counting the header, as a spreadsheet shows it;
 * for JSON the line of the element's first character), and either its raw value or the
 * problems that kept it from being read.
 */
export type InputRecord =
  | {
      readonly position: number;
      readonly line: number;
      readonly raw: unknown;
      /** For spreadsheet rows: columns of field paths, problems found while reading, hints. */
      readonly row?: TabularRow;
    }
  | {
      readonly position: number;
      readonly line: number;
      readonly id?: string;
      readonly problems: readonly Problem[];
    };

/** What stops a run before or while reading (exit code 2): a code and its facts. */
export type InputErrorCode =
  | "NOT_A_FILE"
  | "UNREADABLE"
  | "EMPTY"
  | "HEADER_ONLY"
  | "NO_RECORDS"
  | "MISNAMED_XLSX"
  | "NOT_XLSX"
  | "OLD_XLS"
  | "BINARY"
  | "BAD_HEADER"
  | "MALFORMED_HEADER"
  | "NO_SUCH_SHEET"
  | "UNREADABLE_XLSX";

/** An input that cannot be read as records: exit code 2, with a message in the chosen locale. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    message: string = code,
  ) {
    super(message);
  }
}

/** Facts about how the input was read, shown on stderr. */
export type Notice =
  | { readonly code: "DELIMITER"; readonly delimiter: Delimiter }
  | { readonly code: "ENCODING"; readonly encoding: "windows-1252" | "utf-16le" }
  | { readonly code: "SHEET"; readonly sheet: string };

/** Options of {@link readInput}. */
export interface ReadOptions {
  /** The longest record, in characters (default {@link MAX_RECORD_CHARS}). */
  readonly maxChars?: number;
  /** Read `DD/MM/YYYY`-style dates in CSV and xlsx as day-first. */
  readonly dayFirst?: boolean;
  /** The worksheet of an xlsx workbook (default: the first). */
  readonly sheet?: string;
  /** Header cells to skip (CSV and xlsx). */
  readonly ignoreColumns?: readonly string[];
  /** Called with facts about the reading (delimiter, encoding). */
  readonly notice?: (n: Notice) => void;
  /**
   * Reads the text of a JSON or JSONL record into its `raw` value (default `JSON.parse`; a throw
   * makes the record `MALFORMED_JSON`). The CLI keeps the text, parsed in a worker thread.
   */
  readonly parseJson?: (text: string) => unknown;
}

/**
 * The longest record read, in characters: a longer JSONL line, JSON array element or CSV row
 * is reported as one invalid record (`RECORD_TOO_LONG`) and skipped without being held.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Reads the first chunks of text up to the first non-blank character. */
async function peekText(chunks: AsyncIterable<string>): Promise<{ first: string; rest: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  let first = "";
  const seen: string[] = [];
  while (first.trim() === "" || (first.indexOf("\n") < 0 && first.length < SNIFF_BYTES)) {
    const n = await it.next();
    if (n.done) break;
    seen.push(n.value);
    first += n.value;
  }
  async function* rest() {
    for (const s of seen) yield s;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  return { first, rest: rest() };
}

/** JSONL: one record per non-blank line. Returns the number of records. */
async function* readJsonl(
  chunks: AsyncIterable<string>,
  maxChars: number,
  parse: (text: string) => unknown = JSON.parse,
): AsyncGenerator<InputRecord, number> {
  let position = 0;
  let line = 0;
  for await (const text of lines(chunks, maxChars)) {
    line++;
    if (text === undefined) {
      yield {
        position: ++position,
        line,
        problems: [problem("RECORD_TOO_LONG", { max: maxChars })],
      };
      continue;
    }
    if (text.trim() === "") continue;
    position++;
    try {
      yield { position, line, raw: parse(text) };
    } catch {
      yield { position, line, problems: [problem("MALFORMED_JSON", {})] };
    }
  }
  return position;
}

/** A JSON array: one record per element. Returns the number of records. */
async function* readJsonArray(
  chunks: AsyncIterable<string>,
  maxChars: number,
  parse: (text: string) => unknown = JSON.parse,
): AsyncGenerator<InputRecord, number> {
  let position = 0;
  for await (const piece of splitJsonArray(chunks, maxChars)) {
    position++;
    if ("error" in piece) {
      yield {
        position,
        line: piece.line,
        problems: [problem("MALFORMED_JSON", {})],
      };
      return position;
    }
    if ("tooLong" in piece) {
      yield {
        position,
        line: piece.line,
        problems: [problem("RECORD_TOO_LONG", { max: maxChars })],
      };
      continue;
    }
    try {
      yield { position, line: piece.line, raw: parse(piece.text) };
    } catch {
      yield { position, line: piece.line, problems: [problem("MALFORMED_JSON", {})] };
    }
  }
  return position;
}

function headerOrStop(cells: readonly string[], options: ReadOptions): Header {
  const r = resolveHeader(cells, options.ignoreColumns);
  if ("problem" in r) {
    const p = r.problem;
    throw new InputError("BAD_HEADER", {
      duplicated: p.duplicated.map((d) => d.cells.map((c) => JSON.stringify(c)).join(" = ")).join("; "),
      unknown: p.unknown
        .map((u) => `${JSON.stringify(u.cell)}${u.suggestion === undefined ? "" : ` (${u.suggestion}?)`}`)
        .join(", "),
    });
  }
  return r.header;
}

function tabularRecord(
  position: number,
  line: number,
  header: Header,
  cells: readonly string[],
  options: ReadOptions,
  numeric?: readonly boolean[],
): InputRecord {
  const row = toRow(header, cells, { dayFirst: options.dayFirst === true }, numeric);
  return { position, line, raw: row.record, row };
}

/** CSV: the header, then one record per row. Returns the number of records. */
async function* readCsv(
  chunks: AsyncIterable<string>,
  delimiter: Delimiter,
  maxChars: number,
  options: ReadOptions,
): AsyncGenerator<InputRecord, number> {
  let header: Header | undefined;
  let position = 0;
  for await (const piece of splitCsv(chunks, delimiter, maxChars)) {
    if (header === undefined) {
      if ("error" in piece) throw new InputError("MALFORMED_HEADER", { line: piece.line });
      header = headerOrStop(piece.cells, options);
      continue;
    }
    position++;
    if ("error" in piece) {
      const at = header.columns.indexOf("id");
      const id = at < 0 ? undefined : piece.cells[at]?.trim();
      yield {
        position,
        line: piece.line,
        ...(id === undefined || id === "" ? {} : { id }),
        problems: [
          piece.error === "too_long"
            ? problem("RECORD_TOO_LONG", { max: maxChars })
            : problem("MALFORMED_CSV", { problem: piece.error }),
        ],
      };
      continue;
    }
    yield tabularRecord(position, piece.line, header, piece.cells, options);
  }
  if (header === undefined) throw new InputError("EMPTY", {});
  return position;
}

/** One row of a worksheet, as the xlsx reader gives it. */
export interface SheetRowInput {
  readonly line: number;
  readonly cells: readonly string[];
  readonly numeric: readonly boolean[];
}

/** An xlsx workbook: the header row, then one record per non-empty row. */
export async function* readSheetRows(
  rows: AsyncIterable<SheetRowInput | { readonly fatal: true; readonly code: string; readonly message: string }>,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord, number> {
  let header: Header | undefined;
  let position = 0;
  for await (const r of rows) {
    if ("fatal" in r) {
      throw new InputError(
        r.code === "NO_SUCH_SHEET" ? "NO_SUCH_SHEET" : r.code === "NOT_XLSX" ? "NOT_XLSX" : "UNREADABLE_XLSX",
        { sheet: options.sheet ?? "", detail: r.message.slice(0, 300) },
      );
    }
    if (header === undefined) {
      header = headerOrStop(r.cells, options);
      continue;
    }
    position++;
    yield tabularRecord(position, r.line, header, r.cells, options, r.numeric);
  }
  if (header === undefined) throw new InputError("EMPTY", {});
  return position;
}

/** Lines of the input; a line over `maxChars` comes as `undefined`, without being held. */
async function* lines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<string | undefined> {
  let carry = "";
  let skipping = false;
  for await (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf("\n", start);
    while (nl >= 0) {
      if (skipping) {
        skipping = false;
        yield undefined;
      } else if (carry.length + (nl - start) > maxChars) {
        yield undefined;
      } else {
        yield (carry + chunk.slice(start, nl)).replace(/\r$/, "");
      }
      carry = "";
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
    }
    if (!skipping) {
      carry += chunk.slice(start);
      if (carry.length > maxChars) {
        skipping = true;
        carry = "";
      }
    }
  }
  if (skipping) yield undefined;
  else if (carry !== "") yield carry.replace(/\r$/, "");
}

/**
 * Records of text already decoded, in a given format: for tests and for callers that hold the
 * text. CSV reads its header first.
 */
export async function* readRecords(
  chunks: AsyncIterable<string>,
  format: Exclude<InputFormat, "xlsx">,
  maxChars: number = MAX_RECORD_CHARS,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord, number> {
  if (format === "jsonl") return yield* readJsonl(chunks, maxChars, options.parseJson);
  if (format === "json") return yield* readJsonArray(chunks, maxChars, options.parseJson);
  const { first, rest } = await peekText(chunks);
  const delimiter = detectDelimiter(first.trimStart().split("\n", 1)[0] ?? "");
  return yield* readCsv(rest, delimiter, maxChars, options);
}

/** The format of text records: from the file name's extension, else from the first character. */
export function textFormat(fileName: string, firstText: string): Exclude<InputFormat, "xlsx"> {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  const ext = m === null ? "" : (m[1] as string).toLowerCase();
  if (ext === "csv" || ext === "tsv" || ext === "txt") return "csv";
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  const c = firstText.trimStart()[0];
  return c === "[" ? "json" : c === "{" || ext === "json" ? "jsonl" : "csv";
}

/**
 * Every record of a text file, in order: the format from its name and first character, the CSV
 * delimiter detected (said through `options.notice`). Stops with an {@link InputError} when the
 * text holds no record (`EMPTY`, `HEADER_ONLY`, `NO_RECORDS`) or a CSV header cannot be used.
 */
export async function* readTextRecords(
  chunks: AsyncIterable<string>,
  fileName: string,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord, { format: Exclude<InputFormat, "xlsx"> }> {
  const { first, rest } = await peekText(chunks);
  if (first.trimStart()[0] === undefined) throw new InputError("EMPTY", {});
  const format = textFormat(fileName, first);
  const maxChars = options.maxChars ?? MAX_RECORD_CHARS;
  let n: number;
  if (format === "csv") {
    const delimiter = detectDelimiter(first.trimStart().split("\n", 1)[0] ?? "");
    options.notice?.({ code: "DELIMITER", delimiter });
    n = yield* readCsv(rest, delimiter, maxChars, options);
    if (n === 0) throw new InputError("HEADER_ONLY", {});
  } else if (format === "jsonl") {
    n = yield* readJsonl(rest, maxChars, options.parseJson);
  } else {
    n = yield* readJsonArray(rest, maxChars, options.parseJson);
  }
  if (n === 0) throw new InputError("NO_RECORDS", {});
  return { format };
}
