import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { beforeAll, describe, expect, it } from "vitest";
import { cliOptions } from "../../tsup.config.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const outDir = join(root, "node_modules", ".cache", "sentra-vokasi-cli-test");
const cli = join(outDir, "cli.js");
const work = mkdtempSync(join(tmpdir(), "sentra-cli-"));
const sample = join(root, "examples", "data", "banten-cohort.json");
const rows = JSON.parse(readFileSync(sample, "utf8")) as Record<string, unknown>[];

function run(args: string[], input?: string, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    input,
    encoding: "utf8",
    cwd: work,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}
const ASSESS = ["--target", "JP-SSW-CAREGIVING", "--as-of", "2026-12-01"];

beforeAll(async () => {
  // The tests run the built binary, as a user would.
  await build({ ...cliOptions, outDir, silent: true });
}, 120_000);

// Each test starts the binary several times (about 0.3 s each); on a busy two-core machine that
// can pass vitest's 5 s default, so the end-to-end tests get more room.
describe("sentra-vokasi (built binary)", { timeout: 60_000 }, () => {
  it("assesses the sample cohort as a table, masking personal data, reporting invalid records and exiting 1", () => {
    const r = run(["assess", sample, ...ASSESS]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")[0]).toMatch(/^No\s+ID\s+NIK/);
    expect(r.out).toContain("SIAP");
    expect(r.err).toContain('invalid record 21 (id "BTN-2026-0021"): nik INVALID_NIK');
    expect(r.err.trim().split("\n").at(-1)).toBe("220 records: 213 assessed, 7 invalid.");
    for (const row of rows) {
      if (typeof row.nik === "string") {
        expect(r.out).not.toContain(row.nik);
        expect(r.err).not.toContain(row.nik);
      }
      if (typeof row.fullName === "string") expect(r.out + r.err).not.toContain(row.fullName);
    }
  });

  it("--reveal shows NIK and names", () => {
    const r = run(["assess", sample, ...ASSESS, "--reveal", "--format", "jsonl"]);
    expect(r.out).toContain(String(rows[0]?.nik));
  });

  it("writes json, jsonl and csv, with records in = assessed + invalid", () => {
    const json = JSON.parse(run(["assess", sample, ...ASSESS, "--format", "json"]).out) as { status: string }[];
    expect(json).toHaveLength(220);
    expect(json.filter((x) => x.status === "invalid")).toHaveLength(7);
    const jsonl = run(["assess", sample, ...ASSESS, "--format", "jsonl", "--locale", "en"])
      .out.trim()
      .split("\n");
    expect(jsonl).toHaveLength(220);
    const first = JSON.parse(jsonl[0] as string);
    expect(first).toMatchObject({ position: 1, id: "BTN-2026-0001", target: "JP-SSW-CAREGIVING", asOf: "2026-12-01" });
    expect(first.nik).toMatch(/^\d{4}\*{8}\d{4}$/);
    const csv = run(["assess", sample, ...ASSESS, "--format", "csv"])
      .out.trim()
      .split("\n");
    expect(csv[0]).toBe("position,id,nik,fullName,target,gate,asOf,status,score,readyFrom,validUntil,gaps,nextStep");
    expect(csv).toHaveLength(221);
  });

  it("reads JSONL with blank and malformed lines, and CRLF", () => {
    const lines = [JSON.stringify(rows[0]), "", "{not json", JSON.stringify(rows[1]), "  "].join("\r\n");
    const r = run(["assess", file("mixed.jsonl", lines), ...ASSESS, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    const out = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((x) => [x.position, x.status === "invalid"])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(out[1].error.code).toBe("MALFORMED_JSON");
    expect(r.err).toContain("3 records: 2 assessed, 1 invalid.");
  });

  it("survives a 100 MB record, a deeply nested value and binary garbage in every format, in bounded memory", () => {
    // A V8 heap of 96 MB cannot hold a 100 MB record: the run passes only if the reader drops it.
    const small = ["--max-old-space-size=96"];
    const huge = `{"id":"${"x".repeat(100 * 1024 * 1024)}"}`;
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const statuses = (out: string) =>
      out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .map((x) => [x.position, x.status === "invalid" ? x.error.code : "ok"]);

    const jsonl = [JSON.stringify(rows[0]), huge, deep, "\u0000\u0001\uFFFD garbage", JSON.stringify(rows[1])].join(
      "\n",
    );
    const a = run(["assess", file("hostile.jsonl", jsonl), ...ASSESS, "--format", "jsonl"], undefined, small);
    expect(a.code).toBe(1);
    expect(statuses(a.out)).toEqual([
      [1, "ok"],
      [2, "LINE_TOO_LONG"],
      [3, "INVALID_CANDIDATE"],
      [4, "MALFORMED_JSON"],
      [5, "ok"],
    ]);

    const array = `[${[JSON.stringify(rows[0]), huge, deep, JSON.stringify(rows[1])].join(",\n")}]`;
    const b = run(["assess", file("hostile.json", array), ...ASSESS, "--format", "jsonl"], undefined, small);
    expect(statuses(b.out)).toEqual([
      [1, "ok"],
      [2, "RECORD_TOO_LONG"],
      [3, "INVALID_CANDIDATE"],
      [4, "ok"],
    ]);

    const csv = `id,nik,fullName,sex,birthDate\nA-1,3674014507050001,Siti Aminah,F,2005-07-05\nA-2,${"9".repeat(100 * 1024 * 1024)},X,F,2005-07-05\n\u0000\u0001,garbage\nA-4,3674014507050001,Siti Aminah,F,2005-07-05\n`;
    const c = run(["assess", file("hostile.csv", csv), ...ASSESS, "--format", "jsonl"], undefined, small);
    expect(statuses(c.out).map(([p, s]) => [p, s === "ok" || s === "RECORD_TOO_LONG" ? s : "invalid"])).toEqual([
      [1, "ok"],
      [2, "RECORD_TOO_LONG"],
      [3, "invalid"],
      [4, "ok"],
    ]);
  });

  it("reads CSV with a BOM and CRLF, flat columns and lists", () => {
    const header =
      "id,nik,fullName,sex,birthDate,education,passport_number,passport_issuedOn,passport_expiresOn,jft_basic_score,jft_basic_takenOn,competency_schemeCode,competency_unitCodes,competency_issuer,competency_issuedOn,skill_tests";
    const ok =
      "BTN-1,3674014507050001,Siti Aminah,F,2005-07-05,SMK,X1234567,2026-01-10,2036-01-09,215,2026-03-01,CG,ILLUS.CG.001;ILLUS.CG.002,LSP P2,2026-07-01,JP_SSW_CAREGIVING_SKILL@2026-08-01";
    const bad = "BTN-2,3674019907050001,Budi,M,2005-02-30,SMK,,,,,,,,,,";
    const r = run([
      "assess",
      file("cohort.csv", `\uFEFF${header}\r\n${ok}\r\n${bad}\r\n`),
      ...ASSESS,
      "--format",
      "jsonl",
    ]);
    expect(r.code).toBe(1);
    const [a, b] = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(a.id).toBe("BTN-1");
    expect(a.gaps.map((g: { code: string }) => g.code)).toContain("COMPETENCY_UNITS_MISSING");
    expect(a.gaps.map((g: { code: string }) => g.code)).not.toContain("LANGUAGE_RESULT_NEEDED");
    expect(b).toMatchObject({ position: 2, id: "BTN-2", status: "invalid" });
    expect(b.error.issues.map((i: { code: string }) => i.code)).toEqual(["INVALID_NIK", "INVALID_DATE"]);
  });

  it("reads stdin with -", () => {
    const r = run(
      ["assess", "-", ...ASSESS, "--format", "jsonl"],
      rows
        .slice(0, 3)
        .map((x) => JSON.stringify(x))
        .join("\n"),
    );
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(3);
  });

  it("an empty file has no records and exits 0", () => {
    const r = run(["assess", file("empty.json", ""), ...ASSESS, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
    expect(r.err).toContain("0 records: 0 assessed, 0 invalid.");
  });

  it("a truncated JSON array reports the broken end and goes on to exit 1", () => {
    const text = JSON.stringify(rows.slice(0, 2)).slice(0, -30);
    const r = run(["assess", file("cut.json", text), ...ASSESS, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    const out = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out[0].status).not.toBe("invalid");
    expect(out.at(-1)).toMatchObject({ status: "invalid", error: { code: "MALFORMED_JSON" } });
  });

  it("exits 2 for a missing file, an unknown target, a bad date or a bad option", () => {
    expect(run(["assess", join(work, "nope.json"), ...ASSESS]).code).toBe(2);
    const wrong = run(["assess", sample, "--target", "XX-NOPE"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('unknown target "XX-NOPE"');
    expect(wrong.out).toBe("");
    expect(run(["assess", sample, "--target", "DE-NURSE", "--as-of", "2026-02-30"]).code).toBe(2);
    expect(run(["assess", sample, "--target", "DE-NURSE", "--format", "xml"]).code).toBe(2);
    expect(run(["assess", sample]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it("summarises, in both languages and as JSON", () => {
    const r = run(["summary", sample, ...ASSESS, "--format", "json"]);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.out);
    expect(s.records).toBe(220);
    expect(s.invalid).toBe(7);
    expect(s.byStatus.total).toBe(213);
    expect(run(["summary", sample, ...ASSESS, "--locale", "en"]).out).toContain(
      "Readiness summary for JP-SSW-CAREGIVING",
    );
    expect(
      run(["summary", sample, "--target", "SA-DOMESTIC", "--as-of", "2026-12-01", "--format", "json"]).out,
    ).toMatch(/"ineligible": [1-9]/);
  });

  it("explains one record by id, and exits 2 for an unknown id", () => {
    const r = run(["explain", sample, "--id", "BTN-2026-0010", ...ASSESS, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toMatch(/^NOT READY for JP-SSW-CAREGIVING \(placement\) as of 2026-12-01/);
    expect(r.out).toContain("Ready from");
    expect(run(["explain", sample, "--id", "nobody", ...ASSESS]).code).toBe(2);
  });

  it("lists targets and tracks, prints the schema, and has help for every command", () => {
    expect(run(["targets"]).out).toContain("JP-SSW-CAREGIVING");
    expect(JSON.parse(run(["tracks", "--format", "json"]).out).length).toBeGreaterThanOrEqual(7);
    expect(JSON.parse(run(["schema"]).out).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const cmd of ["assess", "summary", "explain", "targets", "tracks", "schema"]) {
      const h = run([cmd, "--help"]);
      expect(h.code, cmd).toBe(0);
      expect(h.out).toContain(`Usage: sentra-vokasi ${cmd}`);
    }
  });
});
