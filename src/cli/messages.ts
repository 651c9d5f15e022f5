/**
 * The CLI's own texts (what the library's locales do not hold: how the run went, what is wrong
 * with a file), in Bahasa Indonesia and English.
 */
import type { LocaleTag as Locale } from "../core/codes.js";
import type { InputError, Notice } from "../report/records.js";

type Params = Readonly<Record<string, string | number>>;

interface CliText {
  readonly input: Readonly<Record<InputError["code"], (p: Params) => string>>;
  readonly notice: (n: Notice) => string;
  /** "line 7", "baris 7". */
  readonly line: (line: number) => string;
  readonly column: (column: string) => string;
  readonly invalid: string;
  readonly finding: string;
  readonly counts: (c: { total: number; assessed: number; invalid: number; findings: number }) => string;
  readonly duplicateNik: (p: { nik: string; line: number }) => string;
  readonly duplicateId: (p: { id: string; line: number }) => string;
  readonly unknownTrack: (track: string) => string;
  readonly unknownSkillTest: (test: string) => string;
  readonly explain: {
    readonly missing: (id: string, total: number) => string;
    readonly duplicated: (id: string, lines: string) => string;
    readonly invalid: (id: string) => string;
  };
  readonly limited: (shown: number, total: number) => string;
  readonly usage: {
    readonly asOf: (v: string) => string;
    readonly appliedOn: (v: string) => string;
    readonly target: (v: string) => string;
    readonly policyUnreadable: (file: string, detail: string) => string;
    readonly policyInvalid: (file: string, detail: string) => string;
    readonly unreadable: (detail: string) => string;
  };
}

const DELIMITER_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  ",": ["koma (,)", "comma (,)"],
  ";": ["titik koma (;)", "semicolon (;)"],
  "\t": ["tab", "tab"],
};

const ID: CliText = {
  input: {
    NOT_A_FILE: (p) => `${p.file} bukan berkas.`,
    UNREADABLE: (p) => `${p.file} tidak dapat dibaca: berkas tidak ada atau tidak boleh dibaca.`,
    EMPTY: () => "Berkas kosong: tidak ada data peserta.",
    HEADER_ONLY: () => "Berkas hanya berisi baris judul kolom, tanpa data peserta.",
    NO_RECORDS: () => "Berkas tidak berisi data peserta.",
    MISNAMED_XLSX: (p) =>
      `${p.file} adalah buku kerja Excel (xlsx) walaupun namanya berakhiran .${p.ext}: ganti namanya menjadi .xlsx, atau simpan ulang sebagai CSV.`,
    NOT_XLSX: (p) => `${p.file} bukan buku kerja Excel (xlsx) yang dapat dibaca.`,
    OLD_XLS: (p) => `${p.file} berformat Excel lama (.xls): simpan ulang sebagai .xlsx atau CSV UTF-8.`,
    BINARY: (p) => `${p.file} bukan berkas teks (CSV, JSON, JSONL) maupun buku kerja xlsx.`,
    BAD_HEADER: (p) =>
      [
        p.duplicated ? `kolom ganda: ${p.duplicated}` : "",
        p.unknown
          ? `kolom tidak dikenal: ${p.unknown} (lihat docs/cli.md untuk daftar kolom, atau lewati dengan --ignore-column)`
          : "",
      ]
        .filter((x) => x !== "")
        .join("; ")
        .replace(/^./, (c) => `Baris judul kolom tidak dapat dipakai: ${c}`),
    MALFORMED_HEADER: (p) => `Baris judul kolom (baris ${p.line}) tidak dapat dibaca: periksa tanda petik.`,
    NO_SUCH_SHEET: (p) => `Lembar kerja "${p.sheet}" tidak ada. ${p.detail}`,
    UNREADABLE_XLSX: (p) => `Buku kerja tidak dapat dibaca sampai akhir (${p.detail}).`,
  },
  notice: (n) =>
    n.code === "DELIMITER"
      ? `Pemisah kolom CSV: ${DELIMITER_NAMES[n.delimiter]?.[0]}.`
      : n.code === "ENCODING"
        ? `Berkas dibaca sebagai ${n.encoding} (bukan UTF-8).`
        : `Lembar kerja: ${n.sheet}.`,
  line: (line) => `baris ${line}`,
  column: (column) => `kolom ${column}`,
  invalid: "data tidak sah",
  finding: "temuan",
  counts: (c) =>
    `${c.total} data peserta: ${c.assessed} dinilai, ${c.invalid} tidak sah${c.findings > 0 ? `, ${c.findings} temuan pemeriksaan data` : ""}.`,
  duplicateNik: (p) => `NIK ${p.nik} sama dengan data peserta di baris ${p.line}.`,
  duplicateId: (p) => `ID "${p.id}" sama dengan data peserta di baris ${p.line}.`,
  unknownTrack: (t) =>
    `Program pelatihan "${t}" tidak ada dalam katalog, jadi tidak dipakai dalam penilaian: periksa kodenya (lihat "sentra-vokasi tracks").`,
  unknownSkillTest: (t) =>
    `Uji keterampilan "${t}" tidak dikenal, jadi tidak dipakai dalam penilaian: periksa kodenya.`,
  explain: {
    missing: (id, total) => `Tidak ada data peserta dengan ID "${id}" di antara ${total} data.`,
    duplicated: (id, lines) => `ID "${id}" dipakai lebih dari satu data peserta: ${lines}.`,
    invalid: (id) => `Data peserta dengan ID "${id}" tidak sah:`,
  },
  limited: (shown, total) => `… ${shown} dari ${total} baris ditampilkan (--limit).`,
  usage: {
    asOf: (v) => `--as-of harus tanggal yang ada, berformat TTTT-BB-HH (tertulis "${v}").`,
    appliedOn: (v) => `--applied-on harus tanggal yang ada, berformat TTTT-BB-HH (tertulis "${v}").`,
    target: (v) => `tujuan penempatan "${v}" tidak dikenal; jalankan "sentra-vokasi targets" untuk daftarnya.`,
    policyUnreadable: (f, d) => `--policy ${f} bukan berkas JSON yang dapat dibaca (${d}).`,
    policyInvalid: (f, d) => `--policy ${f} bukan kebijakan yang sah: ${d}`,
    unreadable: (d) => `masukan tidak dapat dibaca sampai akhir (${d}).`,
  },
};

const EN: CliText = {
  input: {
    NOT_A_FILE: (p) => `${p.file} is not a file.`,
    UNREADABLE: (p) => `cannot read ${p.file}: no such file or not readable.`,
    EMPTY: () => "The file is empty: it holds no candidate records.",
    HEADER_ONLY: () => "The file holds only a header row, no candidate records.",
    NO_RECORDS: () => "The file holds no candidate records.",
    MISNAMED_XLSX: (p) =>
      `${p.file} is an Excel workbook (xlsx) although its name ends in .${p.ext}: rename it .xlsx, or save it as CSV.`,
    NOT_XLSX: (p) => `${p.file} is not a readable Excel workbook (xlsx).`,
    OLD_XLS: (p) => `${p.file} is an old Excel workbook (.xls): save it as .xlsx or CSV UTF-8.`,
    BINARY: (p) => `${p.file} is neither a text file (CSV, JSON, JSONL) nor an xlsx workbook.`,
    BAD_HEADER: (p) =>
      [
        p.duplicated ? `duplicated columns: ${p.duplicated}` : "",
        p.unknown
          ? `unknown columns: ${p.unknown} (see docs/cli.md for the columns, or skip them with --ignore-column)`
          : "",
      ]
        .filter((x) => x !== "")
        .join("; ")
        .replace(/^./, (c) => `The header row cannot be used: ${c}`),
    MALFORMED_HEADER: (p) => `The header row (line ${p.line}) cannot be read: check its quotes.`,
    NO_SUCH_SHEET: (p) => `There is no sheet "${p.sheet}". ${p.detail}`,
    UNREADABLE_XLSX: (p) => `The workbook cannot be read to the end (${p.detail}).`,
  },
  notice: (n) =>
    n.code === "DELIMITER"
      ? `CSV delimiter: ${DELIMITER_NAMES[n.delimiter]?.[1]}.`
      : n.code === "ENCODING"
        ? `The file was read as ${n.encoding} (not UTF-8).`
        : `Sheet: ${n.sheet}.`,
  line: (line) => `line ${line}`,
  column: (column) => `column ${column}`,
  invalid: "invalid record",
  finding: "finding",
  counts: (c) =>
    `${c.total} records: ${c.assessed} assessed, ${c.invalid} invalid${c.findings > 0 ? `, ${c.findings} data-quality findings` : ""}.`,
  duplicateNik: (p) => `NIK ${p.nik} is the same as the record on line ${p.line}.`,
  duplicateId: (p) => `ID "${p.id}" is the same as the record on line ${p.line}.`,
  unknownTrack: (t) =>
    `The training track "${t}" is not in the catalogue, so the assessment does not use it: check its code (see "sentra-vokasi tracks").`,
  unknownSkillTest: (t) => `The skill test "${t}" is not known, so the assessment does not use it: check its code.`,
  explain: {
    missing: (id, total) => `No record has the id "${id}" among ${total} records.`,
    duplicated: (id, lines) => `The id "${id}" is used by more than one record: ${lines}.`,
    invalid: (id) => `The record with id "${id}" is invalid:`,
  },
  limited: (shown, total) => `… ${shown} of ${total} rows shown (--limit).`,
  usage: {
    asOf: (v) => `--as-of must be a real date written YYYY-MM-DD (got "${v}").`,
    appliedOn: (v) => `--applied-on must be a real date written YYYY-MM-DD (got "${v}").`,
    target: (v) => `unknown target "${v}"; run "sentra-vokasi targets" for the list.`,
    policyUnreadable: (f, d) => `--policy ${f} is not a readable JSON file (${d}).`,
    policyInvalid: (f, d) => `--policy ${f} is not a valid policy: ${d}`,
    unreadable: (d) => `the input could not be read to the end (${d}).`,
  },
};

/** Names of the readiness components, for tables and summaries. */
export const COMPONENT_TEXT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: {
    eligibility: "Kelayakan",
    skill: "Keterampilan",
    language: "Bahasa",
    health: "Kesehatan",
    documents: "Dokumen",
    orientation: "Orientasi",
  },
  en: {
    eligibility: "Eligibility",
    skill: "Skill",
    language: "Language",
    health: "Health",
    documents: "Documents",
    orientation: "Orientation",
  },
};

/** Short names of audit findings, for the summary's counts. */
export const FINDING_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: {
    NIK_BIRTHDATE_MISMATCH: "Tanggal lahir tidak cocok dengan NIK",
    NIK_SEX_MISMATCH: "Jenis kelamin tidak cocok dengan NIK",
    NIK_DOMICILE_MISMATCH: "Provinsi domisili tidak cocok dengan NIK",
    DATE_IN_FUTURE: "Tanggal sesudah tanggal penilaian",
    END_BEFORE_START: "Tanggal akhir mendahului tanggal mulai",
    DOMICILE_REGION_MISMATCH: "Kabupaten/kota di luar provinsi domisili",
    DUPLICATE_NIK: "NIK sama dengan data peserta lain",
    DUPLICATE_ID: "ID sama dengan data peserta lain",
    UNKNOWN_TRACK: "Program pelatihan tidak dikenal (tidak dipakai dalam penilaian)",
    UNKNOWN_SKILL_TEST: "Uji keterampilan tidak dikenal (tidak dipakai dalam penilaian)",
  },
  en: {
    NIK_BIRTHDATE_MISMATCH: "Birth date disagrees with the NIK",
    NIK_SEX_MISMATCH: "Sex disagrees with the NIK",
    NIK_DOMICILE_MISMATCH: "Province of domicile disagrees with the NIK",
    DATE_IN_FUTURE: "Date after the assessment day",
    END_BEFORE_START: "End date before start date",
    DOMICILE_REGION_MISMATCH: "Regency outside the province of domicile",
    DUPLICATE_NIK: "NIK shared with another record",
    DUPLICATE_ID: "ID shared with another record",
    UNKNOWN_TRACK: "Unknown training track (not used in the assessment)",
    UNKNOWN_SKILL_TEST: "Unknown skill test (not used in the assessment)",
  },
};

/** The CLI's texts in a locale. */
export const CLI_TEXT: Readonly<Record<Locale, CliText>> = { id: ID, en: EN };
