/**
 * Rows of the first worksheet of an `.xlsx` workbook, in the browser, as the CLI reads them
 * (src/cli/xlsx.ts): each non-empty row with its row number, its cells as the text the officer
 * typed (numbers in plain decimal notation, dates as `YYYY-MM-DD`, booleans `TRUE`/`FALSE`).
 *
 * exceljs's browser build (`exceljs/dist/exceljs.min.js`, chosen by the package's `browser`
 * field) is imported only here and only when an xlsx file is read: a chunk of its own, never
 * loaded for CSV or JSON. The browser build cannot stream a workbook, so the whole file is
 * loaded in memory (fine for the officer's spreadsheets of a few thousand rows).
 */

/** One non-empty row of the sheet (`readSheetRows` reads these). */
export interface SheetRow {
  readonly line: number;
  readonly cells: string[];
  readonly numeric: boolean[];
}

/** A problem that stops reading, as the CLI's xlsx reader reports it. */
export interface SheetProblem {
  readonly fatal: true;
  readonly code: "NOT_XLSX" | "NO_SUCH_SHEET" | "NO_SHEETS" | "UNREADABLE_XLSX";
  readonly message: string;
}

interface CellLike {
  readonly value: unknown;
  readonly numFmt?: unknown;
}
interface RowLike {
  readonly number: number;
  eachCell(options: { includeEmpty: boolean }, cb: (cell: CellLike, column: number) => void): void;
}
interface SheetLike {
  readonly name: string;
  eachRow(options: { includeEmpty: boolean }, cb: (row: RowLike, rowNumber: number) => void): void;
}
interface WorkbookLike {
  readonly worksheets: readonly SheetLike[];
  readonly properties?: { readonly date1904?: boolean };
  readonly xlsx: { load(data: ArrayBuffer): Promise<unknown> };
}
interface ExcelJsLike {
  readonly Workbook: new () => WorkbookLike;
}

/** Loads exceljs's browser build (once). */
let loading: Promise<ExcelJsLike> | undefined;
export function loadExcelJs(): Promise<ExcelJsLike> {
  loading ??= import("exceljs").then((m: unknown) => {
    const mod = m as { default?: unknown; Workbook?: unknown };
    const lib = (typeof mod.Workbook === "function" ? mod : mod.default) as ExcelJsLike | undefined;
    if (lib === undefined || typeof lib.Workbook !== "function") throw new Error("exceljs has no Workbook");
    return lib;
  });
  return loading;
}

const problem = (code: SheetProblem["code"], message: string): SheetProblem => ({ fatal: true, code, message });

/** The rows of the first worksheet (in tab order) of the workbook in `data`. */
export async function* readXlsxRows(data: ArrayBuffer): AsyncGenerator<SheetRow | SheetProblem> {
  const head = new Uint8Array(data, 0, Math.min(4, data.byteLength));
  if (![0x50, 0x4b, 0x03, 0x04].every((b, i) => head[i] === b)) {
    yield problem("NOT_XLSX", "not an .xlsx workbook: the file does not start as a zip archive does");
    return;
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (e) {
    yield problem(
      "UNREADABLE_XLSX",
      `the workbook is damaged or cannot be read: ${(e as Error)?.message ?? String(e)}`,
    );
    return;
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    yield problem("NO_SHEETS", "the workbook has no sheets");
    return;
  }
  const date1904 = workbook.properties?.date1904 === true;
  const rows: SheetRow[] = [];
  let line = 0;
  try {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      line = Number.isInteger(row.number) && row.number > line ? row.number : line + 1;
      const cells: string[] = [];
      const numeric: boolean[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const { text, isNumber } = cellText(
          cell.value,
          typeof cell.numFmt === "string" ? cell.numFmt : undefined,
          date1904,
        );
        if (text === "") return;
        while (cells.length < column - 1) {
          cells.push("");
          numeric.push(false);
        }
        cells[column - 1] = text;
        numeric[column - 1] = isNumber;
      });
      if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells, numeric });
    });
  } catch (e) {
    yield problem(
      "UNREADABLE_XLSX",
      `the workbook is damaged or cannot be read: ${(e as Error)?.message ?? String(e)}`,
    );
    return;
  }
  yield* rows;
}

const plain = (text: string) => ({ text, isNumber: false });

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** A cell's value as text; `isNumber` for a number shown as a number (src/cli/xlsx.ts's rules). */
function cellText(value: unknown, numFmt: string | undefined, date1904: boolean): { text: string; isNumber: boolean } {
  if (value === null || value === undefined) return plain("");
  if (typeof value === "string") return plain(value);
  if (typeof value === "boolean") return plain(value ? "TRUE" : "FALSE");
  if (typeof value === "number") {
    if (isDateFormat(numFmt)) return plain(serialDate(value, date1904));
    return { text: plainNumber(value), isNumber: true };
  }
  if (value instanceof Date) return plain(dateText(value.getTime(), date1904));
  if (typeof value !== "object") return plain(String(value));
  const runs = field(value, "richText");
  if (Array.isArray(runs)) return plain(runs.map((r) => String(field(r, "text") ?? "")).join(""));
  if ("formula" in value || "sharedFormula" in value || "result" in value) {
    const result = field(value, "result");
    if (typeof result === "number" && Number.isNaN(result)) return plain("#ERROR");
    return cellText(result, numFmt, date1904);
  }
  const error = field(value, "error");
  if (typeof error === "string") return plain(error);
  if ("text" in value) return cellText(field(value, "text"), undefined, date1904);
  return plain("");
}

function isDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined || numFmt === "") return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^[\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;

function serialDate(serial: number, date1904: boolean): string {
  return dateText(Math.round((serial + (date1904 ? EPOCH_1904 : EPOCH_1900)) * MS_PER_DAY), date1904);
}

const FEB_28_1900 = Date.UTC(1900, 1, 28);
const MAR_1_1900 = Date.UTC(1900, 2, 1);

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

function plainNumber(n: number): string {
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
