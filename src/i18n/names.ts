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
