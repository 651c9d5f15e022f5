import type { CompetencyStandard, CompetencyUnit } from "./types.js";
import { TRACK_UNITS } from "./units.js";

function units(codes: readonly string[], titles: readonly [string, string][], kkniLevel?: 1 | 2 | 3): CompetencyUnit[] {
  return codes.map((code, i) => {
    const [id, en] = titles[i] ?? [code, code];
    return kkniLevel === undefined ? { code, title: { id, en } } : { code, title: { id, en }, kkniLevel };
  });
}

const ILLUSTRATIVE =
  "Illustrative units written by sentra-vokasi so that the rules can run; not an official SKKNI list. " +
  "Replace them with the units of the LSP scheme you certify against.";

/** The built-in competency standards. */
export const STANDARDS: readonly CompetencyStandard[] = [
  {
    code: "SKKNI-2018-098-LAS",
    title: { id: "SKKNI Subbidang Pengelasan", en: "SKKNI welding sub-field" },
    source: "skkni",
    instrument:
      "Keputusan Menteri Ketenagakerjaan No. 98 Tahun 2018 (SKKNI Kategori Industri Pengolahan, Subbidang Pengelasan); units as packaged by an LSP scheme 'Tukang Las Konstruksi Plat dan Pipa Level 2'",
    sources: ["S32", "S33", "S33b"],
    units: units(
      TRACK_UNITS.welding,
      [
        ["Melaksanakan Persiapan Tempat Kerja", "Prepare the workplace"],
        ["Menetapkan Proses dan Peralatan Las", "Determine the welding process and equipment"],
        [
          "Membuat Welding Procedure Specification (WPS) Sesuai Standar yang Ditentukan",
          "Write a welding procedure specification (WPS) to the given standard",
        ],
        [
          "Membuat Sambungan Las Fillet Sesuai WPS untuk Pengelasan Pelat ke Pelat, Pipa ke Pipa, dan Pelat ke Pipa Sesuai dengan Proses Las yang Digunakan",
          "Make fillet welds to the WPS, plate to plate, pipe to pipe and plate to pipe, for the welding process used",
        ],
        [
          "Membuat Sambungan Las Kampuh (Groove) Sesuai WPS untuk Pengelasan Pelat ke Pelat dan Sesuai dengan Proses Las yang Digunakan",
          "Make groove welds to the WPS, plate to plate, for the welding process used",
        ],
        [
          "Membuat Sambungan Las Kampuh (Groove) Sesuai WPS untuk Pengelasan Pipa ke Pipa dan Sesuai dengan Proses Las yang Digunakan",
          "Make groove welds to the WPS, pipe to pipe, for the welding process used",
        ],
      ],
      2,
    ),
  },
  {
    code: "ILLUS-INSTALASI-LISTRIK",
    title: {
      id: "Instalasi listrik bangunan sederhana (ilustratif)",
      en: "Electrical installation, simple buildings (illustrative)",
    },
    source: "illustrative",
    instrument:
      "The SKKNI for this field is KEP.170/MEN/IV/2007 (SKKNI instalasi pemanfaatan tenaga listrik); no source at hand lists its unit codes and titles, so these units are illustrative. " +
      ILLUSTRATIVE,
    sources: ["S40a", "S68"],
    units: units(
      ["ILLUS.LST.001", "ILLUS.LST.002", "ILLUS.LST.003", "ILLUS.LST.004", "ILLUS.LST.005"],
      [
        ["Menerapkan K3 ketenagalistrikan", "Apply electrical occupational safety"],
        ["Memasang instalasi penerangan", "Install lighting circuits"],
        ["Memasang instalasi tenaga satu fase", "Install single-phase power circuits"],
        ["Memasang panel hubung bagi", "Install a distribution board"],
        ["Menguji instalasi listrik", "Test an electrical installation"],
      ],
    ),
  },
  {
    code: "ILLUS-TATA-RIAS",
    title: { id: "Tata rias wajah (ilustratif)", en: "Make-up artistry (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: ["S40c", "S40e"],
    units: units(
      ["ILLUS.RIAS.001", "ILLUS.RIAS.002", "ILLUS.RIAS.003", "ILLUS.RIAS.004"],
      [
        ["Menerapkan higiene dan K3 salon", "Apply salon hygiene and safety"],
        ["Melakukan konsultasi tata rias", "Consult a client on make-up"],
        ["Merias wajah sehari-hari", "Apply day make-up"],
        ["Merias wajah geriatri", "Apply make-up for older clients"],
      ],
    ),
  },
  {
    code: "ILLUS-CAREGIVING",
    title: { id: "Perawatan lansia (kaigo) (ilustratif)", en: "Elderly care (kaigo) (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: [],
    units: units(TRACK_UNITS.caregiving, [
      ["Menerapkan pencegahan infeksi", "Apply infection prevention"],
      ["Membantu mobilitas dan perpindahan", "Assist mobility and transfers"],
      ["Membantu makan dan minum", "Assist eating and drinking"],
      ["Membantu kebersihan diri", "Assist personal hygiene"],
      ["Berkomunikasi dengan lansia", "Communicate with older people"],
    ]),
  },
  {
    code: "ILLUS-PENATA-LAKSANA-RUMAH-TANGGA",
    title: { id: "Penata laksana rumah tangga (ilustratif)", en: "Household care (illustrative)" },
    source: "illustrative",
    instrument:
      "The SKKNI for domestic work is Kepmenaker 313/2015 (housekeeping, cooking, babysitting, childcare, elderly care); no source at hand lists its unit codes and titles, so these units are illustrative. " +
      ILLUSTRATIVE,
    sources: ["S50d", "S67"],
    units: units(TRACK_UNITS.domestic, [
      ["Membersihkan rumah", "Clean a home"],
      ["Mencuci dan menyetrika pakaian", "Wash and iron clothes"],
      ["Memasak makanan keluarga", "Cook family meals"],
      ["Mengasuh anak", "Look after children"],
      ["Merawat lansia di rumah", "Care for an older person at home"],
    ]),
  },
  {
    code: "ILLUS-HOSPITALITY-FNB",
    title: { id: "Layanan makanan dan minuman (ilustratif)", en: "Food and beverage service (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: [],
    units: units(
      ["ILLUS.FNB.001", "ILLUS.FNB.002", "ILLUS.FNB.003", "ILLUS.FNB.004"],
      [
        ["Menerapkan higiene dan sanitasi makanan", "Apply food hygiene and sanitation"],
        ["Menyiapkan hidangan sederhana", "Prepare simple dishes"],
        ["Melayani makanan dan minuman", "Serve food and beverages"],
        ["Menangani keluhan tamu", "Handle guest complaints"],
      ],
    ),
  },
  {
    code: "ILLUS-OPERATOR-PRODUKSI",
    title: { id: "Operator produksi manufaktur (ilustratif)", en: "Manufacturing production operator (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: [],
    units: units(TRACK_UNITS.manufacturing, [
      ["Menerapkan K3 di area produksi", "Apply safety on the production floor"],
      ["Mengoperasikan mesin produksi", "Operate a production machine"],
      ["Melakukan pemeriksaan mutu visual", "Carry out visual quality checks"],
      ["Menerapkan 5R di tempat kerja", "Apply 5S at the workplace"],
      ["Merakit komponen", "Assemble components"],
    ]),
  },
  {
    code: "ILLUS-PERAWAT-DE",
    title: { id: "Persiapan perawat ke Jerman (ilustratif)", en: "Nurse preparation for Germany (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: ["S52"],
    units: units(TRACK_UNITS.nursing, [
      ["Melakukan asuhan keperawatan dasar", "Deliver basic nursing care"],
      ["Menerapkan pencegahan infeksi di fasilitas kesehatan", "Apply infection prevention in care settings"],
      ["Mendokumentasikan asuhan keperawatan", "Document nursing care"],
      ["Berkomunikasi dengan pasien dan tim", "Communicate with patients and the team"],
    ]),
  },
  {
    code: "ILLUS-KECANTIKAN-KULIT",
    title: { id: "Kecantikan kulit (ilustratif)", en: "Skin care (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: ["S69"],
    units: units(
      ["ILLUS.KK.001", "ILLUS.KK.002", "ILLUS.KK.003"],
      [
        ["Menerapkan higiene dan K3 salon", "Apply salon hygiene and safety"],
        ["Melakukan analisis kulit", "Analyse the skin"],
        ["Melakukan perawatan kulit wajah", "Give a facial skin treatment"],
      ],
    ),
  },
  {
    code: "ILLUS-KECANTIKAN-RAMBUT",
    title: { id: "Kecantikan rambut (ilustratif)", en: "Hair care (illustrative)" },
    source: "illustrative",
    instrument: ILLUSTRATIVE,
    sources: ["S69"],
    units: units(
      ["ILLUS.KR.001", "ILLUS.KR.002", "ILLUS.KR.003"],
      [
        ["Menerapkan higiene dan K3 salon", "Apply salon hygiene and safety"],
        ["Mencuci dan merawat rambut", "Wash and treat hair"],
        ["Memotong rambut dasar", "Give a basic haircut"],
      ],
    ),
  },
];
