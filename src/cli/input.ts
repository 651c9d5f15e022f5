import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { extension, isBinary, isUtf8, OLE, startsWith, ZIP } from "../report/bytes.js";
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
