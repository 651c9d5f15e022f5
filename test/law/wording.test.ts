/**
 * Indonesian wording (issue of the 2026-11-30 audit, point 10) and lesson hours (point 11): the
 * generated reason-code table and every Indonesian message avoid the phrasings a native
 * reader flagged; standards and tracks carry their real sources.
 */
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { DEFAULT_POLICY, getTrack, LOCALES, listStandards } from "sentra-vokasi";
import { BASIS, GAP_CODES, REASON_CODES } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { REASON_DOCS } from "../../src/i18n/docs.js";

/** The Indonesian column ("Example (id)") of the generated reason-code table. */
const table = readFileSync(new URL("../../docs/reason-codes.md", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| `"))
  .map((l) => l.split(" | ")[3] ?? "")
  .join("\n");
const indonesian = [
  ...REASON_CODES.map((c) => (LOCALES.id.reasons[c] as (p: object) => string)(REASON_DOCS[c].example)),
  ...GAP_CODES.map(
    (c) =>
      (LOCALES.id.actions as Record<string, (p: object, l: object) => string>)[c]?.(
        {
          kind: "FAMILY_CONSENT",
          test: "JP_SSW_CAREGIVING_SKILL",
          tests: "JFT_BASIC,JLPT",
          minimums: "200,N4",
          min: "SMP",
          max: 39,
          target: "SA-DOMESTIC",
          destination: "SA",
          since: "2015-07-01",
          from: "2027-01-01",
          aspect: "medical",
          kinds: "MARRIAGE_BOOK",
          admitted: "F",
          withinDays: 7,
          units: "A",
          count: 1,
          lastValidDay: "2027-01-01",
          minMonths: 6,
          examinedOn: "2026-01-01",
          education: "SD",
          parameter: "x",
          asOf: "2026-01-01",
        },
        LOCALES.id,
      ) ?? "",
  ),
].join("\n");

describe("Indonesian wording", () => {
  it("says 'tujuan penempatan', never 'sasaran'; names levels, tests, countries and documents in Indonesian", () => {
    for (const text of [table, indonesian]) {
      expect(text).not.toMatch(/\bsasaran\b/i);
      expect(text).not.toContain("≥ N");
      expect(text).not.toMatch(/ sehat \(fit\)/);
      expect(text).not.toMatch(/perawat lansia/);
      expect(text).not.toMatch(/akta lahir\b/);
      expect(text).not.toMatch(/ke (JP|KR|SA|TW|HK|MY|DE)\b/);
      expect(text).not.toMatch(/JP_SSW_CAREGIVING_SKILL|KR_EPS_SKILL_TEST/);
      expect(text).not.toMatch(/documents\[\d\]|\.issuedOn|languageResults/);
    }
    expect(indonesian).toContain("layak kerja (fit)");
    expect(indonesian).toContain("JLPT N4 atau lebih tinggi");
    expect(indonesian).toContain("SLTP atau sederajat");
    expect(indonesian).toContain("ke Arab Saudi");
    expect(indonesian).toContain("uji keterampilan pengasuh lansia SSW");
    expect(indonesian).toContain("yang diketahui kepala desa/lurah");
    expect(table).toContain("Tanggal pemeriksaan kesehatan ke-1 (2026-12-01)");
    expect(table).toContain("Tanggal habis berlaku dokumen ke-1");
    expect(LOCALES.id.names.documents.KTP).toBe("KTP-el");
    expect(LOCALES.id.names.documents.BPJS_KETENAGAKERJAAN).toBe("bukti kepesertaan BPJS Ketenagakerjaan");
    expect(LOCALES.id.names.documents.MARRIAGE_BOOK).toBe("buku nikah/akta perkawinan");
  });

  it("keeps English words out of the Indonesian citation ids, and names the ministry KP2MI", () => {
    for (const id of Object.values(BASIS)) expect(id, id).not.toMatch(/\b(Japan|Korea EPS:|FDH|Batch|caregiver)\b/);
    expect(BASIS.BANTEN_OFFER_2025).toContain("KP2MI");
    expect(DEFAULT_POLICY.targets["JP-SSW-CAREGIVING"]?.profile.title.id).toBe(
      "Jepang, SSW (i) pengasuh lansia (caregiver/kaigo)",
    );
  });
});

describe("real standards and the tracks Banten runs", () => {
  it("cites Kepmenaker 313/2015 and KEP.170/MEN/IV/2007, keeping unlisted units illustrative", () => {
    const domestic = listStandards().find((s) => s.code === "ILLUS-PENATA-LAKSANA-RUMAH-TANGGA");
    expect(domestic?.instrument).toContain("Kepmenaker 313/2015");
    expect(domestic?.source).toBe("illustrative");
    expect(listStandards().find((s) => s.code === "ILLUS-INSTALASI-LISTRIK")?.instrument).toContain(
      "KEP.170/MEN/IV/2007",
    );
  });

  it("gives the welding units their full titles", () => {
    const welding = listStandards().find((s) => s.code === "SKKNI-2018-098-LAS");
    expect(welding?.units.find((u) => u.code === "C.24LAS01.030.1")?.title.id).toBe(
      "Membuat Sambungan Las Kampuh (Groove) Sesuai WPS untuk Pengelasan Pipa ke Pipa dan Sesuai dengan Proses Las yang Digunakan",
    );
  });

  it("counts beauty at 240 JP, and lists Banten's 25-day waves: juru las 1 SMAW, skin care, hair care", () => {
    expect(getTrack("beauty-makeup")?.hours.jp).toBe(240);
    for (const id of ["banten-welding-smaw-1", "banten-beauty-skin", "banten-beauty-hair"]) {
      expect(getTrack(id)?.hours.sources, id).toContain("S69");
      expect(getTrack(id)?.hours.note, id).toContain("25-day");
    }
  });

  it("writes lesson hours as 'JP (jam pelajaran, 45 menit)' in the CLI listing, so JP is never read as Japan", async () => {
    const out: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        out.push(String(chunk));
        done();
      },
    });
    const io = { stdin: process.stdin, stdout: sink, stderr: sink, today: () => "2026-12-01", now: () => 0 };
    await run(["tracks"], io);
    expect(out.join("")).toContain("JP (jam pelajaran, 45 menit)");
    out.length = 0;
    await run(["tracks", "--locale", "en"], io);
    expect(out.join("")).toContain("lesson hours (JP, 45 min)");
  });
});
