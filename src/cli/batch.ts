/**
 * What the CLI does with records in batches, the same in the main thread and in a worker
 * thread: assess each record (`createRecordAssessor`) and turn it into what the command writes
 * (its output text, its stderr lines, the figures of the summary). Records and results cross
 * threads as plain data (structured clone), so a spreadsheet row goes without its `columnOf`.
 */
import type { LocaleTag as Locale } from "../core/codes.js";
import type { CalendarDate } from "../core/date.js";
import type { Pathway, PathwaySchedule } from "../pathway/types.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import type { Policy } from "../policy/types.js";
import type { Gate, Readiness } from "../readiness/types.js";
import { type AssessRow, createRecordAssessor, type Finding, type RecordAssessorOptions } from "../report/assess.js";
import type { InputRecord } from "../report/records.js";
import { CLI_TEXT } from "./messages.js";
import {
  auditCell,
  auditJson,
  csvField,
  csvLine,
  type Detail,
  findingText,
  jsonRow,
  type OutputFormat,
  problemText,
  type RenderOptions,
  tableLine,
} from "./output.js";
import { type Problem, problem, type TabularRow } from "./tabular.js";

/** What a command makes of each record: output text (`assess`) or rows for a summary. */
export type JobKind = "assess" | "rows";

/**
 * Everything a thread needs to turn records into results, as plain data: what
 * `createRecordAssessor` takes (the policy left out when it is the default one) and how to render.
 */
export interface Job {
  readonly kind: JobKind;
  readonly asOf: CalendarDate;
  readonly appliedOn?: CalendarDate;
  readonly target: string;
  readonly gate: Gate;
  /** Absent: the default policy (each thread has its own, so caches keyed by it still hit). */
  readonly policy?: Policy;
  readonly strict: boolean;
  readonly plan: boolean;
  readonly schedule?: PathwaySchedule;
  readonly locale: Locale;
  readonly format: OutputFormat;
  readonly render: RenderOptions & { readonly detail: Detail };
  /** Records after this position are counted but not rendered (`--limit`). */
  readonly limit?: number;
  /**
   * The requirement kinds registered in the main thread. A worker has the built-in ones only
   * (a kind is code): one that lacks any leaves every record to the main thread.
   */
  readonly kinds: readonly string[];
}

/** A spreadsheet row without its `columnOf` (a function, which cannot cross threads). */
interface WireRow {
  readonly problems: readonly Problem[];
  readonly hints: ReadonlyMap<string, Problem>;
  readonly id?: string;
}

/**
 * A JSON or JSONL record's text as the main thread reads it (`ReadOptions.parseJson`): parsed
 * by the thread that assesses it, so the main thread neither parses nor copies objects.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Keeps a JSON record's text, for {@link parsed}. */
export const keepJsonText = (text: string): JsonText => new JsonText(text);

/** The record with its JSON text parsed, as the reader gives it with `JSON.parse`. */
export function parsed(rec: InputRecord): InputRecord {
  if ("problems" in rec || !(rec.raw instanceof JsonText)) return rec;
  return jsonRecord(rec.position, rec.line, rec.raw.text);
}

function jsonRecord(position: number, line: number, text: string): InputRecord {
  try {
    return { position, line, raw: JSON.parse(text) };
  } catch {
    return { position, line, problems: [problem("MALFORMED_JSON", {})] };
  }
}

/** A record as it crosses to a worker. */
export type WireRecord =
  | { readonly position: number; readonly line: number; readonly json: string }
  | { readonly position: number; readonly line: number; readonly raw: unknown; readonly row?: WireRow }
  | { readonly position: number; readonly line: number; readonly id?: string; readonly problems: readonly Problem[] };

/**
 * The record as sent to a worker: a JSON record as its text; a spreadsheet row without
 * `columnOf` (its record is `raw`).
 */
export function toWire(rec: InputRecord): WireRecord {
  if ("problems" in rec) return rec;
  if (rec.raw instanceof JsonText) return { position: rec.position, line: rec.line, json: rec.raw.text };
  if (rec.row === undefined) return rec;
  const { problems, hints, id } = rec.row;
  return {
    position: rec.position,
    line: rec.line,
    raw: rec.raw,
    row: id === undefined ? { problems, hints } : { problems, hints, id },
  };
}

/**
 * The record back from the wire. A spreadsheet row's `columnOf` is needed only to name the
 * column of a problem or finding; here it calls `missing`, and such a record is done again in
 * the main thread, which holds the row itself.
 */
export function fromWire(rec: WireRecord, missing: () => void): InputRecord {
  if ("json" in rec) return jsonRecord(rec.position, rec.line, rec.json);
  if ("problems" in rec || rec.row === undefined) return rec as InputRecord;
  const row: TabularRow = {
    ...rec.row,
    record: rec.raw as Record<string, unknown>,
    columnOf: () => {
      missing();
      return undefined;
    },
  };
  return { position: rec.position, line: rec.line, raw: rec.raw, row };
}

/** A record's problems when invalid, or its audit findings, as lines naming its line and id. */
export function rowLines(row: AssessRow, locale: Locale): string[] {
  const t = CLI_TEXT[locale];
  const where = `${t.line(row.line)}${row.id === undefined ? "" : ` (id ${JSON.stringify(row.id.slice(0, 64))})`}`;
  if (row.problems !== undefined)
    return [`${where}: ${t.invalid}: ${row.problems.map((p) => problemText(p, locale)).join(" ")}`];
  return row.audit.map((f) => `${where}: ${t.finding}: ${findingText(f, locale)}`);
}

/**
 * What a summary needs of a row (`createCohortReport().add`): its status, score, window and gaps,
 * the codes of its findings, its plan's status and earliest placement. No verdict trees.
 */
function summaryRow(row: AssessRow): AssessRow {
  const r = row.readiness;
  const p = row.pathway;
  const readiness =
    r === undefined
      ? undefined
      : ({
          candidateId: r.candidateId,
          target: r.target,
          gate: r.gate,
          asOf: r.asOf,
          status: r.status,
          score: r.score,
          components: [],
          gaps: r.gaps,
          ...(r.readyFrom === undefined ? {} : { readyFrom: r.readyFrom }),
          ...(r.validUntil === undefined ? {} : { validUntil: r.validUntil }),
        } satisfies Readiness);
  const pathway =
    p === undefined
      ? undefined
      : ({
          status: p.status,
          ...(p.earliestPlacement === undefined ? {} : { earliestPlacement: p.earliestPlacement }),
        } as Pathway);
  return {
    position: row.position,
    line: row.line,
    id: row.id,
    audit: row.audit.map((f): Finding => ({ code: f.code, params: {} })),
    ...(row.problems === undefined ? {} : { problems: [] }),
    ...(readiness === undefined ? {} : { readiness }),
    ...(pathway === undefined ? {} : { pathway }),
  };
}

/** What a command keeps of one record, the same whichever thread assessed it. */
export interface RecordOut {
  /** The output text of `assess` (json: with the array's punctuation before the object). */
  readonly text?: string;
  /** csv output of a record with findings: its audit cell, to add the cross-record ones to. */
  readonly auditCell?: string;
  /** The stderr lines: its problems or its findings. */
  readonly lines: readonly string[];
  readonly invalid: boolean;
  readonly findings: number;
  /** For a summary: the row as `createCohortReport().add` reads it. */
  readonly row?: AssessRow;
}

/** Turns an assessed row into what the command keeps of it. */
export function recordOut(row: AssessRow, job: Job): RecordOut {
  const lines = row.problems === undefined && row.audit.length === 0 ? [] : rowLines(row, job.locale);
  const base = { lines, invalid: row.problems !== undefined, findings: row.audit.length };
  if (job.kind === "rows") return { ...base, row: summaryRow(row) };
  if (job.limit !== undefined && row.position > job.limit) return base;
  const o = job.render;
  const text =
    job.format === "table"
      ? tableLine(row, o)
      : job.format === "csv"
        ? csvLine(row, o)
        : job.format === "jsonl"
          ? `${JSON.stringify(jsonRow(row, o))}\n`
          : // The first record is the first written (--limit cuts the last ones).
            `${row.position === 1 ? "\n" : ",\n"}${JSON.stringify(jsonRow(row, o))}`;
  return job.format === "csv" && row.audit.length > 0
    ? { ...base, text, auditCell: auditCell(row.audit) }
    : { ...base, text };
}

/**
 * How the output text of a valid record changes when cross-record findings are added (they
 * come last in its audit), as its thread would have written it with them: its last characters
 * `cut` (known by construction) give way to `add`. In json the `audit` array ends the object;
 * in csv the audit cell ends the line (`cell`: the record's own, if any); the table does not
 * show findings. Not for `--strict`, where findings make the record invalid.
 */
export function findingsSplice(
  own: number,
  cell: string | undefined,
  extra: readonly Finding[],
  job: Job,
): { readonly cut: string; readonly add: string } {
  if (job.format === "table") return { cut: "", add: "" };
  if (job.format === "csv") {
    const all = cell === undefined ? auditCell(extra) : `${cell};${auditCell(extra)}`;
    return { cut: `${csvField(cell ?? "")}\n`, add: `${csvField(all)}\n` };
  }
  // json and jsonl: `…"audit":[…]}`, then a line end in jsonl.
  const end = job.format === "jsonl" ? "]}\n" : "]}";
  let items = "";
  for (const f of extra) items += `${items === "" && own === 0 ? "" : ","}${JSON.stringify(auditJson(f, job.render))}`;
  return { cut: end, add: `${items}${end}` };
}

/** {@link findingsSplice} on a record's text. */
export function withFindingsText(
  text: string,
  own: number,
  cell: string | undefined,
  extra: readonly Finding[],
  job: Job,
): string {
  const { cut, add } = findingsSplice(own, cell, extra, job);
  return `${text.slice(0, text.length - cut.length)}${add}`;
}

/** {@link findingsSplice} on a record's text as UTF-8 bytes: the pieces to write, in order. */
export function withFindingsBytes(
  bytes: Uint8Array,
  own: number,
  cell: string | undefined,
  extra: readonly Finding[],
  job: Job,
): Uint8Array[] {
  const { cut, add } = findingsSplice(own, cell, extra, job);
  return [bytes.subarray(0, bytes.length - Buffer.byteLength(cut)), Buffer.from(add)];
}

/** The stderr lines of cross-record findings, each ending with a line end. */
export function findingLines(line: number, id: string | undefined, extra: readonly Finding[], locale: Locale): string {
  let out = "";
  for (const l of rowLines({ position: 0, line, id, audit: extra }, locale)) out += `${l}\n`;
  return out;
}

/** A summary row with the cross-record findings added to its audit. */
export function withFindingsRow(row: AssessRow, extra: readonly Finding[]): AssessRow {
  return { ...row, audit: [...row.audit, ...extra.map((f): Finding => ({ code: f.code, params: {} }))] };
}

/** Flags of a record in a {@link BatchOut}. */
export const INVALID = 1;
/** The record is to be done again in the main thread. */
export const REDO = 2;
/** The record is valid as parsed: its NIK (and id) go through the cross-record check. */
export const KEYED = 4;

/**
 * What a worker gives back for a batch, in columns (few objects to copy between threads): per
 * record its flags, own findings, NIK and id; its output text and stderr lines as offsets into
 * one text each; for a summary its row and lines.
 */
export interface BatchOut {
  readonly flags: Uint8Array;
  readonly findings: Uint32Array;
  readonly niks: readonly (string | null)[];
  readonly ids: readonly (string | null)[];
  /**
   * The records' output texts as UTF-8, one after another; record i's ends at byte `ends[i]`.
   * Moved between threads, not copied; the main thread writes the bytes as they are.
   */
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  /** The records' stderr lines, each ending with a line end; record i's end at `lineEnds[i]`. */
  readonly lines: string;
  readonly lineEnds: Uint32Array;
  /** csv: each record's own audit cell, when it has findings. */
  readonly cells?: readonly (string | null)[];
  /** rows: each record's summary row and stderr lines. */
  readonly rows?: readonly (AssessRow | null)[];
  readonly rowLines?: readonly (readonly string[])[];
}

/** Builds a {@link BatchOut} record by record, in order. */
export function batchOut(size: number, job: Job) {
  const flags = new Uint8Array(size);
  const findings = new Uint32Array(size);
  const niks: (string | null)[] = new Array(size).fill(null);
  const ids: (string | null)[] = new Array(size).fill(null);
  const ends = new Uint32Array(size);
  const lineEnds = new Uint32Array(size);
  const cells: (string | null)[] | undefined = job.format === "csv" ? new Array(size).fill(null) : undefined;
  const rows: (AssessRow | null)[] | undefined = job.kind === "rows" ? new Array(size).fill(null) : undefined;
  const rowLines: (readonly string[])[] | undefined = job.kind === "rows" ? new Array(size).fill([]) : undefined;
  let bytes = Buffer.allocUnsafeSlow(size * 2048);
  const lines: string[] = [];
  let length = 0;
  let lineLength = 0;
  let i = 0;
  return {
    /** The next record is left to the main thread. */
    redo(): void {
      flags[i] = REDO;
      ends[i] = length;
      lineEnds[i] = lineLength;
      i++;
    },
    /** The next record, done; `nik` when it went through the cross-record check. */
    add(out: RecordOut, nik: string | undefined, id: string | undefined): void {
      flags[i] = (out.invalid ? INVALID : 0) | (nik === undefined ? 0 : KEYED);
      findings[i] = out.findings;
      if (nik !== undefined) niks[i] = nik;
      if (id !== undefined) ids[i] = id;
      if (out.text !== undefined) {
        if (length + out.text.length * 3 > bytes.length) {
          const more = Buffer.allocUnsafeSlow(Math.max(bytes.length * 2, length + out.text.length * 3));
          bytes.copy(more, 0, 0, length);
          bytes = more;
        }
        length += bytes.write(out.text, length);
      }
      ends[i] = length;
      for (const l of out.lines) {
        lines.push(l, "\n");
        lineLength += l.length + 1;
      }
      lineEnds[i] = lineLength;
      if (cells !== undefined && out.auditCell !== undefined) cells[i] = out.auditCell;
      if (rows !== undefined && rowLines !== undefined && out.row !== undefined) {
        rows[i] = out.row;
        rowLines[i] = out.lines;
      }
      i++;
    },
    result(): BatchOut {
      return {
        flags,
        findings,
        niks,
        ids,
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, length),
        ends,
        lines: lines.join(""),
        lineEnds,
        ...(cells === undefined ? {} : { cells }),
        ...(rows === undefined ? {} : { rows }),
        ...(rowLines === undefined ? {} : { rowLines }),
      };
    },
  };
}

/** The options of `createRecordAssessor` for a job. */
export function assessorOptions(job: Job): RecordAssessorOptions {
  return {
    asOf: job.asOf,
    target: job.target,
    gate: job.gate,
    policy: job.policy ?? DEFAULT_POLICY,
    ...(job.appliedOn === undefined ? {} : { appliedOn: job.appliedOn }),
    strict: job.strict,
    plan: job.plan,
    ...(job.schedule === undefined ? {} : { schedule: job.schedule }),
  };
}

/**
 * An assessor of batches, as a worker thread runs it (and the main thread, for the batches it
 * takes itself): records in order, the cross-record check left to the caller (each record's
 * NIK and id come back), a spreadsheet row without its columns marked to redo.
 */
export function createBatchAssessor(job: Job): {
  /** Assesses a batch, in order. */
  readonly assess: (batch: readonly InputRecord[]) => BatchOut;
  /** For {@link fromWire}: the record being assessed needs its columns. */
  readonly missing: () => void;
} {
  const state: { nik?: string; id?: string; redo: boolean } = { redo: false };
  const assess = createRecordAssessor({
    ...assessorOptions(job),
    crossRecord: (c, _line, id) => {
      state.nik = c.nik;
      if (id !== undefined) state.id = id;
      return [];
    },
  });
  return {
    assess(batch) {
      const out = batchOut(batch.length, job);
      for (const rec of batch) {
        state.nik = undefined;
        state.id = undefined;
        state.redo = false;
        const row = assess(parsed(rec));
        if (state.redo) out.redo();
        else out.add(recordOut(row, job), state.nik, state.id);
      }
      return out.result();
    },
    missing() {
      state.redo = true;
    },
  };
}
