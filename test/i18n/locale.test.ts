/**
 * Locales as values: parity of the built-in locales over every issue code, the fallback chain,
 * names and titles, and what happens with a locale that knows nothing.
 */
import {
  assessReadiness,
  type CalendarDate,
  explainReadiness,
  formatGap,
  formatIssue,
  formatReason,
  getTarget,
  type Issue,
  LOCALES,
  type Locale,
  parseCandidate,
  resolveLocale,
} from "sentra-vokasi";
import {
  aspectName,
  documentName,
  GAP_CODES,
  ISSUE_CODES,
  localized,
  REASON_CODES,
  testName,
} from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { ISSUE_DOCS, REASON_DOCS } from "../../src/i18n/docs.js";
import { localeChain } from "../../src/i18n/locale.js";

const PARAMS: readonly Record<string, string | number>[] = [
  {},
  { min: 2 },
  { max: 9 },
  { divisor: 0.5 },
  { values: "F, M" },
  { field: "test" },
  { expected: "string" },
  { key: "tanggalLahir" },
  { format: "regex" },
  { target: "XX" },
  { kind: "minimumHeight" },
  { key: "birthdate", suggestion: "birthDate" },
  { min: 0, exclusive: "true" },
  { format: "digits", length: 4 },
  { format: "camel_case" },
  { problem: "no_such_day" },
  { problem: "length", length: 15 },
  { problem: "province" },
  { problem: "unclosed_quote" },
  { problem: "text_after_quote" },
  { cells: 9, columns: 7 },
  { example: "2008-07-05" },
  { code: "HEIGHT_BELOW_MINIMUM" },
  { basis: "Pergub" },
  { expected: "string|number|boolean" },
];

describe("built-in locales", () => {
  it("word every issue code in id and en, whatever params it carries", () => {
    expect(Object.keys(LOCALES.id.issues).sort()).toEqual(Object.keys(LOCALES.en.issues).sort());
    for (const code of ISSUE_CODES) {
      for (const params of PARAMS) {
        const issue: Issue = { path: ["x"], code, message: "m", params };
        const id = formatIssue(issue, "id");
        const en = formatIssue(issue, LOCALES.en);
        for (const text of [id, en]) expect(text, `${code} ${JSON.stringify(params)}`).not.toMatch(/undefined|NaN/);
        expect(id, code).not.toBe(en);
      }
    }
  });

  it("English issue text is the message parseCandidate wrote", () => {
    const inputs = [
      {},
      { id: "" },
      { id: 5 },
      { sex: "X" },
      { languageResults: [{ test: "TOEFL" }] },
      { birthDate: "x" },
    ];
    for (const input of inputs) {
      const issues = parseCandidate(input)._unsafeUnwrapErr().issues;
      for (const i of issues) expect(formatIssue(i, "en"), i.code).toBe(i.message);
    }
  });
});

describe("law: no public formatter returns a bare known code", () => {
  const clean = (text: string, code: string, where: string) => {
    expect(text.length, where).toBeGreaterThan(0);
    expect(text.startsWith(code), `${where}: not the bare code`).toBe(false);
    expect(text, where).not.toMatch(/undefined|NaN|\[object/);
  };
  const reasonExample = (code: string): Record<string, string | number | boolean> =>
    Object.hasOwn(REASON_DOCS, code)
      ? ((REASON_DOCS as Record<string, { example: object }>)[code]?.example as never)
      : {};

  it("formatReason words every reason and issue code, formatGap every gap code, formatIssue every issue code, in every locale", () => {
    for (const [tag, locale] of Object.entries(LOCALES)) {
      for (const code of REASON_CODES) {
        clean(
          formatReason({ code, outcome: "fail", params: reasonExample(code) } as never, locale),
          code,
          `${tag} ${code}`,
        );
      }
      for (const code of GAP_CODES) {
        const params =
          code === "LANGUAGE_RESULT_NEEDED" ? { tests: "JLPT,JFT_BASIC", minimums: "N4,200" } : reasonExample(code);
        for (const p of [params, { ...params, from: "2027-01-01" }]) {
          clean(formatGap({ code, component: "documents", params: p }, locale), code, `${tag} gap ${code}`);
        }
      }
      for (const code of ISSUE_CODES) {
        for (const params of [ISSUE_DOCS[code].example as Record<string, string | number>, {}]) {
          clean(formatIssue({ path: [], code, message: "", params }, locale), code, `${tag} issue ${code}`);
          // (a code that is also a reason or gap code keeps its reason's message and params)
          if ((REASON_CODES as readonly string[]).includes(code) || GAP_CODES.includes(code)) continue;
          clean(formatReason({ code, outcome: "fail", params } as never, locale), code, `${tag} reason ${code}`);
          clean(formatGap({ code, component: "data", params }, locale), code, `${tag} gap ${code}`);
        }
      }
    }
  });

  it("formatReason of an issue code is the locale's issue message", () => {
    const r = { code: "INVALID_DATE", outcome: "fail", params: {} } as never;
    expect(formatReason(r, "id")).toBe("Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.");
    expect(formatReason(r, "en")).toBe("A date must be written YYYY-MM-DD, for example 2008-07-05.");
    // a caller's locale: its own issue message first, then its fallback's
    const jv: Locale = { tag: "jv", fallback: LOCALES.id, issues: { REQUIRED: () => "Kudu diisi." } };
    expect(formatReason({ code: "REQUIRED", outcome: "fail", params: {} } as never, jv)).toBe("Kudu diisi.");
    expect(formatReason(r, jv)).toBe("Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.");
    // a reason code keeps its reason message, even where an issue has the same code
    expect(formatReason({ code: "UNKNOWN_TARGET", outcome: "fail", params: { target: "XX" } }, "en")).toBe(
      LOCALES.en.reasons.UNKNOWN_TARGET({ target: "XX" }),
    );
  });
});

describe("formatIssue", () => {
  it("keeps the issue's own message for a code no locale knows, and never throws", () => {
    expect(formatIssue({ path: [], code: "FUTURE_CODE", message: "Bad quote." }, "id")).toBe("Bad quote.");
    expect(formatIssue({ path: [], code: "X", message: "" }, "id")).toBe("X");
    expect(formatIssue(null as never, "en")).toBe("undefined");
  });

  it("words the problems of an officer's file: what is wrong and how to fix it", () => {
    const say = (code: string, params: Record<string, string | number>, l: "id" | "en") =>
      formatIssue({ path: [], code, message: "", params }, l);
    expect(say("MALFORMED_CSV", { problem: "unclosed_quote" }, "id")).toMatch(
      /^Baris CSV rusak: sel yang diawali tanda kutip tidak pernah ditutup\..*"Siti ""Ani"" Aminah"\.$/,
    );
    expect(say("MALFORMED_CSV", { problem: "text_after_quote" }, "en")).toMatch(/text follows the closing quote/);
    expect(say("EXTRA_CELLS", { cells: 9, columns: 7 }, "id")).toBe(
      "Baris ini berisi 9 sel, padahal judul kolomnya hanya 7; sel tambahan tidak punya kolom. Tambahkan judul kolomnya atau hapus sel tambahan itu.",
    );
    expect(say("RECORD_TOO_LONG", { max: 100000 }, "en")).toMatch(/^This record is longer than 100000 characters/);
    expect(say("NIK_SCIENTIFIC_NOTATION", {}, "id")).toMatch(/Format kolom NIK sebagai Teks/);
    expect(say("NIK_SCIENTIFIC_NOTATION", {}, "en")).toMatch(/Format the NIK column as Text/);
    expect(say("DATE_DAY_FIRST", { example: "2008-07-05" }, "id")).toBe(
      "Tanggal ditulis dengan hari lebih dulu (HH/BB/TTTT atau HH-BB-TTTT); tulis sebagai TTTT-BB-HH, misalnya 2008-07-05, atau jalankan dengan --day-first.",
    );
    expect(say("DATE_DAY_FIRST", { example: "2008-07-05" }, "en")).toBe(
      "The date is written day first (DD/MM/YYYY or DD-MM-YYYY); write it YYYY-MM-DD, for example 2008-07-05, or run with --day-first.",
    );
    expect(say("MALFORMED_JSON", {}, "en")).toMatch(/^This record is not valid JSON/);
    expect(say("INVALID_DATE", {}, "id")).toBe("Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.");
    expect(say("INVALID_DATE", {}, "en")).toBe("A date must be written YYYY-MM-DD, for example 2008-07-05.");
    expect(say("INVALID_TYPE", { expected: "number" }, "id")).toBe(
      "Jenis nilai tidak sesuai; harus berupa angka, misalnya 200.",
    );
    expect(say("INVALID_TYPE", { expected: "string|number" }, "id")).toBe(
      "Jenis nilai tidak sesuai; harus berupa teks atau angka.",
    );
    expect(say("OUT_OF_RANGE", { min: 0, exclusive: true as never }, "en")).toBe(
      "Too small: expected a number greater than 0.",
    );
    expect(say("OUT_OF_RANGE", { min: 10, max: 250 }, "id")).toBe("Angka harus antara 10 dan 250.");
  });
});

describe("a caller's locale", () => {
  const bare: Locale = { tag: "xx" };
  const jv: Locale = {
    tag: "jv",
    fallback: LOCALES.id,
    text: { or: " utawa " },
    names: { tests: { JLPT: "Ujian JLPT" } },
  };

  it("walks its fallbacks, and stops at a cycle", () => {
    const a: { tag: string; fallback?: Locale } = { tag: "a" };
    const b: Locale = { tag: "b", fallback: a };
    a.fallback = b;
    expect(localeChain(a).map((x) => x.tag)).toEqual(["a", "b"]);
    expect(localeChain(jv).map((x) => x.tag)).toEqual(["jv", "id"]);
  });

  it("reads names and titles along the chain", () => {
    expect(testName("JLPT", jv)).toBe("Ujian JLPT");
    expect(testName("JFT_BASIC", jv)).toBe("JFT-Basic");
    expect(testName("TOEFL", jv)).toBe("TOEFL");
    expect(documentName("PASSPORT", jv)).toBe("paspor");
    expect(documentName("toString", jv)).toBe("toString");
    expect(aspectName("medical", LOCALES.en)).toBe("medical");
    expect(aspectName("dental", jv)).toBe("dental");
    const title = getTarget("DE-NURSE")?.title;
    expect(localized(title, jv)).toBe("Jerman, perawat (Triple Win)");
    expect(localized(title, LOCALES.en)).toBe("Germany, nurse (Triple Win)");
    expect(localized({ id: "a", en: "b", jv: "c" }, jv)).toBe("c");
    expect(localized({ id: "a", en: "b" }, bare)).toBe("a");
    expect(localized(undefined, jv)).toBe("");
  });

  it("renders gaps with its own words where it has them", () => {
    const gap = { code: "LANGUAGE_RESULT_NEEDED", component: "language", params: { tests: "JLPT", minimums: "N4" } };
    expect(formatGap(gap, jv)).toBe("Raih hasil tes bahasa: JLPT N4 atau lebih tinggi.");
    expect(formatGap({ code: 5 } as never, jv)).toBe("5");
    expect(formatGap({ code: "FUTURE", component: "x", params: { a: 1 } }, jv)).toBe("FUTURE (a=1)");
  });

  it("with no messages at all, still explains without throwing: codes and numbers, never English", () => {
    const c = parseCandidate({
      id: "A",
      nik: "3674014507090001",
      fullName: "Siti",
      sex: "F",
      birthDate: "2009-07-05",
      maritalStatus: "SINGLE",
    })._unsafeUnwrap();
    const r = assessReadiness(c, { asOf: "2026-12-01" as CalendarDate, target: "JP-SSW-CAREGIVING" });
    const lines = explainReadiness(r, bare);
    expect(lines[0]).toBe("not_ready JP-SSW-CAREGIVING (placement) 2026-12-01: 10/100");
    // The 18th birthday blocks longest: the first step, before the documents.
    expect(lines[1]).toBe("1. AGE_BELOW_MINIMUM (age=17, min=18, from=2027-07-05)");
    expect(lines).toContain("6. DOCUMENT_MISSING (kind=KTP)");
    const ready = { ...r, readyFrom: "2027-01-01" as CalendarDate, validUntil: "2027-02-01" as CalendarDate };
    expect(explainReadiness(ready, bare).slice(-2)).toEqual(["→ 2027-01-01", "… 2027-02-01"]);
    expect(formatReason({ code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 1, min: 2 } }, bare)).toBe(
      "AGE_BELOW_MINIMUM (age=1, min=2)",
    );
  });

  it("resolveLocale: a tag of a built-in locale, a locale object as given, anything else Indonesian", () => {
    expect(resolveLocale("en")).toBe(LOCALES.en);
    expect(resolveLocale("id")).toBe(LOCALES.id);
    expect(resolveLocale(jv)).toBe(jv);
    expect(resolveLocale("fr" as never)).toBe(LOCALES.id);
    expect(resolveLocale(undefined)).toBe(LOCALES.id);
    expect(resolveLocale({ tag: 5 } as never)).toBe(LOCALES.id);
  });
});
