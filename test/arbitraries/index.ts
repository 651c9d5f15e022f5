import fc from "fast-check";
import { type CalendarDate, DOCUMENT_KINDS, EDUCATION_LEVELS } from "sentra-vokasi";
import { fromDayNumber, toDayNumber } from "../../src/core/date.js";

/** Shared generators. They produce *valid* records most of the time, so laws exercise the rules. */

export const d = (s: string) => s as CalendarDate;

/** A date between `min` and `max` (inclusive). */
export function dateBetween(min = "1900-01-01", max = "2100-12-31"): fc.Arbitrary<CalendarDate> {
  return fc.integer({ min: toDayNumber(d(min)), max: toDayNumber(d(max)) }).map(fromDayNumber);
}

/** Any representable date. */
export const anyDate = dateBetween("0000-01-01", "9999-12-31");

/** A date close to a leap day, to stress the 29 February convention. */
export const leapishDate = fc
  .tuple(fc.integer({ min: 1896, max: 2104 }), fc.constantFrom("02-27", "02-28", "02-29", "03-01", "03-02"))
  .map(([y, md]) => `${String(y).padStart(4, "0")}-${md}`)
  .filter(
    (s) =>
      !s.endsWith("02-29") ||
      (Number(s.slice(0, 4)) % 4 === 0 && (Number(s.slice(0, 4)) % 100 !== 0 || Number(s.slice(0, 4)) % 400 === 0)),
  )
  .map(d);

/** Dates weighted towards leap days and month ends. */
export const interestingDate = fc.oneof(dateBetween(), leapishDate);

export const BANTEN_DISTRICTS = [
  "360101",
  "360201",
  "360301",
  "360401",
  "367101",
  "367201",
  "367301",
  "367401",
  "367402",
  "367403",
  "367404",
  "367405",
  "367406",
  "367407",
] as const;

/** A structurally valid NIK that encodes `birthDate` and `sex`. */
export function nikFor(birthDate: string, sex: "F" | "M", district: string, serial: number): string {
  const day = Number(birthDate.slice(8, 10)) + (sex === "F" ? 40 : 0);
  return `${district}${String(day).padStart(2, "0")}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${String(serial).padStart(4, "0")}`;
}

const FIRST = ["Siti", "Dewi", "Ahmad", "Budi", "Rina", "Agus", "Nur", "Eko", "Putri", "Rizky", "Wahyu", "Lestari"];
const LAST = ["Aminah", "Saputra", "Hidayat", "Rahmawati", "Santoso", "Kurniawan", "Fitriani", "Maulana", "Suryani"];

export const fullName = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([a, b]) => `${a} ${b}`);

function issuedBefore(asOfMax: string) {
  return fc.tuple(dateBetween("2015-01-01", asOfMax), fc.option(fc.integer({ min: 0, max: 3660 }), { nil: undefined }));
}

const documentArb = fc
  .tuple(
    fc.constantFrom(...DOCUMENT_KINDS),
    fc.option(fc.stringMatching(/^[A-Z][0-9]{7}$/), { nil: undefined }),
    issuedBefore("2027-12-31"),
  )
  .map(([kind, number, [issuedOn, days]]) => ({
    kind,
    ...(number === undefined ? {} : { number }),
    issuedOn,
    ...(days === undefined ? {} : { expiresOn: fromDayNumber(toDayNumber(issuedOn) + days) }),
  }));

const languageArb = fc.oneof(
  fc.record({
    test: fc.constant("JFT_BASIC" as const),
    score: fc.integer({ min: 10, max: 250 }),
    takenOn: dateBetween("2019-01-01", "2027-12-31"),
  }),
  fc.record({
    test: fc.constant("EPS_TOPIK" as const),
    score: fc.integer({ min: 0, max: 200 }),
    takenOn: dateBetween("2019-01-01", "2027-12-31"),
  }),
  fc.record({
    test: fc.constant("JLPT" as const),
    level: fc.constantFrom("N5", "N4", "N3", "N2", "N1"),
    takenOn: dateBetween("2019-01-01", "2027-12-31"),
  }),
  fc.record({
    test: fc.constant("CEFR" as const),
    level: fc.constantFrom("A1", "A2", "B1", "B2", "C1", "C2"),
    takenOn: dateBetween("2019-01-01", "2027-12-31"),
  }),
  fc.record({
    test: fc.constant("IELTS" as const),
    band: fc.integer({ min: 0, max: 18 }).map((n) => n / 2),
    takenOn: dateBetween("2019-01-01", "2027-12-31"),
  }),
);

const medicalArb = fc.record(
  {
    result: fc.constantFrom("FIT", "UNFIT"),
    examinedOn: dateBetween("2020-01-01", "2027-12-31"),
    scope: fc.constantFrom("MEDICAL", "PSYCHOLOGICAL", "FULL"),
    colourVisionNormal: fc.boolean(),
  },
  { requiredKeys: ["result", "examinedOn"] },
);

/** A valid raw candidate record (JSON-like), with a NIK consistent with birth date and sex. */
export const rawCandidate = fc
  .record({
    serial: fc.integer({ min: 1, max: 9999 }),
    id: fc.string({ minLength: 1, maxLength: 20 }),
    fullName,
    sex: fc.constantFrom("F" as const, "M" as const),
    birthDate: dateBetween("1960-01-01", "2020-12-31"),
    district: fc.constantFrom(...BANTEN_DISTRICTS),
    education: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: undefined }),
    documents: fc.array(documentArb, { maxLength: 4 }),
    medicalChecks: fc.array(medicalArb, { maxLength: 2 }),
    languageResults: fc.array(languageArb, { maxLength: 3 }),
  })
  .map(({ serial, district, education, ...r }) => ({
    id: r.id,
    nik: nikFor(r.birthDate, r.sex, district, serial),
    fullName: r.fullName,
    sex: r.sex,
    birthDate: r.birthDate,
    domicile: { provinceCode: "36", regencyCode: district.slice(0, 4) },
    ...(education === undefined ? {} : { education }),
    documents: r.documents,
    medicalChecks: r.medicalChecks,
    languageResults: r.languageResults,
  }));

/** Mutations of a valid record: a field removed, replaced by junk, or a key added. */
export const mutatedCandidate = fc
  .tuple(rawCandidate, fc.integer({ min: 0, max: 20 }), fc.anything(), fc.string())
  .map(([rec, which, junk, key]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(rec));
    const keys = Object.keys(copy);
    const k = keys[which % keys.length] as string;
    if (which % 3 === 0) delete copy[k];
    else if (which % 3 === 1) copy[k] = junk;
    else copy[key] = junk;
    return copy;
  });
