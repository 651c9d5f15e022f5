const TEST_NAMES: Readonly<Record<string, string>> = {
  JFT_BASIC: "JFT-Basic",
  EPS_TOPIK: "EPS-TOPIK",
  TOPIK: "TOPIK",
  JLPT: "JLPT",
  CEFR: "CEFR",
  IELTS: "IELTS",
};

/** The usual written name of a language test id (`JFT_BASIC` → `JFT-Basic`). Internal. */
export function testName(test: string): string {
  return Object.hasOwn(TEST_NAMES, test) ? (TEST_NAMES[test] as string) : test;
}

const DOCUMENT_NAMES: Readonly<Record<string, { readonly id: string; readonly en: string }>> = {
  KTP: { id: "KTP", en: "identity card (KTP)" },
  KK: { id: "Kartu Keluarga (KK)", en: "family card (KK)" },
  BIRTH_CERTIFICATE: { id: "akta lahir", en: "birth certificate" },
  IJAZAH: { id: "ijazah", en: "school certificate (ijazah)" },
  PASSPORT: { id: "paspor", en: "passport" },
  PASSPORT_RECOMMENDATION: { id: "surat rekomendasi paspor dari Disnaker", en: "Disnaker passport recommendation" },
  SKCK: { id: "SKCK", en: "police certificate (SKCK)" },
  FAMILY_CONSENT: { id: "surat izin suami/istri, orang tua atau wali", en: "consent of spouse, parent or guardian" },
  MARITAL_STATUS: { id: "surat keterangan status perkawinan", en: "marital status letter" },
  MARRIAGE_BOOK: { id: "buku nikah", en: "marriage book" },
  BPJS_KETENAGAKERJAAN: { id: "kepesertaan BPJS Ketenagakerjaan", en: "BPJS Ketenagakerjaan membership" },
  JKN: { id: "kartu JKN", en: "national health insurance (JKN) card" },
  VISA: { id: "visa kerja", en: "work visa" },
  WORK_CONTRACT: { id: "perjanjian kerja", en: "employment contract" },
  PLACEMENT_AGREEMENT: { id: "perjanjian penempatan", en: "placement agreement" },
  PROFESSIONAL_REGISTRATION: { id: "surat tanda registrasi (STR)", en: "professional registration (STR)" },
  E_PMI: { id: "E-PMI", en: "E-PMI card" },
};

/** The name of a document kind in a locale. Internal. */
export function documentName(kind: string, locale: "id" | "en"): string {
  return Object.hasOwn(DOCUMENT_NAMES, kind) ? (DOCUMENT_NAMES[kind] as { id: string; en: string })[locale] : kind;
}

/** The name of an examination aspect in a locale. Internal. */
export function aspectName(aspect: string, locale: "id" | "en"): string {
  if (aspect === "psychological") return locale === "id" ? "psikologi" : "psychological";
  if (aspect === "medical") return locale === "id" ? "kesehatan" : "medical";
  return aspect;
}
