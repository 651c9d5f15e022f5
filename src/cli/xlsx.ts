/**
 * Reads one sheet of an officer's `.xlsx` workbook as rows of text, streaming, with exceljs's
 * `stream.xlsx.WorkbookReader`. Only the CLI imports this file, and exceljs is loaded on the first
 * read, so that the other inputs do not pay for it.
 */
import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type ExcelJS from "exceljs";

/** One non-empty row of the sheet: its row number as Excel shows it (1-based), its cells as text. */
export interface SheetRow {
  /** The row number Excel shows at the left of the row (1-based); blank rows are skipped, not renumbered. */
  readonly line: number;
  /**
   * The cells' text by column (A = 0): what the officer typed, as text (see {@link readXlsxRows}).
   * A missing or blank cell is `""`; empty cells at the end of the row are left out.
   */
  readonly cells: readonly string[];
  /** `numeric[i]` is `true` when `cells[i]` came from a number cell (not a date, not text). */
  readonly numeric: readonly boolean[];
}

/** A problem that stops reading: not a workbook, no such sheet, an unreadable part. */
export interface SheetProblem {
  readonly fatal: true;
  /**
   * - `NOT_XLSX`: the input is not an `.xlsx` workbook (not a zip archive, or a zip without a workbook).
   * - `NO_SUCH_SHEET`: `options.sheet` names no sheet; the message lists the sheets found.
   * - `NO_SHEETS`: the workbook has no worksheet.
   * - `UNREADABLE_XLSX`: the file cannot be read, or a part of the workbook is damaged.
   */
  readonly code: "NOT_XLSX" | "NO_SUCH_SHEET" | "NO_SHEETS" | "UNREADABLE_XLSX";
  readonly message: string;
}

/** What to read of the workbook. */
export interface ReadXlsxOptions {
  /** The sheet's name, exactly as on its tab; the first worksheet (in tab order) when absent. */
  readonly sheet?: string;
}

/** The first four bytes of every `.xlsx` file (a zip archive's local file header): `PK\x03\x04`. */
export const XLSX_SIGNATURE: readonly number[] = [0x50, 0x4b, 0x03, 0x04];

/** Whether `head`, the first bytes of an input, starts as an `.xlsx` workbook (a zip archive) does. */
export function startsLikeXlsx(head: Uint8Array): boolean {
  return XLSX_SIGNATURE.every((b, i) => head[i] === b);
}

/**
 * The rows of one worksheet of an `.xlsx` workbook, in order, read as a stream: the first
 * worksheet in tab order, or the one named `options.sheet`.
 *
 * Each non-empty row comes with its row number (`line`); rows whose cells are all blank are
 * skipped. Cell text:
 * - text as typed (rich text joined, a hyperlink's text, a formula's cached result);
 * - numbers in plain decimal notation, never with an exponent (`3674021507950001`, `0.0000001`),
 *   with `numeric[i] = true`;
 * - dates (numbers with a date format) as the calendar date shown, `YYYY-MM-DD`, the same under
 *   any time zone; a date and time gives its date (rounded to the second first);
 * - booleans `TRUE`/`FALSE`, errors their text (`#N/A`).
 *
 * Problems that stop the reading come as one {@link SheetProblem}, after which the generator ends;
 * nothing is thrown, and no error escapes as an unhandled rejection. `input` is a file path or a
 * binary stream (no encoding set on it); a stream given by the caller is paused, not destroyed,
 * when reading stops early.
 */
export async function* readXlsxRows(
  input: string | NodeJS.ReadableStream,
  options: ReadXlsxOptions = {},
): AsyncGenerator<SheetRow | SheetProblem> {
  const own = typeof input === "string";
  const source = own ? createReadStream(input) : input;
  const failure = new Failure();
  const feed = new Feed((unzip) => {
    unzip.on("error", (e: unknown) => failure.fire(e));
    endWhenRead(unzip);
    decodeParts(unzip);
  });
  const link = connect(source, feed, own, failure);
  try {
    const head = await link.head;
    if (head === "other") {
      yield problem("NOT_XLSX", "not an .xlsx workbook: the file does not start as a zip archive does");
    } else if (head !== "zip") {
      yield problem("UNREADABLE_XLSX", `cannot read the workbook: ${describe(head.error)}`);
    } else {
      yield* readWorkbook(feed, options.sheet, failure);
    }
  } finally {
    link.detach();
    feed.destroy();
  }
}

const problem = (code: SheetProblem["code"], message: string): SheetProblem => ({ fatal: true, code, message });

const describe = (e: unknown): string => {
  const message = e instanceof Error ? e.message : String(e);
  // unzipper's word for an archive that stops in the middle of a part.
  return message === "FILE_ENDED" ? "the file ends in the middle of the archive (cut short?)" : message;
};

const unreadable = (e: unknown): SheetProblem =>
  problem("UNREADABLE_XLSX", `the workbook is damaged or cannot be read: ${describe(e)}`);

/**
 * The first error of the input or of the archive, which each read is raced against: exceljs does
 * not always pass such an error on to the read it is waiting for, and would then wait for ever.
 */
class Failure {
  error: unknown;
  fired = false;
  private readonly waiting = new Set<(e: unknown) => void>();

  fire(e: unknown): void {
    if (this.fired) return;
    this.fired = true;
    this.error = e;
    for (const reject of this.waiting) reject(e);
    this.waiting.clear();
  }

  /**
   * `step`, unless a failure comes first. Each call waits on a promise of its own, dropped after:
   * racing every read against one long-lived promise would keep every row read alive.
   */
  async race<T>(step: Promise<T>): Promise<T> {
    if (this.fired) throw this.error;
    let reject: (e: unknown) => void = () => {};
    const failed = new Promise<never>((_, r) => {
      reject = r;
    });
    this.waiting.add(reject);
    try {
      return await Promise.race([step, failed]);
    } finally {
      this.waiting.delete(reject);
    }
  }
}

/** The stream exceljs reads: it passes on the input and sees the unzip stream exceljs pipes it to. */
class Feed extends PassThrough {
  constructor(private readonly onPipe: (destination: NodeJS.WritableStream) => void) {
    super();
    this.on("error", () => {});
  }
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    this.onPipe(destination);
    return super.pipe(destination, options);
  }
}

/**
 * unzipper's `Parse` (exceljs 4.4.0 uses 0.10.x) emits `end` as soon as it has read the whole
 * archive, while entries it has already parsed may still wait in its buffer for exceljs, which
 * then never sees them: the later parts of the workbook (often `xl/workbook.xml` or the shared
 * strings) are lost whenever exceljs is slower than the unzipping (exceljs#3064, exceljs#683).
 * This replaces that early `end` by the stream's own end of data, which comes after the last
 * entry has been read.
 */
function endWhenRead(unzip: NodeJS.WritableStream): void {
  const parse = unzip as NodeJS.WritableStream & { push?: (chunk: null) => boolean };
  for (const listener of parse.listeners("finish")) {
    if (/\.emit\(\s*["']end["']\s*\)/.test(String(listener))) {
      parse.removeListener("finish", listener as (...args: unknown[]) => void);
    }
  }
  parse.on("finish", () => parse.push?.(null));
}

/**
 * Makes each XML part of the archive come out as text decoded across chunk boundaries: exceljs
 * decodes every chunk on its own, which breaks a character whose UTF-8 bytes straddle two chunks
 * (a name like "Ñuñez" deep in the shared strings would read with U+FFFD in it).
 */
function decodeParts(unzip: NodeJS.WritableStream): void {
  const parse = unzip as NodeJS.WritableStream & { push?: (chunk: unknown) => boolean };
  const push = parse.push;
  if (typeof push !== "function") return;
  parse.push = (chunk: unknown) => {
    const path = field(chunk, "path");
    if (
      typeof path === "string" &&
      /\.(?:xml|rels)$/i.test(path) &&
      typeof field(chunk, "setEncoding") === "function"
    ) {
      (chunk as NodeJS.ReadableStream).setEncoding("utf8");
    }
    return push.call(parse, chunk);
  };
}

type Head = "zip" | "other" | { readonly error: unknown };

/**
 * Passes `source` on to `feed`, with back-pressure, once its first four bytes say it is a zip
 * archive; `head` tells what they say. An error of `source` ends `feed` and fires `failure`.
 */
function connect(
  source: NodeJS.ReadableStream,
  feed: PassThrough,
  own: boolean,
  failure: Failure,
): { head: Promise<Head>; detach(): void } {
  let settle: (h: Head) => void = () => {};
  const head = new Promise<Head>((resolve) => {
    settle = resolve;
  });
  let pending: Buffer[] = [];
  let length = 0;
  let decided = false;
  const end = () => {
    if (!feed.writableEnded && !feed.destroyed) feed.end();
  };
  const write = (b: Buffer) => {
    if (feed.writableEnded || feed.destroyed) return;
    if (!feed.write(b)) source.pause();
  };
  const onData = (chunk: unknown) => {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (decided) return write(b);
    pending.push(b);
    length += b.length;
    if (length < XLSX_SIGNATURE.length) return;
    decided = true;
    const first = Buffer.concat(pending);
    pending = [];
    if (startsLikeXlsx(first)) {
      settle("zip");
      write(first);
    } else {
      settle("other");
      detach();
      end();
    }
  };
  const onDrain = () => source.resume();
  const onEnd = () => {
    if (!decided) {
      decided = true;
      settle("other");
    }
    end();
  };
  const onError = (e: unknown) => {
    if (!decided) {
      decided = true;
      settle({ error: e });
    }
    failure.fire(e);
    end();
  };
  let attached = true;
  function detach() {
    if (!attached) return;
    attached = false;
    source.removeListener("data", onData);
    source.removeListener("end", onEnd);
    feed.removeListener("drain", onDrain);
    if (own) {
      (source as NodeJS.ReadableStream & { destroy(): void }).destroy();
    } else {
      source.removeListener("error", onError);
      source.pause();
    }
  }
  source.on("error", onError);
  source.on("end", onEnd);
  source.on("data", onData);
  feed.on("drain", onDrain);
  return { head, detach };
}

/** A worksheet as exceljs's stream reader gives it; its typings leave the details out. */
type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/** The part of exceljs's `stream.xlsx.WorkbookReader` used here. */
interface StreamReader {
  on(event: "entry", listener: (entry: unknown) => void): unknown;
  parse(): AsyncIterator<unknown>;
}

/** The sheets the workbook lists, in tab order, with the `N` of `xl/worksheets/sheetN.xml` for worksheets. */
interface SheetInfo {
  readonly name: string;
  readonly worksheet: boolean;
  readonly part?: string;
}

async function* readWorkbook(
  feed: PassThrough,
  wanted: string | undefined,
  failure: Failure,
): AsyncGenerator<SheetRow | SheetProblem> {
  let reader: StreamReader;
  try {
    const { default: exceljs } = await import("exceljs");
    // Its typings make it a Workbook; it is an EventEmitter with an async `parse()`. Shared strings
    // are emitted, not cached, so that exceljs keeps every worksheet in a temporary file until the
    // whole archive is read: rows are then read knowing the sheet names, styles and strings,
    // whatever the order of the parts in the archive.
    reader = new exceljs.stream.xlsx.WorkbookReader(feed, {
      worksheets: "emit",
      sharedStrings: "emit",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "emit",
    }) as unknown as StreamReader;
  } catch (e) {
    yield unreadable(e);
    return;
  }
  // exceljs announces each worksheet part ({ type: "worksheet", id: N }) just before it emits it.
  let part: string | undefined;
  reader.on("entry", (entry: unknown) => {
    if (field(entry, "type") === "worksheet") part = String(field(entry, "id"));
  });
  const events = reader.parse();
  const strings: unknown[] = [];
  const seen: string[] = [];
  let done = false;
  let failed = false;
  try {
    for (;;) {
      const step = await failure.race(events.next());
      if (step.done === true) break;
      const kind = field(step.value, "eventType");
      if (kind === undefined) {
        // A shared string: { index, text }, the text a string, rich text or null.
        const index = field(step.value, "index");
        if (typeof index === "number") strings[index] = field(step.value, "text");
        continue;
      }
      if (kind !== "worksheet") continue;
      const worksheet = field(step.value, "value") as WorksheetReader;
      const sheets = listSheets(reader);
      const name =
        sheets?.find((s) => s.part !== undefined && s.part === part)?.name ?? String(field(worksheet, "name"));
      seen.push(name);
      const target =
        wanted !== undefined
          ? name === wanted
          : sheets === undefined || (part !== undefined && sheets.find((s) => s.worksheet)?.part === part);
      const xml = field(worksheet, "iterator");
      if (done || !target) {
        skip(worksheet);
        continue;
      }
      ignoreErrors(xml);
      if (isAsyncIterable(xml)) (worksheet as unknown as { iterator: unknown }).iterator = formulaResults(xml);
      const date1904 = field(field(field(reader, "properties"), "model"), "date1904") === true;
      yield* readRows(worksheet, failure, { date1904, strings });
      // Read on to the end, so that exceljs deletes the temporary files of this and later sheets.
      done = true;
    }
  } catch (e) {
    failed = true;
    if (!done) yield unreadable(e);
    return;
  } finally {
    // A consumer that stops early leaves exceljs to finish on its own, deleting its temporary files.
    if (!done && !failed) void skipAll(events);
  }
  if (done) return;
  const sheets = listSheets(reader);
  if (sheets === undefined && seen.length === 0) {
    yield problem("NOT_XLSX", "not an .xlsx workbook: a zip archive without xl/workbook.xml");
    return;
  }
  const names = sheets?.map((s) => s.name) ?? seen;
  const quoted = names.map((n) => JSON.stringify(n)).join(", ");
  if (wanted !== undefined) {
    yield names.includes(wanted)
      ? problem("UNREADABLE_XLSX", `the sheet ${JSON.stringify(wanted)} is not a worksheet that can be read`)
      : problem(
          "NO_SUCH_SHEET",
          `no sheet named ${JSON.stringify(wanted)}; the workbook has ${names.length === 0 ? "no sheets" : quoted}`,
        );
  } else if (sheets !== undefined && !sheets.some((s) => s.worksheet)) {
    yield problem(
      "NO_SHEETS",
      names.length === 0 ? "the workbook has no sheets" : `the workbook has no worksheet, only ${quoted}`,
    );
  } else {
    yield problem("UNREADABLE_XLSX", `the first worksheet of the workbook (${quoted}) cannot be read`);
  }
}

/**
 * exceljs deletes a worksheet's temporary file as soon as it is passed, even while the stream it
 * opened on it is still opening: that stream's ENOENT must not go unhandled.
 */
function ignoreErrors(stream: unknown): void {
  if (typeof field(stream, "on") === "function") (stream as NodeJS.EventEmitter).on("error", () => {});
}

/** Passes a worksheet by: closes the stream exceljs opened on its temporary file. */
function skip(worksheet: unknown): void {
  const xml = field(worksheet, "iterator");
  ignoreErrors(xml);
  if (typeof field(xml, "destroy") === "function") (xml as { destroy(): void }).destroy();
}

/** Lets exceljs run to its end, passing every worksheet by; never throws. */
async function skipAll(events: AsyncIterator<unknown>): Promise<void> {
  try {
    for (;;) {
      const step = await events.next();
      if (step.done === true) return;
      if (field(step.value, "eventType") === "worksheet") skip(field(step.value, "value"));
    }
  } catch {
    // Nothing is left to read.
  }
}

/** The sheets of `xl/workbook.xml` as exceljs has read it so far, or `undefined` before it has. */
function listSheets(reader: unknown): SheetInfo[] | undefined {
  const model = field(reader, "model");
  if (typeof model !== "object" || model === null) return undefined;
  const listed = field(model, "sheets");
  const sheets: unknown[] = Array.isArray(listed) ? listed : [];
  const rels = field(reader, "workbookRels");
  const relations: unknown[] = Array.isArray(rels) ? rels : [];
  const out: SheetInfo[] = [];
  for (const sheet of sheets) {
    const name = field(sheet, "name");
    if (typeof name !== "string") continue;
    const rel = relations.find((r) => field(r, "Id") === field(sheet, "rId"));
    const type = field(rel, "Type");
    const target = String(field(rel, "Target") ?? "").replace(/^\/?(?:xl\/)?/, "");
    const worksheet = typeof type === "string" ? type.endsWith("/worksheet") : target.startsWith("worksheets/");
    const part = /^worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
    out.push(part === undefined ? { name, worksheet } : { name, worksheet, part });
  }
  return out;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof field(value, Symbol.asyncIterator) === "function";

/** A complete formula element of a cell: `<f>A1+1</f>` or `<f t="shared" si="0"/>`. */
const FORMULA = /<f\b[^<>]*(?:\/>|>[^<]*<\/f>)/g;
/** The longest formula element held while waiting for its end (Excel's limit is 8,192 characters). */
const MAX_FORMULA_CHARS = 1 << 20;

/**
 * A worksheet's XML as text (decoded across chunk boundaries), without its cells' formulas, so
 * that exceljs reads each formula cell as its cached result with its own type. Read as formulas,
 * a result of 0, FALSE, "" or an error would come out blank, and TRUE as 1.
 */
async function* formulaResults(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  for await (const chunk of chunks) {
    const text = (carry + (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer))).replace(FORMULA, "");
    // An element cut by the chunk's end waits for the next chunk.
    let cut = text.search(/<f\b/);
    if (cut < 0 && text.endsWith("<")) cut = text.length - 1;
    if (cut >= 0 && text.length - cut <= MAX_FORMULA_CHARS) {
      carry = text.slice(cut);
      if (cut > 0) yield text.slice(0, cut);
    } else {
      carry = "";
      yield text;
    }
  }
  const tail = carry + decoder.end();
  if (tail !== "") yield tail.replace(FORMULA, "");
}

/** What a cell's text depends on besides the cell: the date system and the shared strings. */
interface Context {
  readonly date1904: boolean;
  readonly strings: readonly unknown[];
}

async function* readRows(worksheet: WorksheetReader, failure: Failure, context: Context): AsyncGenerator<SheetRow> {
  const rows = worksheet[Symbol.asyncIterator]();
  let line = 0;
  try {
    for (;;) {
      const step = await failure.race(rows.next());
      if (step.done === true) return;
      const row = step.value;
      line = Number.isInteger(row.number) && row.number > line ? row.number : line + 1;
      const read = readRow(row, line, context);
      if (read !== undefined) yield read;
    }
  } finally {
    rows.return(undefined).catch(() => {});
  }
}

function readRow(row: ExcelJS.Row, line: number, context: Context): SheetRow | undefined {
  const cells: string[] = [];
  const numeric: boolean[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const { text, isNumber } = cellText(cell.value, cell.numFmt as string | undefined, context);
    if (text === "") return;
    while (cells.length < column - 1) {
      cells.push("");
      numeric.push(false);
    }
    cells[column - 1] = text;
    numeric[column - 1] = isNumber;
  });
  return cells.some((c) => c.trim() !== "") ? { line, cells, numeric } : undefined;
}

const plain = (text: string) => ({ text, isNumber: false });

/** A cell's value as text; `isNumber` for a number shown as a number. */
function cellText(value: unknown, numFmt: string | undefined, context: Context): { text: string; isNumber: boolean } {
  if (value === null || value === undefined) return plain("");
  if (typeof value === "string") return plain(value);
  if (typeof value === "boolean") return plain(value ? "TRUE" : "FALSE");
  if (typeof value === "number") {
    // exceljs turns a plain number with a date format into a Date, but not a formula's result.
    if (isDateFormat(numFmt)) return plain(serialDate(value, context.date1904));
    return { text: plainNumber(value), isNumber: true };
  }
  if (value instanceof Date) return plain(dateText(value.getTime(), context.date1904));
  if (typeof value !== "object") return plain(String(value));
  const shared = field(value, "sharedString");
  if (typeof shared === "number") {
    if (!(shared >= 0 && shared < context.strings.length)) {
      throw new Error(`a cell refers to shared string ${shared}, which the workbook does not have`);
    }
    return cellText(context.strings[shared], undefined, context);
  }
  const runs = field(value, "richText");
  if (Array.isArray(runs)) return plain(runs.map((r) => String(field(r, "text") ?? "")).join(""));
  if ("formula" in value || "sharedFormula" in value || "result" in value) {
    const result = field(value, "result");
    // exceljs reads an error result (`#N/A`) as NaN and drops its text.
    if (typeof result === "number" && Number.isNaN(result)) return plain("#ERROR");
    return cellText(result, numFmt, context);
  }
  const error = field(value, "error");
  if (typeof error === "string") return plain(error);
  if ("text" in value) return cellText(field(value, "text"), undefined, context);
  return plain("");
}

/** exceljs's own test of a date format: date or time letters outside quotes and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined || numFmt === "") return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^[\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 date system (1899-12-30) and of the 1904 one, as days from 1970-01-01. */
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;

/** The calendar date of an Excel serial (days since day 0 of the workbook's date system). */
function serialDate(serial: number, date1904: boolean): string {
  return dateText(Math.round((serial + (date1904 ? EPOCH_1904 : EPOCH_1900)) * MS_PER_DAY), date1904);
}

const FEB_28_1900 = Date.UTC(1900, 1, 28);
const MAR_1_1900 = Date.UTC(1900, 2, 1);

/**
 * The `YYYY-MM-DD` of an instant that exceljs built from a serial as UTC: read in UTC, so the
 * machine's zone never shifts it, after rounding to the second, so that float noise just before
 * midnight (23:59:59.999) counts as the next day. Excel's 1900 system counts a 29 February 1900
 * (serial 60), which exceljs does not: serials below 61 are shifted back to Excel's dates.
 */
function dateText(ms: number, date1904: boolean): string {
  if (!Number.isFinite(ms)) return "";
  let t = Math.round(ms / 1000) * 1000;
  if (!date1904 && t < MAR_1_1900) {
    if (t >= FEB_28_1900) return "1900-02-29";
    t += MS_PER_DAY;
  }
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999)
    return plainNumber(t / MS_PER_DAY - (date1904 ? EPOCH_1904 : EPOCH_1900));
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * `n` in plain decimal notation: JavaScript's shortest round-trip digits, with the exponent
 * written out (`1e21` → `1000000000000000000000`, `1e-7` → `0.0000001`).
 */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function field(value: unknown, key: string | symbol): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string | symbol, unknown>)[key] : undefined;
}
