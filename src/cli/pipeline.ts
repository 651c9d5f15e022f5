/**
 * Every record of a file through the CLI, on every core: records are read in the main thread and
 * assessed in batches, in order, by `--workers N` threads: N − 1 worker threads and the main
 * thread, which takes a batch itself when every worker has four. Results are taken in input
 * order, with a bounded number of batches in flight (constant memory; a slow reader of the
 * output holds the reading back). The cross-record checks (a NIK or id seen on an earlier
 * record) stay in the main thread, in order: what they find is added to a record's output as
 * its thread would have written it, or (with --strict, and for a spreadsheet row whose problems
 * or findings need its columns) the record is done again in the main thread, so the output is
 * the same whatever N. `--workers 1`, or a file of one batch or less, runs in the main thread.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import { type AssessRow, createDuplicateCheck, createRecordAssessor, type Finding } from "../report/assess.js";
import type { InputRecord } from "../report/records.js";
import {
  assessorOptions,
  type BatchOut,
  createBatchAssessor,
  findingLines,
  INVALID,
  type Job,
  JsonText,
  KEYED,
  parsed,
  REDO,
  type RecordOut,
  recordOut,
  rowLines,
  toWire,
  withFindingsBytes,
  withFindingsRow,
} from "./batch.js";

/** Records per batch sent to a worker. */
export const BATCH_RECORDS = 512;
/**
 * JSON text per batch, in characters: a batch of long records closes early, so that a worker's
 * heap (capped, see `startPool`) holds its batches whatever the file.
 */
export const BATCH_CHARS = 1 << 20;
/**
 * A record whose JSON text is longer than this is assessed in the main thread, never in a
 * worker (a worker's heap is capped; a worker out of memory can stop the whole process).
 */
export const WORKER_RECORD_CHARS = 1 << 18;
/**
 * Batches a worker thread may have at once: enough that it never waits while the main thread
 * assesses a batch of its own (which takes about as long as a worker's batch).
 */
const AHEAD = 2;

/** The progress line on stderr (a terminal only), at most once a second. */
export interface Meter {
  tick(records: number, invalid: number): void;
  done(): void;
}

export function progressMeter(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  now: () => number,
  size: number | undefined,
  minBytes: number,
): Meter {
  const on = stderr.isTTY === true && (size === undefined || size >= minBytes);
  const start = now();
  let last = start;
  let checked = 0;
  let shown = false;
  return {
    tick(records, invalid) {
      if (!on || records - checked < 256) return;
      checked = records;
      const t = now();
      if (t - last < 1000) return;
      last = t;
      const rate = Math.round((records * 1000) / Math.max(1, t - start));
      stderr.write(`\r${records} records, ${rate}/s, ${invalid} invalid   `);
      shown = true;
    },
    done() {
      if (shown) stderr.write("\r\u001b[K");
    },
  };
}

/** Records read, invalid, and data-quality findings. */
export interface Counts {
  total: number;
  invalid: number;
  findings: number;
}

/** Where the results go, in input order. */
export interface Sink {
  /** Output of `assess`: records' texts (or their UTF-8 bytes), in order; a promise holds the reading back. */
  text(chunk: string | Uint8Array): Promise<void> | undefined;
  /** stderr text: records' problems and findings, each line ending with a line end. */
  lines(chunk: string): void;
  /** For a summary (`rows` jobs): each record's row and stderr lines. */
  row(row: AssessRow, lines: readonly string[]): void;
}

export interface PipelineOptions {
  readonly job: Job;
  /** Worker threads; 1 runs in process. */
  readonly workers: number;
  /** Records per batch (default {@link BATCH_RECORDS}). */
  readonly batch?: number;
  readonly meter: Meter;
  readonly sink: Sink;
  /**
   * Give the sink each record's stderr lines and then its text, record by record (as one thread
   * does), for output and stderr that end up in one place (a terminal); otherwise texts go out
   * in runs of records.
   */
  readonly interleave?: boolean;
}

let bundles = 0;

/**
 * The worker file: `cli-worker.js` beside the built `cli.js`. Run from source (tsx, vitest), a
 * worker thread of Node 20 gets no TypeScript loader, so `worker.ts` is bundled for it first
 * with esbuild (a dev dependency) into node_modules/.cache, removed when the run ends.
 */
async function workerFile(): Promise<{ filename: string; remove?: () => void }> {
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(here)) return { filename: fileURLToPath(new URL("./cli-worker.js", here)) };
  const dir = fileURLToPath(new URL("../../node_modules/.cache/sentra-vokasi-worker/", here));
  const filename = join(dir, `cli-worker-${process.pid}-${++bundles}.mjs`);
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL("./worker.ts", here))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: filename,
    logLevel: "silent",
  });
  return { filename, remove: () => rmSync(filename, { force: true }) };
}

/** A pool of `workers` threads started with the job; `close` stops them. */
async function startPool(job: Job, workers: number): Promise<{ pool: Tinypool; close: () => Promise<void> }> {
  const { filename, remove } = await workerFile();
  // A young generation of 12 MB (V8's default here is 48) and an old one of 48: a little more
  // collecting, a smaller peak (1,000,000 records: 298 MB instead of 360). What a worker is given
  // is bounded (BATCH_CHARS, WORKER_RECORD_CHARS): its heap never nears the cap.
  const pool = new Tinypool({
    filename,
    minThreads: workers,
    maxThreads: workers,
    workerData: job,
    resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 48 },
    concurrentTasksPerWorker: AHEAD,
  });
  return {
    pool,
    close: async () => {
      try {
        await pool.destroy();
      } finally {
        remove?.();
      }
    },
  };
}

const ignore = () => {};

/**
 * About how many characters a record holds: its JSON text, or the text of a row's cells (a
 * row's record is flat). What bounds a worker's batches.
 */
function recordChars(rec: InputRecord): number {
  const raw = (rec as { raw?: unknown }).raw;
  if (raw instanceof JsonText) return raw.text.length;
  if (typeof raw !== "object" || raw === null) return 0;
  let n = 0;
  for (const key in raw) {
    const v = (raw as Record<string, unknown>)[key];
    n += key.length + (typeof v === "string" ? v.length : 8);
  }
  return n;
}

/** Reads every record and gives the results to `o.sink`, in order; returns the counts. */
export async function eachOut(records: AsyncIterator<InputRecord>, o: PipelineOptions): Promise<Counts> {
  const { job, meter, sink } = o;
  const size = Math.max(1, o.batch ?? BATCH_RECORDS);
  const counts: Counts = { total: 0, invalid: 0, findings: 0 };
  // The main thread's assessor: every record when in process; else the records the workers
  // leave to it. It shares the cross-record check with the records the workers did.
  const duplicates = createDuplicateCheck();
  let found: readonly Finding[] | undefined;
  const local = createRecordAssessor({
    ...assessorOptions(job),
    crossRecord: (c, line, id) => found ?? duplicates(c.nik, line, id),
  });

  /** A record done in this thread (with `extra`: the cross-record findings already found). */
  const doHere = (rec: InputRecord, extra?: readonly Finding[]): Promise<void> | undefined => {
    found = extra;
    let out: RecordOut;
    try {
      out = recordOut(local(parsed(rec)), job);
    } finally {
      found = undefined;
    }
    counts.total++;
    if (out.invalid) counts.invalid++;
    counts.findings += out.findings;
    if (out.lines.length > 0) sink.lines(`${out.lines.join("\n")}\n`);
    if (out.row !== undefined) sink.row(out.row, out.lines);
    return out.text === undefined ? undefined : sink.text(out.text);
  };
  const here = async (batch: readonly InputRecord[]) => {
    for (const rec of batch) {
      const wait = doHere(rec);
      if (wait !== undefined) await wait;
    }
    meter.tick(counts.total, counts.invalid);
  };

  /**
   * A batch the workers did, in order: the records' texts go out in runs (slices of the
   * batch's text) but for a record the cross-record check finds something on, or one left to
   * this thread.
   */
  const taken = async (records: readonly InputRecord[], b: BatchOut) => {
    let from = 0; // start of the run of text not yet given to the sink
    let linesFrom = 0;
    const flush = (to: number, linesTo: number) => {
      if (linesTo > linesFrom) sink.lines(b.lines.slice(linesFrom, linesTo));
      const wait = to > from ? sink.text(b.bytes.subarray(from, to)) : undefined;
      from = to;
      linesFrom = linesTo;
      return wait;
    };
    for (let i = 0; i < records.length; i++) {
      const rec = records[i] as InputRecord;
      const flags = b.flags[i] as number;
      const start = i === 0 ? 0 : (b.ends[i - 1] as number);
      const end = b.ends[i] as number;
      const linesStart = i === 0 ? 0 : (b.lineEnds[i - 1] as number);
      const linesEnd = b.lineEnds[i] as number;
      const nik = b.niks[i];
      const extra =
        (flags & KEYED) !== 0 && nik !== null && nik !== undefined
          ? duplicates(nik, rec.line, b.ids[i] ?? undefined)
          : undefined;
      const strictly = extra !== undefined && extra.length > 0 && job.strict;
      if ((flags & REDO) !== 0 || strictly) {
        // Done again here: a spreadsheet row that needs its columns; with --strict, findings
        // make a record invalid.
        const wait = flush(start, linesStart);
        if (wait !== undefined) await wait;
        const again = doHere(rec, strictly ? extra : undefined);
        if (again !== undefined) await again;
        from = end;
        linesFrom = linesEnd;
        continue;
      }
      counts.total++;
      if ((flags & INVALID) !== 0) counts.invalid++;
      counts.findings += (b.findings[i] as number) + (extra?.length ?? 0);
      const row = b.rows?.[i];
      if (row !== undefined && row !== null) {
        const lines = b.rowLines?.[i] ?? [];
        if (extra === undefined || extra.length === 0) sink.row(row, lines);
        else {
          const more = rowLines({ position: 0, line: rec.line, id: b.ids[i] ?? undefined, audit: extra }, job.locale);
          sink.row(withFindingsRow(row, extra), [...lines, ...more]);
        }
      }
      if (extra === undefined || extra.length === 0) {
        if (o.interleave !== true) continue;
        // Each record's lines, then its text.
        const wait = flush(end, linesEnd);
        if (wait !== undefined) await wait;
        continue;
      }
      // Cross-record findings: the record's lines and text with them, after the run before it.
      const wait = flush(start, linesEnd);
      if (wait !== undefined) await wait;
      sink.lines(findingLines(rec.line, b.ids[i] ?? undefined, extra, job.locale));
      if (end > start) {
        const cell = b.cells?.[i] ?? undefined;
        for (const piece of withFindingsBytes(
          b.bytes.subarray(start, end),
          b.findings[i] as number,
          cell,
          extra,
          job,
        )) {
          const more = sink.text(piece);
          if (more !== undefined) await more;
        }
      }
      from = end;
      linesFrom = linesEnd;
    }
    const wait = flush(b.bytes.length, b.lines.length);
    if (wait !== undefined) await wait;
    meter.tick(counts.total, counts.invalid);
  };

  // Batches in input order: sent to a worker thread (`result` once it is back) or assessed here
  // like a worker would (`result` at once) when every worker has AHEAD batches already.
  const threads = o.workers - 1;
  const mine = threads > 0 ? createBatchAssessor(job) : undefined;
  let pool: Awaited<ReturnType<typeof startPool>> | undefined;
  let sent = 0; // batches at the workers
  const queue: { records: readonly InputRecord[]; result?: BatchOut; back?: Promise<BatchOut> }[] = [];
  const dispatch = async (records: readonly InputRecord[]) => {
    if (sent >= threads * AHEAD && mine !== undefined) {
      queue.push({ records, result: mine.assess(records) });
      return;
    }
    pool ??= await startPool(job, threads);
    const entry: (typeof queue)[number] = { records };
    sent++;
    entry.back = (pool.pool.run(records.map(toWire)) as Promise<BatchOut>).then((r) => {
      sent--;
      entry.result = r;
      return r;
    });
    entry.back.catch(ignore); // awaited in order below; a run stopped early must not leave it unhandled
    queue.push(entry);
  };
  /** Takes the batches that are back, in order; with `wait`, the first even if it is not. */
  const settle = async (wait: boolean) => {
    for (;;) {
      const head = queue[0];
      if (head === undefined) return;
      if (head.result === undefined && !wait) return;
      const result = head.result ?? (await head.back);
      queue.shift();
      await taken(head.records, result as BatchOut);
      wait = false;
    }
  };

  let batch: InputRecord[] = [];
  let chars = 0;
  // A read that fails part way (a broken stream) ends the run after the records read before it.
  let failed: { error: unknown } | undefined;
  const read = async () => {
    try {
      return await records.next();
    } catch (error) {
      failed = { error };
      return { done: true as const, value: undefined };
    }
  };
  try {
    for (;;) {
      const next = await read();
      if (next.done === true) break;
      const length = recordChars(next.value);
      if (length > WORKER_RECORD_CHARS && mine !== undefined) {
        // A long record: the batch before it goes as it is; the record is done here, in its turn.
        if (batch.length > 0) await dispatch(batch);
        queue.push({ records: [next.value], result: mine.assess([next.value]) });
        await settle(false);
        while (queue.length > threads * AHEAD + 1) await settle(true);
        batch = [];
        chars = 0;
        continue;
      }
      batch.push(next.value);
      chars += length;
      if (batch.length < size && chars < BATCH_CHARS) continue;
      if (threads <= 0) await here(batch);
      else {
        await dispatch(batch);
        await settle(false);
        while (queue.length > threads * AHEAD + 1) await settle(true);
      }
      batch = [];
      chars = 0;
    }
    // The last batch: in process when it is the whole file (no worker started for it).
    if (batch.length > 0 && pool !== undefined) await dispatch(batch);
    while (queue.length > 0) await settle(true);
    if (batch.length > 0 && pool === undefined) await here(batch);
  } finally {
    meter.done();
    await pool?.close();
  }
  if (failed !== undefined) throw failed.error;
  return counts;
}
