/**
 * The message variants of the built-in locales that depend on optional params, word by word in
 * both languages: a format with or without its length, a range with one bound, both or an
 * exclusive one, a date-time, types a locale does not know, education minimums by level, record
 * fields without a name, language tests without a minimum. Then the helpers behind them, the
 * messages of caller-defined kinds, and localized text with no text in the chain.
 */
import fc from "fast-check";
import { formatGap, formatIssue, formatReason, type Issue, LOCALES } from "sentra-vokasi";
import { localized } from "sentra-vokasi/extend";
import { describe, expect, it } from "vitest";
import { addKindMessages } from "../../src/i18n/kind-messages.js";
import { EXAMPLE_NIK, exampleDigits, expectedTypes, multiplesOf } from "../../src/i18n/names.js";

const issue = (code: string, params?: Record<string, string | number | boolean>): Issue =>
  ({ path: [], code, message: "", ...(params === undefined ? {} : { params }) }) as Issue;

/** [code, params, Indonesian, English]. */
const ISSUES: readonly [string, Record<string, string | number | boolean> | undefined, string, string][] = [
  [
    "INVALID_FORMAT",
    { format: "digits" },
    "Harus berisi angka saja, misalnya 3674.",
    "Expected digits only, for example 3674.",
  ],
  [
    "INVALID_FORMAT",
    { format: "digits", length: 2 },
    "Harus tepat 2 angka, misalnya 36.",
    "Expected exactly 2 digits, for example 36.",
  ],
  [
    "INVALID_FORMAT",
    { format: "weird" },
    "Format tidak sesuai (weird); lihat dokumentasi.",
    "Not in the expected format (weird); see the documentation.",
  ],
  [
    "INVALID_FORMAT",
    undefined,
    "Format tidak sesuai; lihat dokumentasi.",
    "Not in the expected format; see the documentation.",
  ],
  ["OUT_OF_RANGE", { min: 1, max: 5 }, "Angka harus antara 1 dan 5.", "Expected a number from 1 to 5."],
  ["OUT_OF_RANGE", { min: 1 }, "Angka terlalu kecil; paling kecil 1.", "Too small: the lowest accepted number is 1."],
  ["OUT_OF_RANGE", { max: 5 }, "Angka terlalu besar; paling besar 5.", "Too large: the highest accepted number is 5."],
  [
    "OUT_OF_RANGE",
    { min: 0, exclusive: true },
    "Angka terlalu kecil; harus lebih dari 0.",
    "Too small: expected a number greater than 0.",
  ],
  [
    "OUT_OF_RANGE",
    { max: 5, exclusive: true },
    "Angka terlalu besar; harus kurang dari 5.",
    "Too large: expected a number less than 5.",
  ],
  [
    "OUT_OF_RANGE",
    {},
    "Angka di luar rentang yang diterima; lihat dokumentasi.",
    "The number is outside the accepted range; see the documentation.",
  ],
  [
    "OUT_OF_RANGE",
    { divisor: 0.5 },
    "Angka harus kelipatan 0.5, misalnya 6 atau 6.5.",
    "Expected a multiple of 0.5, for example 6 or 6.5.",
  ],
  [
    "INVALID_DATE",
    { format: "date_time" },
    "Tanggal dan waktu harus berformat dateTime XML Schema, misalnya 2026-07-10T09:00:00+07:00 atau 2026-07-10T02:00:00Z.",
    "Expected an XML Schema dateTime, for example 2026-07-10T09:00:00+07:00 or 2026-07-10T02:00:00Z.",
  ],
  [
    "INVALID_DATE",
    {},
    "Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.",
    "A date must be written YYYY-MM-DD, for example 2008-07-05.",
  ],
  [
    "INVALID_TYPE",
    { expected: "number" },
    "Jenis nilai tidak sesuai; harus berupa angka, misalnya 200.",
    "Wrong type of value; expected a number, for example 200.",
  ],
  // A type the locale has no words for is named as it is, alone or in a list.
  [
    "INVALID_TYPE",
    { expected: "gizmo" },
    "Jenis nilai tidak sesuai; harus berupa gizmo.",
    "Wrong type of value; expected gizmo.",
  ],
  [
    "INVALID_TYPE",
    { expected: "gizmo|string|widget" },
    "Jenis nilai tidak sesuai; harus berupa gizmo, teks atau widget.",
    "Wrong type of value; expected gizmo, text or widget.",
  ],
  // No type at all: the general sentence, never an empty list.
  [
    "INVALID_TYPE",
    { expected: "" },
    "Jenis nilai tidak sesuai; lihat dokumentasi.",
    "Wrong type of value; see the documentation.",
  ],
  [
    "INVALID_TYPE",
    { expected: "|" },
    "Jenis nilai tidak sesuai; lihat dokumentasi.",
    "Wrong type of value; see the documentation.",
  ],
  [
    "UNKNOWN_KEY",
    {},
    "Kolom tidak dikenal; perbaiki namanya sesuai dokumentasi atau hapus kolom itu.",
    "Unknown field: correct its name as documented or remove it.",
  ],
  [
    "UNKNOWN_KEY",
    { key: "birthdate", suggestion: "birthDate" },
    'Kolom "birthdate" tidak dikenal; mungkin maksudnya "birthDate".',
    'Unknown field "birthdate"; did you mean "birthDate"?',
  ],
];

describe("issue messages with and without their optional params", () => {
  for (const [code, params, id, en] of ISSUES) {
    it(`${code} ${JSON.stringify(params ?? null)}`, () => {
      expect(formatIssue(issue(code, params), "id")).toBe(id);
      expect(formatIssue(issue(code, params), "en")).toBe(en);
    });
  }

  it("law: a range message states every bound it is given, in both languages", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (min, max, exclusive) => {
          const p: Record<string, number | boolean> = {};
          if (min !== undefined) p.min = min;
          if (max !== undefined) p.max = max;
          if (exclusive !== undefined) p.exclusive = exclusive;
          for (const locale of ["id", "en"] as const) {
            const text = formatIssue(issue("OUT_OF_RANGE", p), locale);
            if (min !== undefined) expect(text).toContain(String(min));
            if (max !== undefined) expect(text).toContain(String(max));
            expect(text).not.toMatch(/undefined|NaN/);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 10_000);
});

describe("NIK and identifier formats", () => {
  const ID_SHAPE = formatIssue(issue("INVALID_NIK"), "id");
  const EN_SHAPE = formatIssue(issue("INVALID_NIK"), "en");

  it("say what is wrong with a NIK before its shape, and only the shape for a problem they cannot phrase", () => {
    expect(EN_SHAPE).toMatch(/^A NIK is 16 digits/);
    expect(ID_SHAPE).toMatch(/^NIK harus 16 angka/);
    const said: [Record<string, string | number>, string, string][] = [
      [
        { problem: "digits" },
        "NIK hanya boleh berisi angka, tanpa spasi, titik, tanda hubung atau huruf.",
        "A NIK has digits only, with no spaces, dots, hyphens or letters.",
      ],
      [{ problem: "length", length: 15 }, "NIK ini 15 angka, bukan 16.", "This NIK has 15 digits, not 16."],
      [
        { problem: "province" },
        "Dua angka pertama NIK bukan kode provinsi yang dikenal.",
        "The first two digits of the NIK are not a known province code.",
      ],
      [
        { problem: "birth_date" },
        "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang ada.",
        "Digits 7 to 12 of the NIK are not a real birth date.",
      ],
      [
        { problem: "serial" },
        "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.",
        "The NIK's serial (its last 4 digits) cannot be 0000.",
      ],
    ];
    for (const [params, id, en] of said) {
      expect(formatIssue(issue("INVALID_NIK", params), "id")).toBe(`${id} ${ID_SHAPE}`);
      expect(formatIssue(issue("INVALID_NIK", params), "en")).toBe(`${en} ${EN_SHAPE}`);
    }
    // A length problem without the length, or a problem no locale knows: the shape alone.
    for (const params of [{ problem: "length" }, { problem: "toString" }, { problem: "checksum" }]) {
      expect(formatIssue(issue("INVALID_NIK", params), "id")).toBe(ID_SHAPE);
      expect(formatIssue(issue("INVALID_NIK", params), "en")).toBe(EN_SHAPE);
    }
  });

  it("name the identifier formats of requirement kinds and policies", () => {
    const fmt = (format: string, locale: "id" | "en") => formatIssue(issue("INVALID_FORMAT", { format }), locale);
    expect(fmt("country_code", "id")).toBe("Harus kode negara dua huruf kapital (ISO 3166-1), misalnya JP atau KR.");
    expect(fmt("country_code", "en")).toBe(
      "Expected a two-letter country code in capitals (ISO 3166-1), for example JP or KR.",
    );
    expect(fmt("camel_case", "id")).toMatch(/^Harus berformat camelCase: .* misalnya minimumHeight\.$/);
    expect(fmt("camel_case", "en")).toMatch(/^Expected a camelCase id: .* for example minimumHeight\.$/);
    expect(fmt("screaming_snake", "id")).toMatch(/\(SCREAMING_SNAKE\), misalnya HEIGHT_BELOW_MINIMUM\.$/);
    expect(fmt("screaming_snake", "en")).toMatch(/\(SCREAMING_SNAKE\), for example HEIGHT_BELOW_MINIMUM\.$/);
    // A format named like an Object method is no format of the table.
    expect(fmt("toString", "en")).toBe("Not in the expected format (toString); see the documentation.");
  });
});

describe("reasons and actions that name an education level", () => {
  const reason = (min: string | undefined) =>
    ({ code: "EDUCATION_UNKNOWN", outcome: "unknown", params: min === undefined ? {} : { min } }) as never;

  it("names a minimum by its level: SD and Paket A as primary, the SLTA schools as senior secondary", () => {
    for (const min of ["SD", "PAKET_A"]) {
      expect(formatReason(reason(min), "id")).toBe("Pendidikan belum tercatat; syarat minimal SD atau sederajat.");
      expect(formatReason(reason(min), "en")).toBe(
        "Education is not recorded; the minimum is primary (SD) or equivalent.",
      );
    }
    for (const min of ["SMA", "SMK", "MA", "MAK", "PAKET_C"]) {
      expect(formatReason(reason(min), "id")).toBe("Pendidikan belum tercatat; syarat minimal SLTA atau sederajat.");
      expect(formatReason(reason(min), "en")).toBe(
        "Education is not recorded; the minimum is senior secondary (SLTA) or equivalent.",
      );
    }
    // Higher education, or a code no table knows, is named as written.
    expect(formatReason(reason("D3"), "en")).toBe("Education is not recorded; the minimum is D3.");
    expect(formatReason(reason("XYZ"), "id")).toBe("Pendidikan belum tercatat; syarat minimal XYZ.");
    const gap = { code: "EDUCATION_BELOW_MINIMUM", component: "eligibility", params: { min: "SD", education: "NONE" } };
    expect(formatGap(gap, "id")).toBe("Penuhi pendidikan minimal SD atau sederajat (saat ini tidak/belum sekolah).");
    expect(formatGap(gap, "en")).toBe("Reach the minimum education of primary (SD) or equivalent (now no schooling).");
  });
});

describe("record fields in Indonesian", () => {
  const future = (field: string) =>
    formatReason(
      { code: "DATE_IN_FUTURE", outcome: "fail", params: { field, date: "2027-01-01", asOf: "2026-01-01" } } as never,
      "id",
    );

  it("names known fields and lists, and shows an unknown one as it is written", () => {
    expect(future("documents[0].issuedOn")).toBe(
      "Tanggal terbit dokumen ke-1 (2027-01-01) berada setelah tanggal acuan 2026-01-01.",
    );
    expect(future("orientation.completedOn")).toBe(
      "Tanggal selesai orientasi pra pemberangkatan (2027-01-01) berada setelah tanggal acuan 2026-01-01.",
    );
    expect(future("passportScan")).toBe("PassportScan (2027-01-01) berada setelah tanggal acuan 2026-01-01.");
    expect(future("trainings[1].finishedOn")).toBe(
      "FinishedOn trainings ke-2 (2027-01-01) berada setelah tanggal acuan 2026-01-01.",
    );
    // Not a field path at all: shown as given.
    expect(future("a b")).toBe("A b (2027-01-01) berada setelah tanggal acuan 2026-01-01.");
  });
});

describe("language alternatives", () => {
  it("name a test no table knows by its code, and leave a missing minimum empty rather than 'undefined'", () => {
    const gap = {
      code: "LANGUAGE_RESULT_NEEDED",
      component: "language",
      params: { tests: "TOEFL,JLPT,CEFR", minimums: "80,N4" },
    };
    expect(formatGap(gap, "id")).toBe(
      "Raih hasil tes bahasa: TOEFL minimal 80 atau JLPT N4 atau lebih tinggi atau CEFR  atau lebih tinggi.",
    );
    expect(formatGap(gap, "en")).toBe("Obtain a language result: TOEFL ≥ 80 or JLPT ≥ N4 or CEFR ≥ .");
  });
});

describe("the helpers of the messages", () => {
  it("exampleDigits: n digits of the example code for a whole n from 1 to 24, else 4", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), (n) => {
        const s = exampleDigits(n);
        expect(s).toHaveLength(n);
        expect(s).toMatch(/^\d+$/);
        expect(s).toBe(exampleDigits(24).slice(0, n));
      }),
      { numRuns: 24 },
    );
    expect(exampleDigits(24)).toBe("367401234567890123456789");
    expect(exampleDigits(100)).toBe(exampleDigits(24));
    for (const odd of [0, -3, 2.5, Number.NaN, "6", undefined, null]) expect(exampleDigits(odd)).toBe("3674");
  });

  it("multiplesOf: 12 and 13 times a positive finite divisor, without float noise; 12 and 13 otherwise", () => {
    expect(multiplesOf(0.1)).toEqual(["1.2", "1.3"]);
    expect(multiplesOf(5)).toEqual(["60", "65"]);
    for (const odd of [0, -5, Number.POSITIVE_INFINITY, Number.NaN, "5", undefined]) {
      expect(multiplesOf(odd)).toEqual(["12", "13"]);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (d) => {
        expect(multiplesOf(d).map(Number)).toEqual([12 * d, 13 * d]);
      }),
      { numRuns: 50 },
    );
  });

  it("expectedTypes: the non-empty parts of a |-list; none for nothing", () => {
    expect(expectedTypes("string|number")).toEqual(["string", "number"]);
    expect(expectedTypes("||int|")).toEqual(["int"]);
    expect(expectedTypes(undefined)).toEqual([]);
    expect(expectedTypes(null)).toEqual([]);
    expect(EXAMPLE_NIK).toMatch(/^\d{16}$/);
  });
});

describe("messages of caller-defined kinds", () => {
  const reason = (code: string) => ({ code, outcome: "fail", params: { n: 1 } }) as never;
  const gap = (code: string) => ({ code, component: "skill", params: { n: 1 } });

  it("join the locale of their tag; a code keeps its first message; what is not a function is ignored", () => {
    addKindMessages(undefined as never);
    addKindMessages({
      en: { reasons: { BRANCH_TEST_REASON: (p: { n: number }) => `first ${p.n}`, BRANCH_TEST_JUNK: "not a function" } },
      id: { actions: { BRANCH_TEST_ACTION: (p: { n: number }) => `lakukan ${p.n}`, BRANCH_TEST_JUNK: 42 } },
      jv: undefined as never,
    });
    addKindMessages({
      en: {
        reasons: { BRANCH_TEST_REASON: () => "second" },
        actions: { BRANCH_TEST_ACTION: () => "do it" },
      },
      id: { actions: { BRANCH_TEST_ACTION: () => "kedua" } },
    });
    expect(formatReason(reason("BRANCH_TEST_REASON"), "en")).toBe("first 1");
    expect(formatGap(gap("BRANCH_TEST_ACTION"), "id")).toBe("lakukan 1");
    expect(formatGap(gap("BRANCH_TEST_ACTION"), "en")).toBe("do it");
    // The Indonesian locale has no reason for it: the code and its params, never English.
    expect(formatReason(reason("BRANCH_TEST_REASON"), "id")).toBe("BRANCH_TEST_REASON (n=1)");
    // A gap without an action reads as its reason.
    expect(formatGap(gap("BRANCH_TEST_REASON"), "en")).toBe("first 1");
    // Values that are not functions never became messages.
    expect(formatReason(reason("BRANCH_TEST_JUNK"), "en")).toBe("BRANCH_TEST_JUNK (n=1)");
    expect(formatGap(gap("BRANCH_TEST_JUNK"), "id")).toBe("BRANCH_TEST_JUNK (n=1)");
  });

  it("reach a caller's locale through its fallback", () => {
    addKindMessages({ en: { reasons: { BRANCH_TEST_FALLBACK: () => "from English" } } });
    const ja = { tag: "ja", fallback: LOCALES.en };
    expect(formatReason(reason("BRANCH_TEST_FALLBACK"), ja)).toBe("from English");
  });
});

describe("localized text", () => {
  it("is the chain's tag, else Indonesian, else empty when there is no Indonesian text either", () => {
    const ja = { tag: "ja", fallback: LOCALES.en };
    expect(localized({ id: "Teks", en: "Text", ja: "テキスト" }, ja)).toBe("テキスト");
    expect(localized({ id: "Teks", en: "Text" }, ja)).toBe("Text");
    expect(localized({ id: "Teks", fr: "Texte" } as never, { tag: "ja" })).toBe("Teks");
    expect(localized({ fr: "Texte" } as never, { tag: "ja" })).toBe("");
    expect(localized({ id: 7 } as never, LOCALES.id)).toBe("");
    expect(localized(undefined, LOCALES.id)).toBe("");
  });
});
