import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { rowToCandidate } from "./csv-columns.js";
import { capCsvRecords, TOO_LONG_ROW } from "./csv-records.js";
import { splitJsonArray } from "./json-array.js";

/** The input formats the CLI reads. */
export type InputFormat = "json" | "jsonl" | "csv";

/** One record read from the input: its 1-based position and the raw value, or why it could not be read. */
export type InputRecord =
  | { readonly position: number; readonly raw: unknown }
  | { readonly position: number; readonly error: { readonly code: string; readonly message: string } };

/** An input that cannot be opened at all: exit code 2. */
export class InputError extends Error {}

/** Opens a file (or `-` for stdin) as UTF-8 text chunks, without a BOM. */
export async function openText(
  source: string,
  stdin: NodeJS.ReadableStream,
): Promise<{ chunks: AsyncIterable<string>; size?: number }> {
  if (source === "-") {
    (stdin as NodeJS.ReadStream).setEncoding?.("utf8");
    return { chunks: stripBom(stdin as AsyncIterable<string>) };
  }
  let size: number;
  try {
    const s = await stat(source);
    if (!s.isFile()) throw new InputError(`not a file: ${source}`);
    size = s.size;
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(`cannot read ${source}: no such file or not readable`);
  }
  return { chunks: stripBom(createReadStream(source, { encoding: "utf8", highWaterMark: 1 << 16 })), size };
}

async function* stripBom(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let first = true;
  for await (const c of chunks) {
    let s = typeof c === "string" ? c : c.toString("utf8");
    if (first) {
      if (s.length === 0) continue;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    yield s;
  }
}

/** Reads the first chunk(s) to decide the format when the file name does not say it. */
async function peek(chunks: AsyncIterable<string>): Promise<{ first: string; rest: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  let first = "";
  const seen: string[] = [];
  while (first.trim() === "") {
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

/** The format of an input: from the file extension, else from its first character. */
export async function detectFormat(
  source: string,
  chunks: AsyncIterable<string>,
): Promise<{ format: InputFormat; chunks: AsyncIterable<string> }> {
  const lower = source.toLowerCase();
  if (lower.endsWith(".csv")) return { format: "csv", chunks };
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return { format: "jsonl", chunks };
  const { first, rest } = await peek(chunks);
  const c = first.trimStart()[0];
  if (c === "[") return { format: "json", chunks: rest };
  if (c === "{" || c === undefined || lower.endsWith(".json")) return { format: "jsonl", chunks: rest };
  return { format: "csv", chunks: rest };
}

const malformed = (position: number, message: string): InputRecord => ({
  position,
  error: { code: "MALFORMED_JSON", message },
});

/**
 * The longest record read, in characters: a longer JSONL line (`LINE_TOO_LONG`), JSON array
 * element or CSV row (`RECORD_TOO_LONG`) is reported as one invalid record and skipped without
 * being held in memory.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

const tooLong = (position: number, maxChars: number) => ({
  position,
  error: { code: "RECORD_TOO_LONG", message: `this record is longer than ${maxChars} characters` },
});

/** Lines of the input; a line over {@link MAX_RECORD_CHARS} comes as `undefined`, without being held. */
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

/** Every record of the input, in order, one at a time. Malformed ones are records with an error. */
export async function* readRecords(
  chunks: AsyncIterable<string>,
  format: InputFormat,
  maxChars: number = MAX_RECORD_CHARS,
): AsyncGenerator<InputRecord> {
  let position = 0;
  if (format === "jsonl") {
    for await (const line of lines(chunks, maxChars)) {
      if (line === undefined) {
        position++;
        yield {
          position,
          error: { code: "LINE_TOO_LONG", message: `this line is longer than ${maxChars} characters` },
        };
        continue;
      }
      if (line.trim() === "") continue;
      position++;
      try {
        yield { position, raw: JSON.parse(line) };
      } catch {
        yield malformed(position, "this line is not valid JSON");
      }
    }
    return;
  }
  if (format === "json") {
    for await (const piece of splitJsonArray(chunks, maxChars)) {
      position++;
      if ("error" in piece) {
        yield malformed(position, piece.error);
        return;
      }
      if ("tooLong" in piece) {
        yield tooLong(position, maxChars);
        continue;
      }
      try {
        yield { position, raw: JSON.parse(piece.text) };
      } catch {
        yield malformed(position, "this array element is not valid JSON");
      }
    }
    return;
  }
  const skipped: { readonly code: string; readonly message: string }[] = [];
  const parser = Readable.from(capCsvRecords(chunks, maxChars)).pipe(
    parseCsv({
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }),
  );
  parser.on("skip", (err: Error & { code?: string; lines?: number }) => {
    // The parser's own message may quote the row: keep only its code and line.
    skipped.push({
      code: "MALFORMED_CSV",
      message: `this CSV row could not be read (${err.code ?? "CSV_ERROR"}${err.lines ? `, line ${err.lines}` : ""})`,
    });
  });
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    for (let e = skipped.shift(); e !== undefined; e = skipped.shift()) yield { position: ++position, error: e };
    position++;
    const values = Object.values(row);
    yield values.length === 1 && values[0] === TOO_LONG_ROW
      ? tooLong(position, maxChars)
      : { position, raw: rowToCandidate(row) };
  }
  for (let e = skipped.shift(); e !== undefined; e = skipped.shift()) yield { position: ++position, error: e };
}
