import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOptions } from "../../tsup.config.js";
import { cli as inProcess } from "./harness.js";
import { writeWorkbook } from "./xlsx-fixture.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
// One folder per run: runs at the same time in one checkout (CI, a second terminal) never
// build over each other's binary. `cli-worker.js` is built beside `cli.js`.
const outDir = join(root, "node_modules", ".cache", "sentra-vokasi-cli-test", String(process.pid));
const cli = join(outDir, "cli.js");
const work = mkdtempSync(join(tmpdir(), "sentra-cli-"));
const sample = join(root, "examples", "data", "banten-cohort.json");
const sampleCsv = join(root, "examples", "data", "banten-cohort.csv");
const rows = JSON.parse(readFileSync(sample, "utf8")) as Record<string, unknown>[];

/** Runs the built binary, as a user would (a few tests: a small heap, another time zone). */
function bin(args: string[], input?: string, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    input,
    encoding: "utf8",
    cwd: work,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** Runs the CLI in this process through `run(argv, io)`: what `bin.ts` does, without starting Node. */
const run = (args: string[], input?: string) => inProcess(args, input);
function file(name: string, content: string | Buffer): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}
const jsonl = (out: string) =>
  out
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));
const ASSESS = ["--target", "JP-SSW-CAREGIVING", "--as-of", "2026-12-01"];
/** A reason, gap or issue code left raw in a text meant for people. */
const RAW_CODE =
  /\b(INVALID|MISSING|UNKNOWN|REQUIRED|MALFORMED|DOCUMENT|LANGUAGE|SKILL|MEDICAL|AGE|COMPETENCY)_[A-Z_]+\b/;

beforeAll(async () => {
  // Most tests run the CLI in this process (`run(argv, io)`, as bin.ts does); a few run the
  // built binary, as a user would: with a small heap, in another time zone.
  await build({ ...cliOptions, outDir, silent: true });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Each test runs the CLI several times; on a busy two-core machine that can pass vitest's 5 s
// default, so the end-to-end tests get more room.
describe("sentra-vokasi on the sample cohort", { timeout: 60_000 }, () => {
  it("assesses as a table, masking personal data, reporting each invalid record once by line, exiting 1", async () => {
    const r = await run(["assess", sample, ...ASSESS]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")[0]).toMatch(/^Baris\s+ID\s+NIK/);
    expect(r.out).toContain("SIAP");
    const s = JSON.parse((await run(["summary", sample, ...ASSESS, "--format", "json", "--quiet"])).out);
    const invalidLines = r.err.split("\n").filter((l) => l.includes(": data tidak sah: "));
    expect(invalidLines).toHaveLength(s.invalid);
    expect(new Set(invalidLines).size).toBe(invalidLines.length);
    for (const l of invalidLines) expect(l).toMatch(/^baris \d+( \(id "[^"]+"\))?: data tidak sah: /);
    expect(r.err.trim().split("\n").at(-1)).toMatch(
      new RegExp(`^${s.records} data peserta: ${s.records - s.invalid} dinilai, ${s.invalid} tidak sah`),
    );
    // No raw codes in the table: every next step is a sentence (accepted values may be listed).
    expect(r.out).not.toMatch(RAW_CODE);
    for (const row of rows) {
      if (typeof row.nik === "string" && row.nik.length > 8) {
        expect(r.out).not.toContain(row.nik);
        expect(r.err).not.toContain(row.nik);
      }
      if (typeof row.fullName === "string" && row.fullName.length > 3)
        expect(r.out + r.err).not.toContain(row.fullName);
    }
  });

  it("--reveal shows NIK and names", async () => {
    const r = await run(["assess", sample, ...ASSESS, "--reveal", "--format", "jsonl", "--quiet"]);
    expect(r.out).toContain(String(rows[0]?.nik));
  });

  it("writes json, jsonl and csv, with records read = assessed + invalid, lines and audit", async () => {
    const json = JSON.parse((await run(["assess", sample, ...ASSESS, "--format", "json", "--quiet"])).out) as {
      status: string;
      line: number;
      audit: unknown[];
    }[];
    expect(json).toHaveLength(rows.length);
    const s = JSON.parse((await run(["summary", sample, ...ASSESS, "--format", "json", "--quiet"])).out);
    expect(json.filter((x) => x.status === "invalid")).toHaveLength(s.invalid);
    expect(json.every((x) => Array.isArray(x.audit) && x.line >= 2)).toBe(true);
    const lines = jsonl(
      (await run(["assess", sample, ...ASSESS, "--format", "jsonl", "--locale", "en", "--quiet"])).out,
    );
    expect(lines).toHaveLength(rows.length);
    expect(lines[0]).toMatchObject({ position: 1, line: 2, target: "JP-SSW-CAREGIVING", asOf: "2026-12-01" });
    expect(lines[0].nik).toMatch(/^\d{4}\*{8}\d{4}$/);
    const csv = (await run(["assess", sample, ...ASSESS, "--format", "csv", "--quiet"])).out.trim().split("\n");
    expect(csv[0]).toBe(
      "position,line,id,nik,fullName,target,gate,asOf,status,score,readyFrom,validUntil,earliestPlacement,gaps,nextStep,audit",
    );
    expect(csv).toHaveLength(rows.length + 1);
    // The gaps column names the kind (component) of each gap.
    expect(csv[1]).toMatch(/,(eligibility|skill|language|health|documents|orientation):[A-Z_]+/);
  });

  it("the CSV version of the sample gives the same summary as the JSON one", async () => {
    const a = JSON.parse((await run(["summary", sample, ...ASSESS, "--format", "json", "--quiet"])).out);
    const b = JSON.parse((await run(["summary", sampleCsv, ...ASSESS, "--format", "json", "--quiet"])).out);
    expect(b.records).toBe(a.records);
    expect(b.byStatus).toEqual(a.byStatus);
  });

  it("summarises by what is missing, with a labelled histogram and audit counts, in both languages", async () => {
    const id = await run(["summary", sample, ...ASSESS, "--quiet"]);
    expect(id.out).toContain("Data peserta:");
    expect(id.out).not.toContain("catatan");
    expect(id.out).toMatch(/Sebaran skor \(jumlah peserta per rentang skor\): 0–9: \d+, 10–19: \d+/);
    expect(id.out).toMatch(/Kekurangan terbanyak \(jumlah peserta\):\n\s+\d+ {2}[A-Z][a-z]+: \S/);
    expect(id.out).not.toMatch(RAW_CODE);
    const en = await run(["summary", sample, ...ASSESS, "--locale", "en", "--quiet"]);
    expect(en.out).toContain("Readiness summary for JP-SSW-CAREGIVING");
    const json = JSON.parse((await run(["summary", sample, ...ASSESS, "--format", "json", "--quiet"])).out);
    expect(typeof json.audit).toBe("object");
    expect(json.byStatus.total + json.invalid).toBe(json.records);
    expect(
      (
        await run([
          "summary",
          sample,
          "--target",
          "SA-DOMESTIC",
          "--as-of",
          "2026-12-01",
          "--format",
          "json",
          "--quiet",
        ])
      ).out,
    ).toMatch(/"ineligible": [1-9]/);
  });

  it("explains one record by id (exit 0); an unknown id exits 1 with the reason", async () => {
    const id = rows.find((r) => typeof r.id === "string" && r.id.endsWith("0010"))?.id as string;
    const r = await run(["explain", sample, "--id", id, ...ASSESS, "--locale", "en", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toMatch(
      /^(NOT READY|READY|INELIGIBLE) for JP-SSW-CAREGIVING \(placement\) as of 2026-12-01/,
    );
    const missing = await run(["explain", sample, "--id", "nobody", ...ASSESS, "--quiet"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Tidak ada data peserta dengan ID "nobody"');
  });

  it("plans one record's pathway as a dated list or JSON; the table's next step is the plan's first", async () => {
    const id = rows.find((r) => typeof r.id === "string" && r.id.endsWith("0003"))?.id as string;
    const text = await run(["plan", sampleCsv, "--id", id, ...ASSESS, "--quiet"]);
    expect(text.code).toBe(0);
    expect(text.out.split("\n")[0]).toMatch(
      /^RENCANA untuk JP-SSW-CAREGIVING \(penempatan\) per 2026-12-01: paling cepat ditempatkan \d{4}-\d{2}-\d{2}/,
    );
    expect(text.out).toMatch(/\n1\. \d{4}-\d{2}-\d{2}/);
    const json = JSON.parse(
      (await run(["plan", sample, "--id", id, ...ASSESS, "--format", "json", "--gate", "departure", "--quiet"])).out,
    );
    expect(json).toMatchObject({ status: "planned", gate: "departure" });
    expect(json.steps[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        kind: expect.any(String),
        notBefore: expect.any(String),
        durationDays: expect.any(Number),
        dependsOn: expect.any(Array),
        produces: expect.any(Array),
      }),
    );
    expect((await run(["plan", sample, "--id", "nobody", ...ASSESS, "--quiet"])).code).toBe(1);
    const schedule = file("bad-schedule.json", JSON.stringify({ jpPerDay: 0 }));
    expect((await run(["plan", sample, "--id", id, ...ASSESS, "--schedule", schedule, "--quiet"])).code).toBe(2);
    const csv = (await run(["assess", sample, ...ASSESS, "--format", "csv", "--quiet"])).out.trim().split("\n");
    const row = csv.find((l) => l.includes(`,${id},`)) as string;
    expect(row).toMatch(/,\d{4}-\d{2}-\d{2},[a-z]+:[A-Z_]+/);
    const first = json.steps.find((s: { plannedOn: string }) => s.plannedOn !== undefined);
    expect(row).toContain(first.plannedOn);
    const summary = (await run(["summary", sample, ...ASSESS, "--quiet"])).out;
    expect(summary).toMatch(/Paling cepat ditempatkan, per bulan[^\n]*:\n {2}\d{4}-\d{2}: \d+/);
    const s = JSON.parse((await run(["summary", sample, ...ASSESS, "--format", "json", "--quiet"])).out);
    expect(Object.values(s.earliestPlacementMonths as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      s.pathways.planned,
    );
  });

  it("writes a self-contained HTML report with the summary's counts and four inline charts", async () => {
    const out = join(work, "report.html");
    const r = await run(["report", sampleCsv, ...ASSESS, "--out", out, "--locale", "en", "--quiet"]);
    expect(r.code).toBe(1);
    const html = readFileSync(out, "utf8");
    const s = JSON.parse((await run(["summary", sampleCsv, ...ASSESS, "--format", "json", "--quiet"])).out);
    const count = (id: string) => Number(new RegExp(`data-testid="${id}">(\\d+)<`).exec(html)?.[1]);
    expect([
      count("summary-total"),
      count("summary-ready"),
      count("summary-not-ready"),
      count("summary-ineligible"),
      count("summary-invalid"),
    ]).toEqual([s.records, s.byStatus.ready, s.byStatus.not_ready, s.byStatus.ineligible, s.invalid]);
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|src="http/);
    for (const row of rows) if (typeof row.nik === "string" && row.nik.length > 8) expect(html).not.toContain(row.nik);
    expect((await run(["report", sampleCsv, ...ASSESS])).code).toBe(2);
  });

  it("lists targets and tracks, prints the schema, and has help for every command", async () => {
    expect((await run(["targets"])).out).toContain("JP-SSW-CAREGIVING");
    expect(JSON.parse((await run(["tracks", "--format", "json"])).out).length).toBeGreaterThanOrEqual(7);
    expect(JSON.parse((await run(["schema"])).out).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const cmd of ["assess", "summary", "explain", "plan", "report", "targets", "tracks", "schema"]) {
      const h = await run([cmd, "--help"]);
      expect(h.code, cmd).toBe(0);
      expect(h.out).toContain(`Usage: sentra-vokasi ${cmd}`);
    }
  });

  // Small batches, so that a cohort of 220 goes through the worker threads (a file of one batch
  // or less is assessed in process), with duplicates found across batches and findings by column.
  it("writes the same with --workers 2 or 3 as with --workers 1: every format, stderr and exit code", async () => {
    const twice = file("twice.jsonl", [...rows, ...rows.slice(0, 40)].map((r) => `${JSON.stringify(r)}\n`).join(""));
    const cases: string[][] = [
      ["assess", sample, "--format", "jsonl"],
      ["assess", sample, "--format", "csv"],
      ["assess", sampleCsv, "--format", "jsonl", "--locale", "en"],
      ["assess", sampleCsv, "--format", "csv"],
      ["assess", sampleCsv, "--format", "json", "--detail", "full", "--strict"],
      ["assess", twice, "--format", "jsonl"],
      ["assess", twice, "--format", "csv", "--limit", "230"],
      ["assess", twice, "--format", "table", "--strict"],
      ["summary", sampleCsv, "--format", "json"],
    ];
    for (const [i, c] of cases.entries()) {
      const one = await run([...c, ...ASSESS, "--workers", "1"]);
      // The main thread and one worker thread (two: every third case).
      const many = await run([...c, ...ASSESS, "--workers", i % 3 === 2 ? "3" : "2", "--batch-size", "16"]);
      expect(one.out.length, c.join(" ")).toBeGreaterThan(1000);
      expect(many.out, c.join(" ")).toBe(one.out);
      expect(many.err, c.join(" ")).toBe(one.err);
      expect(many.code, c.join(" ")).toBe(one.code);
    }
    expect((await run(["assess", twice, ...ASSESS, "--format", "csv", "--quiet"])).out).toContain("DUPLICATE_NIK(nik)");
    expect((await run(["assess", sample, ...ASSESS, "--workers", "0"])).code).toBe(2);
    expect((await run(["assess", sample, ...ASSESS, "--workers", "two"])).err).toContain("--workers");
  });

  it("--detail gaps (the default) leaves out the verdict trees that --detail full adds", async () => {
    const gaps = jsonl((await run(["assess", sample, ...ASSESS, "--format", "jsonl", "--quiet"])).out);
    const full = jsonl(
      (await run(["assess", sample, ...ASSESS, "--format", "jsonl", "--detail", "full", "--quiet"])).out,
    );
    expect(gaps).toHaveLength(full.length);
    const valid = full.filter((r) => r.status !== "invalid");
    expect(valid.length).toBeGreaterThan(100);
    for (const r of valid) expect(r.components.length).toBeGreaterThan(0);
    for (const r of gaps) expect(r).not.toHaveProperty("components");
    expect(gaps).toEqual(full.map(({ components, ...rest }) => rest));
    expect(Object.keys(gaps[0])).toEqual([
      "position",
      "line",
      "id",
      "nik",
      "fullName",
      "candidateId",
      "target",
      "gate",
      "asOf",
      "status",
      "score",
      "gaps",
      ...["readyFrom", "validUntil"].filter((k) => k in gaps[0]),
      "actions",
      "audit",
    ]);
  });
});

// Fictional people; NIKs encode the birth date and sex (women: day + 40) but were never issued.
const SITI = { id: "A-1", nik: "3674014507050001", fullName: "Siti Aminah", sex: "F", birthDate: "2005-07-05" };
const BUDI = { id: "A-2", nik: "3674010302010002", fullName: "Budi Santoso", sex: "M", birthDate: "2001-02-03" };
const RINA = { id: "A-3", nik: "3674014302010003", fullName: "Rina Lestari", sex: "F", birthDate: "2001-02-03" };
const person = (p: typeof SITI) => [p.id, p.nik, p.fullName, p.sex, p.birthDate, "SMK"];
const PERSON_HEAD = "id,nik,fullName,sex,birthDate,education";

describe("the officer's spreadsheet (built binary)", { timeout: 60_000 }, () => {
  describe("every record accounted for", () => {
    it("a stray quote is one invalid record at its line; the row after it is read", async () => {
      const text = [
        PERSON_HEAD,
        person(SITI).join(","),
        `A-2,${BUDI.nik},"Budi Santoso,M,2001-02-03,SMK`,
        person(RINA).join(","),
      ].join("\n");
      const r = await run(["assess", file("stray.csv", text), ...ASSESS, "--format", "jsonl"]);
      expect(r.code).toBe(1);
      const out = jsonl(r.out);
      expect(out.map((x) => [x.line, x.id, x.status === "invalid"])).toEqual([
        [2, "A-1", false],
        [3, "A-2", true],
        [4, "A-3", false],
      ]);
      expect(out[1].problems[0].code).toBe("MALFORMED_CSV");
      expect(r.err).toContain('baris 3 (id "A-2"): data tidak sah: ');
      expect(r.err).toContain("3 data peserta: 2 dinilai, 1 tidak sah");
    });

    it("a row with more cells than the header is invalid and names the extra cells", async () => {
      const text = [PERSON_HEAD, person(SITI).join(","), `${person(BUDI).join(",")},Serang,extra`].join("\n");
      const r = await run(["assess", file("extra.csv", text), ...ASSESS, "--format", "jsonl", "--locale", "en"]);
      expect(r.code).toBe(1);
      const out = jsonl(r.out);
      expect(out[1]).toMatchObject({ line: 3, id: "A-2", status: "invalid" });
      expect(out[1].problems[0]).toMatchObject({ code: "EXTRA_CELLS", params: { cells: 8, columns: 6 } });
      expect(r.err).toMatch(/line 3 \(id "A-2"\): invalid record: This row has 8 cells but the header has only 6/);
    });

    it("a duplicated or unknown column stops the run (exit 2) naming it, before any record", async () => {
      const dup = await run([
        "assess",
        file("dup.csv", `${PERSON_HEAD},Nama\n${person(SITI).join(",")},x\n`),
        ...ASSESS,
      ]);
      expect(dup.code).toBe(2);
      expect(dup.out).toBe("");
      expect(dup.err).toContain('kolom ganda: "fullName" = "Nama"');
      const unknown = await run([
        "assess",
        file("unk.csv", `${PERSON_HEAD},pasport_number\n${person(SITI).join(",")},x\n`),
        ...ASSESS,
        "--locale",
        "en",
      ]);
      expect(unknown.code).toBe(2);
      expect(unknown.out).toBe("");
      expect(unknown.err).toContain('unknown columns: "pasport_number" (passport_number?)');
      const ignored = await run([
        "assess",
        file("alamat.csv", `${PERSON_HEAD},Alamat\n${person(SITI).join(",")},Serang\n`),
        ...ASSESS,
        "--ignore-column",
        "Alamat",
        "--format",
        "jsonl",
      ]);
      expect(ignored.code).toBe(0);
      expect(jsonl(ignored.out)[0].id).toBe("A-1");
    });

    it("an empty file, a header-only file, an empty array, garbage and a renamed workbook exit 2 with a message", async () => {
      const empty = await run(["summary", file("empty.csv", ""), ...ASSESS]);
      expect([empty.code, empty.err]).toEqual([2, "sentra-vokasi: Berkas kosong: tidak ada data peserta.\n"]);
      const blank = await run(["summary", file("blank.jsonl", "\n  \n"), ...ASSESS]);
      expect(blank.code).toBe(2);
      const header = await run(["summary", file("header.csv", `${PERSON_HEAD}\n`), ...ASSESS]);
      expect(header.code).toBe(2);
      expect(header.err).toContain("hanya berisi baris judul kolom");
      const array = await run(["assess", file("empty.json", "[]"), ...ASSESS, "--format", "json"]);
      expect(array.code).toBe(2);
      expect(array.out).toBe("");
      const garbage = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
      const g = await run(["summary", file("garbage.csv", garbage), ...ASSESS]);
      expect(g.code).toBe(2);
      expect(g.err).toContain("bukan berkas teks");
      const book = join(work, "book.xlsx");
      await writeWorkbook(book, [{ name: "Sheet1", rows: [["id"], ["A-1"]] }]);
      const renamed = file("book-renamed.csv", readFileSync(book));
      const x = await run(["summary", renamed, ...ASSESS, "--locale", "en"]);
      expect(x.code).toBe(2);
      expect(x.err).toContain("is an Excel workbook (xlsx) although its name ends in .csv");
    });

    it("explain: an invalid, missing or duplicated id exits 1 with the reason", async () => {
      const text = [
        PERSON_HEAD,
        person(SITI).join(","),
        `A-2,${BUDI.nik},Budi,M,2001-02-30,SMK`,
        person({ ...RINA, id: "A-1" }).join(","),
      ].join("\n");
      const f = file("explain.csv", text);
      const invalid = await run(["explain", f, "--id", "A-2", ...ASSESS, "--quiet"]);
      expect(invalid.code).toBe(1);
      expect(invalid.out).toContain('baris 3: Data peserta dengan ID "A-2" tidak sah:');
      expect(invalid.out).toContain("kolom birthDate: ");
      const dup = await run(["explain", f, "--id", "A-1", ...ASSESS, "--quiet", "--locale", "en"]);
      expect(dup.code).toBe(1);
      expect(dup.err).toContain('The id "A-1" is used by more than one record: line 2, line 4.');
      expect((await run(["explain", f, "--id", "Z-9", ...ASSESS, "--quiet"])).code).toBe(1);
    });
  });

  describe("audit in the CLI", () => {
    const inconsistent = [
      `${PERSON_HEAD},jlpt_level,jlpt_takenOn,medical_result,medical_examinedOn`,
      // sex contradicts the NIK (a woman's NIK)
      ["A-1", SITI.nik, "Siti Aminah", "M", SITI.birthDate, "SMK", "N4", "2026-07-06", "FIT", "2026-10-01"].join(","),
      // birth date contradicts the NIK; a language test "taken" next year; a medical check dated 2206
      ["A-2", BUDI.nik, "Budi Santoso", "M", "2001-03-02", "SMA", "N4", "2027-07-06", "FIT", "2206-10-01"].join(","),
      // the same NIK as line 2
      ["A-3", SITI.nik, "Siti Kedua", "F", SITI.birthDate, "SMK", "N4", "2026-07-06", "FIT", "2026-10-01"].join(","),
    ].join("\n");

    it("findings go to stderr with line and id, into json/jsonl/csv as audit, and into summary as counts", async () => {
      const f = file("audit.csv", inconsistent);
      const r = await run(["assess", f, ...ASSESS, "--format", "jsonl"]);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/baris 2 \(id "A-1"\): temuan: kolom sex: .*jenis kelamin/i);
      expect(r.err).toMatch(/baris 3 \(id "A-2"\): temuan: kolom birthDate: /);
      expect(r.err).toMatch(/baris 3 \(id "A-2"\): temuan: kolom jlpt_takenOn: .*2027-07-06/);
      expect(r.err).toMatch(/baris 3 \(id "A-2"\): temuan: kolom medical_examinedOn: .*2206-10-01/);
      expect(r.err).toMatch(/baris 4 \(id "A-3"\): temuan: NIK 3674\*{8}0001 sama dengan data peserta di baris 2/);
      const out = jsonl(r.out);
      expect(out.map((x) => x.audit.map((a: { code: string }) => a.code))).toEqual([
        ["NIK_SEX_MISMATCH"],
        ["NIK_BIRTHDATE_MISMATCH", "DATE_IN_FUTURE", "DATE_IN_FUTURE"],
        ["DUPLICATE_NIK"],
      ]);
      const csv = (await run(["assess", f, ...ASSESS, "--format", "csv", "--quiet"])).out.trim().split("\n");
      expect(csv[1]?.endsWith(",NIK_SEX_MISMATCH(sex)")).toBe(true);
      expect(csv[3]?.endsWith(",DUPLICATE_NIK(nik)")).toBe(true);
      const s = JSON.parse((await run(["summary", f, ...ASSESS, "--format", "json", "--quiet"])).out);
      expect(s.audit).toEqual({ DATE_IN_FUTURE: 2, DUPLICATE_NIK: 1, NIK_BIRTHDATE_MISMATCH: 1, NIK_SEX_MISMATCH: 1 });
      const text = (await run(["summary", f, ...ASSESS, "--quiet"])).out;
      expect(text).toContain("Temuan pemeriksaan data:");
      expect(text).toMatch(/2 {2}Tanggal sesudah tanggal penilaian/);
    });

    it("the same audit runs on JSONL and JSON input, naming fields by their path", async () => {
      const records = [
        { ...SITI, sex: "M" },
        { ...BUDI, languageResults: [{ test: "JLPT", level: "N4", takenOn: "2027-07-06" }] },
        { ...SITI, id: "A-3" },
      ];
      for (const [name, text] of [
        ["audit.jsonl", records.map((x) => JSON.stringify(x)).join("\n")],
        ["audit.json", JSON.stringify(records, null, 2)],
      ] as const) {
        const r = await run(["assess", file(name, text), ...ASSESS, "--format", "jsonl", "--quiet"]);
        const out = jsonl(r.out);
        expect(
          out.map((x) => x.audit.map((a: { code: string }) => a.code)),
          name,
        ).toEqual([
          ["NIK_SEX_MISMATCH"],
          ["DATE_IN_FUTURE"],
          ["DUPLICATE_NIK", "DUPLICATE_ID"].filter((c) => c !== "DUPLICATE_ID" || records[2]?.id === SITI.id),
        ]);
        expect(out[1].audit[0].column).toBe("languageResults.0.takenOn");
      }
    });

    it("--strict turns findings into invalid records (exit 1)", async () => {
      const r = await run(["assess", file("strict.csv", inconsistent), ...ASSESS, "--format", "jsonl", "--strict"]);
      expect(r.code).toBe(1);
      expect(jsonl(r.out).map((x) => x.status)).toEqual(["invalid", "invalid", "invalid"]);
      expect(r.err).toContain("3 data peserta: 0 dinilai, 3 tidak sah");
    });

    it("evidence readiness cannot use is a finding (an unknown track)", async () => {
      const text = [`${PERSON_HEAD},track_id,track_startedOn`, `${person(SITI).join(",")},weldng-smaw,2026-01-05`].join(
        "\n",
      );
      const r = await run(["assess", file("track.csv", text), ...ASSESS, "--format", "jsonl", "--locale", "en"]);
      expect(jsonl(r.out)[0].audit[0]).toMatchObject({ code: "UNKNOWN_TRACK", column: "track_id" });
      expect(r.err).toContain('The training track "weldng-smaw" is not in the catalogue');
    });
  });

  describe("errors an officer can act on", () => {
    it("names the column as typed in the header, in the chosen language, with an example", async () => {
      const text = [
        "ID,NIK,Nama,Sex,BirthDate,Education,Passport_Number,Passport_ExpiresOn",
        ["A-1", SITI.nik, "Siti Aminah", "F", "2005-07-05", "SMK", "X1234567", "2036-13-01"].join(","),
      ].join("\n");
      const r = await run(["assess", file("named.csv", text), ...ASSESS]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /baris 2 \(id "A-1"\): data tidak sah: .*kolom Passport_ExpiresOn: .*TTTT-BB-HH, misalnya \d{4}-\d{2}-\d{2}/,
      );
      expect(r.out).toContain("kolom Passport_ExpiresOn");
      expect(r.out + r.err).not.toContain("documents.0");
      expect(r.out + r.err).not.toContain("INVALID_DATE");
      const json = await run([
        "assess",
        file("named.json", JSON.stringify([{ ...SITI, documents: [{ kind: "PASSPORT", issuedOn: "2026-13-01" }] }])),
        ...ASSESS,
        "--format",
        "jsonl",
        "--locale",
        "en",
      ]);
      expect(jsonl(json.out)[0].problems[0]).toMatchObject({ column: "documents.0.issuedOn", code: "INVALID_DATE" });
      expect(json.err).toMatch(/column documents\.0\.issuedOn: .*YYYY-MM-DD, for example/);
    });

    it("reads an Indonesian-locale export: semicolons, Sex header, L/P, codes in any case", async () => {
      const text = [
        "id;nik;Nama;Sex;Tanggal Lahir;education;medical_result;medical_examinedOn;jlpt_level;jlpt_takenOn",
        ["A-1", SITI.nik, "Siti Aminah", "P", "2005-07-05", "smk", "fit", "2026-10-01", "n4", "2026-07-06"].join(";"),
        ["A-2", BUDI.nik, "Budi Santoso", "l", "2001-02-03", "Sma", "FIT", "2026-10-01", "N3", "2026-07-06"].join(";"),
        ["A-3", RINA.nik, "Rina Lestari", "f", "2001-02-03", "paket c", "Unfit", "2026-10-01", "n5", "2026-07-06"].join(
          ";",
        ),
      ].join("\r\n");
      const r = await run(["assess", file("excel-id.csv", `\uFEFF${text}\r\n`), ...ASSESS, "--format", "jsonl"]);
      expect(r.err).toContain("Pemisah kolom CSV: titik koma (;).");
      expect(r.code).toBe(0);
      expect(jsonl(r.out).map((x) => x.status)).not.toContain("invalid");
    });

    it("a NIK Excel turned into scientific notation is named with the fix", async () => {
      const text = [PERSON_HEAD, ["A-1", "3.67401E+15", "Siti Aminah", "F", "2005-07-05", "SMK"].join(",")].join("\n");
      const r = await run(["assess", file("sci.csv", text), ...ASSESS, "--locale", "en"]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/column nik: Excel turned the NIK into scientific notation.*Text/);
    });

    it("day-first dates are rejected with a hint naming --day-first, and read with it", async () => {
      const text = [
        `${PERSON_HEAD},ktp_number,ktp_issuedOn`,
        `${person(SITI).join(",").replace("2005-07-05", "05/07/2005")},${SITI.nik},10-01-2023`,
      ].join("\n");
      const f = file("dayfirst.csv", text);
      const without = await run(["assess", f, ...ASSESS, "--locale", "en"]);
      expect(without.code).toBe(1);
      expect(without.err).toContain("--day-first");
      expect(without.err).toContain("2005-07-05");
      const withFlag = await run(["assess", f, ...ASSESS, "--day-first", "--format", "jsonl"]);
      expect(withFlag.code).toBe(0);
      expect(jsonl(withFlag.out)[0].status).not.toBe("invalid");
    });
  });

  describe("the library's small holes, seen from the CLI", () => {
    it("a day before a candidate's birth is not a negative age", async () => {
      const text = [PERSON_HEAD, person(SITI).join(",")].join("\n");
      const r = await run([
        "explain",
        file("born.csv", text),
        "--id",
        "A-1",
        "--target",
        "JP-SSW-CAREGIVING",
        "--as-of",
        "2001-01-01",
        "--quiet",
      ]);
      expect(r.out).not.toMatch(/-\d+ tahun|Usia -/);
      expect(r.out).toMatch(/sebelum tanggal lahir|lahir/i);
    });
  });

  describe("xlsx workbooks", () => {
    it("reads the first sheet or --sheet, with line numbers, date cells and the CSV's columns", async () => {
      const book = join(work, "cohort.xlsx");
      await writeWorkbook(book, [
        { name: "Catatan", rows: [["Data BLK Serang"]] },
        {
          name: "Peserta",
          rows: [
            ["id", "nik", "Nama", "Sex", "birthDate", "education", "ktp_number", "ktp_issuedOn"],
            [
              "A-1",
              SITI.nik,
              "Siti Aminah",
              "P",
              new Date(Date.UTC(2005, 6, 5)),
              "smk",
              SITI.nik,
              new Date(Date.UTC(2023, 0, 10)),
            ],
            [],
            ["A-2", Number(BUDI.nik), "Budi Santoso", "L", new Date(Date.UTC(2001, 1, 3)), "SMA"],
            ["A-3", RINA.nik, "Rina Lestari", "P", "2001-02-30", "SMK"],
          ],
          columnFormats: { 1: "@", 4: "dd/mm/yyyy", 7: "dd/mm/yyyy" },
        },
      ]);
      const first = await run(["assess", book, ...ASSESS, "--format", "jsonl"]);
      expect(first.code).toBe(2); // the first sheet's header is not a header of candidate columns
      for (const tz of ["Asia/Jakarta", "America/Los_Angeles"]) {
        const r = spawnSync(
          process.execPath,
          [cli, "assess", book, "--sheet", "Peserta", ...ASSESS, "--format", "jsonl"],
          {
            encoding: "utf8",
            env: { ...process.env, TZ: tz },
          },
        );
        expect(r.status, tz).toBe(1);
        const out = jsonl(r.stdout);
        expect(
          out.map((x) => [x.line, x.id, x.status === "invalid"]),
          tz,
        ).toEqual([
          [2, "A-1", false],
          [4, "A-2", true],
          [5, "A-3", true],
        ]);
        expect(out[1].problems[0]).toMatchObject({ code: "NIK_SCIENTIFIC_NOTATION", column: "nik" });
        expect(out[2].problems[0]).toMatchObject({ code: "INVALID_DATE", column: "birthDate" });
      }
      const missing = await run(["assess", book, "--sheet", "Nope", ...ASSESS, "--locale", "en"]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('There is no sheet "Nope"');
    });

    it("audits, reports extra cells, stops on a duplicated column or a header without rows, as in CSV", async () => {
      const book = join(work, "audit.xlsx");
      await writeWorkbook(book, [
        {
          name: "Peserta",
          rows: [
            ["ID", "NIK", "Nama", "Sex", "birthDate", "education"],
            ["A-1", SITI.nik, "Siti Aminah", "L", SITI.birthDate, "SMK"],
            ["A-2", BUDI.nik, "Budi Santoso", "L", BUDI.birthDate, "SMA", "Serang"],
            ["A-3", SITI.nik, "Siti Kedua", "P", SITI.birthDate, "SMK"],
          ],
          columnFormats: { 1: "@" },
        },
      ]);
      const r = await run(["assess", book, ...ASSESS, "--format", "jsonl"]);
      expect(r.code).toBe(1);
      const out = jsonl(r.out);
      expect(out.map((x) => [x.line, x.status === "invalid"])).toEqual([
        [2, false],
        [3, true],
        [4, false],
      ]);
      expect(out[0].audit.map((a: { code: string; column: string }) => [a.code, a.column])).toEqual([
        ["NIK_SEX_MISMATCH", "Sex"],
      ]);
      expect(out[1].problems[0]).toMatchObject({ code: "EXTRA_CELLS" });
      expect(out[2].audit[0]).toMatchObject({ code: "DUPLICATE_NIK", params: { line: 2 } });
      const dup = join(work, "dup.xlsx");
      await writeWorkbook(dup, [
        {
          name: "S",
          rows: [
            ["id", "nik", "NIK"],
            ["A-1", SITI.nik, SITI.nik],
          ],
        },
      ]);
      expect((await run(["assess", dup, ...ASSESS])).code).toBe(2);
      const headerOnly = join(work, "header.xlsx");
      await writeWorkbook(headerOnly, [{ name: "S", rows: [["id", "nik", "fullName"]] }]);
      const h = await run(["assess", headerOnly, ...ASSESS]);
      expect(h.code).toBe(2);
      expect(h.err).toContain("hanya berisi baris judul kolom");
    });
  });

  describe("hostile input", () => {
    it("survives a 100 MB record, a deeply nested value and garbage lines in every format, in bounded memory", async () => {
      // A V8 heap of 96 MB cannot hold a 100 MB record: the run passes only if the reader drops it.
      const small = ["--max-old-space-size=96"];
      const huge = `{"id":"${"x".repeat(100 * 1024 * 1024)}"}`;
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const statuses = (out: string) =>
        jsonl(out).map((x) => [x.line, x.status === "invalid" ? x.problems[0].code : "ok"]);
      const r0 = JSON.stringify(rows.find((r) => r.id === "BTN-2026-0001"));
      const r1 = JSON.stringify(rows.find((r) => r.id === "BTN-2026-0002"));
      const lines = [r0, huge, deep, "\uFFFD garbage", r1].join("\n");
      const a = bin(
        ["assess", file("hostile.jsonl", lines), ...ASSESS, "--format", "jsonl", "--quiet"],
        undefined,
        small,
      );
      expect(a.code).toBe(1);
      expect(statuses(a.out)).toEqual([
        [1, "ok"],
        [2, "RECORD_TOO_LONG"],
        [3, "INVALID_TYPE"],
        [4, "MALFORMED_JSON"],
        [5, "ok"],
      ]);
      const array = `[${[r0, huge, deep, r1].join(",\n")}]`;
      const b = bin(
        ["assess", file("hostile.json", array), ...ASSESS, "--format", "jsonl", "--quiet"],
        undefined,
        small,
      );
      expect(statuses(b.out)).toEqual([
        [1, "ok"],
        [2, "RECORD_TOO_LONG"],
        [3, "INVALID_TYPE"],
        [4, "ok"],
      ]);
      const csv = `${PERSON_HEAD}\n${person(SITI).join(",")}\nA-2,${"9".repeat(100 * 1024 * 1024)},X,F,2005-07-05,SMK\n"garbage,\n${person(RINA).join(",")}\n`;
      const c = bin(["assess", file("hostile.csv", csv), ...ASSESS, "--format", "jsonl", "--quiet"], undefined, small);
      expect(statuses(c.out)).toEqual([
        [2, "ok"],
        [3, "RECORD_TOO_LONG"],
        [4, "MALFORMED_CSV"],
        [5, "ok"],
      ]);
    });

    it("reads stdin with -, and exits 2 for a missing file, an unknown target, a bad date or option", async () => {
      const r = await run(
        ["assess", "-", ...ASSESS, "--format", "jsonl"],
        [SITI, BUDI].map((x) => JSON.stringify(x)).join("\n"),
      );
      expect(r.code).toBe(0);
      expect(jsonl(r.out)).toHaveLength(2);
      expect((await run(["assess", join(work, "nope.json"), ...ASSESS])).code).toBe(2);
      const wrong = await run(["assess", sample, "--target", "XX-NOPE"]);
      expect(wrong.code).toBe(2);
      expect(wrong.err).toContain('"XX-NOPE" tidak dikenal');
      expect(wrong.out).toBe("");
      expect((await run(["assess", sample, "--target", "DE-NURSE", "--as-of", "2026-02-30"])).code).toBe(2);
      expect((await run(["assess", sample, "--target", "DE-NURSE", "--format", "xml"])).code).toBe(2);
      expect((await run(["assess", sample])).code).toBe(2);
      expect((await run([])).code).toBe(2);
    });
  });
});
