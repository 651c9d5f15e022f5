import { TRACK_UNITS } from "../catalog/units.js";
import type { CalendarDate } from "../core/date.js";
import type { DocumentKind } from "../core/vocabulary.js";
import type {
  Citation,
  Parameter,
  Policy,
  PolicyTarget,
  TargetProfileData,
  TargetRequirementParameters,
} from "./types.js";

const d = (s: string) => s as CalendarDate;
const ALWAYS = d("0000-01-01");
/** UU 18/2017 in force (disahkan and diundangkan 22 November 2017, Pasal 91), and the day before. */
const UU_18_2017_FROM = d("2017-11-22");
const UU_39_2004_UNTIL = d("2017-11-21");
/** UU 39/2004 disahkan and diundangkan (LN 2004 No. 133). */
const UU_39_2004_FROM = d("2004-10-18");

/** Citation ids of `DEFAULT_POLICY`. Stable: reasons carry them in `basis`. */
export const BASIS = {
  BANTEN_OFFER_2025: "KP2MI, tawaran pelatihan terintegrasi UPTD LK Banten, 2 Mei 2025",
  UU_18_2017_P5A: "UU 18/2017 Pasal 5 huruf a",
  UU_39_2004_P35A: "UU 39/2004 Pasal 35 huruf a",
  UU_39_2004_P35C: "UU 39/2004 Pasal 35 huruf c",
  UU_39_2004_P35D: "UU 39/2004 Pasal 35 huruf d",
  UU_18_2017_P5: "UU 18/2017 Pasal 5 (tanpa syarat pendidikan dan kehamilan)",
  UU_18_2017_P13: "UU 18/2017 Pasal 13 dan tahapan pra-penempatan",
  KEPMENAKER_260_2015: "Kepmenaker 260/2015",
  BNSP_CERTIFICATE_VALIDITY: "Masa berlaku sertifikat kompetensi BNSP/LSP",
  MEDICAL_FRESHNESS_ASSUMPTION: "Asumsi sentra-vokasi: masa berlaku pemeriksaan kesehatan",
  PASSPORT_NO_RULE: "Tidak ada aturan masa berlaku paspor yang ditemukan",
  JP_SSW: "Jepang SSW (i): persyaratan",
  JP_SSW_PASSPORT: "Jepang SSW (i): paspor 6 bulan (sumber sekunder)",
  KR_EPS_AGE: "Korea Selatan EPS: usia 18–39 saat pendaftaran",
  KR_EPS_TOPIK: "Korea Selatan EPS-TOPIK: nilai dan masa berlaku",
  KR_EPS_2025: "Korea Selatan EPS, putaran Indonesia 2025: seleksi",
  TW_FAMILY_CAREGIVER: "Taiwan: pengasuh keluarga",
  TW_WEAK: "Taiwan: syarat dari sumber lemah",
  HK_FDH: "Hong Kong, penata laksana rumah tangga asing: syarat dari sumber sekunder",
  HK_BNSP: "Hong Kong, penata laksana rumah tangga asing: uji kompetensi BNSP di Indonesia",
  MY_PLKS: "Malaysia PLKS: syarat",
  DE_TRIPLE_WIN_2025: "Jerman G to G Triple Win angkatan VII 2025",
  ID_DOMESTIC_ASSUMPTION: "Asumsi sentra-vokasi: penempatan dalam negeri",
  SKKNI_WELDING_2018: "Kepmenaker 98/2018 (SKKNI Pengelasan)",
  ILLUSTRATIVE_UNITS: "Unit kompetensi ilustratif sentra-vokasi",
  READINESS_WEIGHTS: "Bobot kesiapan sentra-vokasi",
  UU_18_2017_OPP: "UU 18/2017: Orientasi Pra Pemberangkatan (OPP)",
  PERPRES_64_2011_P14: "Perpres 64/2011 Pasal 14 ayat (5)-(7) (surat keterangan sehat CPMI)",
  UU_24_2013_KTP_EL: "UU 24/2013 Pasal 64 ayat (7) huruf a dan Pasal 101 huruf c (KTP-el berlaku seumur hidup)",
  UU_18_2017_P13A: "UU 18/2017 Pasal 13 huruf a (buku nikah bagi yang menikah)",
  MY_MANUFACTURING_SEX: "Malaysia: sektor manufaktur tidak menerima pekerja laki-laki dari Indonesia",
} as const;

const CITATIONS: Record<string, Citation> = {
  [BASIS.PERPRES_64_2011_P14]: {
    instrument:
      "Peraturan Presiden No. 64 Tahun 2011 tentang Pemeriksaan Kesehatan dan Psikologi Calon TKI, Pasal 14: (5) the health certificate is valid 3 months from the date it is issued; (6) void if the CPMI is pregnant; (7) the laboratory check is repeated at most 7 days before departure",
    sources: ["S62"],
    section: "DOMAIN.md §10",
    note: "Still applied under UU 18/2017 Pasal 89 huruf b. The library reads '3 months from' as valid to the day before the same date three months later.",
  },
  [BASIS.UU_24_2013_KTP_EL]: {
    instrument:
      "UU No. 24 Tahun 2013 (Administrasi Kependudukan), Pasal 64 ayat (7) huruf a and Pasal 101 huruf c: the KTP-el of a citizen is valid for life",
    sources: ["S66"],
    section: "DOMAIN.md §10",
    note:
      "Also a KTP-el issued before the law, whatever date it shows; it must be replaced when its data change. " +
      "The law's own date is not recorded in the domain reference, so the default policy applies the rule to every date.",
  },
  [BASIS.UU_18_2017_P13A]: {
    instrument:
      "UU No. 18 Tahun 2017, Pasal 13 huruf a: a married candidate attaches a copy of the buku nikah to the marital status letter",
    sources: ["S60"],
    section: "DOMAIN.md §1.2, §10",
  },
  [BASIS.MY_MANUFACTURING_SEX]: {
    instrument:
      "Malaysia: Indonesian male workers are admitted in every sector except manufacturing (placement agency pages)",
    sources: ["S51a", "S64"],
    section: "DOMAIN.md §10",
    note: "Agency pages, not an instrument of Malaysia or Indonesia: unconfirmed.",
  },
  [BASIS.UU_18_2017_OPP]: {
    instrument:
      "UU No. 18 Tahun 2017 and its process: Orientasi Pra Pemberangkatan (OPP), the pre-departure orientation, before leaving",
    sources: ["S10", "S12", "S13", "S14"],
    section: "DOMAIN.md §1.4, §1.5",
    note: "OPP replaced the older PAP; it is done at a BP3MI or LTSA office. Its current official duration is unconfirmed.",
  },
  [BASIS.READINESS_WEIGHTS]: {
    instrument: "Design choice of sentra-vokasi: weights of the readiness components in the score",
    sources: [],
    section: "docs/readiness.md",
    note: "Not law: how much each component counts towards the 0–100 score. Set your programme's own.",
  },
  [BASIS.BANTEN_OFFER_2025]: {
    instrument:
      "Spoken offer of the Minister of KP2MI (Kementerian Pelindungan Pekerja Migran Indonesia; Menteri P2MI/Kepala BP2MI) at UPTD Latihan Kerja Banten, Friday 2 May 2025: 'menawarkan warga usia 15 sampai 29 tahun', a programme to be 'didesain khusus'",
    sources: ["S1", "S2", "S3", "S63"],
    section: "DOMAIN.md §0, §10",
    note:
      "A ministerial offer reported by TangerangNews and MetroTV that day, not a regulation: no Pergub or other instrument " +
      "adopting it was found. It applies from 2 May 2025; before that day no training age is in force. The ministry has had " +
      "a new minister since September 2025, and whether the offer still stands is unknown.",
  },
  [BASIS.UU_18_2017_P5A]: {
    instrument:
      "UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia, Pasal 5 huruf a: 'berusia minimal 18 (delapan belas) tahun'",
    sources: ["S5", "S7", "S60"],
    section: "DOMAIN.md §1.1, §10",
    note: "Disahkan and diundangkan on 22 November 2017 and in force on promulgation (Pasal 91); LN 2017 No. 242, TLN 6141.",
  },
  [BASIS.UU_39_2004_P35A]: {
    instrument:
      "UU No. 39 Tahun 2004 tentang Penempatan dan Perlindungan TKI di Luar Negeri, Pasal 35 huruf a: at least 18, or 21 for an individual employer",
    sources: ["S8", "S61"],
    section: "DOMAIN.md §1.1, §10",
    note:
      "Disahkan and diundangkan on 18 October 2004 (LN 2004 No. 133), in force until UU 18/2017 replaced it on " +
      "22 November 2017. No earlier rule is recorded, so before 18 October 2004 the policy has no placement rule.",
  },
  [BASIS.UU_39_2004_P35C]: {
    instrument: "UU No. 39 Tahun 2004, Pasal 35 huruf c: a prospective TKI placed abroad is not pregnant",
    sources: ["S61"],
    section: "DOMAIN.md §10",
    note: "In force from 18 October 2004 until 21 November 2017 (replaced by UU 18/2017).",
  },
  [BASIS.UU_39_2004_P35D]: {
    instrument: "UU No. 39 Tahun 2004, Pasal 35 huruf d: at least SLTP (junior secondary) education",
    sources: ["S61"],
    section: "DOMAIN.md §10",
    note: "In force from 18 October 2004 until 21 November 2017 (replaced by UU 18/2017).",
  },
  [BASIS.UU_18_2017_P5]: {
    instrument:
      "UU No. 18 Tahun 2017, Pasal 5: the requirements for every PMI (age, competence, health, social security, documents) name no education minimum and no pregnancy rule",
    sources: ["S5", "S60"],
    section: "DOMAIN.md §1.1, §10",
    note: "Education minimums now come from the destination schemes; the health letter's own rules are in Perpres 64/2011.",
  },
  [BASIS.UU_18_2017_P13]: {
    instrument: "UU No. 18 Tahun 2017, Pasal 13 (dokumen), Pasal 5 huruf d (jaminan sosial); registration documents",
    sources: ["S5", "S6", "S7", "S9", "S10", "S11"],
    section: "DOMAIN.md §1.2, §1.4",
    note:
      "Pasal 13: marital status letter, family consent, competency certificate, health letter, passport, visa, " +
      "placement agreement, work contract. KTP and KK at registration. Which gate a document belongs to follows " +
      "the process order of §1.4: before matching (placement) or before leaving (departure).",
  },
  [BASIS.KEPMENAKER_260_2015]: {
    instrument:
      "Keputusan Menteri Ketenagakerjaan No. 260 Tahun 2015 (penghentian dan pelarangan penempatan TKI pada pengguna perseorangan di Timur Tengah)",
    sources: ["S22", "S23", "S22b"],
    section: "DOMAIN.md §1.9",
    note:
      "In force from 1 July 2015. Its lifting for Saudi Arabia was announced in March 2025 but is unconfirmed " +
      "(S26, S26c), so the default policy keeps it in force; a caller's policy can lift it from a date.",
  },
  [BASIS.BNSP_CERTIFICATE_VALIDITY]: {
    instrument: "BNSP competency certificate validity (LSP practice; BNSP guideline 03/BNSP.302/X/2013 §5.7 unseen)",
    sources: ["S34", "S35", "S37"],
    section: "DOMAIN.md §2.3",
    note: "3 years per an LSP; 3 to 5 years by field per a blog. Unconfirmed: set per scheme in your policy.",
  },
  [BASIS.MEDICAL_FRESHNESS_ASSUMPTION]: {
    instrument: "Working assumption of sentra-vokasi: a fit medical check counts for 90 days",
    sources: [],
    section: "DOMAIN.md §1.2 (Pasal 13 huruf d)",
    note: "No source gives how recent the health letter must be. Replace it with the figure of your programme.",
  },
  [BASIS.PASSPORT_NO_RULE]: {
    instrument: "No minimum remaining passport validity found for this target",
    sources: [],
    section: "DOMAIN.md §1.8, §4.1",
    note: "The value 0 means only that the passport must be valid on the day judged.",
  },
  [BASIS.JP_SSW]: {
    instrument:
      "Japan, Specified Skilled Worker (i): age 18+, JFT-Basic A2 or JLPT N4, field skill test; nursing care also the Nursing Care Japanese test; no education minimum (FAQ)",
    sources: ["S45", "S45b", "S45c", "S45e"],
    section: "DOMAIN.md §4.1, §4.2",
  },
  [BASIS.JP_SSW_PASSPORT]: {
    instrument: "Japan SSW: 6 months of remaining passport validity",
    sources: ["S45f"],
    section: "DOMAIN.md §4.1",
    note: "Secondary source; unconfirmed.",
  },
  [BASIS.KR_EPS_AGE]: {
    instrument: "Korea EPS (E-9), Indonesia 2025 round: age 18 to 39 at registration (born 3 June 1985 – 4 June 2007)",
    sources: ["S48a", "S48b", "S48c", "S48d", "S48e"],
    section: "DOMAIN.md §4.1, §7.10, §10",
    note:
      "The 2025 notices fix the age by a birth window at registration, so the age is judged on the day of application. " +
      "The eps.go.kr job application page says 18 to 40.",
  },
  [BASIS.KR_EPS_TOPIK]: {
    instrument:
      "EPS-TOPIK: result valid 2 years from the announcement date; pass line relative per round and industry (older rounds: at least 80/200; special re-entry round: at least 120)",
    sources: ["S48a", "S48b", "S48c", "S48d", "S48e", "S48i"],
    section: "DOMAIN.md §4.3, §6.4, §10",
    note:
      "80 points is the absolute floor of older rounds, kept as an overridable figure: recent rounds rank candidates, and the " +
      "special re-entry round needs at least 120. The 2-year validity counts from the announcement of the result when the " +
      "record has it (announcedOn), else from the test day. Set the figure of the round in your policy.",
  },
  [BASIS.KR_EPS_2025]: {
    instrument:
      "Korea EPS, Indonesia 2025 manufacturing round: SLTP minimum, colour-blindness test, skill and competency test",
    sources: ["S48a", "S48d", "S48e"],
    section: "DOMAIN.md §4.1, §4.3",
  },
  [BASIS.TW_FAMILY_CAREGIVER]: {
    instrument: "Taiwan: family caregivers and domestic helpers at least 20 (Taiwan side); no language test required",
    sources: ["S49a", "S49b"],
    section: "DOMAIN.md §4.1",
  },
  [BASIS.TW_WEAK]: {
    instrument: "Taiwan, Indonesian side: age 20–35, passport 18 months, SMP",
    sources: ["S49e"],
    section: "DOMAIN.md §4.1, §7.6",
    note: "Low-quality source; unconfirmed.",
  },
  [BASIS.HK_FDH]: {
    instrument: "Hong Kong foreign domestic helper: minimum age 21, passport 2 years",
    sources: ["S50", "S50c"],
    section: "DOMAIN.md §4.1, §7.6",
    note: "Secondary source; unconfirmed. Hong Kong's own criteria bind the employer, not the helper.",
  },
  [BASIS.HK_BNSP]: {
    instrument: "Hong Kong: the Indonesian side requires a BNSP domestic-work competency certificate",
    sources: ["S50d"],
    section: "DOMAIN.md §4.1",
  },
  [BASIS.MY_PLKS]: {
    instrument:
      "Malaysia PLKS (temporary employment pass): age 18–45 at application; passport valid 12 months (old page)",
    sources: ["S51a", "S51b", "S51c", "S51f"],
    section: "DOMAIN.md §4.1, §10",
    note: "The 12-month passport figure is from an old page and unconfirmed.",
  },
  [BASIS.DE_TRIPLE_WIN_2025]: {
    instrument:
      "Germany G to G Triple Win nurses, Batch VII 2025: age 18–38 counted at registration ('terhitung'), German B1 in Indonesia, D3/D4/S1 nursing and STR",
    sources: ["S52", "S52b", "S52c", "S52e"],
    section: "DOMAIN.md §4.1",
    note: "An earlier call allowed 18–40 (S52c). The nursing field of the diploma is not checked by the library.",
  },
  [BASIS.ID_DOMESTIC_ASSUMPTION]: {
    instrument:
      "Working assumption of sentra-vokasi for placement with an employer in Indonesia (not a migrant placement)",
    sources: [],
    section: "DOMAIN.md §0",
    note: "UU 18/2017 governs placement abroad only; these figures are programme choices to be replaced by the programme's own.",
  },
  [BASIS.SKKNI_WELDING_2018]: {
    instrument:
      "Keputusan Menteri Ketenagakerjaan No. 98 Tahun 2018 tentang Penetapan SKKNI Kategori Industri Pengolahan Golongan Pokok Industri Logam Dasar Bidang Jasa Pembuatan Barang-Barang dari Logam Subbidang Pengelasan",
    sources: ["S32", "S33"],
    section: "DOMAIN.md §2.2",
    note: "Units as packaged by an LSP scheme for 'Tukang Las Konstruksi Plat dan Pipa Level 2'.",
  },
  [BASIS.ILLUSTRATIVE_UNITS]: {
    instrument: "Illustrative competency units of sentra-vokasi (not an official SKKNI list)",
    sources: [],
    section: "DOMAIN.md §2.2",
    note: "Replace with the SKKNI units of the LSP scheme the programme certifies against.",
  },
};

function always<T>(value: T, basis: string, confirmed: boolean): Parameter<T> {
  return { description: { id: "", en: "" }, versions: [{ from: ALWAYS, value, basis, confirmed }] };
}

/** Who each built-in target is (its rules are below). */
const PROFILES = {
  "JP-SSW-CAREGIVING": {
    destination: "JP",
    scheme: "SSW (i) Tokutei Ginou",
    occupation: "caregiving (kaigo)",
    title: { id: "Jepang, SSW (i) pengasuh lansia (caregiver/kaigo)", en: "Japan, SSW (i) caregiver (kaigo)" },
    tracks: ["caregiving-jp"],
    employer: "entity",
  },
  "JP-SSW-MANUFACTURING": {
    destination: "JP",
    scheme: "SSW (i) Tokutei Ginou",
    occupation: "industrial products manufacturing",
    title: { id: "Jepang, SSW (i) manufaktur", en: "Japan, SSW (i) manufacturing" },
    tracks: ["manufacturing-jp"],
    employer: "entity",
  },
  "KR-EPS-MANUFACTURING": {
    destination: "KR",
    scheme: "EPS (E-9), G to G",
    occupation: "manufacturing",
    title: { id: "Korea Selatan, EPS manufaktur", en: "South Korea, EPS manufacturing" },
    tracks: ["manufacturing-kr"],
    employer: "entity",
  },
  "TW-CAREGIVER": {
    destination: "TW",
    scheme: "P to P",
    occupation: "family caregiver",
    title: { id: "Taiwan, pengasuh keluarga", en: "Taiwan, family caregiver" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  "HK-DOMESTIC-HELPER": {
    destination: "HK",
    scheme: "P to P, foreign domestic helper (ID 407 contract)",
    occupation: "domestic helper",
    title: { id: "Hong Kong, penata laksana rumah tangga", en: "Hong Kong, foreign domestic helper" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  "MY-PLKS-MANUFACTURING": {
    destination: "MY",
    scheme: "PLKS (temporary employment pass)",
    occupation: "manufacturing",
    title: { id: "Malaysia, PLKS manufaktur", en: "Malaysia, PLKS manufacturing" },
    tracks: ["manufacturing-operation"],
    employer: "entity",
  },
  "DE-NURSE": {
    destination: "DE",
    scheme: "G to G Triple Win",
    occupation: "nurse",
    title: { id: "Jerman, perawat (Triple Win)", en: "Germany, nurse (Triple Win)" },
    tracks: ["nursing-de"],
    employer: "entity",
  },
  "SA-DOMESTIC": {
    destination: "SA",
    scheme: "P to P, individual employer",
    occupation: "domestic worker",
    title: { id: "Arab Saudi, pekerja rumah tangga", en: "Saudi Arabia, domestic worker" },
    tracks: ["domestic-care"],
    employer: "individual",
  },
  "ID-INDUSTRY-WELDING": {
    destination: "ID",
    scheme: "placement at home (Banten industry)",
    occupation: "welder",
    title: { id: "Indonesia (Banten), juru las industri", en: "Indonesia (Banten), industrial welder" },
    tracks: ["welding-smaw", "banten-welding-smaw-1"],
    employer: "entity",
  },
} as const satisfies Record<string, TargetProfileData>;

const ABROAD_PLACEMENT_DOCUMENTS: readonly DocumentKind[] = [
  "KTP",
  "KK",
  "MARITAL_STATUS",
  "FAMILY_CONSENT",
  "PASSPORT",
];
const ABROAD_DEPARTURE_EXTRA: readonly DocumentKind[] = [
  "VISA",
  "PLACEMENT_AGREEMENT",
  "WORK_CONTRACT",
  "BPJS_KETENAGAKERJAAN",
];

interface TargetSpec {
  readonly profile: TargetProfileData;
  readonly age: RequirementValue<"age">;
  readonly ageBasis: string;
  readonly ageConfirmed: boolean;
  readonly education: RequirementValue<"education">;
  readonly educationBasis: string;
  readonly educationConfirmed: boolean;
  readonly language: RequirementValue<"language">;
  readonly languageBasis: string;
  readonly languageConfirmed: boolean;
  readonly units: readonly string[];
  readonly unitsBasis: string;
  readonly skillTests: readonly string[];
  readonly colourVisionNormal?: boolean;
  readonly passportMonths: number;
  readonly passportBasis: string;
  readonly passportConfirmed: boolean;
  readonly extraPlacementDocuments?: readonly DocumentKind[];
  /** The sexes the scheme admits, when not both, and the citation. */
  readonly sex?: { readonly admitted: readonly ("F" | "M")[]; readonly basis: string };
  readonly schemeBasis: string;
}

type Kind =
  | "age"
  | "education"
  | "language"
  | "skill"
  | "medical"
  | "passport"
  | "documents"
  | "open"
  | "orientation"
  | "sex"
  | "marriedDocuments"
  | "pregnancyTest";
type RequirementValue<K extends Kind> = NonNullable<TargetRequirementParameters[K]>["versions"][number]["value"];

const DESCRIPTIONS: { readonly [K in Kind]: { readonly id: string; readonly en: string } } = {
  age: { id: "Rentang usia sasaran (tahun penuh)", en: "Target age window (completed years)" },
  education: { id: "Pendidikan minimal", en: "Minimum education" },
  language: { id: "Syarat bahasa", en: "Language requirements" },
  skill: { id: "Unit kompetensi dan uji keterampilan", en: "Competency units and skill tests" },
  medical: { id: "Masa berlaku surat keterangan sehat", en: "Validity of the health certificate" },
  passport: { id: "Sisa masa berlaku paspor minimal (bulan)", en: "Minimum remaining passport validity (months)" },
  documents: { id: "Dokumen per tahap", en: "Documents per gate" },
  open: { id: "Penempatan dibuka (tanpa moratorium)", en: "Placement open (no moratorium)" },
  sex: { id: "Jenis kelamin yang diterima skema", en: "Sexes the scheme admits" },
  marriedDocuments: { id: "Dokumen bagi calon yang menikah", en: "Documents of a married candidate" },
  pregnancyTest: {
    id: "Pemeriksaan laboratorium (tes kehamilan) paling lama sekian hari sebelum berangkat",
    en: "Laboratory check (pregnancy test) at most so many days before departure",
  },
  orientation: {
    id: "Orientasi Pra Pemberangkatan (OPP) wajib sebelum berangkat",
    en: "Pre-departure orientation (OPP) required before departure",
  },
};

function described<T>(name: Kind, p: Parameter<T>): Parameter<T> {
  return { ...p, description: DESCRIPTIONS[name] };
}

function abroad(spec: TargetSpec): PolicyTarget {
  const placement = [...ABROAD_PLACEMENT_DOCUMENTS, ...(spec.extraPlacementDocuments ?? [])];
  const requirements: TargetRequirementParameters = {
    age: described("age", always(spec.age, spec.ageBasis, spec.ageConfirmed)),
    education: described("education", always(spec.education, spec.educationBasis, spec.educationConfirmed)),
    language: described("language", always(spec.language, spec.languageBasis, spec.languageConfirmed)),
    skill: described(
      "skill",
      always(
        { units: spec.units, skillTests: spec.skillTests },
        spec.unitsBasis,
        spec.unitsBasis === BASIS.SKKNI_WELDING_2018,
      ),
    ),
    medical: described(
      "medical",
      always(
        { validityMonths: 3, colourVisionNormal: spec.colourVisionNormal ?? false },
        BASIS.PERPRES_64_2011_P14,
        true,
      ),
    ),
    pregnancyTest: described("pregnancyTest", always({ withinDays: 7 }, BASIS.PERPRES_64_2011_P14, true)),
    passport: described(
      "passport",
      always({ minValidityMonths: spec.passportMonths }, spec.passportBasis, spec.passportConfirmed),
    ),
    documents: described(
      "documents",
      always({ placement, departure: [...placement, ...ABROAD_DEPARTURE_EXTRA] }, BASIS.UU_18_2017_P13, true),
    ),
    open: described("open", always(true, spec.schemeBasis, true)),
    orientation: described("orientation", always(true, BASIS.UU_18_2017_OPP, true)),
    marriedDocuments: described(
      "marriedDocuments",
      always({ placement: ["MARRIAGE_BOOK"], departure: ["MARRIAGE_BOOK"] }, BASIS.UU_18_2017_P13A, true),
    ),
    ...(spec.sex === undefined
      ? {}
      : { sex: described("sex", always({ admitted: spec.sex.admitted }, spec.sex.basis, false)) }),
  };
  return { profile: spec.profile, requirements };
}

const JAPANESE_A2 = [[{ test: "JFT_BASIC", minScore: 200 } as const, { test: "JLPT", minLevel: "N4" } as const]];

const TARGETS: Record<string, PolicyTarget> = {
  "JP-SSW-CAREGIVING": abroad({
    profile: PROFILES["JP-SSW-CAREGIVING"],
    age: { min: 18 },
    ageBasis: BASIS.JP_SSW,
    ageConfirmed: true,
    education: "NONE",
    educationBasis: BASIS.JP_SSW,
    educationConfirmed: true,
    language: JAPANESE_A2,
    languageBasis: BASIS.JP_SSW,
    languageConfirmed: true,
    units: TRACK_UNITS.caregiving,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: ["JP_SSW_CAREGIVING_SKILL", "JP_NURSING_CARE_JAPANESE"],
    passportMonths: 6,
    passportBasis: BASIS.JP_SSW_PASSPORT,
    passportConfirmed: false,
    schemeBasis: BASIS.JP_SSW,
  }),
  "JP-SSW-MANUFACTURING": abroad({
    profile: PROFILES["JP-SSW-MANUFACTURING"],
    age: { min: 18 },
    ageBasis: BASIS.JP_SSW,
    ageConfirmed: true,
    education: "NONE",
    educationBasis: BASIS.JP_SSW,
    educationConfirmed: true,
    language: JAPANESE_A2,
    languageBasis: BASIS.JP_SSW,
    languageConfirmed: true,
    units: TRACK_UNITS.manufacturing,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: ["JP_SSW_MANUFACTURING_SKILL"],
    passportMonths: 6,
    passportBasis: BASIS.JP_SSW_PASSPORT,
    passportConfirmed: false,
    schemeBasis: BASIS.JP_SSW,
  }),
  "KR-EPS-MANUFACTURING": abroad({
    profile: PROFILES["KR-EPS-MANUFACTURING"],
    age: { min: 18, max: 39, judgedAt: "application" },
    ageBasis: BASIS.KR_EPS_AGE,
    ageConfirmed: true,
    education: "SMP",
    educationBasis: BASIS.KR_EPS_2025,
    educationConfirmed: true,
    language: [[{ test: "EPS_TOPIK", minScore: 80, maxAgeMonths: 24 }]],
    languageBasis: BASIS.KR_EPS_TOPIK,
    languageConfirmed: false,
    units: TRACK_UNITS.manufacturing,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: ["KR_EPS_SKILL_TEST"],
    colourVisionNormal: true,
    passportMonths: 0,
    passportBasis: BASIS.PASSPORT_NO_RULE,
    passportConfirmed: false,
    schemeBasis: BASIS.KR_EPS_2025,
  }),
  "TW-CAREGIVER": abroad({
    profile: PROFILES["TW-CAREGIVER"],
    age: { min: 20, max: 35 },
    ageBasis: BASIS.TW_WEAK,
    ageConfirmed: false,
    education: "SMP",
    educationBasis: BASIS.TW_WEAK,
    educationConfirmed: false,
    language: [],
    languageBasis: BASIS.TW_FAMILY_CAREGIVER,
    languageConfirmed: true,
    units: TRACK_UNITS.domestic,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: [],
    passportMonths: 18,
    passportBasis: BASIS.TW_WEAK,
    passportConfirmed: false,
    schemeBasis: BASIS.TW_FAMILY_CAREGIVER,
  }),
  "HK-DOMESTIC-HELPER": abroad({
    profile: PROFILES["HK-DOMESTIC-HELPER"],
    age: { min: 21 },
    ageBasis: BASIS.HK_FDH,
    ageConfirmed: false,
    education: "NONE",
    educationBasis: BASIS.HK_FDH,
    educationConfirmed: false,
    language: [],
    languageBasis: BASIS.HK_FDH,
    languageConfirmed: false,
    units: TRACK_UNITS.domestic,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: [],
    passportMonths: 24,
    passportBasis: BASIS.HK_FDH,
    passportConfirmed: false,
    schemeBasis: BASIS.HK_BNSP,
  }),
  "MY-PLKS-MANUFACTURING": abroad({
    profile: PROFILES["MY-PLKS-MANUFACTURING"],
    age: { min: 18, max: 45, judgedAt: "application" },
    ageBasis: BASIS.MY_PLKS,
    ageConfirmed: true,
    education: "NONE",
    educationBasis: BASIS.MY_PLKS,
    educationConfirmed: false,
    language: [],
    languageBasis: BASIS.MY_PLKS,
    languageConfirmed: false,
    units: TRACK_UNITS.manufacturing,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: [],
    passportMonths: 12,
    passportBasis: BASIS.MY_PLKS,
    passportConfirmed: false,
    schemeBasis: BASIS.MY_PLKS,
    sex: { admitted: ["F"], basis: BASIS.MY_MANUFACTURING_SEX },
  }),
  "DE-NURSE": abroad({
    profile: PROFILES["DE-NURSE"],
    age: { min: 18, max: 38, judgedAt: "application" },
    ageBasis: BASIS.DE_TRIPLE_WIN_2025,
    ageConfirmed: true,
    education: "D3",
    educationBasis: BASIS.DE_TRIPLE_WIN_2025,
    educationConfirmed: true,
    language: [[{ test: "CEFR", minLevel: "B1" }]],
    languageBasis: BASIS.DE_TRIPLE_WIN_2025,
    languageConfirmed: true,
    units: TRACK_UNITS.nursing,
    unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
    skillTests: [],
    passportMonths: 0,
    passportBasis: BASIS.PASSPORT_NO_RULE,
    passportConfirmed: false,
    extraPlacementDocuments: ["PROFESSIONAL_REGISTRATION"],
    schemeBasis: BASIS.DE_TRIPLE_WIN_2025,
  }),
  "SA-DOMESTIC": (() => {
    const base = abroad({
      profile: PROFILES["SA-DOMESTIC"],
      age: { min: 18 },
      ageBasis: BASIS.UU_18_2017_P5A,
      ageConfirmed: true,
      education: "NONE",
      educationBasis: BASIS.KEPMENAKER_260_2015,
      educationConfirmed: false,
      language: [],
      languageBasis: BASIS.KEPMENAKER_260_2015,
      languageConfirmed: false,
      units: TRACK_UNITS.domestic,
      unitsBasis: BASIS.ILLUSTRATIVE_UNITS,
      skillTests: [],
      passportMonths: 0,
      passportBasis: BASIS.PASSPORT_NO_RULE,
      passportConfirmed: false,
      schemeBasis: BASIS.KEPMENAKER_260_2015,
    });
    return {
      ...base,
      requirements: {
        ...base.requirements,
        open: {
          description: DESCRIPTIONS.open,
          versions: [
            { from: ALWAYS, until: d("2015-06-30"), value: true, basis: BASIS.KEPMENAKER_260_2015, confirmed: true },
            { from: d("2015-07-01"), value: false, basis: BASIS.KEPMENAKER_260_2015, confirmed: true },
          ],
        },
      },
    };
  })(),
  "ID-INDUSTRY-WELDING": {
    profile: PROFILES["ID-INDUSTRY-WELDING"],
    requirements: {
      age: described("age", always({ min: 18 }, BASIS.ID_DOMESTIC_ASSUMPTION, false)),
      education: described("education", always("NONE" as const, BASIS.ID_DOMESTIC_ASSUMPTION, false)),
      language: described("language", always([], BASIS.ID_DOMESTIC_ASSUMPTION, false)),
      skill: described("skill", always({ units: TRACK_UNITS.welding, skillTests: [] }, BASIS.SKKNI_WELDING_2018, true)),
      medical: described(
        "medical",
        always({ maxAgeDays: 90, colourVisionNormal: false }, BASIS.MEDICAL_FRESHNESS_ASSUMPTION, false),
      ),
      passport: described("passport", always({ minValidityMonths: 0 }, BASIS.ID_DOMESTIC_ASSUMPTION, false)),
      documents: described(
        "documents",
        always({ placement: ["KTP"], departure: ["KTP"] } as const, BASIS.ID_DOMESTIC_ASSUMPTION, false),
      ),
      open: described("open", always(true, BASIS.ID_DOMESTIC_ASSUMPTION, false)),
      orientation: described("orientation", always(true, BASIS.ID_DOMESTIC_ASSUMPTION, false)),
    },
  },
};

/**
 * The policy the library ships: each value sourced in the project's domain reference, with
 * its effective dates and citation; figures whose source is weak or missing say
 * `confirmed: false`. Derive your own with `definePolicy` rather than editing it. The full
 * table with sources is `docs/policy.md`.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.parameters.trainingAge.versions[0]?.value; // { min: 15, max: 29 }
 * ```
 */
export const DEFAULT_POLICY: Policy = {
  id: "default",
  title: {
    id: "Kebijakan bawaan sentra-vokasi (bersumber)",
    en: "sentra-vokasi default policy (sourced)",
  },
  citations: CITATIONS,
  parameters: {
    trainingAge: {
      description: {
        id: "Rentang usia peserta pelatihan (tahun penuh, inklusif)",
        en: "Trainee age window (completed years, inclusive)",
      },
      versions: [
        { from: d("2025-05-02"), value: { min: 15, max: 29 }, basis: BASIS.BANTEN_OFFER_2025, confirmed: false },
      ],
    },
    placementMinimumAge: {
      description: {
        id: "Usia minimal penempatan PMI (tahun penuh)",
        en: "National minimum age for placement abroad (completed years)",
      },
      versions: [
        { from: UU_39_2004_FROM, until: UU_39_2004_UNTIL, value: 18, basis: BASIS.UU_39_2004_P35A, confirmed: true },
        { from: UU_18_2017_FROM, value: 18, basis: BASIS.UU_18_2017_P5A, confirmed: true },
      ],
    },
    placementMinimumAgeIndividualEmployer: {
      description: {
        id: "Usia minimal penempatan PMI pada pengguna perseorangan (tahun penuh)",
        en: "National minimum age for placement abroad with an individual employer (completed years)",
      },
      versions: [
        { from: UU_39_2004_FROM, until: UU_39_2004_UNTIL, value: 21, basis: BASIS.UU_39_2004_P35A, confirmed: true },
        { from: UU_18_2017_FROM, value: 18, basis: BASIS.UU_18_2017_P5A, confirmed: true },
      ],
    },
    competencyCertificateValidity: {
      description: {
        id: "Masa berlaku sertifikat kompetensi tanpa tanggal kedaluwarsa (tahun)",
        en: "Validity of a competency certificate that states no expiry (years)",
      },
      versions: [
        {
          from: ALWAYS,
          value: { defaultYears: 3, bySchemeCode: {} },
          basis: BASIS.BNSP_CERTIFICATE_VALIDITY,
          confirmed: false,
        },
      ],
    },
    placementEducationMinimum: {
      description: {
        id: "Pendidikan minimal nasional untuk penempatan ke luar negeri",
        en: "National minimum education for placement abroad",
      },
      versions: [
        { from: UU_39_2004_FROM, until: UU_39_2004_UNTIL, value: "SMP", basis: BASIS.UU_39_2004_P35D, confirmed: true },
        { from: UU_18_2017_FROM, value: "NONE", basis: BASIS.UU_18_2017_P5, confirmed: true },
      ],
    },
    placementNotPregnant: {
      description: {
        id: "Syarat nasional tidak sedang hamil untuk penempatan ke luar negeri",
        en: "National rule: not pregnant for placement abroad",
      },
      versions: [
        { from: UU_39_2004_FROM, until: UU_39_2004_UNTIL, value: true, basis: BASIS.UU_39_2004_P35C, confirmed: true },
        { from: UU_18_2017_FROM, value: false, basis: BASIS.UU_18_2017_P5, confirmed: true },
      ],
    },
    lifelongDocuments: {
      description: {
        id: "Dokumen yang berlaku seumur hidup, apa pun tanggal yang tertera",
        en: "Documents valid for life whatever date they show",
      },
      versions: [{ from: ALWAYS, value: ["KTP"], basis: BASIS.UU_24_2013_KTP_EL, confirmed: true }],
    },
    readinessWeights: {
      description: { id: "Bobot komponen kesiapan", en: "Weights of the readiness components" },
      versions: [
        {
          from: ALWAYS,
          value: { eligibility: 30, skill: 20, language: 20, health: 10, documents: 15, orientation: 5 },
          basis: BASIS.READINESS_WEIGHTS,
          confirmed: false,
        },
      ],
    },
  },
  targets: TARGETS,
};
