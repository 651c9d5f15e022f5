import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { type Delimiter, detectDelimiter, splitCsv } from "./csv-split.js";
import { splitJsonArray } from "./json-array.js";
import { type Header, type Problem, problem, resolveHeader, type TabularRow, toRow } from "./tabular.js";
import { readXlsxRows } from "./xlsx.js";

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
}

/**
 * The longest record read, in characters: a longer JSONL line, JSON array element or CSV row
 * is reported as one invalid record (`RECORD_TOO_LONG`) and skipped without being held.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const SNIFF_BYTES = 64 * 1024;

/** An opened input: its bytes, the first of them already read for sniffing. */
interface Opened {
  readonly head: Buffer;
  readonly rest: AsyncIterator<Buffer | string>;
  readonly size?: number;
}

async function open(source: string, stdin: NodeJS.ReadableStream): Promise<Opened> {
  let stream: AsyncIterable<Buffer | string>;
  let size: number | undefined;
  if (source === "-") stream = stdin as AsyncIterable<Buffer | string>;
  else {
    try {
      const s = await stat(source);
      if (!s.isFile()) throw new InputError("NOT_A_FILE", { file: source.slice(0, 200) });
      size = s.size;
    } catch (e) {
      throw e instanceof InputError ? e : new InputError("UNREADABLE", { file: source.slice(0, 200) });
    }
    stream = createReadStream(source, { highWaterMark: 1 << 16 });
  }
  const rest = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  // The first chunk is enough to tell the format (a file's is 64 KiB); stdin may come in pieces.
  while (length < 8) {
    const n = await rest.next();
    if (n.done) break;
    const b = typeof n.value === "string" ? Buffer.from(n.value, "utf8") : n.value;
    parts.push(b);
    length += b.length;
  }
  return size === undefined ? { head: Buffer.concat(parts), rest } : { head: Buffer.concat(parts), rest, size };
}

async function* bytes(o: Opened): AsyncGenerator<Buffer> {
  if (o.head.length > 0) yield o.head;
  for (;;) {
    const n = await o.rest.next();
    if (n.done) return;
    yield typeof n.value === "string" ? Buffer.from(n.value, "utf8") : n.value;
  }
}

const startsWith = (b: Buffer, bytes: readonly number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * True when the first bytes of an input are not text: a NUL among the first 8000 (git's test),
 * or more than 1 % control characters other than tab, line ends, form feed and escape.
 */
function isBinary(head: Buffer): boolean {
  if (head.subarray(0, 8000).includes(0)) return true;
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  return control > head.length / 100;
}

/** True when `b` is valid UTF-8 apart from a sequence cut at its end. */
function isUtf8(b: Buffer): boolean {
  let end = b.length;
  // Drop an incomplete sequence at the end (at most 3 bytes).
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = b[end - k] as number;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if (k < need) end -= k;
      break;
    }
    if (c < 0x80) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

async function* decode(o: Opened, notice: ReadOptions["notice"]): AsyncGenerator<string> {
  const head = o.head;
  let decoder: { write(b: Buffer): string; end(): string };
  if (startsWith(head, [0xff, 0xfe])) {
    notice?.({ code: "ENCODING", encoding: "utf-16le" });
    decoder = new StringDecoder("utf16le");
  } else if (isUtf8(head)) {
    decoder = new StringDecoder("utf8");
  } else {
    notice?.({ code: "ENCODING", encoding: "windows-1252" });
    const d = new TextDecoder("windows-1252");
    decoder = { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  let first = true;
  for await (const b of bytes(o)) {
    let s = decoder.write(b);
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    if (s.length > 0) yield s;
  }
  const tail = decoder.end();
  if (tail.length > 0) yield tail;
}

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

const extension = (source: string): string => {
  const m = /\.([a-z0-9]+)$/i.exec(source);
  return m === null ? "" : (m[1] as string).toLowerCase();
};

/**
 * Opens `source` (a file, or `-` for stdin) and reads its records, in order. The format comes
 * from the content (an xlsx workbook by its zip signature, JSON by `[`, JSONL by `{`, otherwise
 * CSV) and must agree with the file's extension. Stops with an {@link InputError} when the
 * input is not a file of records at all: empty, a header without rows, binary, a workbook
 * under another name, a header with duplicated or unknown columns.
 */
export async function* readInput(
  source: string,
  stdin: NodeJS.ReadableStream,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord, { format: InputFormat; size?: number }> {
  const o = await open(source, stdin);
  const ext = extension(source);
  const head = o.head;
  if (startsWith(head, ZIP)) {
    if (ext !== "xlsx" && ext !== "xlsm" && source !== "-")
      throw new InputError("MISNAMED_XLSX", { file: source.slice(0, 200), ext });
    const n = yield* readSheet(Readable.from(bytes(o)), options);
    if (n === 0) throw new InputError("HEADER_ONLY", {});
    return { format: "xlsx", ...(o.size === undefined ? {} : { size: o.size }) };
  }
  if (startsWith(head, OLE)) throw new InputError("OLD_XLS", { file: source.slice(0, 200) });
  if (ext === "xlsx" || ext === "xlsm") throw new InputError("NOT_XLSX", { file: source.slice(0, 200) });
  if (!startsWith(head, [0xff, 0xfe]) && isBinary(head)) throw new InputError("BINARY", { file: source.slice(0, 200) });
  const text = decode(o, options.notice);
  const { first, rest } = await peekText(text);
  const c = first.trimStart()[0];
  if (c === undefined) throw new InputError("EMPTY", {});
  const format: InputFormat =
    ext === "csv" || ext === "tsv" || ext === "txt"
      ? "csv"
      : ext === "jsonl" || ext === "ndjson"
        ? "jsonl"
        : c === "["
          ? "json"
          : c === "{"
            ? "jsonl"
            : ext === "json"
              ? "jsonl"
              : "csv";
  const maxChars = options.maxChars ?? MAX_RECORD_CHARS;
  let n = 0;
  if (format === "csv") {
    const firstLine = first.trimStart().split("\n", 1)[0] ?? "";
    const delimiter = detectDelimiter(firstLine);
    options.notice?.({ code: "DELIMITER", delimiter });
    n = yield* readCsv(rest, delimiter, maxChars, options);
    if (n === 0) throw new InputError("HEADER_ONLY", {});
  } else if (format === "jsonl") {
    n = yield* readJsonl(rest, maxChars);
  } else {
    n = yield* readJsonArray(rest, maxChars);
  }
  if (n === 0) throw new InputError("NO_RECORDS", {});
  return { format, ...(o.size === undefined ? {} : { size: o.size }) };
}

/** JSONL: one record per non-blank line. Returns the number of records. */
async function* readJsonl(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<InputRecord, number> {
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
      yield { position, line, raw: JSON.parse(text) };
    } catch {
      yield { position, line, problems: [problem("MALFORMED_JSON", {})] };
    }
  }
  return position;
}

/** A JSON array: one record per element. Returns the number of records. */
async function* readJsonArray(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<InputRecord, number> {
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
      yield { position, line: piece.line, raw: JSON.parse(piece.text) };
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

/** An xlsx workbook: the header row, then one record per non-empty row. */
async function* readSheet(input: NodeJS.ReadableStream, options: ReadOptions): AsyncGenerator<InputRecord, number> {
  let header: Header | undefined;
  let position = 0;
  const rows = readXlsxRows(input, options.sheet === undefined ? {} : { sheet: options.sheet });
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
  if (format === "jsonl") return yield* readJsonl(chunks, maxChars);
  if (format === "json") return yield* readJsonArray(chunks, maxChars);
  const { first, rest } = await peekText(chunks);
  const delimiter = detectDelimiter(first.trimStart().split("\n", 1)[0] ?? "");
  return yield* readCsv(rest, delimiter, maxChars, options);
}
