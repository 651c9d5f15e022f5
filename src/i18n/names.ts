/** The usual written names of the language tests, the same in every built-in locale. */
export const TEST_NAMES: Readonly<Record<string, string>> = {
  JFT_BASIC: "JFT-Basic",
  EPS_TOPIK: "EPS-TOPIK",
  TOPIK: "TOPIK",
  JLPT: "JLPT",
  CEFR: "CEFR",
  IELTS: "IELTS",
};

/** Education codes as they are written (`MTS` → `MTs`, `PAKET_B` → `Paket B`). */
export const EDUCATION_NAMES: Readonly<Record<string, string>> = {
  NONE: "tidak/belum sekolah",
  SD: "SD",
  PAKET_A: "Paket A",
  SMP: "SMP",
  MTS: "MTs",
  PAKET_B: "Paket B",
  SMA: "SMA",
  SMK: "SMK",
  MA: "MA",
  MAK: "MAK",
  PAKET_C: "Paket C",
  D1: "D1",
  D2: "D2",
  D3: "D3",
  D4: "D4",
  S1: "S1",
  S2: "S2",
  S3: "S3",
};
