/**
 * The practical limit: a hand-written, inlined evaluation of JP-SSW-CAREGIVING placement
 * readiness under the default policy, with manual validation. No explanations, no windows:
 * just the yes/no a rushed engineer would write (`evaluatePlain`, stopping at the first failing
 * check), and the same with every check evaluated and the failed requirements named
 * (`failedPlain`). Shares nothing with the library.
 */

const DOC_KINDS = new Set([
  "KTP",
  "KK",
  "BIRTH_CERTIFICATE",
  "IJAZAH",
  "PASSPORT",
  "PASSPORT_RECOMMENDATION",
  "SKCK",
  "FAMILY_CONSENT",
  "MARITAL_STATUS",
  "MARRIAGE_BOOK",
  "BPJS_KETENAGAKERJAAN",
  "JKN",
  "VISA",
  "WORK_CONTRACT",
  "PLACEMENT_AGREEMENT",
  "PROFESSIONAL_REGISTRATION",
  "E_PMI",
]);
const EDUCATION = new Set([
  "NONE",
  "SD",
  "PAKET_A",
  "SMP",
  "MTS",
  "PAKET_B",
  "SMA",
  "SMK",
  "MA",
  "MAK",
  "PAKET_C",
  "D1",
  "D2",
  "D3",
  "D4",
  "S1",
  "S2",
  "S3",
]);
const MARITAL = new Set(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"]);
const JLPT = ["N5", "N4", "N3", "N2", "N1"];
const CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"];
const NIK =
  /^(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])\d{4}(?:0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(?:0[1-9]|1[0-2])\d{2}(?!0000)\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TOP = new Set([
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
  "attributes",
]);

type R = Record<string, unknown>;
const isObj = (v: unknown): v is R => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number) => typeof v === "string" && v.length >= min && v.length <= max;

export function isDate(v: unknown): v is string {
  if (typeof v !== "string" || !DATE.test(v)) return false;
  const y = +v.slice(0, 4);
  const m = +v.slice(5, 7);
  const d = +v.slice(8, 10);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= dim;
}
const onlyKeys = (o: R, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const list = (v: unknown, each: (x: unknown) => boolean) =>
  v === undefined || (Array.isArray(v) && v.length <= 100 && v.every(each));

/** Manual validation of the record shape (the same acceptance as the library's schema on these records). */
export function validate(x: unknown): x is R {
  if (!isObj(x) || !Object.keys(x).every((k) => TOP.has(k))) return false;
  if (!str(x.id, 1, 64) || typeof x.nik !== "string" || !NIK.test(x.nik) || !str(x.fullName, 1, 200)) return false;
  if (x.sex !== "F" && x.sex !== "M") return false;
  if (!isDate(x.birthDate)) return false;
  if (x.domicile !== undefined) {
    const d = x.domicile;
    if (!isObj(d) || !onlyKeys(d, ["provinceCode", "regencyCode"])) return false;
    if (typeof d.provinceCode !== "string" || !/^\d{2}$/.test(d.provinceCode)) return false;
    if (d.regencyCode !== undefined && (typeof d.regencyCode !== "string" || !/^\d{4}$/.test(d.regencyCode)))
      return false;
  }
  if (x.education !== undefined && !EDUCATION.has(x.education as string)) return false;
  if (x.maritalStatus !== undefined && !MARITAL.has(x.maritalStatus as string)) return false;
  const docOk = (d: unknown) =>
    isObj(d) &&
    onlyKeys(d, ["kind", "number", "issuedOn", "expiresOn"]) &&
    DOC_KINDS.has(d.kind as string) &&
    (d.number === undefined || str(d.number, 1, 64)) &&
    isDate(d.issuedOn) &&
    (d.expiresOn === undefined || isDate(d.expiresOn));
  const medOk = (m: unknown) =>
    isObj(m) &&
    onlyKeys(m, ["result", "examinedOn", "scope", "colourVisionNormal", "certificateIssuedOn", "pregnancyTest"]) &&
    (m.certificateIssuedOn === undefined || isDate(m.certificateIssuedOn)) &&
    (m.pregnancyTest === undefined ||
      (isObj(m.pregnancyTest) &&
        onlyKeys(m.pregnancyTest, ["result", "testedOn"]) &&
        (m.pregnancyTest.result === "NEGATIVE" || m.pregnancyTest.result === "POSITIVE") &&
        isDate(m.pregnancyTest.testedOn))) &&
    (m.result === "FIT" || m.result === "UNFIT") &&
    isDate(m.examinedOn) &&
    (m.scope === undefined || m.scope === "FULL" || m.scope === "MEDICAL" || m.scope === "PSYCHOLOGICAL") &&
    (m.colourVisionNormal === undefined || typeof m.colourVisionNormal === "boolean");
  const langOk = (input: unknown) => {
    if (!isObj(input) || !isDate(input.takenOn)) return false;
    if (input.announcedOn !== undefined && !isDate(input.announcedOn)) return false;
    // The announcement day is optional on every test; the rest of the shape depends on the test.
    const { announcedOn: _a, ...l } = input;
    const int = (v: unknown, lo: number, hi: number) =>
      Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
    switch (l.test) {
      case "JFT_BASIC":
        return onlyKeys(l, ["test", "score", "takenOn"]) && int(l.score, 10, 250);
      case "EPS_TOPIK":
        return onlyKeys(l, ["test", "score", "takenOn"]) && int(l.score, 0, 200);
      case "TOPIK":
        return onlyKeys(l, ["test", "score", "takenOn"]) && int(l.score, 0, 300);
      case "JLPT":
        return onlyKeys(l, ["test", "level", "takenOn"]) && JLPT.includes(l.level as string);
      case "CEFR":
        return onlyKeys(l, ["test", "level", "provider", "takenOn"]) && CEFR.includes(l.level as string);
      case "IELTS":
        return (
          onlyKeys(l, ["test", "band", "takenOn"]) &&
          typeof l.band === "number" &&
          l.band >= 0 &&
          l.band <= 9 &&
          Number.isInteger(l.band * 2)
        );
      default:
        return false;
    }
  };
  const enrOk = (e: unknown) =>
    isObj(e) &&
    onlyKeys(e, ["trackId", "startedOn", "completedOn", "hoursAttended"]) &&
    str(e.trackId, 1, 64) &&
    isDate(e.startedOn) &&
    (e.completedOn === undefined || isDate(e.completedOn)) &&
    (e.hoursAttended === undefined ||
      (typeof e.hoursAttended === "number" && e.hoursAttended >= 0 && e.hoursAttended <= 100000));
  const unitOk = (u: unknown) =>
    isObj(u) &&
    onlyKeys(u, ["unitCode", "result", "assessedOn"]) &&
    str(u.unitCode, 1, 64) &&
    (u.result === "COMPETENT" || u.result === "NOT_YET_COMPETENT") &&
    isDate(u.assessedOn);
  const certOk = (c: unknown) => {
    if (!isObj(c) || !isDate(c.issuedOn) || (c.expiresOn !== undefined && !isDate(c.expiresOn))) return false;
    if (c.kind === "COMPETENCY") {
      return (
        onlyKeys(c, ["kind", "schemeCode", "unitCodes", "issuer", "issuedOn", "expiresOn"]) &&
        str(c.schemeCode, 1, 64) &&
        str(c.issuer, 1, 200) &&
        Array.isArray(c.unitCodes) &&
        c.unitCodes.length <= 500 &&
        c.unitCodes.every((u) => str(u, 1, 64))
      );
    }
    return (
      c.kind === "SKILL_TEST" &&
      onlyKeys(c, ["kind", "test", "issuer", "issuedOn", "expiresOn"]) &&
      str(c.test, 1, 64) &&
      (c.issuer === undefined || str(c.issuer, 1, 200))
    );
  };
  if (!list(x.documents, docOk) || !list(x.medicalChecks, medOk) || !list(x.languageResults, langOk)) return false;
  if (!list(x.enrollments, enrOk) || !list(x.unitResults, unitOk) || !list(x.certificates, certOk)) return false;
  if (x.attributes !== undefined) {
    const a = x.attributes;
    if (!isObj(a) || Object.keys(a).length > 50) return false;
    for (const [k, v] of Object.entries(a)) {
      if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(k)) return false;
      if (!(str(v, 1, 200) || (typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean")) return false;
    }
  }
  if (
    x.orientation !== undefined &&
    !(isObj(x.orientation) && onlyKeys(x.orientation, ["completedOn"]) && isDate(x.orientation.completedOn))
  )
    return false;
  return true;
}

const days = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
function plusMonths(s: string, n: number): string {
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7) - 1 + n;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const dim = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  const d = Math.min(+s.slice(8, 10), dim);
  return `${String(yy).padStart(4, "0")}-${String(mm).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function plusYearsMinusDay(s: string, n: number): string {
  const t = plusMonths(s, n * 12);
  return new Date((days(t) - 1) * 86400000).toISOString().slice(0, 10);
}

export const JP_UNITS = ["ILLUS.CG.001", "ILLUS.CG.002", "ILLUS.CG.003", "ILLUS.CG.004", "ILLUS.CG.005"];
export const JP_TESTS = ["JP_SSW_CAREGIVING_SKILL", "JP_NURSING_CARE_JAPANESE"];
export const JP_DOCS = ["KTP", "KK", "MARITAL_STATUS", "FAMILY_CONSENT", "PASSPORT"];

type Doc = { kind: string; issuedOn: string; expiresOn?: string };
type Med = { result: string; examinedOn: string; scope?: string; certificateIssuedOn?: string };
type Lang = { test: string; score?: number; level?: string; takenOn: string };
type Cert = { kind: string; unitCodes?: string[]; test?: string; issuedOn: string; expiresOn?: string };

export function ageAtLeast(c: R, asOf: string, min: number): boolean {
  const b = c.birthDate as string;
  const age = +asOf.slice(0, 4) - +b.slice(0, 4) - (asOf.slice(5) < b.slice(5) ? 1 : 0);
  return age >= min;
}
export function hasDocuments(c: R, asOf: string, kinds: readonly string[], passportMonths: number): boolean {
  const docs = ((c.documents as Doc[] | undefined) ?? []).filter((d) => d.issuedOn <= asOf);
  return kinds.every((k) =>
    docs.some(
      (d) =>
        d.kind !== k
          ? false
          : k === "PASSPORT"
            ? d.expiresOn !== undefined && plusMonths(asOf, passportMonths) <= d.expiresOn
            : k === "KTP" || d.expiresOn === undefined || asOf <= d.expiresOn, // the KTP-el is valid for life
    ),
  );
}
/** UU 18/2017 Pasal 13 huruf a: a married candidate also holds the buku nikah; an unknown status is not ready. */
export function marriageDocuments(c: R, asOf: string): boolean {
  if (c.maritalStatus === undefined) return false;
  return c.maritalStatus !== "MARRIED" || hasDocuments(c, asOf, ["MARRIAGE_BOOK"], 0);
}
/** Perpres 64/2011: the health certificate counts `months` from its issue day (else the examination day). */
export function medicalFitWithin(c: R, asOf: string, months: number): boolean {
  const checks = ((c.medicalChecks as Med[] | undefined) ?? []).filter((m) => m.examinedOn <= asOf);
  return ["MEDICAL", "PSYCHOLOGICAL"].every((aspect) => {
    let latest: Med | undefined;
    for (const m of checks) {
      const scope = m.scope ?? "FULL";
      if ((scope === "FULL" || scope === aspect) && (latest === undefined || m.examinedOn >= latest.examinedOn))
        latest = m;
    }
    if (latest === undefined || latest.result !== "FIT") return false;
    const from = latest.certificateIssuedOn ?? latest.examinedOn;
    return days(asOf) <= days(plusMonths(from, months)) - 1;
  });
}
export function japaneseA2(c: R, asOf: string): boolean {
  return ((c.languageResults as Lang[] | undefined) ?? []).some(
    (l) =>
      l.takenOn <= asOf &&
      ((l.test === "JFT_BASIC" && (l.score ?? 0) >= 200) || (l.test === "JLPT" && JLPT.indexOf(l.level ?? "") >= 1)),
  );
}
export function unitsCovered(c: R, asOf: string, units: readonly string[]): boolean {
  const certs = ((c.certificates as Cert[] | undefined) ?? []).filter(
    (x) => x.kind === "COMPETENCY" && x.issuedOn <= asOf && asOf <= (x.expiresOn ?? plusYearsMinusDay(x.issuedOn, 3)),
  );
  return units.every((u) => certs.some((x) => x.unitCodes?.includes(u)));
}
export function skillTests(c: R, asOf: string, tests: readonly string[]): boolean {
  const certs = ((c.certificates as Cert[] | undefined) ?? []).filter(
    (x) => x.kind === "SKILL_TEST" && x.issuedOn <= asOf && (x.expiresOn === undefined || asOf <= x.expiresOn),
  );
  return tests.every((t) => certs.some((x) => x.test === t));
}

/** Placement-ready for JP-SSW-CAREGIVING on `asOf`, on an already validated record. */
export function evaluatePlain(c: R, asOf: string): boolean {
  return (
    ageAtLeast(c, asOf, 18) &&
    hasDocuments(c, asOf, JP_DOCS, 6) &&
    marriageDocuments(c, asOf) &&
    medicalFitWithin(c, asOf, 3) &&
    japaneseA2(c, asOf) &&
    unitsCovered(c, asOf, JP_UNITS) &&
    skillTests(c, asOf, JP_TESTS)
  );
}

/** Validate, then evaluate: `"invalid"`, `true` (ready) or `false`. */
export function plain(raw: unknown, asOf: string): boolean | "invalid" {
  return validate(raw) ? evaluatePlain(raw, asOf) : "invalid";
}

// ── Every check, no short-circuit ───────────────────────────────────────────────────────────
// The same requirements judged one by one, every item of every requirement looked at (each
// document, unit, test and aspect), reporting which requirements failed: what a user needs to
// say what is missing, and the fair floor for an assessment that reports gaps.

/** Items of `kinds` not held in force on `asOf` (a passport needs `passportMonths` of validity). */
function missingDocuments(c: R, asOf: string, kinds: readonly string[]): number {
  const docs = (c.documents as Doc[] | undefined) ?? [];
  let missing = 0;
  for (const k of kinds) {
    let held = false;
    for (const d of docs) {
      if (d.kind === k && d.issuedOn <= asOf && (k === "KTP" || d.expiresOn === undefined || asOf <= d.expiresOn))
        held = true;
    }
    if (!held) missing++;
  }
  return missing;
}
/** A passport issued by `asOf` that is valid `months` beyond it. */
function passportValidFor(c: R, asOf: string, months: number): boolean {
  const until = plusMonths(asOf, months);
  let ok = false;
  for (const d of (c.documents as Doc[] | undefined) ?? []) {
    if (d.kind === "PASSPORT" && d.issuedOn <= asOf && d.expiresOn !== undefined && until <= d.expiresOn) ok = true;
  }
  return ok;
}
/** Aspects (medical, psychological) without a fit examination in force. */
function unfitAspects(c: R, asOf: string, months: number): number {
  const checks = (c.medicalChecks as Med[] | undefined) ?? [];
  let unfit = 0;
  for (const aspect of ["MEDICAL", "PSYCHOLOGICAL"]) {
    let latest: Med | undefined;
    for (const m of checks) {
      const scope = m.scope ?? "FULL";
      if (m.examinedOn <= asOf && (scope === "FULL" || scope === aspect)) {
        if (latest === undefined || m.examinedOn >= latest.examinedOn) latest = m;
      }
    }
    const fit =
      latest !== undefined &&
      latest.result === "FIT" &&
      days(asOf) <= days(plusMonths(latest.certificateIssuedOn ?? latest.examinedOn, months)) - 1;
    if (!fit) unfit++;
  }
  return unfit;
}
/** Units not covered by a competency certificate in force, plus skill tests not passed. */
function missingSkill(c: R, asOf: string, units: readonly string[], tests: readonly string[]): number {
  const certs = (c.certificates as Cert[] | undefined) ?? [];
  let missing = 0;
  for (const u of units) {
    let covered = false;
    for (const x of certs) {
      if (
        x.kind === "COMPETENCY" &&
        x.issuedOn <= asOf &&
        asOf <= (x.expiresOn ?? plusYearsMinusDay(x.issuedOn, 3)) &&
        x.unitCodes?.includes(u)
      )
        covered = true;
    }
    if (!covered) missing++;
  }
  for (const t of tests) {
    let passed = false;
    for (const x of certs) {
      if (
        x.kind === "SKILL_TEST" &&
        x.test === t &&
        x.issuedOn <= asOf &&
        (x.expiresOn === undefined || asOf <= x.expiresOn)
      )
        passed = true;
    }
    if (!passed) missing++;
  }
  return missing;
}

/**
 * The requirements of JP-SSW-CAREGIVING placement not met on `asOf`, every check evaluated
 * (names as in rules-engine.ts's one-rule-per-requirement encoding); empty when ready.
 */
export function failedPlain(c: R, asOf: string): string[] {
  const failed: string[] = [];
  if (!ageAtLeast(c, asOf, 18)) failed.push("age");
  if (missingSkill(c, asOf, JP_UNITS, JP_TESTS) > 0) failed.push("skill");
  if (!japaneseA2(c, asOf)) failed.push("language");
  if (unfitAspects(c, asOf, 3) > 0) failed.push("medical");
  if (!passportValidFor(c, asOf, 6)) failed.push("passport");
  if (missingDocuments(c, asOf, JP_DOCS) > 0) failed.push("documents");
  if (!marriageDocuments(c, asOf)) failed.push("marriedDocuments");
  return failed;
}
