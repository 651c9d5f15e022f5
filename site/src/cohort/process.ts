/**
 * Reads a cohort file in the browser and assesses every record exactly as the CLI does: the
 * same reader (src/report/records.ts), the same assessor (src/report/assess.ts), the same
 * summary (src/report/summary.ts). Runs on the page for small files and in a Web Worker for
 * large ones (cohort/worker.ts); nothing leaves the browser.
 */
import { type CalendarDate, DEFAULT_POLICY, type Gate } from "sentra-vokasi";
import { type AssessRow, createRecordAssessor, type Finding } from "../../../src/report/assess.ts";
import { extension, isBinary, isUtf8, OLE, startsWith, ZIP } from "../../../src/report/bytes.ts";
import {
  InputError,
  type InputRecord,
  type Notice,
  type ReadOptions,
  readSheetRows,
  readTextRecords,
} from "../../../src/report/records.ts";
import { type CohortReport, createCohortReport } from "../../../src/report/summary.ts";
import type { Lang } from "../text.ts";
import type { SheetProblem, SheetRow } from "./xlsx.ts";

/** Reads the rows of an xlsx workbook: given by the Web Worker, which alone loads exceljs. */
export type XlsxReader = (data: ArrayBuffer) => AsyncIterable<SheetRow | SheetProblem>;

/** Whether a file goes to the xlsx reader (by its name, as the CLI checks it against the content). */
export function isXlsxName(name: string): boolean {
  const ext = extension(name);
  return ext === "xlsx" || ext === "xlsm";
}

export interface CohortJob {
  readonly file: File;
  readonly target: string;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  readonly dayFirst: boolean;
  /** How many rows the table keeps (the counts cover every record). */
  readonly keep: number;
}

export interface CohortProgress {
  readonly bytes: number;
  readonly size: number;
  readonly records: number;
}

/** A record listed by its line: an invalid one with its problems, or a valid one with findings. */
export interface LineEntry {
  readonly line: number;
  readonly id: string | undefined;
  readonly problems?: AssessRow["problems"];
  readonly audit?: readonly Finding[];
}

export interface CohortResult {
  readonly fileName: string;
  readonly target: string;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  readonly format: string;
  /** The summary in each language (the gap labels are sentences of the locale). */
  readonly reports: Readonly<Record<Lang, CohortReport>>;
  /** The first `keep` rows, for the table. */
  readonly rows: readonly AssessRow[];
  /** Invalid records, by line (the first `keep`), and how many more there are. */
  readonly invalid: readonly LineEntry[];
  readonly invalidMore: number;
  /** Records with data-quality findings, by line (the first `keep`), and how many more. */
  readonly findings: readonly LineEntry[];
  readonly findingsMore: number;
  readonly notices: readonly Notice[];
}

/** A reading that stops: the reader's InputError as data (it crosses the worker boundary). */
export interface CohortFailure {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export class Cancelled extends Error {}

/** The file's text, decoded as the CLI decodes it, counting the bytes read. */
async function* text(file: File, encoding: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted
    .pipeThrough(new TextDecoderStream(encoding) as unknown as TransformStream<Uint8Array, string>)
    .getReader();
  try {
    for (;;) {
      const n = await reader.read();
      if (n.done) return;
      if (n.value.length > 0) yield n.value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The records of a file: xlsx by its zip signature, otherwise text, with the CLI's checks. */
async function* records(
  file: File,
  options: ReadOptions,
  onBytes: (n: number) => void,
  xlsx: XlsxReader | undefined,
): AsyncGenerator<InputRecord, string> {
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const ext = extension(file.name);
  const name = file.name.slice(0, 200);
  if (startsWith(head, ZIP)) {
    if (ext !== "xlsx" && ext !== "xlsm") throw new InputError("MISNAMED_XLSX", { file: name, ext });
    if (xlsx === undefined) throw new Error("xlsx files are read in the Web Worker");
    const data = await file.arrayBuffer();
    onBytes(file.size);
    const n = yield* readSheetRows(xlsx(data), options);
    if (n === 0) throw new InputError("HEADER_ONLY", {});
    return "xlsx";
  }
  if (startsWith(head, OLE)) throw new InputError("OLD_XLS", { file: name });
  if (ext === "xlsx" || ext === "xlsm") throw new InputError("NOT_XLSX", { file: name });
  if (head.length === 0) throw new InputError("EMPTY", {});
  if (!startsWith(head, [0xff, 0xfe]) && isBinary(head)) throw new InputError("BINARY", { file: name });
  let encoding = "utf-8";
  if (startsWith(head, [0xff, 0xfe])) {
    encoding = "utf-16le";
    options.notice?.({ code: "ENCODING", encoding: "utf-16le" });
  } else if (!isUtf8(head)) {
    encoding = "windows-1252";
    options.notice?.({ code: "ENCODING", encoding: "windows-1252" });
  }
  const { format } = yield* readTextRecords(text(file, encoding, onBytes), file.name, options);
  return format;
}

/** Plain data, safe to post between threads (structured clone). */
function plainRow(row: AssessRow): AssessRow {
  return JSON.parse(JSON.stringify(row)) as AssessRow;
}

/**
 * Reads and assesses every record of `job.file`. `onProgress` is called now and then;
 * `cancelled()` is checked between records (a newer run replaces this one). Throws a
 * {@link CohortFailure} when the file is not a file of records, `Cancelled` when cancelled.
 */
export async function runCohort(
  job: CohortJob,
  onProgress: (p: CohortProgress) => void,
  cancelled: () => boolean,
  options: { yieldEvery?: number; xlsx?: XlsxReader } = {},
): Promise<CohortResult> {
  const notices: Notice[] = [];
  const read: ReadOptions = { dayFirst: job.dayFirst, notice: (n) => notices.push(n) };
  const assess = createRecordAssessor({
    asOf: job.asOf,
    target: job.target,
    gate: job.gate,
    policy: DEFAULT_POLICY,
    plan: true,
  });
  const context = { target: job.target, gate: job.gate, asOf: job.asOf };
  const reports = {
    id: createCohortReport({ ...context, locale: "id" }),
    en: createCohortReport({ ...context, locale: "en" }),
  };
  const rows: AssessRow[] = [];
  const invalid: LineEntry[] = [];
  const findings: LineEntry[] = [];
  let invalidMore = 0;
  let findingsMore = 0;
  let bytes = 0;
  let count = 0;
  let lastTick = 0;
  const yieldEvery = options.yieldEvery ?? 0;
  const it = records(
    job.file,
    read,
    (n) => {
      bytes += n;
    },
    options.xlsx,
  );
  let format = "";
  try {
    for (;;) {
      const next = await it.next();
      if (next.done === true) {
        format = next.value;
        break;
      }
      const row = assess(next.value);
      count++;
      reports.id.add(row);
      reports.en.add(row);
      if (rows.length < job.keep) rows.push(plainRow(row));
      if (row.problems !== undefined) {
        if (invalid.length < job.keep) invalid.push({ line: row.line, id: row.id, problems: row.problems });
        else invalidMore++;
      } else if (row.audit.length > 0) {
        if (findings.length < job.keep) findings.push({ line: row.line, id: row.id, audit: plainRow(row).audit });
        else findingsMore++;
      }
      const now = Date.now();
      if (now - lastTick > 100) {
        lastTick = now;
        onProgress({ bytes, size: job.file.size, records: count });
      }
      if (yieldEvery > 0 && count % yieldEvery === 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (cancelled()) throw new Cancelled();
    }
  } catch (e) {
    if (e instanceof InputError) throw { code: e.code, params: e.params } satisfies CohortFailure;
    throw e;
  }
  onProgress({ bytes: job.file.size, size: job.file.size, records: count });
  return {
    fileName: job.file.name,
    target: job.target,
    gate: job.gate,
    asOf: job.asOf,
    format,
    reports: { id: reports.id.result(), en: reports.en.result() },
    rows,
    invalid,
    invalidMore,
    findings,
    findingsMore,
    notices,
  };
}

export function isFailure(e: unknown): e is CohortFailure {
  return typeof e === "object" && e !== null && typeof (e as CohortFailure).code === "string" && "params" in e;
}
