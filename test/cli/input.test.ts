/**
 * The CLI's record reader, in process: every format caps a record's length, reports a longer
 * one at its line without holding it, and goes on, whatever the chunking; a malformed CSV row
 * is one invalid record and never swallows the next.
 */
import { parse as csvParse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCsv } from "../../src/cli/csv-split.js";
import { type InputRecord, readRecords } from "../../src/cli/input.js";

type TextFormat = "json" | "jsonl" | "csv";

async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(text: string, format: TextFormat, maxChars: number, size = 7): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const rec of readRecords(chunked(text, size), format, maxChars)) out.push(rec);
  return out;
}
const codeOf = (r: InputRecord) => ("problems" in r ? (r.problems[0]?.code ?? "?") : undefined);
const shape = (rs: InputRecord[]) => rs.map((r) => codeOf(r) ?? ("raw" in r ? r.raw : undefined));

const record = fc.record({ id: fc.string({ maxLength: 30 }), note: fc.string({ maxLength: 60 }) });

describe("readRecords caps each record", () => {
  it("JSONL: a long line is RECORD_TOO_LONG, the lines around it are read, lines counted", async () => {
    const text = ['{"id":"a"}', "", `{"id":"${"x".repeat(100)}"}`, '{"id":"b"}'].join("\n");
    const rs = await read(text, "jsonl", 50);
    expect(shape(rs)).toEqual([{ id: "a" }, "RECORD_TOO_LONG", { id: "b" }]);
    expect(rs.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("JSON array: a long element is RECORD_TOO_LONG, even with brackets and commas in its strings", async () => {
    const long = `{"id":"${"],{,".repeat(40)}","n":[[[1]]]}`;
    const text = `[{"id":"a"},\n ${long},\n {"id":"b"}, ${long}]`;
    for (const size of [1, 3, 64, 10_000]) {
      const rs = await read(text, "json", 50, size);
      expect(shape(rs), `chunks of ${size}`).toEqual([{ id: "a" }, "RECORD_TOO_LONG", { id: "b" }, "RECORD_TOO_LONG"]);
      expect(rs.map((r) => r.line)).toEqual([1, 2, 3, 3]);
    }
    expect(shape(await read(`[{"id":"a"}, ${long}`, "json", 50))).toEqual([{ id: "a" }, "MALFORMED_JSON"]);
  });

  it("CSV: a long row is RECORD_TOO_LONG; quoted newlines and doubled quotes stay in their row", async () => {
    const text = [
      "id,fullName",
      '1,"Siti ""Ami""\nAminah"',
      `2,${"y".repeat(100)}`,
      "3,Budi",
      `"4,${"z".repeat(100)}`, // an unclosed quote on a long line: too long, the line only
      "5,Eko",
    ].join("\r\n");
    const rs = await read(text, "csv", 50);
    expect(rs.map((r) => codeOf(r) ?? (r as { raw: { id: string } }).raw.id ?? "")).toEqual([
      "1",
      "RECORD_TOO_LONG",
      "3",
      "RECORD_TOO_LONG",
      "5",
    ]);
    expect((rs[0] as { raw: { fullName: string } }).raw.fullName).toBe('Siti "Ami"\nAminah');
    expect(rs.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(rs.map((r) => r.line)).toEqual([2, 4, 5, 6, 7]);
  });

  it("CSV: a stray quote costs its own row only; the rows after it are read", async () => {
    const text = [
      "id,fullName,sex",
      '1,"Siti Aminah,F', // opens a quote that never closes on this line
      "2,Budi,M",
      '3,Rina "Ani" Lestari,F', // a quote inside a cell: kept as text
      '4,"Eko" Saputra,M', // text after a closing quote
      "5,Dewi,F,extra,more",
      "6,Ayu,F",
    ].join("\n");
    const rs = await read(text, "csv", 1000);
    expect(rs.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(rs.map((r) => codeOf(r) ?? (r as { raw: { id: string } }).raw.id)).toEqual([
      "MALFORMED_CSV",
      "2",
      "3",
      "MALFORMED_CSV",
      "5",
      "6",
    ]);
    const five = rs[4] as unknown as { row: { problems: { code: string; params?: object }[] } };
    expect(five.row.problems).toEqual([
      expect.objectContaining({ code: "EXTRA_CELLS", params: { cells: 5, columns: 3 } }),
    ]);
    expect((rs[2] as { raw: { fullName: string } }).raw.fullName).toBe('Rina "Ani" Lestari');
  });

  describe("laws", () => {
    it("JSON array and JSONL: records within the cap come back as written, longer ones as errors, in order", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(record, { maxLength: 8 }),
          fc.integer({ min: 10, max: 120 }),
          fc.integer({ min: 1, max: 40 }),
          async (records, cap, size) => {
            const texts = records.map((r) => JSON.stringify(r));
            const expected = records.map((r, i) => ((texts[i] as string).length > cap ? "RECORD_TOO_LONG" : r));
            expect(shape(await read(texts.join("\n"), "jsonl", cap, size))).toEqual(expected);
            expect(shape(await read(`[${texts.join(",")}]`, "json", cap, size))).toEqual(expected);
          },
        ),
        { numRuns: 100 },
      );
    }, 60_000);

    it("CSV (LF or CRLF): rows within the cap come back as written, longer ones as errors, in order", async () => {
      // A name as the CSV reader keeps it: no CR, trimmed, not blank (a blank cell is an absent value).
      const cell = fc.string({ maxLength: 30 }).map((s) => `n${s.replace(/\r/g, "")}.`.trim());
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), cell), { maxLength: 8 }),
          fc.integer({ min: 12, max: 80 }),
          fc.integer({ min: 1, max: 40 }),
          fc.constantFrom("\n", "\r\n"),
          async (rows, cap, size, eol) => {
            const line = ([id, note]: [string, string]) => `${id},"${note.replace(/"/g, '""')}"`;
            const text = `id,fullName${eol}${rows.map(line).join(eol)}${eol}`;
            const expected = rows.map((r) => (line(r).length + eol.length - 1 > cap ? "RECORD_TOO_LONG" : r[1]));
            const rs = await read(text, "csv", cap, size);
            expect(rs.map((r) => codeOf(r) ?? (r as { raw: { fullName?: string } }).raw.fullName ?? "")).toEqual(
              expected,
            );
          },
        ),
        { numRuns: 100 },
      );
    }, 60_000);

    it("CSV: for any sequence of valid and malformed rows, one record per row, at its line, valid rows intact", async () => {
      const name = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,12}$/).map((s) => s.trim() || "A");
      const good = fc.tuple(name, fc.boolean()).map(([n, quoted]) => ({
        ok: true as const,
        name: n,
        text: (id: number) => (quoted ? `${id},"${n}, Jr",F` : `${id},${n},F`),
        lines: 1,
      }));
      const multiline = name.map((n) => ({
        ok: true as const,
        name: n,
        text: (id: number) => `${id},"${n}\n${n}",F`,
        lines: 2,
      }));
      const bad = fc.constantFrom(
        (id: number) => `${id},"Siti Aminah,F`,
        (id: number) => `${id},"Eko" Saputra,M`,
        (id: number) => `${id},Dewi,F,extra`,
      );
      const row = fc.oneof(
        { arbitrary: good, weight: 3 },
        { arbitrary: multiline, weight: 1 },
        { arbitrary: bad.map((f) => ({ ok: false as const, name: "", text: f, lines: 1 })), weight: 2 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(row, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 1, max: 64 }),
          fc.constantFrom("\n", "\r\n"),
          async (rows, size, eol) => {
            const text = `id,fullName,sex${eol}${rows.map((r, i) => r.text(i + 1).replaceAll("\n", eol)).join(eol)}`;
            const rs = await read(text, "csv", 10_000, size);
            // Read = rows: every row is exactly one record, in order, at its line.
            expect(rs.length).toBe(rows.length);
            let line = 2;
            rs.forEach((r, i) => {
              const want = rows[i] as (typeof rows)[number];
              expect(r.position).toBe(i + 1);
              expect(r.line).toBe(line);
              line += want.lines;
              if (want.ok) {
                expect("raw" in r && (r.raw as { id: string }).id).toBe(String(i + 1));
                expect((r as unknown as { row: { problems: readonly unknown[] } }).row.problems).toEqual([]);
              } else {
                const invalid =
                  "problems" in r ||
                  ((r as unknown as { row: { problems: readonly unknown[] } }).row.problems.length ?? 0) > 0;
                expect(invalid).toBe(true);
              }
            });
          },
        ),
        { numRuns: 150 },
      );
    }, 60_000);

    it("splitCsv agrees with csv-parse (the oracle) on well-formed CSV, in any chunking", async () => {
      const cellText = fc.string({ maxLength: 12 });
      await fc.assert(
        fc.asyncProperty(
          fc
            .integer({ min: 1, max: 5 })
            .chain((n) => fc.array(fc.array(cellText, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 })),
          fc.integer({ min: 1, max: 30 }),
          fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">,
          async (table, size, delimiter) => {
            const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
            const text = table.map((row) => row.map(quote).join(delimiter)).join("\n");
            const expected = (csvParse(text, { delimiter, relax_column_count: true }) as string[][]).filter(
              (r) => !r.every((c) => c.trim() === ""),
            );
            const got: string[][] = [];
            for await (const piece of splitCsv(chunked(text, size), delimiter, 10_000)) {
              expect("cells" in piece).toBe(true);
              if ("cells" in piece) got.push(piece.cells);
            }
            expect(got).toEqual(expected);
          },
        ),
        { numRuns: 200 },
      );
    }, 60_000);
  });
});

describe("the CLI in process", () => {
  it("reports a stream that breaks off mid-record as unreadable (exit 2), after the records it read", async () => {
    const { PassThrough, Readable } = await import("node:stream");
    const { run } = await import("../../src/cli/program.js");
    const row = '{"id":"A-1","nik":"3674014507050001","fullName":"Siti Aminah","sex":"F","birthDate":"2005-07-05"}\n';
    const stdin = new Readable({ read() {} });
    stdin.push(row);
    stdin.push('{"id":"A-2","ni');
    setTimeout(() => stdin.destroy(new Error("EIO: i/o error, read")), 10);
    const collect = () => {
      const s = new PassThrough();
      let text = "";
      s.on("data", (c) => {
        text += String(c);
      });
      return { stream: s, text: () => text };
    };
    const out = collect();
    const err = collect();
    const code = await run(
      ["assess", "-", "--target", "JP-SSW-CAREGIVING", "--as-of", "2026-12-01", "--format", "jsonl"],
      {
        stdin,
        stdout: out.stream,
        stderr: err.stream,
        today: () => "2026-12-01",
        now: () => 0,
      },
    );
    expect(code).toBe(2);
    expect(out.text()).toContain('"id":"A-1"');
    expect(err.text()).toContain("masukan tidak dapat dibaca sampai akhir (EIO: i/o error, read)");
    expect(err.text()).not.toContain("Siti");
  });
});
