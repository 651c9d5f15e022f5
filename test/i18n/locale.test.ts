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
import { aspectName, documentName, ISSUE_CODES, localized, testName } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
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

describe("formatIssue", () => {
  it("keeps the issue's own message for a code no locale knows, and never throws", () => {
    expect(formatIssue({ path: [], code: "MALFORMED_CSV", message: "Bad quote." }, "id")).toBe("Bad quote.");
    expect(formatIssue({ path: [], code: "X", message: "" }, "id")).toBe("X");
    expect(formatIssue(null as never, "en")).toBe("undefined");
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
    expect(lines[1]).toBe("1. DOCUMENT_MISSING (kind=KTP)");
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
