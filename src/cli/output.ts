import type { LocaleTag as Locale } from "../core/codes.js";
import { maskName, maskNik } from "../core/mask.js";
import { formatGap, formatIssue, formatReason } from "../i18n/format.js";
import { formatStep } from "../pathway/explain.js";
import type { AssessRow, Finding } from "../report/assess.js";
import { CLI_TEXT, COMPONENT_TEXT, FINDING_NAMES } from "./messages.js";
import type { Problem } from "./tabular.js";

/** The output formats of `assess`. */
export type OutputFormat = "table" | "json" | "jsonl" | "csv";

export type { AssessRow, Finding } from "../report/assess.js";

/** A problem as a sentence in the locale, with its column. */
export function problemText(p: Problem, locale: Locale): string {
  const text = formatIssue(
    p.params === undefined
      ? { path: [], code: p.code, message: p.message }
      : { path: [], code: p.code, params: p.params, message: p.message },
    locale,
  );
  return p.column === undefined ? text : `${CLI_TEXT[locale].column(p.column)}: ${text}`;
}

/** A finding as a sentence in the locale, with its column. */
export function findingText(f: Finding, locale: Locale): string {
  const t = CLI_TEXT[locale];
  const text =
    f.code === "DUPLICATE_NIK"
      ? t.duplicateNik({ nik: String(f.params.nik), line: Number(f.params.line) })
      : f.code === "DUPLICATE_ID"
        ? t.duplicateId({ id: String(f.params.id), line: Number(f.params.line) })
        : f.code === "UNKNOWN_TRACK"
          ? t.unknownTrack(String(f.params.track))
          : f.code === "UNKNOWN_SKILL_TEST"
            ? t.unknownSkillTest(String(f.params.test))
            : formatReason(f.reason ?? { code: f.code, outcome: "fail", params: f.params }, locale);
  return f.column === undefined || f.code.startsWith("DUPLICATE_") ? text : `${t.column(f.column)}: ${text}`;
}

/** The name of a finding code, for counts. */
export function findingName(code: string, locale: Locale): string {
  return FINDING_NAMES[locale][code] ?? code;
}

/** The name of a readiness component in the locale. */
export function aspectLabel(component: string, locale: Locale): string {
  return COMPONENT_TEXT[locale][component] ?? component;
}

/** Writes text, waiting for the stream to drain when it asks to (constant memory on big runs). */
export async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

/** The size of the chunks a {@link BufferedWriter} writes, in characters. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * Output collected into chunks of about {@link CHUNK_CHARS} before it is written (one write per
 * chunk instead of one per record), still waiting for the stream to drain. Takes text, or bytes
 * (UTF-8) as the worker threads give them.
 */
export interface BufferedWriter {
  /** Adds output; a promise when a chunk was written and the stream asked to wait. */
  add(chunk: string | Uint8Array): Promise<void> | undefined;
  /** Writes what is collected. */
  flush(): Promise<void>;
}

export function bufferedWriter(out: NodeJS.WritableStream, chunk: number = CHUNK_CHARS): BufferedWriter {
  let parts: (string | Uint8Array)[] = [];
  let bytes = false;
  let length = 0;
  const drained = () => new Promise<void>((resolve) => out.once("drain", () => resolve()));
  /** Writes what is collected; false when the stream asks to wait. */
  const put = (): boolean => {
    if (length === 0) return true;
    const joined =
      parts.length === 1
        ? (parts[0] as string | Uint8Array)
        : bytes
          ? Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)))
          : parts.join("");
    parts = [];
    bytes = false;
    length = 0;
    return out.write(joined);
  };
  const flush = (): Promise<void> | undefined => (put() ? undefined : drained());
  return {
    add(piece) {
      if (piece.length >= chunk) {
        // A chunk already: written as it is, after what was collected before it.
        const before = put();
        return out.write(piece) && before ? undefined : drained();
      }
      if (piece.length === 0) return undefined;
      parts.push(piece);
      if (typeof piece !== "string") bytes = true;
      length += piece.length;
      return length >= chunk ? flush() : undefined;
    },
    async flush() {
      await flush();
    },
  };
}

const COLOURS = {
  ready: "\u001b[32m",
  not_ready: "\u001b[33m",
  ineligible: "\u001b[31m",
  invalid: "\u001b[35m",
} as const;
const RESET = "\u001b[0m";

const STATUS_TEXT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: { ready: "SIAP", not_ready: "BELUM SIAP", ineligible: "TIDAK LAYAK", invalid: "DATA TIDAK SAH" },
  en: { ready: "READY", not_ready: "NOT READY", ineligible: "INELIGIBLE", invalid: "INVALID" },
};

function pad(s: string, n: number): string {
  const chars = [...s];
  return chars.length >= n ? `${chars.slice(0, n - 1).join("")}…` : s + " ".repeat(n - chars.length);
}

/** Columns of the table and CSV outputs. */
const TABLE_HEAD: Readonly<Record<Locale, readonly string[]>> = {
  id: ["Baris", "ID", "NIK", "Nama", "Status", "Skor", "Paling cepat", "Berlaku s.d.", "Langkah berikut"],
  en: ["Line", "ID", "NIK", "Name", "Status", "Score", "Earliest", "Valid until", "Next step"],
};
const WIDTHS = [6, 16, 18, 20, 16, 5, 13, 13] as const;

/**
 * How much of a readiness the json and jsonl outputs hold: `gaps` (status, score, window,
 * gaps, actions, audit, the plan's summary) or `full` (also each component's verdict tree).
 */
export type Detail = "gaps" | "full";

export interface RenderOptions {
  readonly locale: Locale;
  readonly reveal: boolean;
  readonly colour: boolean;
  /** For {@link jsonRow}; default `full`. */
  readonly detail?: Detail;
}

function person(row: AssessRow, o: RenderOptions): { nik: string; name: string } {
  const c = row.candidate;
  if (c === undefined) return { nik: "-", name: "-" };
  return o.reveal ? { nik: c.nik, name: c.fullName } : { nik: maskNik(c.nik), name: maskName(c.fullName) };
}

function statusOf(row: AssessRow): keyof typeof COLOURS {
  return row.readiness?.status ?? "invalid";
}

/**
 * What to do next: the first step of the plan (with its day), else the first gap (a wait, a
 * permanent reason); the problems of an invalid record.
 */
function nextStep(row: AssessRow, o: RenderOptions): string {
  if (row.problems !== undefined) return row.problems.map((p) => problemText(p, o.locale)).join(" ");
  if (row.readiness?.status === "ready") return "";
  const first = row.pathway?.status === "planned" ? row.pathway.steps[0] : undefined;
  if (first !== undefined) return `${first.plannedOn}: ${formatStep(first, o.locale)}`;
  const g = row.readiness?.gaps[0];
  return g === undefined ? "" : formatGap(g, o.locale);
}

/** The table header line. */
export function tableHeader(o: RenderOptions): string {
  const h = TABLE_HEAD[o.locale];
  return `${h.map((x, i) => (i < WIDTHS.length ? pad(x, WIDTHS[i] as number) : x)).join(" ")}\n`;
}

/** One aligned table line (fixed widths, so it streams without buffering). */
export function tableLine(row: AssessRow, o: RenderOptions): string {
  const { nik, name } = person(row, o);
  const status = statusOf(row);
  const r = row.readiness;
  const statusCell = pad(STATUS_TEXT[o.locale][status] ?? status, WIDTHS[4]);
  const cells = [
    pad(String(row.line), WIDTHS[0]),
    pad(row.id ?? "-", WIDTHS[1]),
    pad(nik, WIDTHS[2]),
    pad(name, WIDTHS[3]),
    o.colour ? `${COLOURS[status]}${statusCell}${RESET}` : statusCell,
    pad(r === undefined ? "-" : String(r.score), WIDTHS[5]),
    pad((r?.status === "ready" ? undefined : (row.pathway?.earliestPlacement ?? r?.readyFrom)) ?? "-", WIDTHS[6]),
    pad(r?.validUntil ?? "-", WIDTHS[7]),
    nextStep(row, o),
  ];
  return `${cells.join(" ").trimEnd()}\n`;
}

/** A finding as the json and jsonl outputs hold it (the `audit` array, the last field of a row). */
export function auditJson(f: Finding, o: RenderOptions): Record<string, unknown> {
  return {
    code: f.code,
    ...(f.column === undefined ? {} : { column: f.column }),
    params: f.params,
    message: findingText(f, o.locale),
  };
}

/** The `audit` cell of a CSV output line (its last cell): `CODE(column);…`. */
export function auditCell(audit: readonly Finding[]): string {
  return audit.map((f) => `${f.code}${f.column === undefined ? "" : `(${f.column})`}`).join(";");
}

/** A JSON object per row (json and jsonl). Personal data masked unless revealed. */
export function jsonRow(row: AssessRow, o: RenderOptions): Record<string, unknown> {
  const { nik, name } = person(row, o);
  const audit = row.audit.map((f) => auditJson(f, o));
  if (row.problems !== undefined || row.readiness === undefined) {
    return {
      position: row.position,
      line: row.line,
      ...(row.id === undefined ? {} : { id: row.id }),
      status: "invalid",
      problems: (row.problems ?? []).map((p) => ({
        ...(p.column === undefined ? {} : { column: p.column }),
        code: p.code,
        ...(p.params === undefined ? {} : { params: p.params }),
        message: problemText(p, o.locale),
      })),
      audit,
    };
  }
  const r = row.readiness;
  return {
    position: row.position,
    line: row.line,
    id: row.id,
    nik,
    fullName: name,
    // The fields of `Readiness` in its order, the verdict trees only with `full`.
    candidateId: r.candidateId,
    target: r.target,
    gate: r.gate,
    asOf: r.asOf,
    status: r.status,
    score: r.score,
    ...(o.detail === "gaps" ? {} : { components: r.components }),
    gaps: r.gaps,
    ...(r.readyFrom === undefined ? {} : { readyFrom: r.readyFrom }),
    ...(r.validUntil === undefined ? {} : { validUntil: r.validUntil }),
    actions: r.gaps.map((g) => formatGap(g, o.locale)),
    ...(row.pathway === undefined
      ? {}
      : {
          pathway: {
            status: row.pathway.status,
            ...(row.pathway.earliestPlacement === undefined
              ? {}
              : { earliestPlacement: row.pathway.earliestPlacement }),
            ...(row.pathway.earliestDeparture === undefined
              ? {}
              : { earliestDeparture: row.pathway.earliestDeparture }),
            nextStep: nextStep(row, o),
          },
        }),
    audit,
  };
}

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The CSV output header. */
export const CSV_HEAD = [
  "position",
  "line",
  "id",
  "nik",
  "fullName",
  "target",
  "gate",
  "asOf",
  "status",
  "score",
  "readyFrom",
  "validUntil",
  "earliestPlacement",
  "gaps",
  "nextStep",
  "audit",
];

/** One CSV output line. */
export function csvLine(row: AssessRow, o: RenderOptions): string {
  const { nik, name } = person(row, o);
  const r = row.readiness;
  const cells = [
    row.position,
    row.line,
    row.id ?? "",
    r ? nik : "",
    r ? name : "",
    r?.target ?? "",
    r?.gate ?? "",
    r?.asOf ?? "",
    statusOf(row),
    r?.score ?? "",
    r?.readyFrom ?? "",
    r?.validUntil ?? "",
    row.pathway?.earliestPlacement ?? "",
    r ? r.gaps.map((g) => `${g.component}:${g.code}`).join(";") : "",
    nextStep(row, o),
    auditCell(row.audit),
  ];
  return `${cells.map(csvField).join(",")}\n`;
}
