import type { GapParams, WaitParams } from "../core/codes.js";
import type {
  ActionMessages,
  CompleteLocale,
  IssueMessages,
  LocaleNames,
  LocaleText,
  ReasonMessages,
} from "./locale.js";
import { EDUCATION_NAMES, EXAMPLE_NIK, exampleDigits, expectedTypes, multiplesOf, TEST_NAMES } from "./names.js";

const s = (v: unknown) => String(v ?? "");
const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

const names: LocaleNames = {
  documents: {
    KTP: "KTP-el",
    KK: "Kartu Keluarga (KK)",
    BIRTH_CERTIFICATE: "akta kelahiran",
    IJAZAH: "ijazah",
    PASSPORT: "paspor",
    PASSPORT_RECOMMENDATION: "surat rekomendasi paspor dari Disnaker",
    SKCK: "SKCK",
    FAMILY_CONSENT: "surat izin suami/istri, orang tua, atau wali yang diketahui kepala desa/lurah",
    MARITAL_STATUS: "surat keterangan status perkawinan",
    MARRIAGE_BOOK: "buku nikah/akta perkawinan",
    BPJS_KETENAGAKERJAAN: "bukti kepesertaan BPJS Ketenagakerjaan",
    JKN: "kartu JKN",
    VISA: "visa kerja",
    WORK_CONTRACT: "perjanjian kerja",
    PLACEMENT_AGREEMENT: "perjanjian penempatan",
    PROFESSIONAL_REGISTRATION: "surat tanda registrasi (STR)",
    E_PMI: "E-PMI",
  },
  tests: TEST_NAMES,
  aspects: { medical: "kesehatan", psychological: "psikologi" },
  skillTests: {
    JP_SSW_CAREGIVING_SKILL: "uji keterampilan pengasuh lansia SSW (Kaigo Ginou Hyoka Shiken)",
    JP_NURSING_CARE_JAPANESE: "uji bahasa Jepang bidang pengasuhan lansia (Kaigo Nihongo Hyoka Shiken)",
    JP_SSW_MANUFACTURING_SKILL: "uji keterampilan SSW bidang manufaktur",
    KR_EPS_SKILL_TEST: "uji keterampilan dan kompetensi EPS (tahap 2)",
  },
  countries: {
    JP: "Jepang",
    KR: "Korea Selatan",
    TW: "Taiwan",
    HK: "Hong Kong",
    MY: "Malaysia",
    DE: "Jerman",
    SA: "Arab Saudi",
    AU: "Australia",
    ID: "Indonesia",
  },
};

/** The Indonesian title of a skill test, or its id when none is known. */
const skillTest = (test: string | undefined) => names.skillTests?.[String(test)] ?? String(test ?? "");
/** Where a moratorium applies: the country by name, else the target's id. */
const place = (p: { destination?: string; target?: string }) =>
  p.destination === undefined || p.destination === "" ? String(p.target ?? "") : country(p.destination);
/** A country by name ("Jepang"), or its code when none is known. */
const country = (code: string | undefined) => names.countries?.[String(code)] ?? String(code ?? "");

const LISTS: Readonly<Record<string, string>> = {
  documents: "dokumen",
  medicalChecks: "pemeriksaan kesehatan",
  languageResults: "tes bahasa",
  enrollments: "pelatihan",
  unitResults: "uji unit kompetensi",
  certificates: "sertifikat",
  orientation: "orientasi pra pemberangkatan",
};
const FIELDS: Readonly<Record<string, string>> = {
  birthDate: "tanggal lahir",
  issuedOn: "tanggal terbit",
  expiresOn: "tanggal habis berlaku",
  examinedOn: "tanggal",
  certificateIssuedOn: "tanggal terbit surat keterangan sehat",
  takenOn: "tanggal",
  startedOn: "tanggal mulai",
  completedOn: "tanggal selesai",
  assessedOn: "tanggal",
};
/** A field path of the record (`documents[0].issuedOn`) as a label: "tanggal terbit dokumen ke-1". */
const field = (path: string | undefined) => {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/.exec(String(path ?? ""));
  if (m === null) return String(path ?? "");
  const [, a, index, b] = m;
  if (b === undefined) return FIELDS[String(a)] ?? String(a);
  const what = `${FIELDS[b] ?? b} ${LISTS[String(a)] ?? a}`;
  return index === undefined ? what : `${what} ke-${Number(index) + 1}`;
};

const doc = (kind: string) =>
  Object.hasOwn(names.documents, kind) ? names.documents[kind as keyof LocaleNames["documents"]] : kind;
const aspect = (a: string) => (a === "medical" || a === "psychological" ? names.aspects[a] : a);

const kinds = (list: string | undefined) =>
  String(list ?? "")
    .split(",")
    .filter(Boolean)
    .map(doc)
    .join(", ");

const text: LocaleText = {
  status: { ready: "SIAP", not_ready: "BELUM SIAP", ineligible: "TIDAK MEMENUHI SYARAT" },
  gate: { placement: "penempatan", departure: "keberangkatan" },
  headline: (p) => `${p.status} untuk ${p.target} (${p.gate}) per ${p.asOf}, skor ${p.score}/100.`,
  readyFrom: (day) => `Siap mulai ${day} tanpa tindakan lain.`,
  validUntil: (day) => `Kesiapan berlaku sampai ${day}.`,
  or: " atau ",
  sex: { F: "perempuan", M: "laki-laki" },
};

/** "F,M" → "perempuan dan laki-laki". */
const sexes = (list: string | undefined) =>
  String(list ?? "")
    .split(",")
    .map((x) => (x === "F" ? text.sex.F : x === "M" ? text.sex.M : x))
    .join(" dan ");

/** Where a health certificate's validity was counted from. */
const counted = (from: string | undefined) =>
  from === "certificateIssuedOn"
    ? "sejak tanggal terbit surat keterangan sehat"
    : "sejak tanggal pemeriksaan (tanggal terbit tidak tercatat)";

/** The application day of an age judged at application, and whether it was assumed. */
const applied = (p: { appliedOn: string; assumed: boolean }) =>
  p.assumed ? `${p.appliedOn}, tanggal penilaian karena tanggal pendaftaran tidak diberikan` : p.appliedOn;

/** An education code as written: "MTs", "Paket B", "SMK". */
const edu = (e: string | undefined) => EDUCATION_NAMES[String(e)] ?? String(e ?? "");
/** A minimum named by its level: "SLTP atau sederajat" for SMP, "SLTA atau sederajat" for SMA. */
const level = (min: string | undefined) =>
  min === "SD" || min === "PAKET_A"
    ? "SD atau sederajat"
    : min === "SMP" || min === "MTS" || min === "PAKET_B"
      ? "SLTP atau sederajat"
      : min === "SMA" || min === "SMK" || min === "MA" || min === "MAK" || min === "PAKET_C"
        ? "SLTA atau sederajat"
        : edu(min);

/** A language minimum in words: "N4 atau lebih tinggi" for a level, "minimal 200" for a score. */
const wanted = (test: string | undefined, min: string | undefined) =>
  test === "JLPT" || test === "CEFR" ? `${min ?? ""} atau lebih tinggi` : `minimal ${min ?? ""}`;

const reasons: ReasonMessages = {
  AGE_WITHIN_RANGE: (p) => `Usia ${p.age} tahun berada dalam rentang ${p.min}–${p.max} tahun.`,
  AGE_AT_LEAST_MINIMUM: (p) => `Usia ${p.age} tahun memenuhi batas minimal ${p.min} tahun.`,
  AGE_BELOW_MINIMUM: (p) => `Usia ${p.age} tahun di bawah batas minimal ${p.min} tahun.`,
  AGE_ABOVE_MAXIMUM: (p) => `Usia ${p.age} tahun melewati batas maksimal ${p.max} tahun.`,
  AGE_AT_APPLICATION_WITHIN_RANGE: (p) =>
    `Usia ${p.age} tahun pada saat mendaftar (${applied(p)}) berada dalam rentang ${p.min}–${p.max} tahun.`,
  AGE_AT_APPLICATION_AT_LEAST_MINIMUM: (p) =>
    `Usia ${p.age} tahun pada saat mendaftar (${applied(p)}) memenuhi batas minimal ${p.min} tahun.`,
  AGE_AT_APPLICATION_BELOW_MINIMUM: (p) =>
    `Usia ${p.age} tahun pada saat mendaftar (${applied(p)}) di bawah batas minimal ${p.min} tahun.`,
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: (p) =>
    `Usia ${p.age} tahun pada saat mendaftar (${applied(p)}) melewati batas maksimal ${p.max} tahun.`,
  BIRTH_DATE_UNKNOWN: () => "Tanggal lahir tidak tercatat atau tidak sah.",
  AS_OF_BEFORE_BIRTH: (p) =>
    `Usia tidak dapat dinilai: tanggal penilaian ${p.asOf} mendahului tanggal lahir; periksa kedua tanggal itu.`,
  INVALID_APPLIED_ON: () => "Tanggal pendaftaran tidak sah; tulis sebagai YYYY-MM-DD.",
  INVALID_AS_OF: () => "Tanggal penilaian tidak sah; tulis sebagai YYYY-MM-DD.",
  POLICY_PARAMETER_MISSING: (p) => `Kebijakan tidak memuat parameter ${p.parameter} yang berlaku pada ${p.asOf}.`,
  NIK_BIRTHDATE_MISMATCH: (p) => `Tanggal lahir dalam NIK ${p.nik} tidak sama dengan tanggal lahir yang dicatat.`,
  NIK_SEX_MISMATCH: (p) =>
    `Jenis kelamin dalam NIK ${p.nik} tidak sama dengan jenis kelamin yang dicatat (${p.sex === "F" ? text.sex.F : text.sex.M}).`,
  NIK_DOMICILE_MISMATCH: (p) =>
    `Kode provinsi NIK ${p.nik} (${p.nikProvinceCode}) berbeda dengan provinsi domisili (${p.provinceCode}).`,
  DATE_IN_FUTURE: (p) => `${cap(field(p.field))} (${p.date}) berada setelah tanggal acuan ${p.asOf}.`,
  END_BEFORE_START: (p) => `${cap(field(p.field))} (${p.date}) mendahului tanggal mulainya (${p.start}).`,
  DOMICILE_REGION_MISMATCH: (p) => `Kode kabupaten/kota ${p.regencyCode} tidak berada di provinsi ${p.provinceCode}.`,
  SEX_ADMITTED: (p) => `Skema ini menerima pekerja ${sexes(p.sex)}.`,
  SEX_NOT_ADMITTED: (p) => `Skema ini tidak menerima pekerja ${sexes(p.sex)}; hanya ${sexes(p.admitted)}.`,
  SEX_UNKNOWN: (p) => `Jenis kelamin belum tercatat; skema ini hanya menerima pekerja ${sexes(p.admitted)}.`,
  EDUCATION_MEETS_MINIMUM: (p) => `Pendidikan ${edu(p.education)} memenuhi syarat minimal ${level(p.min)}.`,
  EDUCATION_BELOW_MINIMUM: (p) => `Pendidikan ${edu(p.education)} di bawah syarat minimal ${level(p.min)}.`,
  EDUCATION_UNKNOWN: (p) => `Pendidikan belum tercatat; syarat minimal ${level(p.min)}.`,
  DESTINATION_OPEN: (p) => `Penempatan ke ${country(p.destination)} (${p.target}) terbuka.`,
  DESTINATION_CLOSED: (p) =>
    `Penempatan ke ${country(p.destination)} (${p.target}) ditutup (moratorium) sejak ${p.since}.`,
  UNKNOWN_TARGET: (p) => `Tujuan penempatan ${p.target} tidak dikenal dalam kebijakan ini.`,
  TARGET_ACTIVE: (p) => `Tujuan penempatan ${p.target} berlaku sampai ${p.until}.`,
  TARGET_RETIRED: (p) => `Tujuan penempatan ${p.target} sudah dihentikan sejak ${p.since}.`,
  PLAN_NO_TRACK: (p) => `Tidak ada program pelatihan dalam katalog yang mencakup unit ${p.units}.`,
  PLAN_NO_WAVE: (p) => `Tidak ada gelombang pelatihan ${p.track} yang dimulai sesudah ${p.after}.`,
  PLAN_NO_SITTING: (p) => `Tidak ada jadwal ujian ${p.test} sesudah ${p.after}.`,
  PLAN_NOT_CONVERGED: (p) => `Rencana tidak dapat diselesaikan dalam ${p.rounds} putaran.`,
  REQUIREMENT_ERROR: (p) => `Syarat jenis ${p.kind} gagal dinilai (galat pada definisinya).`,
  UNKNOWN_REQUIREMENT_KIND: (p) => `Jenis syarat ${p.kind} tidak terdaftar; syarat ini tidak dapat dinilai.`,
  LANGUAGE_NOT_REQUIRED: () => "Tidak ada syarat bahasa.",
  LANGUAGE_REQUIREMENT_MET: (p) =>
    `Hasil ${names.tests[p.test] ?? p.test} ${p.result} (${p.takenOn}) memenuhi syarat ${wanted(p.test, p.min)}.`,
  LANGUAGE_RESULT_TOO_LOW: (p) =>
    `Hasil ${names.tests[p.test] ?? p.test} ${p.result} belum memenuhi syarat ${wanted(p.test, p.min)}.`,
  LANGUAGE_RESULT_EXPIRED: (p) =>
    `Hasil ${names.tests[p.test] ?? p.test} ${p.result} dari ${p.takenOn} sudah tidak berlaku (berlaku sampai ${p.lastValidDay}, dihitung ${p.countedFrom === "announcedOn" ? "sejak pengumuman hasil" : "sejak tanggal tes karena tanggal pengumuman tidak tercatat"}).`,
  LANGUAGE_RESULT_MISSING: (p) => `Belum ada hasil ${names.tests[p.test] ?? p.test}; syarat minimal ${p.min}.`,
  COMPETENCY_UNITS_COVERED: (p) => `Sertifikat kompetensi yang berlaku mencakup ${p.count} unit yang disyaratkan.`,
  COMPETENCY_UNITS_MISSING: (p) => `Belum ada sertifikat kompetensi untuk ${p.count} unit: ${p.units}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Sertifikat kompetensi untuk ${p.count} unit sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}): ${p.units}.`,
  SKILL_TEST_PASSED: (p) => `${cap(skillTest(p.test))} sudah lulus.`,
  SKILL_TEST_MISSING: (p) => `${cap(skillTest(p.test))} belum tercatat.`,
  SKILL_TEST_EXPIRED: (p) => `${cap(skillTest(p.test))} sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}).`,
  NO_CERTIFICATION_REQUIRED: (p) => `Tujuan penempatan ${p.target} tidak mensyaratkan sertifikat.`,
  TRAINING_AGE_NOT_YET_IN_FORCE: (p) => `Belum ada batas usia pelatihan yang berlaku; berlaku mulai ${p.from}.`,
  TRAINING_OFFER_NOT_COVERED: (p) =>
    `Usia ${p.age} tahun di luar tawaran pelatihan sentra vokasi (sampai ${p.max} tahun); skema dengan batas usia lebih tinggi masih mungkin.`,
  TRACK_TARGETS_ADMIT_AGE: (p) => `Tujuan penempatan program ini menerima usia ${p.age} tahun: ${p.targets}.`,
  TRACK_TARGETS_EXCLUDE_AGE: (p) => `Tidak ada tujuan penempatan program ini yang menerima usia ${p.age} tahun.`,
  TRACK_DESTINATION_MATCH: (p) => `Program ini menyiapkan penempatan ke ${country(p.destination)}.`,
  TRACK_DESTINATION_MISMATCH: (p) => `Program ini tidak menyiapkan penempatan ke ${country(p.destination)}.`,
  TRACK_PROGRESS: (p) => `Kemajuan pelatihan ${p.percent}%.`,
  MEDICAL_FIT: (p) =>
    `Pemeriksaan ${aspect(p.aspect)} ${p.examinedOn}: layak kerja (fit); masa berlaku dihitung ${counted(p.countedFrom)}.`,
  MEDICAL_UNFIT: (p) => `Pemeriksaan ${aspect(p.aspect)} ${p.examinedOn}: tidak layak kerja (unfit).`,
  MEDICAL_CHECK_MISSING: (p) => `Belum ada pemeriksaan ${aspect(p.aspect)}.`,
  MEDICAL_CHECK_EXPIRED: (p) =>
    `Surat keterangan sehat dari pemeriksaan ${aspect(p.aspect)} ${p.examinedOn} sudah tidak berlaku (berlaku sampai ${p.lastValidDay}, dihitung ${counted(p.countedFrom)}).`,
  PREGNANCY_TEST_RECENT: (p) =>
    `Pemeriksaan laboratorium menjelang keberangkatan ${p.testedOn} (paling lama ${p.withinDays} hari sebelumnya) tercatat.`,
  PREGNANCY_TEST_MISSING: (p) =>
    `Belum ada pemeriksaan laboratorium (tes kehamilan) dalam ${p.withinDays} hari sebelum keberangkatan.`,
  PREGNANCY_TEST_TOO_OLD: (p) =>
    `Pemeriksaan laboratorium ${p.testedOn} lebih dari ${p.withinDays} hari sebelum keberangkatan; ulangi.`,
  HEALTH_CERTIFICATE_VOID: () => "Surat keterangan sehat tidak berlaku menurut pemeriksaan laboratorium terakhir.",
  HEALTH_REQUIREMENT_MET: () => "Syarat kesehatan nasional yang berlaku saat itu terpenuhi.",
  HEALTH_REQUIREMENT_NOT_MET: () => "Syarat kesehatan nasional yang berlaku saat itu tidak terpenuhi.",
  HEALTH_REQUIREMENT_UNKNOWN: () =>
    "Hasil pemeriksaan untuk syarat kesehatan nasional yang berlaku saat itu belum tercatat.",
  COLOUR_VISION_NORMAL: () => "Penglihatan warna normal.",
  COLOUR_VISION_DEFICIENT: () => "Buta warna, sedangkan tujuan penempatan ini mensyaratkan penglihatan warna normal.",
  COLOUR_VISION_UNKNOWN: () => "Hasil tes buta warna belum tercatat.",
  DOCUMENT_PRESENT: (p) => `Dokumen ${doc(p.kind)} tersedia.`,
  DOCUMENT_MISSING: (p) => `Dokumen ${doc(p.kind)} belum ada.`,
  DOCUMENT_EXPIRED: (p) => `Dokumen ${doc(p.kind)} sudah kedaluwarsa (berlaku sampai ${p.lastValidDay}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) =>
    `Sisa masa berlaku paspor (sampai ${p.expiresOn}) kurang dari ${p.minMonths} bulan.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Tanggal habis berlaku paspor belum tercatat.",
  MARITAL_STATUS_UNKNOWN: (p) => `Status perkawinan belum tercatat; bila menikah, diperlukan ${kinds(p.kinds)}.`,
  ORIENTATION_COMPLETED: (p) => `Orientasi Pra Pemberangkatan (OPP) selesai ${p.completedOn}.`,
  ORIENTATION_MISSING: () => "Orientasi Pra Pemberangkatan (OPP) belum tercatat.",
};

function alternatives(p: GapParams["LANGUAGE_RESULT_NEEDED"]): string {
  const tests = s(p.tests).split(",").filter(Boolean);
  const mins = s(p.minimums).split(",");
  return tests.map((t, i) => `${names.tests[t] ?? t} ${wanted(t, mins[i])}`).join(text.or);
}

/** What `renew` names: a readiness component, or a document kind. */
const RENEWED: Readonly<Record<string, string>> = {
  health: "pemeriksaan kesehatan",
  language: "hasil tes bahasa",
  skill: "sertifikat kompetensi atau uji keterampilan",
  orientation: "Orientasi Pra Pemberangkatan (OPP)",
  documents: "dokumen",
};
const renewed = (x: string) => RENEWED[x] ?? doc(x);

/** What a wait alone does not fix (`renew`, `lapsesOn`), as the end of its sentence; "" when waiting is enough. */
function lapse(p: WaitParams): string {
  const what = s(p.renew).split(",").filter(Boolean);
  if (what.length === 0 || p.lapsesOn === undefined) return "";
  if (what.includes("eligibility")) {
    return ", tetapi menunggu saja tidak cukup: syarat kelayakan lain berakhir sebelum tanggal itu";
  }
  const list = what.map(renewed);
  const names = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} dan ${list.at(-1)}`;
  return `; sebelum itu, perbarui ${names} (${list.length === 1 ? "tidak berlaku lagi" : "yang pertama tidak berlaku lagi"} mulai ${s(p.lapsesOn)})`;
}

const actions: ActionMessages = {
  AGE_BELOW_MINIMUM: (p) =>
    p.from
      ? `Tunggu sampai ${s(p.from)}: usia minimal ${s(p.min)} tahun${lapse(p)}.`
      : `Usia minimal ${s(p.min)} tahun belum tercapai.`,
  AGE_ABOVE_MAXIMUM: (p) =>
    `Usia melewati batas ${s(p.max)} tahun untuk tujuan penempatan ini: pertimbangkan tujuan penempatan lain.`,
  AGE_AT_APPLICATION_BELOW_MINIMUM: (p) =>
    p.from
      ? `Daftar paling cepat ${s(p.from)}: usia minimal ${s(p.min)} tahun pada saat mendaftar${lapse(p)}.`
      : `Daftar ulang setelah mencapai usia ${s(p.min)} tahun.`,
  AGE_AT_APPLICATION_ABOVE_MAXIMUM: (p) =>
    `Usia pada saat mendaftar melewati batas ${s(p.max)} tahun untuk tujuan penempatan ini: pilih tujuan lain.`,
  DESTINATION_CLOSED: (p) =>
    p.from
      ? `Tunggu dibukanya kembali penempatan ke ${place(p)} pada ${s(p.from)}${lapse(p)}.`
      : `Penempatan ke ${place(p)} ditutup (moratorium sejak ${s(p.since)}): pilih tujuan penempatan lain.`,
  COLOUR_VISION_DEFICIENT: () =>
    "Tujuan penempatan ini mensyaratkan penglihatan warna normal: pilih tujuan penempatan lain.",
  SEX_NOT_ADMITTED: (p) => `Skema ini hanya menerima pekerja ${sexes(p.admitted)}: pilih tujuan penempatan lain.`,
  SEX_UNKNOWN: () => "Catat jenis kelamin sesuai KTP-el.",
  EDUCATION_UNKNOWN: (p) => `Catat pendidikan terakhir (minimal ${level(p.min)}).`,
  EDUCATION_BELOW_MINIMUM: (p) => `Penuhi pendidikan minimal ${level(p.min)} (saat ini ${edu(p.education)}).`,
  BIRTH_DATE_UNKNOWN: () => "Catat tanggal lahir yang sah.",
  AS_OF_BEFORE_BIRTH: (p) =>
    `Periksa tanggal lahir dan tanggal penilaian (${s(p.asOf)}): tanggal penilaian tidak boleh mendahului tanggal lahir.`,
  DOCUMENT_MISSING: (p) => `Lengkapi ${doc(s(p.kind))}.`,
  DOCUMENT_EXPIRED: (p) => `Perbarui ${doc(s(p.kind))} (habis berlaku ${s(p.lastValidDay)}).`,
  PASSPORT_VALIDITY_TOO_SHORT: (p) => `Perpanjang paspor: sisa masa berlaku minimal ${s(p.minMonths)} bulan.`,
  PASSPORT_EXPIRY_UNKNOWN: () => "Catat tanggal habis berlaku paspor.",
  MEDICAL_CHECK_MISSING: (p) => `Jalani pemeriksaan ${aspect(s(p.aspect))}.`,
  MEDICAL_CHECK_EXPIRED: (p) => `Ulangi pemeriksaan ${aspect(s(p.aspect))} (hasil terakhir ${s(p.examinedOn)}).`,
  MEDICAL_UNFIT: (p) => `Tindak lanjuti hasil pemeriksaan ${aspect(s(p.aspect))} lalu periksa ulang.`,
  PREGNANCY_TEST_MISSING: (p) =>
    `Jalani pemeriksaan laboratorium (tes kehamilan) paling lama ${s(p.withinDays)} hari sebelum berangkat.`,
  PREGNANCY_TEST_TOO_OLD: (p) =>
    `Ulangi pemeriksaan laboratorium (tes kehamilan) paling lama ${s(p.withinDays)} hari sebelum berangkat.`,
  HEALTH_CERTIFICATE_VOID: () =>
    "Konsultasikan hasil pemeriksaan laboratorium dengan petugas kesehatan sebelum berangkat.",
  HEALTH_REQUIREMENT_NOT_MET: () => "Konsultasikan syarat kesehatan nasional dengan petugas kesehatan.",
  HEALTH_REQUIREMENT_UNKNOWN: () => "Catat hasil pemeriksaan laboratorium untuk syarat kesehatan nasional.",
  COLOUR_VISION_UNKNOWN: () => "Jalani tes buta warna.",
  LANGUAGE_RESULT_NEEDED: (p) => `Raih hasil tes bahasa: ${alternatives(p)}.`,
  COMPETENCY_UNITS_MISSING: (p) => `Ikuti uji kompetensi di LSP untuk ${s(p.count)} unit: ${s(p.units)}.`,
  COMPETENCY_CERTIFICATE_EXPIRED: (p) =>
    `Perbarui sertifikat kompetensi (sertifikasi ulang) untuk ${s(p.count)} unit: ${s(p.units)}.`,
  SKILL_TEST_MISSING: (p) => `Ikuti dan lulus ${skillTest(s(p.test))}.`,
  SKILL_TEST_EXPIRED: (p) => `Ulangi ${skillTest(s(p.test))} (berlaku sampai ${s(p.lastValidDay)}).`,
  MARITAL_STATUS_UNKNOWN: (p) => `Catat status perkawinan (bila menikah, lampirkan ${kinds(p.kinds)}).`,
  ORIENTATION_MISSING: () => "Ikuti Orientasi Pra Pemberangkatan (OPP).",
  INVALID_AS_OF: () => reasons.INVALID_AS_OF({}),
  INVALID_APPLIED_ON: () => reasons.INVALID_APPLIED_ON({}),
  UNKNOWN_TARGET: (p) => reasons.UNKNOWN_TARGET(p),
  TARGET_RETIRED: (p) => reasons.TARGET_RETIRED(p),
  UNKNOWN_REQUIREMENT_KIND: (p) => reasons.UNKNOWN_REQUIREMENT_KIND(p),
  REQUIREMENT_ERROR: (p) => reasons.REQUIREMENT_ERROR(p),
  POLICY_PARAMETER_MISSING: (p) => reasons.POLICY_PARAMETER_MISSING(p),
};

/** A type as zod names it, in words with an example; `short` for a list of alternatives. */
const TYPES: Readonly<Record<string, { full: string; short: string }>> = {
  string: { full: 'teks dalam tanda kutip, misalnya "BLK-001"', short: "teks" },
  number: { full: "angka, misalnya 200", short: "angka" },
  int: { full: "bilangan bulat (tanpa desimal), misalnya 200", short: "bilangan bulat" },
  boolean: { full: "true atau false (tanpa tanda kutip)", short: "true/false" },
  object: { full: "objek JSON dalam kurung kurawal { … }", short: "objek JSON" },
  array: { full: "daftar JSON dalam kurung siku, misalnya [] bila kosong", short: "daftar JSON" },
  function: { full: "fungsi", short: "fungsi" },
  zod_schema: { full: "skema zod", short: "skema zod" },
};
const typeWords = (expected: string | undefined) => {
  const ts = expectedTypes(expected);
  if (ts.length === 1) return TYPES[ts[0] as string]?.full ?? s(ts[0]);
  const words = ts.map((t) => TYPES[t]?.short ?? t);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} atau ${words[words.length - 1]}` : "";
};
const QUOTE_FIX =
  'tulis setiap tanda kutip di dalam sel sebagai dua tanda kutip dan apit seluruh selnya dengan tanda kutip, misalnya "Siti ""Ani"" Aminah".';
const NIK_SHAPE = `NIK harus 16 angka: 6 angka kode wilayah (diawali kode provinsi, misalnya 36 untuk Banten), 6 angka tanggal lahir HHBBTT (perempuan: tanggal ditambah 40), lalu 4 angka nomor urut mulai 0001; misalnya ${EXAMPLE_NIK} (contoh rekaan).`;
const NIK_PROBLEMS: Readonly<Record<string, (p: { length?: number }) => string>> = {
  digits: () => "NIK hanya boleh berisi angka, tanpa spasi, titik, tanda hubung atau huruf.",
  length: (p) => `NIK ini ${s(p.length)} angka, bukan 16.`,
  province: () => "Dua angka pertama NIK bukan kode provinsi yang dikenal.",
  birth_date: () => "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang ada.",
  serial: () => "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.",
};
const FORMATS: Readonly<Record<string, (p: { length?: number }) => string>> = {
  digits: (p) =>
    p.length === undefined
      ? `Harus berisi angka saja, misalnya ${exampleDigits(4)}.`
      : `Harus tepat ${p.length} angka, misalnya ${exampleDigits(p.length)}.`,
  country_code: () => "Harus kode negara dua huruf kapital (ISO 3166-1), misalnya JP atau KR.",
  language_tag: () => "Harus kode bahasa (BCP 47), misalnya id, en atau ja.",
  camel_case: () =>
    "Harus berformat camelCase: satu huruf kecil, lalu paling banyak 63 huruf atau angka, misalnya minimumHeight.",
  screaming_snake: () =>
    "Harus huruf kapital, angka dan garis bawah, diawali huruf (SCREAMING_SNAKE), misalnya HEIGHT_BELOW_MINIMUM.",
};

const issues: IssueMessages = {
  REQUIRED: (p) =>
    p.values === undefined
      ? "Wajib diisi; kolom ini tidak boleh kosong."
      : `Wajib diisi dengan salah satu dari: ${p.values}.`,
  INVALID_TYPE: (p) =>
    p.expected === undefined || typeWords(p.expected) === ""
      ? "Jenis nilai tidak sesuai; lihat dokumentasi."
      : `Jenis nilai tidak sesuai; harus berupa ${typeWords(p.expected)}.`,
  UNKNOWN_KEY: (p) =>
    p.suggestion !== undefined
      ? `Kolom "${s(p.key)}" tidak dikenal; mungkin maksudnya "${p.suggestion}".`
      : `Kolom${p.key === undefined ? "" : ` "${p.key}"`} tidak dikenal; perbaiki namanya sesuai dokumentasi atau hapus kolom itu.`,
  INVALID_VALUE: (p) =>
    p.values !== undefined
      ? `Nilai tidak diterima; isi salah satu dari: ${p.values}.`
      : p.field !== undefined
        ? `Nilai "${p.field}" tidak dikenal; lihat nilai yang diterima di dokumentasi.`
        : "Nilai tidak diterima; lihat nilai yang diterima di dokumentasi.",
  TOO_SHORT: (p) =>
    p.min === undefined || p.min <= 1
      ? "Tidak boleh kosong; isi paling sedikit 1 karakter."
      : `Terlalu pendek; isi paling sedikit ${p.min} karakter.`,
  TOO_LONG: (p) =>
    p.max === undefined ? "Terlalu panjang; persingkat." : `Terlalu panjang; paling banyak ${p.max} karakter.`,
  TOO_FEW: (p) => `Terlalu sedikit; isi paling sedikit ${p.min ?? 1} butir.`,
  TOO_MANY: (p) =>
    p.max === undefined ? "Terlalu banyak butir; kurangi." : `Terlalu banyak; paling banyak ${p.max} butir.`,
  OUT_OF_RANGE: (p) => {
    if (p.divisor !== undefined) {
      const [a, b] = multiplesOf(p.divisor);
      return `Angka harus kelipatan ${p.divisor}, misalnya ${a} atau ${b}.`;
    }
    if (p.min !== undefined && p.max !== undefined) return `Angka harus antara ${p.min} dan ${p.max}.`;
    if (p.min !== undefined)
      return p.exclusive === true
        ? `Angka terlalu kecil; harus lebih dari ${p.min}.`
        : `Angka terlalu kecil; paling kecil ${p.min}.`;
    if (p.max !== undefined)
      return p.exclusive === true
        ? `Angka terlalu besar; harus kurang dari ${p.max}.`
        : `Angka terlalu besar; paling besar ${p.max}.`;
    return "Angka di luar rentang yang diterima; lihat dokumentasi.";
  },
  INVALID_FORMAT: (p) =>
    (p.format !== undefined && Object.hasOwn(FORMATS, p.format) ? FORMATS[p.format]?.(p) : undefined) ??
    `Format tidak sesuai${p.format === undefined ? "" : ` (${p.format})`}; lihat dokumentasi.`,
  INVALID_DATE: (p) =>
    p.format === "date_time"
      ? "Tanggal dan waktu harus berformat dateTime XML Schema, misalnya 2026-07-10T09:00:00+07:00 atau 2026-07-10T02:00:00Z."
      : p.problem === "no_such_day"
        ? "Tanggal itu tidak ada di kalender (seperti 30 Februari atau 31 April); tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05."
        : "Tanggal harus berformat TTTT-BB-HH, misalnya 2008-07-05.",
  INVALID_NIK: (p) => {
    const problem =
      p.problem !== undefined && Object.hasOwn(NIK_PROBLEMS, p.problem) ? NIK_PROBLEMS[p.problem] : undefined;
    return problem === undefined || (p.problem === "length" && p.length === undefined)
      ? NIK_SHAPE
      : `${problem(p)} ${NIK_SHAPE}`;
  },
  INVALID_DATE_RANGE: () =>
    "Tanggal akhir mendahului tanggal mulai; tanggal akhir harus sama dengan atau sesudah tanggal mulai.",
  INVALID_RANGE: () =>
    "Nilai maksimal di bawah nilai minimal; nilai maksimal harus sama dengan atau lebih besar dari nilai minimal.",
  INVALID_DOCUMENT_GATES: () =>
    "Setiap dokumen tahap penempatan harus juga menjadi dokumen tahap keberangkatan; tambahkan dokumen itu ke daftar keberangkatan.",
  INVALID_ATTRIBUTE_KEY: () =>
    "Nama atribut harus diawali huruf, lalu paling banyak 63 huruf, angka atau garis bawah, misalnya tinggi_badan.",
  TOO_MANY_ATTRIBUTES: (p) =>
    p.max === undefined ? "Terlalu banyak atribut; kurangi." : `Terlalu banyak atribut; paling banyak ${p.max}.`,
  UNKNOWN_CITATION: (p) =>
    `Dasar hukum${p.basis === undefined ? "" : ` "${p.basis}"`} tidak ada dalam daftar kutipan (citations) kebijakan; tambahkan kutipannya atau perbaiki namanya.`,
  UNKNOWN_TARGET: (p) =>
    `Kebijakan dasar tidak memuat tujuan penempatan${p.target === undefined ? " ini" : ` ${p.target}`}; untuk menambahkannya, berikan profilnya secara lengkap.`,
  UNKNOWN_REQUIREMENT_KIND: (p) =>
    `Jenis syarat${p.kind === undefined ? "" : ` "${p.kind}"`} tidak terdaftar; ${p.suggestion === undefined ? "daftarkan dulu dengan registerRequirementKind." : `mungkin maksudnya "${p.suggestion}".`}`,
  NOT_AN_OBJECT: () =>
    'Harus berupa objek (dalam JSON: nama dan nilai dalam kurung kurawal, misalnya {"id": "BLK-001"}).',
  DUPLICATE_KIND: (p) =>
    `Jenis syarat${p.kind === undefined ? " ini" : ` "${p.kind}"`} sudah terdaftar; pilih id lain.`,
  DUPLICATE_CODE: (p) =>
    `Kode${p.code === undefined ? " ini" : ` ${p.code}`} sudah dinyatakan oleh jenis syarat lain dengan urgensi atau sifat permanen yang berbeda; samakan atau pilih kode lain.`,
  MISSING_MESSAGE: (p) =>
    `Tidak ada bahasa yang memuat pesan untuk${p.code === undefined ? " kode ini" : ` ${p.code}`}; tambahkan pesannya di messages.`,
  NOT_AN_ACHIEVEMENT_CREDENTIAL: () =>
    "Kredensial harus bertipe VerifiableCredential dengan OpenBadgeCredential atau AchievementCredential.",
  MISSING_ISSUER: () => "Kredensial tidak menyebut penerbitnya (issuer); isi issuer dengan nama atau id penerbit.",
  MISSING_VALID_FROM: () =>
    "Kredensial tidak memuat validFrom (atau issuanceDate); isi dengan tanggal terbit, misalnya 2026-07-10T00:00:00Z.",
  MISSING_ACHIEVEMENT: () => "Subjek kredensial tidak memuat achievement (capaian yang disertifikasi).",
  NO_ALIGNED_UNITS: () =>
    "Achievement tidak terhubung ke unit kompetensi SKKNI mana pun: tidak ada alignment dengan targetCode dan targetFramework SKKNI (atau salah satu unitFrameworks pada opsi).",
  MALFORMED_CSV: (p) =>
    p.problem === "unclosed_quote"
      ? `Baris CSV rusak: sel yang diawali tanda kutip tidak pernah ditutup. Akhiri sel itu dengan tanda kutip; ${QUOTE_FIX}`
      : p.problem === "text_after_quote"
        ? `Baris CSV rusak: ada teks langsung sesudah tanda kutip penutup sel. Bila sel berisi tanda kutip, ${QUOTE_FIX}`
        : `Baris CSV rusak: tanda kutip tidak berpasangan. Bila sel berisi tanda kutip, ${QUOTE_FIX}`,
  MALFORMED_JSON: () =>
    'Data ini bukan JSON yang sah; periksa tanda kutip, koma dan kurung kurawalnya. Satu data peserta ditulis seperti {"id": "BLK-001", "sex": "F"}.',
  RECORD_TOO_LONG: (p) =>
    `Data ini lebih panjang dari ${p.max === undefined ? "batas" : `${p.max} karakter, batas`} satu data peserta; periksa apakah ada tanda kutip yang tidak ditutup atau beberapa baris yang tergabung.`,
  EXTRA_CELLS: (p) =>
    `Baris ini berisi ${p.cells === undefined ? "lebih banyak" : `${p.cells}`} sel, ${p.columns === undefined ? "lebih dari jumlah judul kolom" : `padahal judul kolomnya hanya ${p.columns}`}; sel tambahan tidak punya kolom. Tambahkan judul kolomnya atau hapus sel tambahan itu.`,
  NIK_SCIENTIFIC_NOTATION: () =>
    "NIK diubah Excel menjadi notasi ilmiah (misalnya 3.67402E+15 atau 3,67402E+15) sehingga angka terakhirnya hilang. Format kolom NIK sebagai Teks, lalu ketik ulang NIK-nya.",
  DATE_DAY_FIRST: (p) =>
    `Tanggal ditulis dengan hari lebih dulu (HH/BB/TTTT atau HH-BB-TTTT); tulis sebagai TTTT-BB-HH, misalnya ${p.example === undefined || p.example === "" ? "2008-07-05" : p.example}, atau jalankan dengan --day-first.`,
};

/**
 * Bahasa Indonesia: every message of the library (reasons, gap actions, parse issues,
 * explanations, names). The library's first language.
 *
 * @example
 * ```ts
 * LOCALES.id.reasons.AGE_BELOW_MINIMUM({ age: 14, min: 15 }); // "Usia 14 tahun di bawah batas minimal 15 tahun."
 * ```
 */
export const ID: CompleteLocale = { tag: "id", reasons, actions, issues, text, names };
