import { DOCUMENT_KINDS } from "../candidate/types.js";

/**
 * The flat CSV columns of a candidate, one row per candidate (documented in docs/cli.md).
 * Repeated evidence uses one column group per kind (documents, language tests) or a
 * `;`-separated list (`CODE@YYYY-MM-DD` items for units and skill tests).
 */
export const CSV_COLUMNS = {
  person: [
    "id",
    "nik",
    "fullName",
    "sex",
    "birthDate",
    "provinceCode",
    "regencyCode",
    "education",
    "maritalStatus",
    "appliedOn",
  ],
  documents: DOCUMENT_KINDS.flatMap((k) => [
    `${k.toLowerCase()}_number`,
    `${k.toLowerCase()}_issuedOn`,
    `${k.toLowerCase()}_expiresOn`,
  ]),
  medical: [
    "medical_result",
    "medical_examinedOn",
    "medical_scope",
    "medical_colourVisionNormal",
    "medical_certificateIssuedOn",
    "pregnancy_test_result",
    "pregnancy_test_testedOn",
  ],
  language: [
    "jft_basic_score",
    "jft_basic_takenOn",
    "eps_topik_score",
    "eps_topik_takenOn",
    "eps_topik_announcedOn",
    "topik_score",
    "topik_takenOn",
    "jlpt_level",
    "jlpt_takenOn",
    "cefr_level",
    "cefr_provider",
    "cefr_takenOn",
    "ielts_band",
    "ielts_takenOn",
  ],
  training: ["track_id", "track_startedOn", "track_completedOn", "track_hoursAttended", "units_competent"],
  certificates: [
    "competency_schemeCode",
    "competency_unitCodes",
    "competency_issuer",
    "competency_issuedOn",
    "competency_expiresOn",
    "skill_tests",
  ],
  orientation: ["orientation_completedOn"],
} as const;

/** Every column name the CLI knows, apart from `attr_<name>`. */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>(Object.values(CSV_COLUMNS).flat());
/** Columns of caller-defined evidence: `attr_heightCm` → `attributes.heightCm`. */
export const ATTRIBUTE_PREFIX = "attr_";

function num(v: string): number | string {
  const n = Number(v);
  return v !== "" && Number.isFinite(n) ? n : v;
}

function bool(v: string): boolean | string {
  const s = v.toLowerCase();
  if (s === "true" || s === "1" || s === "yes" || s === "ya" || s === "y") return true;
  if (s === "false" || s === "0" || s === "no" || s === "tidak" || s === "n") return false;
  return v;
}

function list(v: string): string[] {
  const out: string[] = [];
  for (const x of v.split(";")) {
    const t = x.trim();
    if (t !== "") out.push(t);
  }
  return out;
}

function dated(v: string): { code: string; on: string }[] {
  return list(v).map((item) => {
    const at = item.lastIndexOf("@");
    return at < 0 ? { code: item, on: "" } : { code: item.slice(0, at).trim(), on: item.slice(at + 1).trim() };
  });
}

/** A candidate record built from one row, and where each of its fields came from. */
export interface MappedRow {
  /** The JSON shape `parseCandidate` reads. */
  readonly record: Record<string, unknown>;
  /**
   * The column of a field path (`documents.0.expiresOn` → `passport_expiresOn`): the longest
   * registered prefix of the path, or `undefined`.
   */
  readonly columnOf: (path: readonly (string | number)[]) => string | undefined;
}

/**
 * Turns one row (column → cell; cells already trimmed, empty cells absent) into the JSON shape
 * `parseCandidate` reads, remembering which column each field path came from so that a
 * problem can be named by the column the officer typed. Unknown columns never reach here: the
 * header is checked first.
 */
export function rowToCandidate(row: Readonly<Record<string, string | undefined>>): MappedRow {
  const get = (k: string): string | undefined => {
    const v = row[k];
    return v === undefined || v === "" ? undefined : v;
  };
  const paths = new Map<string, string>();
  const from = (path: string, column: string) => paths.set(path, column);
  const out: Record<string, unknown> = {};
  for (const k of ["id", "nik", "fullName", "sex", "birthDate", "education", "maritalStatus", "appliedOn"]) {
    from(k, k);
    const v = get(k);
    if (v !== undefined) out[k] = v;
  }
  const province = get("provinceCode");
  const regency = get("regencyCode");
  from("domicile", province !== undefined ? "provinceCode" : "regencyCode");
  from("domicile.provinceCode", "provinceCode");
  from("domicile.regencyCode", "regencyCode");
  if (province !== undefined || regency !== undefined) {
    const domicile: Record<string, unknown> = {};
    if (province !== undefined) domicile.provinceCode = province;
    if (regency !== undefined) domicile.regencyCode = regency;
    out.domicile = domicile;
  }
  const documents: Record<string, unknown>[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const p = kind.toLowerCase();
    const number = get(`${p}_number`);
    const issuedOn = get(`${p}_issuedOn`);
    const expiresOn = get(`${p}_expiresOn`);
    if (number === undefined && issuedOn === undefined && expiresOn === undefined) continue;
    const at = `documents.${documents.length}`;
    from(at, number !== undefined ? `${p}_number` : issuedOn !== undefined ? `${p}_issuedOn` : `${p}_expiresOn`);
    from(`${at}.number`, `${p}_number`);
    from(`${at}.issuedOn`, `${p}_issuedOn`);
    from(`${at}.expiresOn`, `${p}_expiresOn`);
    const doc: Record<string, unknown> = { kind };
    if (number !== undefined) doc.number = number;
    if (issuedOn !== undefined) doc.issuedOn = issuedOn;
    if (expiresOn !== undefined) doc.expiresOn = expiresOn;
    documents.push(doc);
  }
  if (documents.length > 0) out.documents = documents;
  const result = get("medical_result");
  const examinedOn = get("medical_examinedOn");
  if (result !== undefined || examinedOn !== undefined) {
    const check: Record<string, unknown> = {};
    if (result !== undefined) check.result = result;
    if (examinedOn !== undefined) check.examinedOn = examinedOn;
    const scope = get("medical_scope");
    if (scope !== undefined) check.scope = scope;
    const cv = get("medical_colourVisionNormal");
    if (cv !== undefined) check.colourVisionNormal = bool(cv);
    const issued = get("medical_certificateIssuedOn");
    if (issued !== undefined) check.certificateIssuedOn = issued;
    const pregnancy = get("pregnancy_test_result");
    const testedOn = get("pregnancy_test_testedOn");
    if (pregnancy !== undefined || testedOn !== undefined) {
      const test: Record<string, unknown> = {};
      if (pregnancy !== undefined) test.result = pregnancy;
      if (testedOn !== undefined) test.testedOn = testedOn;
      check.pregnancyTest = test;
    }
    out.medicalChecks = [check];
  }
  from("medicalChecks", "medical_result");
  for (const f of ["result", "examinedOn", "scope", "colourVisionNormal", "certificateIssuedOn"]) {
    from(`medicalChecks.0.${f}`, `medical_${f}`);
  }
  from("medicalChecks.0.pregnancyTest", "pregnancy_test_result");
  from("medicalChecks.0.pregnancyTest.result", "pregnancy_test_result");
  from("medicalChecks.0.pregnancyTest.testedOn", "pregnancy_test_testedOn");
  const languageResults: Record<string, unknown>[] = [];
  const language = (
    test: string,
    p: string,
    valueKey: string,
    valueColumn: string,
    value: unknown,
    extra: string[],
  ) => {
    const takenOn = get(`${p}_takenOn`);
    if (value === undefined && takenOn === undefined) return;
    const at = `languageResults.${languageResults.length}`;
    from(at, `${p}_${valueColumn}`);
    from(`${at}.${valueKey}`, `${p}_${valueColumn}`);
    from(`${at}.takenOn`, `${p}_takenOn`);
    const r: Record<string, unknown> = { test };
    if (value !== undefined) r[valueKey] = value;
    if (takenOn !== undefined) r.takenOn = takenOn;
    for (const e of extra) {
      from(`${at}.${e}`, `${p}_${e}`);
      const v = get(`${p}_${e}`);
      if (v !== undefined) r[e] = v;
    }
    languageResults.push(r);
  };
  const score = (p: string) => {
    const v = get(`${p}_score`);
    return v === undefined ? undefined : num(v);
  };
  // Only EPS-TOPIK has an announcement column (its validity counts from the announcement).
  language("JFT_BASIC", "jft_basic", "score", "score", score("jft_basic"), []);
  language("EPS_TOPIK", "eps_topik", "score", "score", score("eps_topik"), ["announcedOn"]);
  language("TOPIK", "topik", "score", "score", score("topik"), []);
  language("JLPT", "jlpt", "level", "level", get("jlpt_level"), []);
  language("CEFR", "cefr", "level", "level", get("cefr_level"), ["provider"]);
  const band = get("ielts_band");
  language("IELTS", "ielts", "band", "band", band === undefined ? undefined : num(band), []);
  if (languageResults.length > 0) out.languageResults = languageResults;
  const track = get("track_id");
  from("enrollments", "track_id");
  from("enrollments.0.trackId", "track_id");
  for (const f of ["startedOn", "completedOn", "hoursAttended"]) from(`enrollments.0.${f}`, `track_${f}`);
  if (track !== undefined) {
    const e: Record<string, unknown> = { trackId: track };
    const startedOn = get("track_startedOn");
    if (startedOn !== undefined) e.startedOn = startedOn;
    const completedOn = get("track_completedOn");
    if (completedOn !== undefined) e.completedOn = completedOn;
    const hours = get("track_hoursAttended");
    if (hours !== undefined) e.hoursAttended = num(hours);
    out.enrollments = [e];
  }
  from("unitResults", "units_competent");
  const units = get("units_competent");
  if (units !== undefined) {
    out.unitResults = dated(units).map((u) => ({ unitCode: u.code, result: "COMPETENT", assessedOn: u.on }));
  }
  const certificates: Record<string, unknown>[] = [];
  const scheme = get("competency_schemeCode");
  const unitCodes = get("competency_unitCodes");
  if (scheme !== undefined || unitCodes !== undefined) {
    from("certificates.0", scheme !== undefined ? "competency_schemeCode" : "competency_unitCodes");
    const c: Record<string, unknown> = { kind: "COMPETENCY" };
    if (scheme !== undefined) c.schemeCode = scheme;
    c.unitCodes = list(unitCodes ?? "");
    for (const f of ["schemeCode", "unitCodes", "issuer", "issuedOn", "expiresOn"]) {
      from(`certificates.0.${f}`, `competency_${f}`);
      if (f === "schemeCode" || f === "unitCodes") continue;
      const v = get(`competency_${f}`);
      if (v !== undefined) c[f] = v;
    }
    certificates.push(c);
  }
  for (const t of dated(get("skill_tests") ?? "")) {
    from(`certificates.${certificates.length}`, "skill_tests");
    certificates.push({ kind: "SKILL_TEST", test: t.code, issuedOn: t.on });
  }
  if (certificates.length > 0) out.certificates = certificates;
  from("certificates", "skill_tests");
  from("orientation", "orientation_completedOn");
  const oriented = get("orientation_completedOn");
  if (oriented !== undefined) out.orientation = { completedOn: oriented };
  // `attr_<name>` columns are the caller's evidence (`attributes.<name>`): numbers and
  // true/false are read as such, anything else stays text.
  const attributes: Record<string, unknown> = {};
  let any = false;
  for (const k in row) {
    const v = row[k];
    if (v === undefined || v === "" || !k.startsWith(ATTRIBUTE_PREFIX) || k.length === ATTRIBUTE_PREFIX.length) {
      continue;
    }
    const name = k.slice(ATTRIBUTE_PREFIX.length);
    from(`attributes.${name}`, k);
    const b = bool(v);
    attributes[name] = typeof b === "boolean" && v !== "0" && v !== "1" ? b : num(v);
    any = true;
  }
  from("attributes", "attr_");
  if (any) out.attributes = attributes;
  return {
    record: out,
    columnOf: (path) => {
      for (let n = path.length; n > 0; n--) {
        const c = paths.get(path.slice(0, n).join("."));
        if (c !== undefined) return c;
      }
      return undefined;
    },
  };
}
