import type { SkillTest, TargetProfile } from "./types.js";

/** The built-in placement targets. Their rules are in `DEFAULT_POLICY.targets`. */
export const TARGETS: readonly TargetProfile[] = [
  {
    id: "JP-SSW-CAREGIVING",
    destination: "JP",
    scheme: "SSW (i) Tokutei Ginou",
    occupation: "caregiving (kaigo)",
    title: { id: "Jepang, SSW (i) perawat lansia", en: "Japan, SSW (i) caregiver" },
    tracks: ["caregiving-jp"],
    employer: "entity",
  },
  {
    id: "JP-SSW-MANUFACTURING",
    destination: "JP",
    scheme: "SSW (i) Tokutei Ginou",
    occupation: "industrial products manufacturing",
    title: { id: "Jepang, SSW (i) manufaktur", en: "Japan, SSW (i) manufacturing" },
    tracks: ["manufacturing-jp"],
    employer: "entity",
  },
  {
    id: "KR-EPS-MANUFACTURING",
    destination: "KR",
    scheme: "EPS (E-9), G to G",
    occupation: "manufacturing",
    title: { id: "Korea Selatan, EPS manufaktur", en: "South Korea, EPS manufacturing" },
    tracks: ["manufacturing-kr"],
    employer: "entity",
  },
  {
    id: "TW-CAREGIVER",
    destination: "TW",
    scheme: "P to P",
    occupation: "family caregiver",
    title: { id: "Taiwan, perawat keluarga", en: "Taiwan, family caregiver" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  {
    id: "HK-DOMESTIC-HELPER",
    destination: "HK",
    scheme: "P to P, foreign domestic helper (ID 407 contract)",
    occupation: "domestic helper",
    title: { id: "Hong Kong, penata laksana rumah tangga", en: "Hong Kong, foreign domestic helper" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  {
    id: "MY-PLKS-MANUFACTURING",
    destination: "MY",
    scheme: "PLKS (temporary employment pass)",
    occupation: "manufacturing",
    title: { id: "Malaysia, PLKS manufaktur", en: "Malaysia, PLKS manufacturing" },
    tracks: ["manufacturing-operation"],
    employer: "entity",
  },
  {
    id: "DE-NURSE",
    destination: "DE",
    scheme: "G to G Triple Win",
    occupation: "nurse",
    title: { id: "Jerman, perawat (Triple Win)", en: "Germany, nurse (Triple Win)" },
    tracks: ["nursing-de"],
    employer: "entity",
  },
  {
    id: "SA-DOMESTIC",
    destination: "SA",
    scheme: "P to P, individual employer",
    occupation: "domestic worker",
    title: { id: "Arab Saudi, pekerja rumah tangga", en: "Saudi Arabia, domestic worker" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  {
    id: "ID-INDUSTRY-WELDING",
    destination: "ID",
    scheme: "placement at home (Banten industry)",
    occupation: "welder",
    title: { id: "Indonesia (Banten), juru las industri", en: "Indonesia (Banten), industrial welder" },
    tracks: ["welding-smaw"],
    employer: "entity",
  },
];

/** The built-in pass/fail scheme tests, recorded as `SKILL_TEST` certificates. */
export const SKILL_TESTS: readonly SkillTest[] = [
  {
    id: "JP_SSW_CAREGIVING_SKILL",
    title: {
      id: "Uji keterampilan perawat lansia SSW (Kaigo Ginou Hyoka Shiken)",
      en: "SSW Care Worker Skills Evaluation Test",
    },
    sources: ["S45", "S45e"],
  },
  {
    id: "JP_NURSING_CARE_JAPANESE",
    title: {
      id: "Uji bahasa Jepang perawatan (Kaigo Nihongo Hyoka Shiken)",
      en: "Nursing Care Japanese Language Evaluation Test",
    },
    sources: ["S45", "S45e"],
  },
  {
    id: "JP_SSW_MANUFACTURING_SKILL",
    title: { id: "Uji keterampilan SSW manufaktur", en: "SSW manufacturing skills test" },
    sources: ["S45", "S45d"],
  },
  {
    id: "KR_EPS_SKILL_TEST",
    title: { id: "Uji keterampilan dan kompetensi EPS (tahap 2)", en: "EPS skill and competency test (round 2)" },
    sources: ["S48d", "S48e"],
  },
];
