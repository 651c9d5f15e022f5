/**
 * Generates the bundled sample cohort: 220 fictional trainees of Banten BLKs (UPTD LK Banten)
 * on a programme aimed at placement abroad, as an officer would keep them on the demo date
 * (`DEMO_AS_OF`). Deterministic (seeded), so the demo and its tests always see the same records.
 *
 *   npm run sample   # rewrites examples/data/banten-cohort.json and examples/data/banten-cohort.csv
 *
 * The CSV holds the same records in the CLI's columns (`CSV_COLUMNS`, docs/cli.md): one row per
 * trainee, only the columns some record uses, RFC 4180 quoting and CRLF line ends.
 *
 * Fictional data: regency codes are Banten's (Kepmendagri 300.2.2-2138/2025); district
 * (kecamatan) numbers are drawn at random and not checked against the official list; names are
 * common Indonesian and Sundanese names combined at random; NIKs encode the birth date, sex and
 * district but were never issued to anyone, and so are the passport numbers.
 *
 * What the cohort looks like on the demo date:
 * - Ages mostly 18–29, a few trainees of 15–17 (on the non-placement tracks, mostly), and two
 *   over the training window of 15–29: one 30 today, one 40 (a former worker in Korea).
 * - Every trainee is enrolled in a catalogue track, in waves from June 2025; the last wave is
 *   still in training. Almost everyone of 17 or more holds a KTP-el (issued at 17 or later), and
 *   almost everyone a KK.
 * - After training: the LSP's competency certificate, language results (JFT-Basic and JLPT for
 *   Japan, EPS-TOPIK for Korea, a Goethe CEFR level for Germany), the scheme's skill tests, then
 *   the placement papers (passport, health certificate, family consent, marital status letter,
 *   the buku nikah of the married). About a third of those who finished are ready; the others
 *   miss one or two things for a real reason: no language result or one too low, a skill test
 *   not yet passed, an incomplete certificate, a health certificate missing, lapsed or unfit, no
 *   passport or one expiring, a letter not yet brought. A few who are ready also hold their
 *   departure papers, some with the pre-departure orientation (OPP) done.
 * - Positions that the tests and the demo rely on are fixed: records 1–5 sit on the age edges,
 *   7–9 are ready for JP-SSW-CAREGIVING (9 only for a few more days), 10 has done everything but
 *   turns 18 in three weeks.
 * - Five records are invalid the way an officer's typing makes them (records 21–25: a NIK of 15
 *   digits, 31 April, month 13, a birth date left empty, education written "SLTA"), and a few
 *   parse but have audit findings (records 38, 59, 104, 142, 177 with 191, 200 with 201: see
 *   `AUDIT_CASES`).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TRACKS } from "../../src/catalog/tracks.js";
import { CSV_COLUMNS } from "../../src/cli/csv-columns.js";
import { DOCUMENT_KINDS } from "../../src/core/vocabulary.js";

export const DEMO_AS_OF = "2026-12-01";
export const COHORT_SIZE = 220;

/** The deliberately invalid records (1-based positions), as an officer would type them. */
export const INVALID_CASES = {
  21: "NIK of 15 digits (one digit dropped)",
  22: "birth date 31 April",
  23: "health check dated in month 13",
  24: "birth date left empty",
  25: 'education written "SLTA" (not a code)',
} as const;

/** Records (1-based positions) that parse but that `auditCandidate` or a cross-record check flags. */
export const AUDIT_CASES = {
  38: "sex typed M, the NIK says a woman",
  59: "birth date with day and month swapped against the NIK",
  104: "health check dated 2206 (a typo for 2026)",
  142: "JFT-Basic dated 2027 (a typo for 2026)",
  177: "same NIK as record 191: the same person registered twice",
  191: "same NIK as record 177: registered again for another track",
  200: "same id as record 201",
  201: "same id as record 200 (copied row, id not changed)",
} as const;

type Rec = Record<string, unknown>;
interface Doc {
  kind: string;
  number?: string;
  issuedOn: string;
  expiresOn?: string;
}
interface Medical {
  result: "FIT" | "UNFIT";
  examinedOn: string;
  colourVisionNormal?: boolean;
  pregnancyTest?: { result: "NEGATIVE"; testedOn: string };
}
type Language =
  | { test: "JFT_BASIC"; score: number; takenOn: string }
  | { test: "EPS_TOPIK"; score: number; takenOn: string; announcedOn: string }
  | { test: "JLPT"; level: string; takenOn: string }
  | { test: "CEFR"; level: string; provider: string; takenOn: string };
type Certificate =
  | { kind: "COMPETENCY"; schemeCode: string; unitCodes: string[]; issuer: string; issuedOn: string; expiresOn: string }
  | { kind: "SKILL_TEST"; test: string; issuedOn: string };

/** mulberry32: a tiny seeded PRNG, enough for sample data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toDays(s: string): number {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;
}
function fromDays(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The same day `n` years later (29 February becomes the 28th in a common year). */
function addYears(s: string, n: number): string {
  const y = Number(s.slice(0, 4)) + n;
  const md = s.slice(4) === "-02-29" && !isLeap(y) ? "-02-28" : s.slice(4);
  return `${String(y).padStart(4, "0")}${md}`;
}
/** Completed years on `day`. */
function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

const AS_OF = toDays(DEMO_AS_OF);

/** Banten's regencies and cities, weighted towards the rural regencies most trainees come from. */
const REGENCIES: readonly (readonly [code: string, districts: number, weight: number])[] = [
  ["3601", 35, 17], // Kabupaten Pandeglang
  ["3602", 28, 18], // Kabupaten Lebak
  ["3603", 29, 15], // Kabupaten Tangerang
  ["3604", 29, 20], // Kabupaten Serang
  ["3671", 13, 8], // Kota Tangerang
  ["3672", 8, 6], // Kota Cilegon
  ["3673", 6, 10], // Kota Serang
  ["3674", 7, 6], // Kota Tangerang Selatan
];

const WOMEN = [
  "Siti",
  "Dewi",
  "Rina",
  "Nur",
  "Putri",
  "Ayu",
  "Fitri",
  "Intan",
  "Wulan",
  "Indah",
  "Yuli",
  "Euis",
  "Neng",
  "Iis",
  "Imas",
  "Ratna",
  "Yanti",
  "Nurul",
  "Sri",
  "Eneng",
];
const MEN = [
  "Ahmad",
  "Budi",
  "Agus",
  "Eko",
  "Rizky",
  "Wahyu",
  "Dedi",
  "Fajar",
  "Hendra",
  "Irfan",
  "Yusuf",
  "Asep",
  "Ujang",
  "Dede",
  "Saepul",
  "Ade",
  "Rohmat",
  "Iwan",
  "Ilham",
  "Firman",
];
const WOMEN_FAMILY = [
  "Aminah",
  "Rahmawati",
  "Fitriani",
  "Suryani",
  "Nurhayati",
  "Lestari",
  "Nurjanah",
  "Rohaeti",
  "Jubaedah",
  "Hasanah",
  "Maryati",
];
const MEN_FAMILY = [
  "Saputra",
  "Hidayat",
  "Santoso",
  "Kurniawan",
  "Maulana",
  "Pratama",
  "Setiawan",
  "Wijaya",
  "Permana",
  "Hermawan",
  "Suherman",
  "Sulaeman",
  "Mustofa",
  "Syarifudin",
];
/** Women and men known by one name only. */
const SINGLE_NAMES = { F: ["Sumarni", "Rohmah", "Nining", "Karsih"], M: ["Mulyadi", "Jaenudin", "Sarip", "Karta"] };

type Lang = "JP" | "KR" | "DE" | "none";
type Goal = "abroad" | "home" | "none";
interface TrackProfile {
  readonly women: number;
  readonly education: readonly (readonly [string, number])[];
  readonly goal: Goal;
  readonly lang: Lang;
  readonly skillTests: readonly string[];
  /** Trainees on it per 220. */
  readonly count: number;
}

const SLTA: readonly (readonly [string, number])[] = [
  ["SMA", 3],
  ["SMK", 5],
  ["MA", 1],
  ["MAK", 1],
  ["PAKET_C", 1],
];
const PROFILES: Readonly<Record<string, TrackProfile>> = {
  "caregiving-jp": {
    women: 0.8,
    education: [...SLTA, ["SMP", 1], ["D3", 1]],
    goal: "abroad",
    lang: "JP",
    skillTests: ["JP_SSW_CAREGIVING_SKILL", "JP_NURSING_CARE_JAPANESE"],
    count: 70,
  },
  "manufacturing-kr": {
    women: 0.15,
    education: SLTA,
    goal: "abroad",
    lang: "KR",
    skillTests: ["KR_EPS_SKILL_TEST"],
    count: 40,
  },
  "domestic-care": {
    women: 0.97,
    education: [
      ["SD", 2],
      ["SMP", 4],
      ["MTS", 1],
      ["PAKET_B", 1],
      ["SMA", 2],
      ["SMK", 1],
    ],
    goal: "abroad",
    lang: "none",
    skillTests: [],
    count: 30,
  },
  "manufacturing-jp": {
    women: 0.3,
    education: SLTA,
    goal: "abroad",
    lang: "JP",
    skillTests: ["JP_SSW_MANUFACTURING_SKILL"],
    count: 25,
  },
  "banten-welding-smaw-1": { women: 0.03, education: SLTA, goal: "home", lang: "none", skillTests: [], count: 10 },
  "manufacturing-operation": {
    women: 0.85,
    education: SLTA,
    goal: "abroad",
    lang: "none",
    skillTests: [],
    count: 10,
  },
  "welding-smaw": { women: 0.03, education: SLTA, goal: "home", lang: "none", skillTests: [], count: 8 },
  "nursing-de": {
    women: 0.75,
    education: [
      ["D3", 5],
      ["S1", 1],
    ],
    goal: "abroad",
    lang: "DE",
    skillTests: [],
    count: 6,
  },
  "hospitality-fnb": { women: 0.5, education: SLTA, goal: "none", lang: "none", skillTests: [], count: 6 },
  "electrical-installation": { women: 0.05, education: SLTA, goal: "none", lang: "none", skillTests: [], count: 5 },
  "banten-beauty-skin": { women: 0.95, education: SLTA, goal: "none", lang: "none", skillTests: [], count: 4 },
  "beauty-makeup": { women: 0.95, education: SLTA, goal: "none", lang: "none", skillTests: [], count: 3 },
  "banten-beauty-hair": { women: 0.95, education: SLTA, goal: "none", lang: "none", skillTests: [], count: 3 },
};

/** Education of a trainee under 18: the school they have finished. */
const JUNIOR: readonly (readonly [string, number])[] = [
  ["SMP", 6],
  ["MTS", 2],
  ["PAKET_B", 1],
  ["SD", 1],
];
/** Age at which each level's ijazah is usually issued (Paket A–C: any age after it). */
const GRADUATION_AGE: Readonly<Record<string, number>> = {
  SD: 12,
  PAKET_A: 13,
  SMP: 15,
  MTS: 15,
  PAKET_B: 16,
  SMA: 18,
  SMK: 18,
  MA: 18,
  MAK: 18,
  PAKET_C: 19,
  D3: 21,
  S1: 22,
};

/** The level below each, for a trainee who has not finished the one drawn. */
const BELOW: Readonly<Record<string, string>> = {
  S1: "D3",
  D3: "SMA",
  SMA: "SMP",
  SMK: "SMP",
  MA: "MTS",
  MAK: "MTS",
  PAKET_C: "SMP",
  SMP: "SD",
  MTS: "SD",
  PAKET_B: "SD",
  PAKET_A: "NONE",
  SD: "NONE",
};

/** Waves of training (start days), oldest first, and how many of the cohort each holds. */
const WAVES: readonly (readonly [string, number])[] = [
  ["2025-06-16", 1],
  ["2025-08-11", 2],
  ["2025-10-06", 3],
  ["2025-12-01", 4],
  ["2026-02-02", 5],
  ["2026-03-30", 6],
  ["2026-05-25", 6],
  ["2026-07-20", 6],
  ["2026-09-14", 5],
  ["2026-10-26", 5],
];
/** JLPT sessions in Indonesia (first Sunday of July and December). */
const JLPT_SESSIONS = ["2025-07-06", "2025-12-07", "2026-07-05"];
/** EPS-TOPIK rounds in Indonesia (fictional days); results announced about 25 days later. */
const EPS_ROUNDS = ["2025-05-19", "2025-09-15", "2026-02-09", "2026-05-18", "2026-08-24", "2026-10-12"];
/** Passports issued from this day run 10 years, earlier ones 5. */
const TEN_YEAR_PASSPORTS = "2022-10-12";

type Blocker =
  | "lang_missing"
  | "lang_low"
  | "lang_expired"
  | "skill_test"
  | "cert_partial"
  | "medical_missing"
  | "medical_lapsed"
  | "medical_unfit"
  | "colour_unknown"
  | "passport_missing"
  | "passport_short"
  | "docs"
  | "str_missing";
/** What keeps a trainee who finished training from being ready, by language group, weighted. */
const BLOCKERS: Readonly<Record<Lang, readonly (readonly [Blocker, number])[]>> = {
  JP: [
    ["lang_missing", 8],
    ["lang_low", 14],
    ["skill_test", 14],
    ["cert_partial", 5],
    ["medical_missing", 9],
    ["medical_lapsed", 10],
    ["medical_unfit", 1],
    ["passport_missing", 7],
    ["passport_short", 4],
    ["docs", 6],
  ],
  KR: [
    ["lang_missing", 8],
    ["lang_low", 10],
    ["lang_expired", 2],
    ["skill_test", 12],
    ["cert_partial", 5],
    ["medical_missing", 9],
    ["medical_lapsed", 10],
    ["medical_unfit", 1],
    ["colour_unknown", 4],
    ["passport_missing", 7],
    ["docs", 6],
  ],
  DE: [
    ["lang_low", 15],
    ["medical_missing", 8],
    ["medical_lapsed", 8],
    ["str_missing", 6],
    ["passport_missing", 7],
  ],
  none: [
    ["cert_partial", 6],
    ["medical_missing", 10],
    ["medical_lapsed", 12],
    ["medical_unfit", 1],
    ["passport_missing", 10],
    ["passport_short", 6],
    ["docs", 8],
  ],
};
/** Blockers of trainees still being tested: most of them have not started their papers. */
const EARLY: ReadonlySet<Blocker> = new Set(["lang_missing", "lang_low", "skill_test", "cert_partial", "str_missing"]);

/** Outcome of a trainee who finished training: ready, or kept back by these. */
type Outcome = "ready" | readonly Blocker[];

interface Options {
  readonly track?: string;
  readonly birthDate?: string;
  readonly sex?: "F" | "M";
  readonly education?: string;
  readonly wave?: string;
  readonly outcome?: Outcome;
  /** No enrollment yet (an applicant waiting for a wave). */
  readonly applicant?: boolean;
  /** The medical check of a ready trainee, this many days before the demo date. */
  readonly examinedDaysAgo?: number;
  readonly departure?: boolean;
}

export function generateCohort(seed = 20250502): Record<string, unknown>[] {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (Math.max(lo, hi) - lo + 1));
  const chance = (p: number) => rand() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
    let r = rand() * xs.reduce((s, x) => s + x[1], 0);
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return (xs[xs.length - 1] as readonly [T, number])[0];
  };
  const day = (lo: number, hi: number) => fromDays(int(lo, hi));
  const nikSerials = new Set<string>();

  // The tracks of the cohort, in a seeded random order.
  const plan: string[] = [];
  for (const [id, p] of Object.entries(PROFILES)) for (let k = 0; k < p.count; k++) plan.push(id);
  for (let k = plan.length - 1; k > 0; k--) {
    const j = int(0, k);
    [plan[k], plan[j]] = [plan[j] as string, plan[k] as string];
  }

  const birthDateOfAge = (age: number): string =>
    fromDays(int(toDays(addYears(DEMO_AS_OF, -(age + 1))) + 1, toDays(addYears(DEMO_AS_OF, -age))));

  const nikFor = (birthDate: string, sex: "F" | "M", district: string): string => {
    const dd = String(Number(birthDate.slice(8, 10)) + (sex === "F" ? 40 : 0)).padStart(2, "0");
    const stem = `${district}${dd}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
    for (;;) {
      const nik = `${stem}${String(int(1, 2999)).padStart(4, "0")}`;
      if (!nikSerials.has(nik)) {
        nikSerials.add(nik);
        return nik;
      }
    }
  };

  const passportNumber = () => `X${String(int(1_000_000, 9_999_999))}`;

  const trainee = (i: number, o: Options = {}): Rec => {
    const trackId = o.track ?? (plan[i] as string);
    const track = TRACKS.find((t) => t.id === trackId);
    const profile = PROFILES[trackId];
    if (track === undefined || profile === undefined) throw new Error(`unknown track ${trackId}`);

    // Who: age, sex, name, domicile, education, marital status.
    let birthDate = o.birthDate;
    if (birthDate === undefined) {
      const minor = o.outcome === undefined && (profile.goal === "abroad" ? chance(0.02) : chance(0.18));
      const age = minor
        ? weighted<number>([
            [15, 1],
            [16, 2],
            [17, 3],
          ])
        : trackId === "nursing-de"
          ? int(21, 29)
          : weighted<number>([
              [18, 6],
              [19, 9],
              [20, 10],
              [21, 10],
              [22, 9],
              [23, 8],
              [24, 7],
              [25, 6],
              [26, 5],
              [27, 4],
              [28, 3],
              [29, 3],
            ]);
      birthDate = birthDateOfAge(age);
    }
    const age = ageOn(birthDate, DEMO_AS_OF);
    const sex = o.sex ?? (chance(profile.women) ? "F" : "M");
    const [regency, districts] = weighted(REGENCIES.map((r) => [r, r[2]] as const));
    const district = `${regency}${String(int(1, districts)).padStart(2, "0")}`;
    const fullName = chance(0.12)
      ? pick(SINGLE_NAMES[sex])
      : `${pick(sex === "F" ? WOMEN : MEN)} ${pick(sex === "F" ? WOMEN_FAMILY : MEN_FAMILY)}`;
    // The wave (an applicant waits for the next one).
    const wave = o.wave ?? weighted(WAVES);
    const started = o.applicant ? AS_OF : Math.max(toDays(wave), toDays(addYears(birthDate, 15)));
    // The level finished on enrolling: one whose ijazah would be dated later is not finished
    // (a child born after June starts school a year later), so the level below it is.
    let education = o.education ?? (age < 18 ? weighted(JUNIOR) : weighted(profile.education));
    let graduated: string | undefined;
    for (;;) {
      const base = GRADUATION_AGE[education];
      if (base === undefined) break;
      const at = education.startsWith("PAKET") ? int(base, Math.max(base, age)) : base;
      const year = Number(birthDate.slice(0, 4)) + at + (Number(birthDate.slice(5, 7)) > 6 ? 1 : 0);
      graduated = `${year}-06-${String(int(10, 26)).padStart(2, "0")}`;
      if (o.education !== undefined || graduated <= fromDays(started - 14)) break;
      education = BELOW[education] ?? "NONE";
      graduated = undefined;
    }
    const marriedP = age < 19 ? 0 : Math.min(0.35, 0.05 + 0.03 * (age - 19)) + (trackId === "domestic-care" ? 0.15 : 0);
    const maritalStatus = chance(marriedP) ? "MARRIED" : age >= 21 && chance(0.04) ? "DIVORCED" : "SINGLE";
    const nurse = trackId === "nursing-de";
    const title = nurse && education === "S1" ? ", S.Kep." : nurse && education === "D3" ? ", A.Md.Kep." : "";

    const record: Rec = {
      id: `BTN-2026-${String(i + 1).padStart(4, "0")}`,
      nik: nikFor(birthDate, sex, district),
      fullName: `${fullName}${title}`,
      sex,
      birthDate,
      domicile: { provinceCode: "36", regencyCode: regency },
      education,
      maritalStatus,
    };

    // Identity papers: KTP-el from 17, KK, ijazah.
    const docs: Doc[] = [];
    const seventeen = addYears(birthDate, 17);
    const ktp = () => {
      const from = Math.max(toDays(seventeen), toDays("2012-06-01")); // KTP-el recording began in 2011–2012
      const issued = chance(0.12) ? int(from, AS_OF - 30) : int(from, Math.min(from + 400, AS_OF - 5));
      docs.push({ kind: "KTP", issuedOn: fromDays(issued) });
    };
    const kk = () =>
      docs.push({ kind: "KK", issuedOn: day(Math.max(toDays(birthDate) + 30, AS_OF - 2500), AS_OF - 20) });
    /** A passport is issued only on a KTP and a KK. */
    const identity = () => {
      if (!docs.some((d) => d.kind === "KTP")) ktp();
      if (!docs.some((d) => d.kind === "KK")) kk();
    };
    if (seventeen <= DEMO_AS_OF && (toDays(seventeen) > AS_OF - 365 ? chance(0.6) : chance(0.97))) ktp();
    if (chance(0.97)) kk();
    if (graduated !== undefined && graduated < DEMO_AS_OF && chance(0.9))
      docs.push({ kind: "IJAZAH", issuedOn: graduated });
    const married = maritalStatus === "MARRIED" ? day(toDays(addYears(birthDate, 19)), AS_OF - 120) : undefined;

    if (o.applicant) return finish(record, docs);

    // Training: a wave, completed or still running.
    const length = Math.ceil(((track.hours.jp / 8) * 7) / 5);
    // Most trainees bound abroad bring the family's consent and the marital status letter (with
    // the buku nikah of the married) when they enrol; the others when they start their papers.
    let letters =
      profile.goal === "abroad" && ageOn(birthDate, fromDays(started)) >= 18 && chance(0.75)
        ? day(started - 40, started - 3)
        : undefined;
    const letterDocs = (dropped = "") => {
      if (letters === undefined) return;
      if (dropped !== "FAMILY_CONSENT") docs.push({ kind: "FAMILY_CONSENT", issuedOn: letters });
      if (dropped !== "MARITAL_STATUS") {
        docs.push({ kind: "MARITAL_STATUS", issuedOn: day(toDays(letters) - 10, toDays(letters)) });
      }
      if (married !== undefined && dropped !== "MARRIAGE_BOOK") docs.push({ kind: "MARRIAGE_BOOK", issuedOn: married });
    };
    const completed = started + length <= AS_OF ? started + length : undefined;
    const hours =
      completed === undefined
        ? Math.max(0, Math.min(track.hours.jp, Math.floor(((AS_OF - started) * 5) / 7) * 8 - 8 * int(0, 2)))
        : track.hours.jp - 8 * int(0, 2);
    record.enrollments = [
      {
        trackId,
        startedOn: fromDays(started),
        ...(completed === undefined ? {} : { completedOn: fromDays(completed) }),
        ...(started === AS_OF ? {} : { hoursAttended: hours }),
      },
    ];
    const units = [...track.units];
    if (completed === undefined) {
      // Still in training: the units assessed so far.
      const done = Math.min(units.length - 1, Math.floor((units.length * (AS_OF - started)) / length));
      if (done > 0) {
        record.unitResults = units.slice(0, done).map((unitCode, k) => ({
          unitCode,
          result: "COMPETENT",
          assessedOn: fromDays(Math.min(AS_OF - 1, started + Math.floor(((k + 1) * length) / units.length))),
        }));
      }
      letterDocs();
      return finish(record, docs);
    }

    // Certification, tests and papers, from the day training ended.
    const C = completed;
    const certificates: Certificate[] = [];
    const languageResults: Language[] = [];
    let medical: Medical | undefined;
    const certify = (unitCodes: string[]) => {
      const issued = int(C + 7, Math.min(C + 20, AS_OF - 1));
      certificates.push({
        kind: "COMPETENCY",
        schemeCode: track.standard,
        unitCodes,
        issuer: "LSP P2 BLK Banten",
        issuedOn: fromDays(issued),
        expiresOn: fromDays(toDays(addYears(fromDays(issued), 3)) - 1),
      });
    };
    if (AS_OF - C < 21) {
      // Still waiting for the LSP's assessment; a Japanese test taken during the course.
      if (profile.lang === "JP" && chance(0.4)) {
        languageResults.push({ test: "JFT_BASIC", score: int(150, 235), takenOn: day(C - 25, AS_OF - 3) });
      }
      letterDocs();
      return finish(record, docs, { languageResults });
    }
    if (o.outcome === undefined && (profile.goal !== "abroad" || age < 18)) {
      // Not bound abroad (or too young for it): a certificate, and for the home track a health check.
      if (chance(0.88)) certify(units);
      if (profile.goal === "home" && age >= 18 && chance(0.5)) {
        medical = { result: "FIT", examinedOn: day(AS_OF - 150, AS_OF - 3) };
      }
      if (profile.lang === "JP" && chance(0.5)) {
        languageResults.push({ test: "JFT_BASIC", score: int(120, 230), takenOn: day(C - 20, AS_OF - 5) });
      }
      return finish(record, docs, { certificates, languageResults, medical });
    }

    // Bound abroad: ready, or kept back by one or two blockers.
    let outcome: Outcome = o.outcome ?? "ready";
    if (o.outcome === undefined && !chance(0.32)) {
      const first = weighted(BLOCKERS[profile.lang]);
      const second = chance(0.3) ? weighted(BLOCKERS[profile.lang]) : first;
      outcome = first === second ? [first] : [first, second];
    }
    const has = (b: Blocker) => outcome !== "ready" && outcome.includes(b);
    const early = outcome !== "ready" && outcome.some((b) => EARLY.has(b));
    const papersStarted = !early || chance(0.45);

    // Competency certificate.
    if (has("cert_partial")) {
      const passed = units.slice(0, units.length - int(1, 2));
      if (chance(0.5)) certify(passed);
      else {
        record.unitResults = passed.map((unitCode) => ({
          unitCode,
          result: "COMPETENT",
          assessedOn: day(C - 5, Math.min(C + 10, AS_OF - 1)),
        }));
      }
    } else certify(units);

    // Language.
    if (profile.lang === "JP" && !has("lang_missing")) {
      const low = has("lang_low");
      const jlpt = JLPT_SESSIONS.filter((s) => toDays(s) >= C - 240 && toDays(s) <= AS_OF - 60);
      if (low) {
        languageResults.push({ test: "JFT_BASIC", score: int(145, 199), takenOn: day(C - 20, AS_OF - 7) });
        if (jlpt.length > 0 && chance(0.3)) languageResults.push({ test: "JLPT", level: "N5", takenOn: pick(jlpt) });
      } else if (jlpt.length > 0 && chance(0.2)) {
        if (chance(0.5)) {
          languageResults.push({ test: "JFT_BASIC", score: int(160, 199), takenOn: day(C - 20, AS_OF - 7) });
        }
        languageResults.push({ test: "JLPT", level: chance(0.85) ? "N4" : "N3", takenOn: pick(jlpt) });
      } else {
        languageResults.push({ test: "JFT_BASIC", score: int(200, 245), takenOn: day(C - 20, AS_OF - 7) });
      }
    }
    if (profile.lang === "KR" && !has("lang_missing")) {
      const rounds = EPS_ROUNDS.filter((s) => toDays(s) >= C - 150 && toDays(s) <= AS_OF - 30);
      const taken = has("lang_expired") || rounds.length === 0 ? "2024-09-23" : pick(rounds);
      languageResults.push({
        test: "EPS_TOPIK",
        score: has("lang_low") ? int(42, 79) : int(88, 176),
        takenOn: taken,
        announcedOn: fromDays(toDays(taken) + 25),
      });
    }
    if (profile.lang === "DE") {
      languageResults.push({
        test: "CEFR",
        level: has("lang_low") ? "A2" : "B1",
        provider: "GOETHE",
        takenOn: day(C + 20, AS_OF - 10),
      });
    }
    languageResults.sort((a, b) => LANGUAGE_ORDER.indexOf(a.test) - LANGUAGE_ORDER.indexOf(b.test));

    // Scheme skill tests.
    const afterLanguage = Math.max(
      C + 14,
      ...languageResults.map((r) => toDays("announcedOn" in r ? r.announcedOn : r.takenOn) + 7),
    );
    const tests = profile.skillTests.filter(
      (_, k) => !has("skill_test") || (profile.skillTests.length > 1 && k === 0 && chance(0.5)),
    );
    for (const test of tests) {
      certificates.push({ kind: "SKILL_TEST", test, issuedOn: day(Math.min(afterLanguage, AS_OF - 5), AS_OF - 3) });
    }

    // Placement papers.
    // An old five-year passport (issued before October 2022, at 17 or later) runs out soon.
    const oldPassport = Math.max(toDays("2021-10-01"), toDays(addYears(birthDate, 17)));
    if (papersStarted && !has("passport_missing") && (!has("passport_short") || oldPassport <= toDays("2022-05-31"))) {
      identity();
      const issued = has("passport_short")
        ? int(oldPassport, toDays("2022-05-31"))
        : int(Math.max(C - 60, toDays(addYears(birthDate, 17)) + 30), AS_OF - 10);
      const years = fromDays(issued) >= TEN_YEAR_PASSPORTS ? 10 : 5;
      docs.push({
        kind: "PASSPORT",
        number: passportNumber(),
        issuedOn: fromDays(issued),
        expiresOn: addYears(fromDays(issued), years),
      });
    }
    if (papersStarted || letters !== undefined) {
      letters ??= day(Math.max(C - 30, AS_OF - 240), AS_OF - 3);
      const dropped = has("docs")
        ? married !== undefined && chance(0.4)
          ? "MARRIAGE_BOOK"
          : weighted<string>([
              ["FAMILY_CONSENT", 3],
              ["MARITAL_STATUS", 1],
            ])
        : "";
      letterDocs(dropped);
      // A nurse's STR comes a few months after the diploma (none yet for a fresh graduate).
      const str = toDays(graduated ?? addYears(birthDate, 21)) + 60;
      if (trackId === "nursing-de" && !has("str_missing") && str <= AS_OF - 3) {
        docs.push({ kind: "PROFESSIONAL_REGISTRATION", issuedOn: day(str, Math.min(str + 200, AS_OF - 3)) });
      }
    }
    if (papersStarted && !has("medical_missing")) {
      const daysAgo = has("medical_lapsed")
        ? int(95, Math.max(95, Math.min(260, AS_OF - C + 30)))
        : (o.examinedDaysAgo ?? int(2, 80));
      medical = { result: has("medical_unfit") ? "UNFIT" : "FIT", examinedOn: fromDays(AS_OF - daysAgo) };
      if (profile.lang === "KR" && !has("colour_unknown")) medical.colourVisionNormal = true;
    }

    // Departure papers of some who are ready.
    let orientation: string | undefined;
    if (outcome === "ready" && (o.departure ?? chance(0.25)) && medical !== undefined) {
      docs.push(
        { kind: "BPJS_KETENAGAKERJAAN", issuedOn: day(AS_OF - 40, AS_OF - 5) },
        { kind: "VISA", issuedOn: day(AS_OF - 25, AS_OF - 3), expiresOn: fromDays(AS_OF + int(60, 85)) },
        { kind: "WORK_CONTRACT", issuedOn: day(AS_OF - 40, AS_OF - 8) },
        { kind: "PLACEMENT_AGREEMENT", issuedOn: day(AS_OF - 60, AS_OF - 10) },
      );
      if (chance(0.7)) orientation = day(AS_OF - 14, AS_OF - 1);
      if (sex === "F" && chance(0.8)) medical.pregnancyTest = { result: "NEGATIVE", testedOn: day(AS_OF - 6, AS_OF) };
    }
    return finish(record, docs, { certificates, languageResults, medical, orientation });
  };

  const records: Rec[] = [];
  for (let i = 0; i < COHORT_SIZE; i++) records.push(trainee(i));

  // The age edges, on the demo date (training window 15–29, placement from 18).
  records[0] = trainee(0, {
    track: "banten-beauty-skin",
    birthDate: addYears(DEMO_AS_OF, -15), // 15th birthday today: may start the wave opening today
    wave: DEMO_AS_OF,
  });
  records[1] = trainee(1, {
    track: "hospitality-fnb",
    birthDate: fromDays(toDays(addYears(DEMO_AS_OF, -15)) + 1), // 15 tomorrow: an applicant, not yet
    applicant: true,
  });
  records[2] = trainee(2, { birthDate: fromDays(toDays(addYears(DEMO_AS_OF, -30)) + 1) }); // last day at 29
  records[3] = trainee(3, { track: "manufacturing-kr", birthDate: addYears(DEMO_AS_OF, -30) }); // 30 today: over
  records[4] = trainee(4, { birthDate: "2004-02-29" }); // born on a leap day

  // Ready for Japan on the demo date; record 9 only until its health certificate lapses.
  for (const i of [6, 7, 8]) {
    records[i] = trainee(i, {
      track: "caregiving-jp",
      birthDate: birthDateOfAge(20 + i),
      wave: "2026-03-30",
      outcome: "ready",
      examinedDaysAgo: i === 8 ? 80 : 20 + i,
      departure: i === 7,
    });
  }
  // Everything done but 18 only in three weeks: ready by time alone.
  records[9] = trainee(9, {
    track: "caregiving-jp",
    birthDate: fromDays(toDays(addYears(DEMO_AS_OF, -18)) + 21),
    wave: "2026-05-25",
    outcome: "ready",
    examinedDaysAgo: 20,
    departure: false,
  });

  // Korea: one over EPS's age limit (a former worker with a result of 2024), one colour-blind,
  // one with primary school only.
  records[116] = trainee(116, {
    track: "manufacturing-kr",
    birthDate: birthDateOfAge(40),
    education: "SMA",
    wave: "2026-05-25",
    outcome: ["lang_expired"],
  });
  records[132] = trainee(132, { track: "manufacturing-kr", sex: "M", wave: "2026-03-30", outcome: "ready" });
  ((records[132] as Rec).medicalChecks as Medical[])[0] = {
    ...(((records[132] as Rec).medicalChecks as Medical[])[0] as Medical),
    colourVisionNormal: false,
  };
  records[149] = trainee(149, {
    track: "manufacturing-kr",
    birthDate: birthDateOfAge(24),
    education: "SD",
    wave: "2026-02-02",
    outcome: "ready",
  });

  // Records that parse but need checking (AUDIT_CASES).
  records[37] = trainee(37, { track: "caregiving-jp", sex: "F", wave: "2026-05-25" });
  (records[37] as Rec).sex = "M"; // the NIK says a woman
  const swapped = fromDays(int(toDays("2001-01-01"), toDays("2005-12-31")));
  const dayOfMonth = int(1, 12);
  const month = dayOfMonth === 7 ? 8 : 7;
  const trueBirth = `${swapped.slice(0, 4)}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
  records[58] = trainee(58, { birthDate: trueBirth });
  (records[58] as Rec).birthDate = `${trueBirth.slice(0, 5)}${trueBirth.slice(8, 10)}-${trueBirth.slice(5, 7)}`;
  records[103] = trainee(103, { track: "caregiving-jp", wave: "2026-03-30", outcome: "ready", departure: false });
  const lab = ((records[103] as Rec).medicalChecks as Medical[])[0] as Medical;
  lab.examinedOn = `2206${lab.examinedOn.slice(4)}`; // 2026 typed 2206
  records[141] = trainee(141, { track: "caregiving-jp", wave: "2026-05-25", outcome: ["skill_test"] });
  const typo = records[141] as Rec;
  const taken = `2027-${String(int(7, 11)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`; // 2026 typed 2027
  typo.languageResults = [
    { test: "JFT_BASIC", score: int(200, 240), takenOn: taken },
    ...((typo.languageResults as Language[] | undefined) ?? []).filter((r) => r.test !== "JFT_BASIC"),
  ];
  records[176] = trainee(176, { track: "caregiving-jp", sex: "F", wave: "2025-12-01", outcome: ["lang_low"] });
  records[190] = trainee(190, { track: "domestic-care", wave: "2026-10-26" });
  const first = records[176] as Rec;
  const again = records[190] as Rec;
  for (const k of ["nik", "fullName", "sex", "birthDate", "domicile", "education", "maritalStatus"])
    again[k] = first[k];
  again.documents = ((first.documents as Doc[]) ?? []).filter((d) => ["KTP", "KK", "IJAZAH"].includes(d.kind));
  (records[200] as Rec).id = (records[199] as Rec).id;

  // Invalid records (INVALID_CASES): reported per record, they never stop the run.
  const r20 = records[20] as Rec;
  r20.nik = `${String(r20.nik).slice(0, 6)}${String(r20.nik).slice(7)}`; // a digit of the birth day dropped
  records[21] = trainee(21, { birthDate: `${int(2000, 2006)}-04-30` });
  (records[21] as Rec).birthDate = `${String((records[21] as Rec).birthDate).slice(0, 4)}-04-31`;
  records[22] = trainee(22, { track: "manufacturing-kr", wave: "2026-05-25", outcome: "ready", departure: false });
  const check = ((records[22] as Rec).medicalChecks as Medical[])[0] as Medical;
  check.examinedOn = `2026-13-${check.examinedOn.slice(8)}`;
  delete (records[23] as Rec).birthDate;
  (records[24] as Rec).education = "SLTA";
  return records;
}

const LANGUAGE_ORDER = ["JFT_BASIC", "EPS_TOPIK", "TOPIK", "JLPT", "CEFR", "IELTS"];

/** Fills the evidence lists in the order the CSV reader rebuilds them. */
function finish(
  record: Rec,
  docs: Doc[],
  evidence: {
    certificates?: Certificate[];
    languageResults?: Language[];
    medical?: Medical | undefined;
    orientation?: string | undefined;
  } = {},
): Rec {
  const enrollments = record.enrollments;
  const unitResults = record.unitResults;
  delete record.enrollments;
  delete record.unitResults;
  const order = (k: string) => (DOCUMENT_KINDS as readonly string[]).indexOf(k);
  if (docs.length > 0) record.documents = [...docs].sort((a, b) => order(a.kind) - order(b.kind));
  if (evidence.medical !== undefined) record.medicalChecks = [evidence.medical];
  if (evidence.languageResults !== undefined && evidence.languageResults.length > 0) {
    record.languageResults = evidence.languageResults;
  }
  if (enrollments !== undefined) record.enrollments = enrollments;
  if (unitResults !== undefined) record.unitResults = unitResults;
  if (evidence.certificates !== undefined && evidence.certificates.length > 0) {
    record.certificates = evidence.certificates;
  }
  if (evidence.orientation !== undefined) record.orientation = { completedOn: evidence.orientation };
  return record;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces. */
function field(v: string): string {
  return /[",\r\n]/.test(v) || v.trim() !== v ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * The records as an officer's CSV in the CLI's columns (`CSV_COLUMNS`), in their order, keeping
 * only the columns some record uses. Throws for a record the columns cannot hold (two documents
 * of a kind, two medical checks, …), so the CSV never silently differs from the JSON.
 */
export function cohortToCsv(records: readonly Record<string, unknown>[]): string {
  const rows = records.map(toRow);
  const all = Object.values(CSV_COLUMNS).flat() as string[];
  const used = all.filter((c) => rows.some((r) => r[c] !== undefined));
  const lines = [used.join(","), ...rows.map((r) => used.map((c) => field(r[c] ?? "")).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

function toRow(r: Rec): Record<string, string> {
  const row: Record<string, string> = {};
  const put = (column: string, v: unknown) => {
    if (v === undefined) return;
    if (Object.hasOwn(row, column)) throw new Error(`record ${String(r.id)}: two values for ${column}`);
    row[column] = String(v);
  };
  const known = new Set([
    "id",
    "nik",
    "fullName",
    "sex",
    "birthDate",
    "domicile",
    "education",
    "maritalStatus",
    "documents",
    "medicalChecks",
    "languageResults",
    "enrollments",
    "unitResults",
    "certificates",
    "orientation",
  ]);
  for (const k of Object.keys(r)) if (!known.has(k)) throw new Error(`record ${String(r.id)}: no column for ${k}`);
  for (const k of ["id", "nik", "fullName", "sex", "birthDate", "education", "maritalStatus"]) put(k, r[k]);
  const domicile = r.domicile as { provinceCode?: string; regencyCode?: string } | undefined;
  put("provinceCode", domicile?.provinceCode);
  put("regencyCode", domicile?.regencyCode);
  for (const d of (r.documents as Doc[] | undefined) ?? []) {
    const p = d.kind.toLowerCase();
    put(`${p}_number`, d.number);
    put(`${p}_issuedOn`, d.issuedOn);
    put(`${p}_expiresOn`, d.expiresOn);
  }
  const medical = (r.medicalChecks as Medical[] | undefined) ?? [];
  if (medical.length > 1) throw new Error(`record ${String(r.id)}: one medical check per row`);
  for (const m of medical) {
    put("medical_result", m.result);
    put("medical_examinedOn", m.examinedOn);
    put("medical_colourVisionNormal", m.colourVisionNormal);
    put("pregnancy_test_result", m.pregnancyTest?.result);
    put("pregnancy_test_testedOn", m.pregnancyTest?.testedOn);
  }
  for (const l of (r.languageResults as Language[] | undefined) ?? []) {
    if (l.test === "JFT_BASIC") {
      put("jft_basic_score", l.score);
      put("jft_basic_takenOn", l.takenOn);
    } else if (l.test === "EPS_TOPIK") {
      put("eps_topik_score", l.score);
      put("eps_topik_takenOn", l.takenOn);
      put("eps_topik_announcedOn", l.announcedOn);
    } else if (l.test === "JLPT") {
      put("jlpt_level", l.level);
      put("jlpt_takenOn", l.takenOn);
    } else {
      put("cefr_level", l.level);
      put("cefr_provider", l.provider);
      put("cefr_takenOn", l.takenOn);
    }
  }
  const enrollments = (r.enrollments as Rec[] | undefined) ?? [];
  if (enrollments.length > 1) throw new Error(`record ${String(r.id)}: one enrollment per row`);
  for (const e of enrollments) {
    put("track_id", e.trackId);
    put("track_startedOn", e.startedOn);
    put("track_completedOn", e.completedOn);
    put("track_hoursAttended", e.hoursAttended);
  }
  const units = (r.unitResults as { unitCode: string; result: string; assessedOn: string }[] | undefined) ?? [];
  if (units.some((u) => u.result !== "COMPETENT")) throw new Error(`record ${String(r.id)}: only competent units`);
  if (units.length > 0) put("units_competent", units.map((u) => `${u.unitCode}@${u.assessedOn}`).join(";"));
  const certificates = (r.certificates as Certificate[] | undefined) ?? [];
  const skill: string[] = [];
  for (const c of certificates) {
    if (c.kind === "COMPETENCY") {
      put("competency_schemeCode", c.schemeCode);
      put("competency_unitCodes", c.unitCodes.join(";"));
      put("competency_issuer", c.issuer);
      put("competency_issuedOn", c.issuedOn);
      put("competency_expiresOn", c.expiresOn);
    } else skill.push(`${c.test}@${c.issuedOn}`);
  }
  if (skill.length > 0) put("skill_tests", skill.join(";"));
  put("orientation_completedOn", (r.orientation as { completedOn?: string } | undefined)?.completedOn);
  return row;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cohort = generateCohort();
  const json = fileURLToPath(new URL("./banten-cohort.json", import.meta.url));
  const csv = fileURLToPath(new URL("./banten-cohort.csv", import.meta.url));
  writeFileSync(json, `${JSON.stringify(cohort, null, 2)}\n`);
  writeFileSync(csv, cohortToCsv(cohort));
  process.stdout.write(`wrote ${cohort.length} records to ${json} and ${csv}\n`);
}
