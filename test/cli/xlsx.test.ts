/**
 * The CLI's `.xlsx` reader: rows with their spreadsheet line numbers, cells as the text the
 * officer sees (numbers without exponent, dates as YYYY-MM-DD under any time zone), the sheet
 * chosen by name, and one fatal problem, never an exception, for what is not a readable workbook.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { plainNumber, readXlsxRows, type SheetProblem, type SheetRow, startsLikeXlsx } from "../../src/cli/xlsx.js";
import { type FixtureCell, type FixtureSheet, writeWorkbook } from "./xlsx-fixture.js";

const work = mkdtempSync(join(tmpdir(), "sentra-xlsx-"));
// exceljs keeps each worksheet in a temporary file while it reads; a read that fails leaves its
// files until the process exits, so they go to the scratch folder too.
const tmpdirBefore = process.env.TMPDIR;
process.env.TMPDIR = work;
afterAll(() => {
  if (tmpdirBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdirBefore;
  rmSync(work, { recursive: true, force: true });
});

/** The reader's module and the repository, for child processes run with `node --import tsx`. */
const readerUrl = pathToFileURL(fileURLToPath(new URL("../../src/cli/xlsx.ts", import.meta.url))).href;
const root = fileURLToPath(new URL("../..", import.meta.url));

let files = 0;
/** Writes a workbook to a new file of the scratch folder and returns its path. */
async function workbook(sheets: readonly FixtureSheet[], options?: { date1904?: boolean }): Promise<string> {
  const path = join(work, `book-${++files}.xlsx`);
  await writeWorkbook(path, sheets, options);
  return path;
}

async function readAll(
  input: string | NodeJS.ReadableStream,
  options?: { sheet?: string },
): Promise<(SheetRow | SheetProblem)[]> {
  const out: (SheetRow | SheetProblem)[] = [];
  for await (const r of readXlsxRows(input, options)) out.push(r);
  return out;
}

const rowsOf = (out: readonly (SheetRow | SheetProblem)[]): SheetRow[] => {
  for (const r of out) if ("fatal" in r) throw new Error(`unexpected problem ${r.code}: ${r.message}`);
  return out as SheetRow[];
};
const texts = (out: readonly (SheetRow | SheetProblem)[]) => rowsOf(out).map((r) => [r.line, ...r.cells]);

describe("readXlsxRows: rows and line numbers", { timeout: 30_000 }, () => {
  it("yields the header and each non-empty row with the row number Excel shows; blank rows are skipped", async () => {
    const path = await workbook([
      {
        name: "Kandidat",
        rows: [
          ["nik", "fullName", "track"],
          ["3674021507950001", "Siti Aminah", "caregiver"],
          [], // row 3: blank
          ["3674021507950002", { richText: [{ text: "Budi " }, { text: "Santoso", font: { bold: true } }] }],
          ["", null, "  "], // row 5: nothing but blanks
          [null, null, "welder"], // row 6: leading cells empty
        ],
        columnFormats: { 0: "@" },
      },
    ]);
    const out = await readAll(path);
    expect(texts(out)).toEqual([
      [1, "nik", "fullName", "track"],
      [2, "3674021507950001", "Siti Aminah", "caregiver"],
      [4, "3674021507950002", "Budi Santoso"],
      [6, "", "", "welder"],
    ]);
    expect(rowsOf(out).every((r) => r.numeric.length === r.cells.length)).toBe(true);
  });

  it("reads the same from a stream as from the path, whatever its chunks", async () => {
    const path = await workbook([
      {
        name: "S",
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      },
    ]);
    const bytes = readFileSync(path);
    for (const size of [1, 3, 1000, bytes.length]) {
      const stream = new PassThrough();
      const feeding = (async () => {
        for (let i = 0; i < bytes.length; i += size) {
          if (!stream.write(bytes.subarray(i, i + size))) await new Promise((r) => stream.once("drain", r));
        }
        stream.end();
      })();
      expect(texts(await readAll(stream)), `chunks of ${size}`).toEqual([
        [1, "a", "1"],
        [2, "b", "2"],
      ]);
      await feeding;
    }
  });

  it("an empty worksheet yields nothing; a consumer may stop early", async () => {
    expect(await readAll(await workbook([{ name: "Kosong", rows: [] }]))).toEqual([]);
    const path = await workbook([{ name: "S", rows: [["a"], ["b"], ["c"]] }]);
    for await (const r of readXlsxRows(path)) {
      expect(r).toMatchObject({ line: 1, cells: ["a"] });
      break;
    }
    expect(texts(await readAll(path))).toHaveLength(3);
  });
});

describe("readXlsxRows: cell text", { timeout: 30_000 }, () => {
  it("a NIK typed as a number is plain digits, numeric; typed as text it is kept as typed", async () => {
    const path = await workbook([
      {
        name: "S",
        rows: [
          ["nik-number", "nik-text", "leading-zero"],
          [3674021507950001, "3674021507950001", "0012"],
        ],
        columnFormats: { 1: "@", 2: "@" },
      },
    ]);
    const [, row] = rowsOf(await readAll(path));
    // Excel itself keeps 15 significant digits: a 16-digit NIK saved by Excel ends in 0.
    expect(row?.cells[0]).toMatch(/^\d{16}$/);
    expect(row?.cells.slice(1)).toEqual(["3674021507950001", "0012"]);
    expect(row?.numeric).toEqual([true, false, false]);
  });

  it("numbers never come with an exponent", async () => {
    const values = [0, 42, -7, 85.5, 1e-7, -2.5e-10, 1e20, 1e21, 3.674021507950001e15, -2.5e21];
    const path = await workbook([{ name: "S", rows: [values] }]);
    const [row] = rowsOf(await readAll(path));
    expect(row?.cells).toEqual([
      "0",
      "42",
      "-7",
      "85.5",
      "0.0000001",
      "-0.00000000025",
      "100000000000000000000",
      "1000000000000000000000",
      "3674021507950001",
      "-2500000000000000000000",
    ]);
    expect(row?.numeric.every(Boolean)).toBe(true);
    for (const n of values) expect(Number(plainNumber(n))).toBe(n);
    expect(plainNumber(1.5e300)).toMatch(/^15\d{299}$/);
  });

  it("booleans, errors, hyperlinks, and formulas as their cached result", async () => {
    const path = await workbook([
      {
        name: "S",
        rows: [
          [
            true,
            false,
            { error: "#N/A" },
            { text: "Situs", hyperlink: "https://example.org" },
            { formula: "1+1", result: 2 },
            { formula: "0*1", result: 0 },
            { formula: '"a"&"b"', result: "ab" },
            { formula: 'IF(TRUE,"","x")', result: "" },
            { formula: "1=1", result: true },
            { formula: "1=2", result: false },
            { formula: "NA()", result: { error: "#N/A" } },
            { formula: "DATE(1995,7,15)", result: 34895 },
          ],
        ],
        columnFormats: { 11: "dd/mm/yyyy" },
      },
    ]);
    const [row] = rowsOf(await readAll(path));
    expect(row?.cells).toEqual([
      "TRUE",
      "FALSE",
      "#N/A",
      "Situs",
      "2",
      "0",
      "ab",
      "",
      "TRUE",
      "FALSE",
      "#N/A",
      "1995-07-15",
    ]);
    expect(row?.numeric).toEqual([false, false, false, false, true, true, false, false, false, false, false, false]);
  });

  it("text outside ASCII survives, however the archive is cut into chunks", async () => {
    const rows = [["nama"], ...Array.from({ length: 2000 }, (_, i) => [`Ñuñez Çelik ${i} — ĝ€😀`])];
    const out = rowsOf(await readAll(await workbook([{ name: "S", rows }])));
    expect(out.map((r) => r.cells[0])).toEqual(rows.map((r) => r[0]));
  });

  it("dates: the calendar date shown, from date and date-time cells, serials, and the 1904 system", async () => {
    const path = await workbook([
      {
        name: "S",
        rows: [[new Date(Date.UTC(1995, 6, 15)), new Date(Date.UTC(2024, 0, 31, 23, 30)), 1, 60, 61, 34896 - 1e-8]],
        columnFormats: {
          0: "dd/mm/yyyy",
          1: "dd/mm/yyyy hh:mm",
          2: "dd/mm/yyyy",
          3: "d-mmm-yy",
          4: "yyyy-mm-dd",
          5: "m/d/yyyy",
        },
      },
    ]);
    const [row] = rowsOf(await readAll(path));
    // Excel counts a 29 February 1900 (serial 60); 34896 - 1e-8 is float noise for 16 July 1995.
    expect(row?.cells).toEqual(["1995-07-15", "2024-01-31", "1900-01-01", "1900-02-29", "1900-03-01", "1995-07-16"]);
    expect(row?.numeric).toEqual([false, false, false, false, false, false]);
    const mac = await workbook(
      [
        {
          name: "S",
          rows: [[new Date(Date.UTC(1995, 6, 15)), 0]],
          columnFormats: { 0: "dd/mm/yyyy", 1: "dd/mm/yyyy" },
        },
      ],
      { date1904: true },
    );
    expect(texts(await readAll(mac))).toEqual([[1, "1995-07-15", "1904-01-01"]]);
  });
});

describe("readXlsxRows: dates do not move with the time zone", () => {
  const ZONES = ["UTC", "Asia/Jakarta", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Apia"];
  it(`reads the same dates under TZ=${ZONES.join(", ")}`, { timeout: 60_000 }, async () => {
    const path = await workbook([
      {
        name: "Tanggal",
        rows: [
          ["label", "date", "dateTime"],
          ["midnight", new Date(Date.UTC(1995, 6, 15)), new Date(Date.UTC(1995, 6, 15, 0, 0))],
          ["leap day", new Date(Date.UTC(2000, 1, 29)), new Date(Date.UTC(2000, 1, 29, 12, 0))],
          ["Apia skipped it", new Date(Date.UTC(2011, 11, 30)), new Date(Date.UTC(2011, 11, 30, 6, 15))],
          ["late evening", new Date(Date.UTC(2024, 0, 31)), new Date(Date.UTC(2024, 0, 31, 23, 30))],
          ["epoch", new Date(Date.UTC(1970, 0, 1)), new Date(Date.UTC(1969, 11, 31, 23, 59, 59))],
        ],
        columnFormats: { 1: "dd/mm/yyyy", 2: "dd/mm/yyyy hh:mm:ss" },
      },
    ]);
    const expected = [
      [1, "label", "date", "dateTime"],
      [2, "midnight", "1995-07-15", "1995-07-15"],
      [3, "leap day", "2000-02-29", "2000-02-29"],
      [4, "Apia skipped it", "2011-12-30", "2011-12-30"],
      [5, "late evening", "2024-01-31", "2024-01-31"],
      [6, "epoch", "1970-01-01", "1969-12-31"],
    ];
    expect(texts(await readAll(path))).toEqual(expected);
    // A child process per zone: the zone is fixed before anything reads the clock.
    const script = join(work, "read-dates.mjs");
    writeFileSync(
      script,
      [
        "const { readXlsxRows } = await import(process.argv[2]);",
        "const rows = [];",
        "for await (const r of readXlsxRows(process.argv[3])) rows.push([r.line, ...r.cells]);",
        "const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;",
        "process.stdout.write(JSON.stringify({ zone, rows }));",
      ].join("\n"),
    );
    for (const zone of ZONES) {
      const run = spawnSync(process.execPath, ["--import", "tsx", script, readerUrl, path], {
        cwd: root,
        env: { ...process.env, TZ: zone },
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(run.status, `${zone}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ zone, rows: expected });
    }
  });
});

describe("readXlsxRows: memory", () => {
  it("holds no row once it is read: the heap stays flat over 20,000 rows", { timeout: 60_000 }, async () => {
    const rows: FixtureCell[][] = [["nik", "fullName", "score"]];
    for (let i = 0; i < 20_000; i++) rows.push([String(3674021507950000 + i), `Kandidat ${i}`, i % 100]);
    const path = await workbook([{ name: "S", rows }]);
    const script = join(work, "read-heap.mjs");
    writeFileSync(
      script,
      [
        "const { readXlsxRows } = await import(process.argv[2]);",
        "const heap = () => (globalThis.gc(), process.memoryUsage().heapUsed);",
        "let n = 0, early = 0, late = 0;",
        "for await (const r of readXlsxRows(process.argv[3])) {",
        "  n++;",
        "  if (n === 1000) early = heap();",
        "  if (n === 19000) late = heap();",
        "}",
        "process.stdout.write(JSON.stringify({ n, growth: late - early }));",
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, readerUrl, path], {
      cwd: root,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const { n, growth } = JSON.parse(run.stdout) as { n: number; growth: number };
    expect(n).toBe(20_001);
    // Holding each row would add some 30 MB here.
    expect(growth).toBeLessThan(5_000_000);
  });
});

describe("readXlsxRows: sheets", { timeout: 30_000 }, () => {
  const sheets: FixtureSheet[] = [
    { name: "Kandidat", rows: [["nik"], ["1"]] },
    { name: "Data 2025", rows: [["other"], ["2"]] },
  ];

  it("reads the first sheet by default and another by its exact name", async () => {
    const path = await workbook(sheets);
    expect(texts(await readAll(path))).toEqual([
      [1, "nik"],
      [2, "1"],
    ]);
    expect(texts(await readAll(path, { sheet: "Data 2025" }))).toEqual([
      [1, "other"],
      [2, "2"],
    ]);
  });

  it("a sheet that is not there is one NO_SUCH_SHEET problem listing the sheets", async () => {
    const out = await readAll(await workbook(sheets), { sheet: "data 2025" });
    expect(out).toEqual([
      {
        fatal: true,
        code: "NO_SUCH_SHEET",
        message: 'no sheet named "data 2025"; the workbook has "Kandidat", "Data 2025"',
      },
    ]);
  });

  it("a workbook without sheets is NO_SHEETS", async () => {
    expect(await readAll(await workbook([]))).toMatchObject([{ fatal: true, code: "NO_SHEETS" }]);
  });

  it("loses no part of a workbook with many sheets (unzipper's early end, exceljs#3064)", async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `S${i}`, rows: [[`v${i}`]] }));
    const path = await workbook(many);
    expect(texts(await readAll(path))).toEqual([[1, "v0"]]);
    expect(texts(await readAll(path, { sheet: "S39" }))).toEqual([[1, "v39"]]);
  });
});

/** A zip archive holding `files`, stored uncompressed. */
function storedZip(files: Record<string, string>): Buffer {
  const crc32 = (b: Buffer): number => {
    let c = ~0;
    for (const byte of b) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("readXlsxRows: what is not a readable workbook", { timeout: 30_000 }, () => {
  const file = (name: string, bytes: Buffer | string): string => {
    const path = join(work, name);
    writeFileSync(path, bytes);
    return path;
  };

  it("a CSV file, garbage bytes or an empty file named .xlsx: one NOT_XLSX problem", async () => {
    const inputs = [
      file("officer.csv.xlsx", "nik,fullName\n3674021507950001,Siti\n"),
      file("garbage.xlsx", Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))),
      file("empty.xlsx", ""),
      file("tiny.xlsx", "PK"),
    ];
    for (const path of inputs) {
      expect(await readAll(path), path).toEqual([
        { fatal: true, code: "NOT_XLSX", message: expect.stringContaining("not an .xlsx workbook") },
      ]);
    }
  });

  it("a zip archive that holds no workbook: NOT_XLSX", async () => {
    const path = file("archive.xlsx", storedZip({ "hello.txt": "hi", "data/a.csv": "a,b\n" }));
    expect(await readAll(path)).toMatchObject([{ fatal: true, code: "NOT_XLSX" }]);
  });

  it("a cut or damaged workbook, a missing file, a failing stream: one UNREADABLE_XLSX problem", async () => {
    const bytes = readFileSync(await workbook([{ name: "S", rows: [["a", 1]] }]));
    const damaged = Buffer.from(bytes);
    for (let i = 200; i < bytes.length - 200; i += 3) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    /** A stream that gives `head` and then fails with `message`. */
    const failing = (head: Buffer, message: string) => () => {
      const stream = new PassThrough();
      stream.write(head);
      setImmediate(() => stream.destroy(new Error(message)));
      return stream;
    };
    const inputs: [string, () => string | NodeJS.ReadableStream, RegExp][] = [
      ["cut in half", () => file("half.xlsx", bytes.subarray(0, bytes.length >> 1)), /cut short/],
      ["damaged", () => file("damaged.xlsx", damaged), /./],
      ["missing", () => join(work, "no-such-file.xlsx"), /ENOENT/],
      ["stream failing midway", failing(bytes.subarray(0, 1000), "disk gone"), /disk gone/],
      ["stream failing at once", failing(Buffer.alloc(0), "no such device"), /no such device/],
    ];
    for (const [what, input, message] of inputs) {
      const out = await readAll(input());
      expect(
        out.filter((r) => "fatal" in r),
        what,
      ).toEqual([{ fatal: true, code: "UNREADABLE_XLSX", message: expect.stringMatching(message) }]);
      expect(out.at(-1), what).toHaveProperty("fatal", true);
    }
  });

  it("startsLikeXlsx: PK\\x03\\x04 and nothing else", () => {
    expect(startsLikeXlsx(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(startsLikeXlsx(Buffer.from("PK\x05\x06"))).toBe(false);
    expect(startsLikeXlsx(Buffer.from("nik,"))).toBe(false);
    expect(startsLikeXlsx(Buffer.from("PK"))).toBe(false);
  });
});
