import type { SkillTest } from "./types.js";

/** The built-in pass/fail scheme tests, recorded as `SKILL_TEST` certificates. */
export const SKILL_TESTS: readonly SkillTest[] = [
  {
    id: "JP_SSW_CAREGIVING_SKILL",
    title: {
      id: "Uji keterampilan pengasuh lansia SSW (Kaigo Ginou Hyoka Shiken)",
      en: "SSW Care Worker Skills Evaluation Test",
    },
    sources: ["S45", "S45e"],
  },
  {
    id: "JP_NURSING_CARE_JAPANESE",
    title: {
      id: "Uji bahasa Jepang bidang pengasuhan lansia (Kaigo Nihongo Hyoka Shiken)",
      en: "Nursing Care Japanese Language Evaluation Test",
    },
    sources: ["S45", "S45e"],
  },
  {
    id: "JP_SSW_MANUFACTURING_SKILL",
    title: { id: "Uji keterampilan SSW bidang manufaktur", en: "SSW manufacturing skills test" },
    sources: ["S45", "S45d"],
  },
  {
    id: "KR_EPS_SKILL_TEST",
    title: { id: "Uji keterampilan dan kompetensi EPS (tahap 2)", en: "EPS skill and competency test (round 2)" },
    sources: ["S48d", "S48e"],
  },
];
