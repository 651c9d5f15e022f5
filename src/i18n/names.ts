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

/** A made-up NIK that issue messages show as an example (a woman born 5 August 1990, Kabupaten Bogor). */
export const EXAMPLE_NIK = "3201014508900001";

/** An example of `n` digits for a code of that length: `36` (a province), `3674` (a regency). */
export const exampleDigits = (n: unknown): string => {
  const k = typeof n === "number" && Number.isInteger(n) && n > 0 ? Math.min(n, 24) : 4;
  return `3674${"0123456789".repeat(2)}`.slice(0, k);
};

/** Two multiples of `d` to show as examples (`0.5` → `6` and `6.5`). */
export const multiplesOf = (d: unknown): [string, string] => {
  const x = typeof d === "number" && Number.isFinite(d) && d > 0 ? d : 1;
  return [String(Number((12 * x).toPrecision(12))), String(Number((13 * x).toPrecision(12)))];
};

/** The types of `expected` (`string|number`), each known to the locale's table. */
export const expectedTypes = (expected: unknown): string[] =>
  String(expected ?? "")
    .split("|")
    .filter((t) => t !== "");
