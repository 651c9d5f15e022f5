import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { rowToCandidate } from "./csv-columns.js";
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

/** The longest JSONL line read: a longer one is reported as one invalid record and skipped. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Lines of the input; a line over {@link MAX_LINE_CHARS} comes as `undefined`, without being held. */
async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string | undefined> {
  let carry = "";
  let skipping = false;
  for await (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf("\n", start);
    while (nl >= 0) {
      if (skipping) {
        skipping = false;
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
      if (carry.length > MAX_LINE_CHARS) {
        skipping = true;
        carry = "";
      }
    }
  }
  if (skipping) yield undefined;
  else if (carry !== "") yield carry.replace(/\r$/, "");
}

/** Every record of the input, in order, one at a time. Malformed ones are records with an error. */
export async function* readRecords(chunks: AsyncIterable<string>, format: InputFormat): AsyncGenerator<InputRecord> {
  let position = 0;
  if (format === "jsonl") {
    for await (const line of lines(chunks)) {
      if (line === undefined) {
        position++;
        yield {
          position,
          error: { code: "LINE_TOO_LONG", message: `this line is longer than ${MAX_LINE_CHARS} characters` },
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
    for await (const piece of splitJsonArray(chunks)) {
      position++;
      if ("error" in piece) {
        yield malformed(position, piece.error);
        return;
      }
      try {
        yield { position, raw: JSON.parse(piece.text) };
      } catch {
        yield malformed(position, "this array element is not valid JSON");
      }
    }
    return;
  }
  const skipped: string[] = [];
  const parser = Readable.from(chunks).pipe(
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
    skipped.push(
      `this CSV row could not be read (${err.code ?? "CSV_ERROR"}${err.lines ? `, line ${err.lines}` : ""})`,
    );
  });
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    while (skipped.length > 0) {
      position++;
      yield { position, error: { code: "MALFORMED_CSV", message: skipped.shift() as string } };
    }
    position++;
    yield { position, raw: rowToCandidate(row) };
  }
  while (skipped.length > 0) {
    position++;
    yield { position, error: { code: "MALFORMED_CSV", message: skipped.shift() as string } };
  }
}
