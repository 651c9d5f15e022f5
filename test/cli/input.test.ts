/**
 * The CLI's record reader, in process: every format caps a record's length, reports a longer
 * one at its position without holding it, and goes on, whatever the chunking.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InputFormat, type InputRecord, readRecords } from "../../src/cli/input.js";

async function read(text: string, format: InputFormat, maxChars: number, size = 7): Promise<InputRecord[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const out: InputRecord[] = [];
  for await (const rec of readRecords(chunks(), format, maxChars)) out.push(rec);
  return out;
}
const shape = (rs: InputRecord[]) => rs.map((r) => ("error" in r ? r.error.code : r.raw));

const record = fc.record({ id: fc.string({ maxLength: 30 }), note: fc.string({ maxLength: 60 }) });

describe("readRecords caps each record", () => {
  it("JSONL: a long line is LINE_TOO_LONG, the lines around it are read", async () => {
    const text = ['{"id":"a"}', `{"id":"${"x".repeat(100)}"}`, '{"id":"b"}'].join("\n");
    expect(shape(await read(text, "jsonl", 50))).toEqual([{ id: "a" }, "LINE_TOO_LONG", { id: "b" }]);
  });

  it("JSON array: a long element is RECORD_TOO_LONG, even with brackets and commas in its strings", async () => {
    const long = `{"id":"${"],{,".repeat(40)}","n":[[[1]]]}`;
    const text = `[{"id":"a"}, ${long}, {"id":"b"}, ${long}]`;
    for (const size of [1, 3, 64, 10_000]) {
      expect(shape(await read(text, "json", 50, size)), `chunks of ${size}`).toEqual([
        { id: "a" },
        "RECORD_TOO_LONG",
        { id: "b" },
        "RECORD_TOO_LONG",
      ]);
    }
    expect(shape(await read(`[{"id":"a"}, ${long}`, "json", 50))).toEqual([{ id: "a" }, "MALFORMED_JSON"]);
  });

  it("CSV: a long row is RECORD_TOO_LONG; quoted newlines and doubled quotes stay in their row", async () => {
    const text = [
      "id,fullName",
      '1,"Siti ""Ami""\nAminah"',
      `2,${"y".repeat(100)}`,
      "3,Budi",
      `"4,${"z".repeat(100)}`, // an unclosed quote runs to the end: too long
    ].join("\r\n");
    const rs = await read(text, "csv", 50);
    expect(rs.map((r) => ("error" in r ? r.error.code : (r.raw as { id: string }).id))).toEqual([
      "1",
      "RECORD_TOO_LONG",
      "3",
      "RECORD_TOO_LONG",
    ]);
    expect((rs[0] as { raw: { fullName: string } }).raw.fullName).toBe('Siti "Ami"\nAminah');
    expect(rs.map((r) => r.position)).toEqual([1, 2, 3, 4]);
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
            const expected = records.map((r, i) => ((texts[i] as string).length > cap ? "TOO_LONG" : r));
            const got = (rs: InputRecord[]) =>
              rs.map((r) => ("error" in r ? (r.error.code.endsWith("TOO_LONG") ? "TOO_LONG" : r.error.code) : r.raw));
            // JSONL caps the line; a JSON array caps the element text between its commas.
            expect(got(await read(texts.join("\n"), "jsonl", cap, size))).toEqual(expected);
            expect(got(await read(`[${texts.join(",")}]`, "json", cap, size))).toEqual(expected);
          },
        ),
      );
    });

    it("CSV (LF or CRLF): rows within the cap come back as written, longer ones as errors, in order", async () => {
      // A note as the CSV reader keeps it: no CR, and not blank (a blank cell is an absent value).
      const cell = fc.string({ maxLength: 30 }).map((s) => `n${s.replace(/\r/g, "")}.`);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), cell), { maxLength: 8 }),
          fc.integer({ min: 10, max: 80 }),
          fc.integer({ min: 1, max: 40 }),
          fc.constantFrom("\n", "\r\n"),
          async (rows, cap, size, eol) => {
            const line = ([id, note]: [string, string]) => `${id},"${note.replace(/"/g, '""')}"`;
            const text = `id,note${eol}${rows.map(line).join(eol)}${eol}`;
            const expected = rows.map((r) => (line(r).length + eol.length - 1 > cap ? "RECORD_TOO_LONG" : r[1]));
            const rs = await read(text, "csv", cap, size);
            expect(rs.map((r) => ("error" in r ? r.error.code : ((r.raw as { note?: string }).note ?? "")))).toEqual(
              expected,
            );
          },
        ),
      );
    });
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
    expect(err.text()).toContain("the input could not be read to the end (EIO: i/o error, read)");
    expect(err.text()).not.toContain("Siti");
  });
});
