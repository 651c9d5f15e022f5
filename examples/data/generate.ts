/**
 * Generates the bundled sample cohort: fictional trainees of Banten BLKs, deterministic
 * (seeded), so the demo and its tests always see the same records.
 *
 *   npm run sample            # rewrites examples/data/banten-cohort.json
 *
 * Regency codes are Banten's (Kepmendagri 300.2.2-2138/2025, DOMAIN.md §3.2); names are
 * common Indonesian names combined at random; NIKs encode the birth date and sex but were
 * never issued to anyone. Ages run from 13 to 35 on the demo date so that every outcome occurs,
 * and a few records are deliberately invalid or inconsistent to show error reporting.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEMO_AS_OF = "2026-12-01";
export const COHORT_SIZE = 220;

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

/** Banten's regencies and cities (DOMAIN.md §3.2). District numbers below are fictional except Tangerang Selatan's. */
const REGENCIES = ["3601", "3602", "3603", "3604", "3671", "3672", "3673", "3674"] as const;

const WOMEN = ["Siti", "Dewi", "Rina", "Nur", "Putri", "Lestari", "Ayu", "Fitri", "Intan", "Wulan", "Indah", "Yuli"];
const MEN = ["Ahmad", "Budi", "Agus", "Eko", "Rizky", "Wahyu", "Dedi", "Fajar", "Hendra", "Irfan", "Joko", "Yusuf"];
const FAMILY = [
  "Aminah",
  "Saputra",
  "Hidayat",
  "Rahmawati",
  "Santoso",
  "Kurniawan",
  "Fitriani",
  "Maulana",
  "Suryani",
  "Pratama",
  "Setiawan",
  "Nurhayati",
  "Wijaya",
  "Permana",
];
const EDUCATION = ["SD", "SMP", "SMA", "SMK", "SMK", "SMK", "D3"] as const;
const TRACKS = [
  "welding-smaw",
  "electrical-installation",
  "beauty-makeup",
  "caregiving-jp",
  "hospitality-fnb",
] as const;

function toDays(s: string): number {
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;
}
function fromDays(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
function minusYears(s: string, years: number): string {
  return `${String(Number(s.slice(0, 4)) - years).padStart(4, "0")}${s.slice(4)}`;
}

function nikFor(birthDate: string, sex: "F" | "M", district: string, serial: number): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === "F" ? 40 : 0);
  return `${district}${String(day).padStart(2, "0")}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${String(serial).padStart(4, "0")}`;
}

export function generateCohort(seed = 20250502): Record<string, unknown>[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const asOfDays = toDays(DEMO_AS_OF);
  const records: Record<string, unknown>[] = [];

  const CAREGIVING_UNITS = ["ILLUS.CG.001", "ILLUS.CG.002", "ILLUS.CG.003", "ILLUS.CG.004", "ILLUS.CG.005"];

  /** Evidence of a trainee who finished the caregiving track for Japan, most of it complete. */
  const caregiver = (record: Record<string, unknown>, complete: boolean): void => {
    const issued = asOfDays - 60 - Math.floor(rand() * 600);
    const keep = (p: number) => complete || rand() < p;
    record.documents = [
      { kind: "KTP", issuedOn: fromDays(issued - 700) },
      { kind: "KK", issuedOn: fromDays(issued - 900) },
      ...(keep(0.85) ? [{ kind: "MARITAL_STATUS", issuedOn: fromDays(asOfDays - 40) }] : []),
      ...(keep(0.8) ? [{ kind: "FAMILY_CONSENT", issuedOn: fromDays(asOfDays - 35) }] : []),
      {
        kind: "PASSPORT",
        number: `X${String(1_000_000 + Math.floor(rand() * 8_999_999))}`,
        issuedOn: fromDays(issued),
        expiresOn: fromDays(issued + 3652),
      },
    ];
    record.medicalChecks = [
      {
        result: keep(0.95) ? "FIT" : "UNFIT",
        examinedOn: fromDays(asOfDays - Math.floor(rand() * (complete ? 60 : 100))),
        scope: "FULL",
      },
    ];
    record.languageResults = keep(0.8)
      ? [
          {
            test: "JFT_BASIC",
            score: 200 + Math.floor(rand() * 50),
            takenOn: fromDays(asOfDays - 120 - Math.floor(rand() * 200)),
          },
        ]
      : [{ test: "JFT_BASIC", score: 150 + Math.floor(rand() * 49), takenOn: fromDays(asOfDays - 100) }];
    const certified = asOfDays - 90 - Math.floor(rand() * 300);
    record.certificates = [
      {
        kind: "COMPETENCY",
        schemeCode: "ILLUS-CG",
        unitCodes: keep(0.85) ? CAREGIVING_UNITS : CAREGIVING_UNITS.slice(0, 3),
        issuer: "LSP P2 BLK Banten",
        issuedOn: fromDays(certified),
        expiresOn: fromDays(certified + 1095),
      },
      { kind: "SKILL_TEST", test: "JP_SSW_CAREGIVING_SKILL", issuedOn: fromDays(certified + 20) },
      ...(keep(0.8)
        ? [{ kind: "SKILL_TEST", test: "JP_NURSING_CARE_JAPANESE", issuedOn: fromDays(certified + 25) }]
        : []),
    ];
    record.enrollments = [
      {
        trackId: "caregiving-jp",
        startedOn: fromDays(certified - 150),
        completedOn: fromDays(certified - 10),
        hoursAttended: 264,
      },
    ];
  };

  const person = (i: number, birthDate: string): Record<string, unknown> => {
    const sex = rand() < 0.6 ? "F" : "M";
    const adult = asOfDays - toDays(birthDate) >= 18 * 365.25;
    const regency = pick(REGENCIES);
    const district = `${regency}${String(1 + Math.floor(rand() * (regency === "3674" ? 7 : 6))).padStart(2, "0")}`;
    const record: Record<string, unknown> = {
      id: `BTN-2026-${String(i + 1).padStart(4, "0")}`,
      nik: nikFor(birthDate, sex, district, 1 + Math.floor(rand() * 9000)),
      fullName: `${pick(sex === "F" ? WOMEN : MEN)} ${pick(FAMILY)}`,
      sex,
      birthDate,
      domicile: { provinceCode: "36", regencyCode: regency },
      education: pick(EDUCATION),
      maritalStatus: adult && rand() < 0.15 ? "MARRIED" : "SINGLE",
    };
    const started = asOfDays - 30 - Math.floor(rand() * 300);
    if (rand() < 0.7) {
      const track = pick(TRACKS);
      const done = rand() < 0.5;
      record.enrollments = [
        {
          trackId: track,
          startedOn: fromDays(started),
          ...(done ? { completedOn: fromDays(Math.min(started + 60, asOfDays)) } : {}),
          hoursAttended: done ? 480 : Math.floor(rand() * 400),
        },
      ];
    }
    if (adult && rand() < 0.5) {
      const issued = asOfDays - Math.floor(rand() * 700);
      record.documents = [
        { kind: "KTP", issuedOn: fromDays(issued - 400) },
        {
          kind: "PASSPORT",
          number: `X${String(1_000_000 + Math.floor(rand() * 8_999_999))}`,
          issuedOn: fromDays(issued),
          expiresOn: fromDays(issued + 3652),
        },
      ];
    }
    if (rand() < 0.3) {
      record.medicalChecks = [
        {
          result: rand() < 0.9 ? "FIT" : "UNFIT",
          examinedOn: fromDays(asOfDays - Math.floor(rand() * 200)),
          scope: "FULL",
        },
      ];
    }
    if (rand() < 0.3) {
      record.languageResults = [
        {
          test: "JFT_BASIC",
          score: 150 + Math.floor(rand() * 100),
          takenOn: fromDays(asOfDays - Math.floor(rand() * 300)),
        },
      ];
    }
    if (adult && rand() < 0.3) caregiver(record, false);
    return record;
  };

  for (let i = 0; i < COHORT_SIZE; i++) {
    // Ages 13 to 35 on the demo date, spread over the whole window.
    const ageDays = 13 * 365 + Math.floor(rand() * (23 * 365 + 5));
    records.push(person(i, fromDays(asOfDays - ageDays)));
  }

  // The legal edges, on the demo date.
  records[0] = person(0, minusYears(DEMO_AS_OF, 15)); // 15th birthday today: eligible
  records[1] = person(1, fromDays(toDays(minusYears(DEMO_AS_OF, 15)) + 1)); // 15 tomorrow: not yet
  records[2] = person(2, fromDays(toDays(minusYears(DEMO_AS_OF, 30)) + 1)); // last day of the window
  records[3] = person(3, minusYears(DEMO_AS_OF, 30)); // 30th birthday today: too old
  records[4] = person(4, "2012-02-29"); // born on a leap day: 15 on 1 March 2027

  // Ready for Japan on the demo date; one of them only until the medical check gets too old.
  for (const i of [6, 7, 8]) {
    records[i] = person(i, fromDays(asOfDays - (20 + i) * 365));
    caregiver(records[i] as Record<string, unknown>, true);
  }
  ((records[8] as Record<string, unknown>).medicalChecks as Record<string, unknown>[])[0] = {
    result: "FIT",
    examinedOn: fromDays(asOfDays - 80),
    scope: "FULL",
  };
  // Everything done but 18 only in three weeks: ready by time alone.
  records[9] = person(9, fromDays(toDays(minusYears(DEMO_AS_OF, 18)) + 21));
  caregiver(records[9] as Record<string, unknown>, true);

  // Inconsistent but valid records: audit findings.
  const swapSex = records[10] as Record<string, unknown>;
  swapSex.sex = swapSex.sex === "F" ? "M" : "F";
  (records[11] as Record<string, unknown>).domicile = { provinceCode: "32" };
  const shifted = records[12] as Record<string, unknown>;
  shifted.birthDate = fromDays(toDays(String(shifted.birthDate)) + 1);

  // Invalid records: reported per record, they never stop the run.
  (records[20] as Record<string, unknown>).nik = "3674013212990001"; // day 32
  (records[21] as Record<string, unknown>).birthDate = "2007-02-29"; // not a leap year
  const renamed = records[22] as Record<string, unknown>;
  renamed.tanggalLahir = renamed.birthDate; // a typo'd key: strict parsing rejects it
  delete renamed.birthDate;
  delete (records[23] as Record<string, unknown>).fullName;
  (records[24] as Record<string, unknown>).sex = "P";
  (records[25] as Record<string, unknown>).documents = [{ kind: "PASPOR", number: "X7654321", issuedOn: "2026-05-01" }]; // unknown kind
  (records[26] as Record<string, unknown>).languageResults = [{ test: "JFT_BASIC", score: 300, takenOn: "2026-06-01" }];
  return records;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL("./banten-cohort.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(generateCohort(), null, 2)}\n`);
  process.stdout.write(`wrote ${COHORT_SIZE} records to ${out}\n`);
}
