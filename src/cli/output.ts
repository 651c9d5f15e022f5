import type { CandidateError } from "../candidate/parse.js";
import type { Candidate } from "../candidate/types.js";
import type { LocaleTag as Locale } from "../core/codes.js";
import { maskName, maskNik } from "../core/mask.js";
import { formatGap } from "../i18n/format.js";
import type { Readiness } from "../readiness/types.js";

/** The output formats of `assess`. */
export type OutputFormat = "table" | "json" | "jsonl" | "csv";

/** One row of the `assess` output, for any format. */
export interface AssessRow {
  readonly position: number;
  readonly id: string | undefined;
  readonly candidate?: Candidate;
  readonly readiness?: Readiness;
  readonly error?: CandidateError | { readonly code: string; readonly message: string };
}

/** Writes text, waiting for the stream to drain when it asks to (constant memory on big runs). */
export async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
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
  id: ["No", "ID", "NIK", "Nama", "Status", "Skor", "Siap mulai", "Berlaku s.d.", "Langkah berikut"],
  en: ["No", "ID", "NIK", "Name", "Status", "Score", "Ready from", "Valid until", "Next step"],
};
const WIDTHS = [6, 16, 18, 20, 16, 5, 13, 13] as const;

export interface RenderOptions {
  readonly locale: Locale;
  readonly reveal: boolean;
  readonly colour: boolean;
}

function person(row: AssessRow, o: RenderOptions): { nik: string; name: string } {
  const c = row.candidate;
  if (c === undefined) return { nik: "-", name: "-" };
  return o.reveal ? { nik: c.nik, name: c.fullName } : { nik: maskNik(c.nik), name: maskName(c.fullName) };
}

function statusOf(row: AssessRow): keyof typeof COLOURS {
  return row.readiness?.status ?? "invalid";
}

function nextStep(row: AssessRow, o: RenderOptions): string {
  if (row.error !== undefined) {
    const issues = "issues" in row.error ? row.error.issues : [row.error];
    return issues
      .map(
        (i) => `${"path" in i && Array.isArray(i.path) && i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.code}`,
      )
      .join("; ");
  }
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
    pad(String(row.position), WIDTHS[0]),
    pad(row.id ?? "-", WIDTHS[1]),
    pad(nik, WIDTHS[2]),
    pad(name, WIDTHS[3]),
    o.colour ? `${COLOURS[status]}${statusCell}${RESET}` : statusCell,
    pad(r === undefined ? "-" : String(r.score), WIDTHS[5]),
    pad(r?.readyFrom ?? "-", WIDTHS[6]),
    pad(r?.validUntil ?? "-", WIDTHS[7]),
    nextStep(row, o),
  ];
  return `${cells.join(" ")}\n`;
}

/** A JSON object per row (json and jsonl). Personal data masked unless revealed. */
export function jsonRow(row: AssessRow, o: RenderOptions): Record<string, unknown> {
  const { nik, name } = person(row, o);
  if (row.error !== undefined || row.readiness === undefined) {
    return {
      position: row.position,
      ...(row.id === undefined ? {} : { id: row.id }),
      status: "invalid",
      error: row.error,
    };
  }
  return {
    position: row.position,
    id: row.id,
    nik,
    fullName: name,
    ...row.readiness,
    actions: row.readiness.gaps.map((g) => formatGap(g, o.locale)),
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
  "gaps",
  "nextStep",
];

/** One CSV output line. */
export function csvLine(row: AssessRow, o: RenderOptions): string {
  const { nik, name } = person(row, o);
  const r = row.readiness;
  const cells = [
    row.position,
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
    r ? r.gaps.map((g) => g.code).join(";") : "",
    nextStep(row, o),
  ];
  return `${cells.map(csvField).join(",")}\n`;
}
