/** The usual written names of the language tests, the same in every built-in locale. */
export const TEST_NAMES: Readonly<Record<string, string>> = {
  JFT_BASIC: "JFT-Basic",
  EPS_TOPIK: "EPS-TOPIK",
  TOPIK: "TOPIK",
  JLPT: "JLPT",
  CEFR: "CEFR",
  IELTS: "IELTS",
};
