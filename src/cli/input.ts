import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import {
  InputError,
  type InputFormat,
  type InputRecord,
  type ReadOptions,
  readSheetRows,
  readTextRecords,
} from "../report/records.js";
import { readXlsxRows } from "./xlsx.js";

export {
  InputError,
  type InputErrorCode,
  type InputFormat,
  type InputRecord,
  MAX_RECORD_CHARS,
  type Notice,
  type ReadOptions,
  readRecords,
} from "../report/records.js";

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
    const rows = readXlsxRows(Readable.from(bytes(o)), options.sheet === undefined ? {} : { sheet: options.sheet });
    const n = yield* readSheetRows(rows, options);
    if (n === 0) throw new InputError("HEADER_ONLY", {});
    return { format: "xlsx", ...(o.size === undefined ? {} : { size: o.size }) };
  }
  if (startsWith(head, OLE)) throw new InputError("OLD_XLS", { file: source.slice(0, 200) });
  if (ext === "xlsx" || ext === "xlsm") throw new InputError("NOT_XLSX", { file: source.slice(0, 200) });
  if (!startsWith(head, [0xff, 0xfe]) && isBinary(head)) throw new InputError("BINARY", { file: source.slice(0, 200) });
  const { format } = yield* readTextRecords(decode(o, options.notice), source, options);
  return { format, ...(o.size === undefined ? {} : { size: o.size }) };
}
