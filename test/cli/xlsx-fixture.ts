/**
 * Builds small `.xlsx` workbooks for the CLI tests with exceljs's writer, the library the CLI
 * reads them with. One call, one file:
 *
 * ```ts
 * await writeWorkbook(join(dir, "officer.xlsx"), [
 *   {
 *     name: "Kandidat",
 *     rows: [
 *       ["nik", "fullName", "birthDate"],
 *       ["3674021507950001", "Siti Aminah", new Date(Date.UTC(1995, 6, 15))],
 *       [], // a blank row: nothing is written for it
 *       [3674021507950002, { richText: [{ text: "Budi " }, { text: "Santoso", font: { bold: true } }] }],
 *     ],
 *     columnFormats: { 0: "@", 2: "dd/mm/yyyy" },
 *   },
 * ]);
 * ```
 */
import ExcelJS from "exceljs";

/**
 * A cell to write: text, a number, a boolean, a date, a formula with its cached result (what Excel
 * shows, and what a reader sees: nothing recalculates it), rich text, a hyperlink or an error
 * value. `null`/`undefined` (or a hole) leave the cell empty.
 *
 * Dates are instants: build them with `Date.UTC`, which exceljs writes as the serial of that UTC
 * day and time, whatever the machine's zone (`new Date(1995, 6, 15)` would shift with `TZ`). A
 * date in a column without a format gets Excel's default short date format (`m/d/yy`, id 14).
 */
export type FixtureCell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { readonly formula: string; readonly result?: string | number | boolean | Date | FixtureError }
  | { readonly richText: readonly { readonly text: string; readonly font?: { readonly bold?: boolean } }[] }
  | { readonly text: string; readonly hyperlink: string }
  | FixtureError;

/** An error value, as Excel shows it in the cell. */
export interface FixtureError {
  readonly error: "#N/A" | "#REF!" | "#NAME?" | "#DIV/0!" | "#NULL!" | "#VALUE!" | "#NUM!";
}

/** One sheet of the workbook to write. */
export interface FixtureSheet {
  /** The tab's name, as Excel shows it. */
  readonly name: string;
  /**
   * Its rows from row 1 down; `rows[i][j]` is the cell at row `i + 1`, column `j` (A = 0). An empty
   * or missing row writes nothing, so the rows after it keep their numbers.
   */
  readonly rows: readonly (readonly FixtureCell[] | undefined)[];
  /**
   * A number format per column index (A = 0), applied to every cell written in that column, e.g.
   * `"dd/mm/yyyy"` (a date), `"dd/mm/yyyy hh:mm"`, `"@"` (text) or `"0"`.
   */
  readonly columnFormats?: Readonly<Record<number, string>>;
}

/** Options of the workbook as a whole. */
export interface FixtureOptions {
  /** Use the 1904 date system (old Excel for Mac): day 0 is 1904-01-01 instead of 1899-12-30. */
  readonly date1904?: boolean;
}

/** Writes `sheets`, in tab order, as a new `.xlsx` workbook at `path` (replacing any file there). */
export async function writeWorkbook(
  path: string,
  sheets: readonly FixtureSheet[],
  options: FixtureOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904 === true) workbook.properties.date1904 = true;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, i) => {
      if (cells === undefined || cells.length === 0) return;
      const row = worksheet.getRow(i + 1);
      cells.forEach((value, j) => {
        if (value === null || value === undefined) return;
        const cell = row.getCell(j + 1);
        // exceljs's own value types are mutable versions of these shapes.
        cell.value = value as ExcelJS.CellValue;
        const format = sheet.columnFormats?.[j];
        if (format !== undefined) cell.numFmt = format;
      });
    });
  }
  await workbook.xlsx.writeFile(path);
}
