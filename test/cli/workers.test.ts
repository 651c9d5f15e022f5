/**
 * The CLI on several cores, in process: `run` with worker threads (started from source: the
 * worker is bundled for Node 20, which gives worker threads no TypeScript loader) writes what
 * it writes in one thread; the pieces it is made of (the cross-record check left to the caller,
 * JSON kept as text, findings added to a worker's output, the buffered writer) each do what
 * they say.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  findingLines,
  fromWire,
  type Job,
  JsonText,
  keepJsonText,
  parsed,
  recordOut,
  toWire,
  withFindingsBytes,
  withFindingsText,
} from "../../src/cli/batch.js";
import { readRecords } from "../../src/cli/input.js";
import { bufferedWriter, CHUNK_CHARS } from "../../src/cli/output.js";
import type { CalendarDate } from "../../src/core/date.js";
import { DEFAULT_POLICY } from "../../src/policy/default.js";
import { createDuplicateCheck, createRecordAssessor, type Finding } from "../../src/report/assess.js";
import type { InputRecord } from "../../src/report/records.js";
import { cli } from "./harness.js";

const sample = fileURLToPath(new URL("../../examples/data/banten-cohort.json", import.meta.url));
const rows = JSON.parse(readFileSync(sample, "utf8")) as Record<string, unknown>[];
const ASSESS = ["--target", "JP-SSW-CAREGIVING", "--as-of", "2026-12-01"];
const asOf = "2026-12-01" as CalendarDate;

const cliTogether = async (argv: string[]) => (await cli(argv, undefined, { together: true })).out;

const JOB: Job = {
  kind: "assess",
  asOf,
  target: "JP-SSW-CAREGIVING",
  gate: "placement",
  strict: false,
  plan: false,
  locale: "en",
  format: "jsonl",
  render: { locale: "en", reveal: false, colour: false, detail: "gaps" },
  kinds: [],
};

describe("the CLI with worker threads, in process", { timeout: 60_000 }, () => {
  it("assess and summary write the same with --workers 2 as in one thread", async () => {
    for (const args of [
      ["assess", sample, "--format", "jsonl"],
      ["assess", sample, "--format", "csv", "--strict"],
      ["summary", sample, "--format", "json"],
    ]) {
      const one = await cli([...args, ...ASSESS, "--workers", "1"]);
      const two = await cli([...args, ...ASSESS, "--workers", "2", "--batch-size", "32"]);
      expect(one.out.length).toBeGreaterThan(1000);
      expect(two).toEqual(one);
    }
  });

  it("a batch too big for a worker's heap is done in this thread, and so is every batch after it", async () => {
    // 4 million empty objects (12 MB of text, under the reader's 16 MB limit) take far more than
    // a worker's 48 MB old generation once parsed: the worker dies, its batch is done here.
    const dir = mkdtempSync(join(tmpdir(), "sentra-workers-"));
    try {
      const huge = `{"id":"HUGE-1","documents":[${"{},".repeat(4_000_000)}{}]}`;
      const file = join(dir, "huge.jsonl");
      writeFileSync(file, [JSON.stringify(rows[0]), huge, JSON.stringify(rows[1]), JSON.stringify(rows[2])].join("\n"));
      const args = ["assess", file, ...ASSESS, "--format", "jsonl"];
      const one = await cli([...args, "--workers", "1"]);
      const two = await cli([...args, "--workers", "2", "--batch-size", "1"]);
      expect(one.out.split("\n")).toHaveLength(5);
      expect(two).toEqual(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("with output and stderr in one place, a record's problems and findings stay beside it", async () => {
    const one = await cliTogether(["assess", sample, ...ASSESS, "--workers", "1"]);
    const two = await cliTogether(["assess", sample, ...ASSESS, "--workers", "2", "--batch-size", "16"]);
    expect(two).toBe(one);
    // The invalid record of line 1419 is reported just before its row in the table.
    const lines = one.split("\n");
    const at = lines.findIndex((l) => l.startsWith("baris 1419 "));
    expect(lines[at + 1]).toMatch(/^1419 /);
  });

  it("a requirement kind the caller registered (unknown to the workers) is judged in this thread", async () => {
    const { policy, candidateOfHeight } = await import("../../examples/custom-requirement.js");
    const dir = mkdtempSync(join(tmpdir(), "sentra-workers-"));
    const policyFile = join(dir, "height.json");
    writeFileSync(policyFile, JSON.stringify(policy));
    const cohort = join(dir, "cohort.jsonl");
    const heights = [150, 165, undefined, 170, 159, 180, 161, 140];
    writeFileSync(cohort, heights.map((h) => `${JSON.stringify(candidateOfHeight(h))}\n`).join(""));
    const args = [
      "assess",
      cohort,
      "--target",
      "JP-SSW-CONSTRUCTION-DEMO",
      "--policy",
      policyFile,
      "--format",
      "jsonl",
    ];
    const one = await cli([...args, "--as-of", "2026-12-01", "--workers", "1"]);
    const two = await cli([...args, "--as-of", "2026-12-01", "--workers", "2", "--batch-size", "2"]);
    expect(one.out).toContain("HEIGHT");
    expect(one.out).not.toContain("UNKNOWN_REQUIREMENT_KIND");
    expect(two).toEqual(one);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the pieces", () => {
  it("createRecordAssessor leaves the cross-record check to the caller when given one", () => {
    const seen: [string, number, string | undefined][] = [];
    const assess = createRecordAssessor({
      asOf,
      target: "JP-SSW-CAREGIVING",
      gate: "placement",
      policy: DEFAULT_POLICY,
      crossRecord: (c, line, id) => {
        seen.push([c.nik, line, id]);
        return [];
      },
    });
    const first = rows[0] as { nik: string; id: string };
    const a = assess({ position: 1, line: 2, raw: first });
    const b = assess({ position: 2, line: 3, raw: first });
    expect(a.audit.map((f) => f.code)).not.toContain("DUPLICATE_NIK");
    expect(b.audit.map((f) => f.code)).not.toContain("DUPLICATE_NIK");
    expect(seen).toEqual([
      [first.nik, 2, first.id],
      [first.nik, 3, first.id],
    ]);
    const check = createDuplicateCheck();
    expect(check(first.nik, 2, first.id)).toEqual([]);
    expect(check(first.nik, 3, undefined).map((f) => [f.code, f.params.line])).toEqual([["DUPLICATE_NIK", 2]]);
    expect(check("3674014507050001", 4, first.id).map((f) => [f.code, f.params.line])).toEqual([["DUPLICATE_ID", 2]]);
  });

  it("JSON records can stay text until parsed, with MALFORMED_JSON as the reader gives it", async () => {
    const text = '{"id":"a"}\n{bad\n[1]\n';
    const read = async (parseJson?: (t: string) => unknown) => {
      const out: InputRecord[] = [];
      async function* chunks() {
        yield text;
      }
      for await (const r of readRecords(chunks(), "jsonl", 1000, parseJson === undefined ? {} : { parseJson }))
        out.push(r);
      return out;
    };
    const eager = await read();
    const lazy = await read(keepJsonText);
    expect(lazy.every((r) => "raw" in r && r.raw instanceof JsonText)).toBe(true);
    expect(lazy.map(parsed)).toEqual(eager);
    expect(lazy.map((r) => fromWire(structuredClone(toWire(r)), () => {}))).toEqual(eager);
    const arrays: InputRecord[] = [];
    async function* array() {
      yield '[{"id":"a"}, {"id": tru}]';
    }
    for await (const r of readRecords(array(), "json", 1000, { parseJson: keepJsonText })) arrays.push(parsed(r));
    expect(arrays.map((r) => ("problems" in r ? r.problems[0]?.code : r.raw))).toEqual([{ id: "a" }, "MALFORMED_JSON"]);
  });

  it("a spreadsheet row crosses without columnOf; asking for a column marks the record to redo", () => {
    let asked = 0;
    const row = {
      record: { id: "x" },
      columnOf: () => "nik",
      problems: [],
      hints: new Map(),
      id: "x",
    };
    const wire = structuredClone(toWire({ position: 1, line: 2, raw: row.record, row }));
    const back = fromWire(wire, () => {
      asked++;
    });
    expect("raw" in back && back.row?.columnOf(["nik"])).toBeUndefined();
    expect(asked).toBe(1);
  });

  it("findings added to a worker's output are what one thread writes", () => {
    const assessor = (format: Job["format"]) => {
      const job: Job = { ...JOB, format };
      const one = createRecordAssessor({ asOf, target: job.target, gate: job.gate, policy: DEFAULT_POLICY });
      const part = createRecordAssessor({
        asOf,
        target: job.target,
        gate: job.gate,
        policy: DEFAULT_POLICY,
        crossRecord: () => [],
      });
      return { job, one, part };
    };
    for (const format of ["jsonl", "json", "csv", "table"] as const) {
      const { job, one, part } = assessor(format);
      // Every record twice: the second time with DUPLICATE_NIK and DUPLICATE_ID (and its own findings).
      const check = createDuplicateCheck();
      let n = 0;
      for (const raw of [...rows, ...rows]) {
        n++;
        const rec: InputRecord = { position: n, line: n + 1, raw };
        const expected = recordOut(one(rec), job);
        const w = part(rec);
        const base = recordOut(w, job);
        if (w.problems !== undefined) {
          expect(base).toEqual(expected);
          continue;
        }
        const extra: Finding[] = check((w.candidate as { nik: string }).nik, rec.line, w.id);
        const text =
          extra.length === 0
            ? base.text
            : withFindingsText(base.text as string, base.findings, base.auditCell, extra, job);
        const lines = [...base.lines, ...findingLines(rec.line, w.id, extra, "en").split("\n").slice(0, -1)];
        expect(text, `${format} ${n}`).toBe(expected.text);
        if (extra.length > 0 && base.text !== undefined) {
          const pieces = withFindingsBytes(Buffer.from(base.text), base.findings, base.auditCell, extra, job);
          expect(Buffer.concat(pieces).toString()).toBe(expected.text);
        }
        expect(lines).toEqual(expected.lines);
        expect(base.findings + extra.length).toBe(expected.findings);
      }
    }
  });

  it("the buffered writer writes chunks of 64 KiB and waits for the stream to drain", async () => {
    const writes: number[] = [];
    let waiting = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.length);
        setImmediate(done);
      },
    });
    out.on("drain", () => waiting++);
    const w = bufferedWriter(out);
    const line = `${"x".repeat(99)}\n`;
    for (let i = 0; i < 2000; i++) {
      const p = w.add(line);
      if (p !== undefined) await p;
    }
    await w.flush();
    await new Promise<void>((r) => out.end(() => r()));
    expect(writes.reduce((a, b) => a + b, 0)).toBe(200_000);
    expect(writes.slice(0, -1).every((n) => n >= CHUNK_CHARS)).toBe(true);
    expect(writes.length).toBe(4);
    expect(waiting).toBeGreaterThan(0);
  });
});
