import { STANDARDS } from "./standards.js";
import type { SourcedFigure, TrainingTrack } from "./types.js";
import { TRACK_UNITS } from "./units.js";

const unitsOf = (code: string): string[] => STANDARDS.find((s) => s.code === code)?.units.map((u) => u.code) ?? [];

/** The generic length used where no source reports one: 33 days (S40h) at 8 JP a day (S40a). */
const GENERIC_COURSE: SourcedFigure = {
  jp: 264,
  confirmed: false,
  note: "No length found for this programme: a generic Kemnaker-funded course of 33 days (BLK Paser 2022) at 8 JP a day (Probolinggo 2019); inference.",
  sources: ["S40h", "S40a"],
};

/**
 * A wave of UPTD LK Banten: "Pelatihan selama 25 hari" (2025 wave III, e.g. juru las 1 SMAW; S69),
 * at 8 JP a day (the Probolinggo figure, S40a): 200 JP, an inference.
 */
const BANTEN_WAVE: SourcedFigure = {
  jp: 200,
  confirmed: false,
  note: "UPTD LK Banten runs 25-day waves (2025 wave III: 'Pelatihan selama 25 hari'); 25 days at 8 JP a day is 200 JP, an inference.",
  sources: ["S69", "S40a"],
};

const TECHNICAL_ENTRY = {
  minEducation: "SMA",
  confirmed: false,
  note: "SLTA for technical courses: a local rule of BLK Paser (2022); national intake rules are unconfirmed.",
} as const;
const NON_TECHNICAL_ENTRY = {
  minEducation: "SD",
  confirmed: false,
  note: "SD for non-technical courses: a local rule of BLK Paser (2022); national intake rules are unconfirmed.",
} as const;

/** The built-in training tracks. */
export const TRACKS: readonly TrainingTrack[] = [
  {
    id: "welding-smaw",
    title: { id: "Pengelasan SMAW", en: "SMAW welding" },
    sector: "manufacturing/metal",
    standard: "SKKNI-2018-098-LAS",
    units: [...TRACK_UNITS.welding],
    hours: {
      jp: 344,
      confirmed: false,
      note: "Las SMAW ran 43 days at BLK Kudus (2021); at 8 JP a day (Probolinggo 2019) that is 344 JP; inference.",
      sources: ["S40b", "S40a"],
    },
    entry: TECHNICAL_ENTRY,
    targets: ["ID-INDUSTRY-WELDING"],
  },
  {
    id: "electrical-installation",
    title: { id: "Instalasi listrik", en: "Electrical installation" },
    sector: "construction/electrical",
    standard: "ILLUS-INSTALASI-LISTRIK",
    units: unitsOf("ILLUS-INSTALASI-LISTRIK"),
    hours: {
      jp: 280,
      confirmed: true,
      note: "Instalasi listrik rumah sederhana: 280 JP over 35 days (BLK Probolinggo, 2019).",
      sources: ["S40a"],
    },
    entry: TECHNICAL_ENTRY,
    targets: [],
  },
  {
    id: "beauty-makeup",
    title: { id: "Tata rias wajah", en: "Make-up artistry" },
    sector: "personal services/beauty",
    standard: "ILLUS-TATA-RIAS",
    units: unitsOf("ILLUS-TATA-RIAS"),
    hours: {
      jp: 240,
      confirmed: false,
      note: "Tata rias ran 30 days at UPT BLK Kediri (2019); at 8 JP a day that is 240 JP (the earlier 320 was an arithmetic slip).",
      sources: ["S40c"],
    },
    entry: NON_TECHNICAL_ENTRY,
    targets: [],
  },
  {
    id: "caregiving-jp",
    title: { id: "Pengasuh lansia untuk Jepang (caregiver/kaigo)", en: "Caregiving for Japan (kaigo)" },
    sector: "health and social care",
    standard: "ILLUS-CAREGIVING",
    units: [...TRACK_UNITS.caregiving],
    hours: GENERIC_COURSE,
    language: { language: "ja", targetLevel: "JFT-Basic A2 (200) or JLPT N4, and the Nursing Care Japanese test" },
    entry: NON_TECHNICAL_ENTRY,
    targets: ["JP-SSW-CAREGIVING"],
  },
  {
    id: "domestic-care",
    title: { id: "Penata laksana rumah tangga", en: "Household care" },
    sector: "household services",
    standard: "ILLUS-PENATA-LAKSANA-RUMAH-TANGGA",
    units: [...TRACK_UNITS.domestic],
    hours: GENERIC_COURSE,
    entry: NON_TECHNICAL_ENTRY,
    targets: ["HK-DOMESTIC-HELPER", "TW-CAREGIVER", "SA-DOMESTIC"],
  },
  {
    id: "hospitality-fnb",
    title: { id: "Layanan makanan dan minuman", en: "Food and beverage service" },
    sector: "hospitality",
    standard: "ILLUS-HOSPITALITY-FNB",
    units: unitsOf("ILLUS-HOSPITALITY-FNB"),
    hours: GENERIC_COURSE,
    entry: NON_TECHNICAL_ENTRY,
    targets: [],
  },
  {
    id: "manufacturing-operation",
    title: { id: "Operator produksi manufaktur", en: "Manufacturing operation" },
    sector: "manufacturing",
    standard: "ILLUS-OPERATOR-PRODUKSI",
    units: [...TRACK_UNITS.manufacturing],
    hours: GENERIC_COURSE,
    entry: TECHNICAL_ENTRY,
    targets: ["MY-PLKS-MANUFACTURING"],
  },
  {
    id: "manufacturing-jp",
    title: { id: "Operator produksi untuk Jepang", en: "Manufacturing operation for Japan" },
    sector: "manufacturing",
    standard: "ILLUS-OPERATOR-PRODUKSI",
    units: [...TRACK_UNITS.manufacturing],
    hours: GENERIC_COURSE,
    language: { language: "ja", targetLevel: "JFT-Basic A2 (200) or JLPT N4" },
    entry: TECHNICAL_ENTRY,
    targets: ["JP-SSW-MANUFACTURING"],
  },
  {
    id: "manufacturing-kr",
    title: { id: "Operator produksi untuk Korea (EPS)", en: "Manufacturing operation for Korea (EPS)" },
    sector: "manufacturing",
    standard: "ILLUS-OPERATOR-PRODUKSI",
    units: [...TRACK_UNITS.manufacturing],
    hours: GENERIC_COURSE,
    language: { language: "ko", targetLevel: "EPS-TOPIK, above the pass line of the round" },
    entry: TECHNICAL_ENTRY,
    targets: ["KR-EPS-MANUFACTURING"],
  },
  {
    id: "nursing-de",
    title: { id: "Persiapan perawat ke Jerman", en: "Nurse preparation for Germany" },
    sector: "health and social care",
    standard: "ILLUS-PERAWAT-DE",
    units: [...TRACK_UNITS.nursing],
    hours: GENERIC_COURSE,
    language: { language: "de", targetLevel: "CEFR B1 in Indonesia (B2 in Germany)" },
    entry: {
      minEducation: "D3",
      confirmed: true,
      note: "Triple Win asks for a D3/D4/S1 in nursing and an STR (Batch VII 2025).",
    },
    targets: ["DE-NURSE"],
  },
  {
    id: "banten-welding-smaw-1",
    title: { id: "Juru las 1 SMAW (UPTD LK Banten)", en: "SMAW welder 1 (UPTD LK Banten)" },
    sector: "manufacturing/metal",
    standard: "SKKNI-2018-098-LAS",
    units: [...TRACK_UNITS.welding],
    hours: BANTEN_WAVE,
    entry: TECHNICAL_ENTRY,
    targets: ["ID-INDUSTRY-WELDING"],
  },
  {
    id: "banten-beauty-skin",
    title: { id: "Kecantikan kulit (UPTD LK Banten)", en: "Skin care (UPTD LK Banten)" },
    sector: "personal services/beauty",
    standard: "ILLUS-KECANTIKAN-KULIT",
    units: unitsOf("ILLUS-KECANTIKAN-KULIT"),
    hours: BANTEN_WAVE,
    entry: NON_TECHNICAL_ENTRY,
    targets: [],
  },
  {
    id: "banten-beauty-hair",
    title: { id: "Kecantikan rambut (UPTD LK Banten)", en: "Hair care (UPTD LK Banten)" },
    sector: "personal services/beauty",
    standard: "ILLUS-KECANTIKAN-RAMBUT",
    units: unitsOf("ILLUS-KECANTIKAN-RAMBUT"),
    hours: BANTEN_WAVE,
    entry: NON_TECHNICAL_ENTRY,
    targets: [],
  },
];
