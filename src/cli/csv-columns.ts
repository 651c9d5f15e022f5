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

const KNOWN = new Set<string>(Object.values(CSV_COLUMNS).flat());
/** Columns of caller-defined evidence: `attr_heightCm` → `attributes.heightCm`. */
const ATTRIBUTE_PREFIX = "attr_";

function num(v: string): number | string {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}

function bool(v: string): boolean | string {
  const s = v.trim().toLowerCase();
  if (["true", "1", "yes", "ya", "y"].includes(s)) return true;
  if (["false", "0", "no", "tidak", "n"].includes(s)) return false;
  return v;
}

function list(v: string): string[] {
  return v
    .split(";")
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

function dated(v: string): { code: string; on: string }[] {
  return list(v).map((item) => {
    const at = item.lastIndexOf("@");
    return at < 0 ? { code: item, on: "" } : { code: item.slice(0, at).trim(), on: item.slice(at + 1).trim() };
  });
}

/**
 * Turns one CSV row (header → cell) into the JSON shape `parseCandidate` reads. Empty cells are
 * absent values; unknown columns are kept so that parsing reports them (`UNKNOWN_KEY`).
 */
export function rowToCandidate(row: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const get = (k: string): string | undefined => {
    const v = row[k];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  };
  const out: Record<string, unknown> = {};
  for (const k of ["id", "nik", "fullName", "sex", "birthDate", "education", "maritalStatus", "appliedOn"]) {
    const v = get(k);
    if (v !== undefined) out[k] = v;
  }
  const province = get("provinceCode");
  const regency = get("regencyCode");
  if (province !== undefined || regency !== undefined) {
    out.domicile = {
      ...(province === undefined ? {} : { provinceCode: province }),
      ...(regency === undefined ? {} : { regencyCode: regency }),
    };
  }
  const documents: Record<string, unknown>[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const p = kind.toLowerCase();
    const number = get(`${p}_number`);
    const issuedOn = get(`${p}_issuedOn`);
    const expiresOn = get(`${p}_expiresOn`);
    if (number === undefined && issuedOn === undefined && expiresOn === undefined) continue;
    documents.push({
      kind,
      ...(number === undefined ? {} : { number }),
      ...(issuedOn === undefined ? {} : { issuedOn }),
      ...(expiresOn === undefined ? {} : { expiresOn }),
    });
  }
  if (documents.length > 0) out.documents = documents;
  const result = get("medical_result");
  const examinedOn = get("medical_examinedOn");
  if (result !== undefined || examinedOn !== undefined) {
    const scope = get("medical_scope");
    const cv = get("medical_colourVisionNormal");
    const issued = get("medical_certificateIssuedOn");
    const pregnancy = get("pregnancy_test_result");
    const testedOn = get("pregnancy_test_testedOn");
    out.medicalChecks = [
      {
        ...(result === undefined ? {} : { result }),
        ...(examinedOn === undefined ? {} : { examinedOn }),
        ...(scope === undefined ? {} : { scope }),
        ...(cv === undefined ? {} : { colourVisionNormal: bool(cv) }),
        ...(issued === undefined ? {} : { certificateIssuedOn: issued }),
        ...(pregnancy === undefined && testedOn === undefined
          ? {}
          : {
              pregnancyTest: {
                ...(pregnancy === undefined ? {} : { result: pregnancy }),
                ...(testedOn === undefined ? {} : { testedOn }),
              },
            }),
      },
    ];
  }
  const languageResults: Record<string, unknown>[] = [];
  const scored: [string, string][] = [
    ["JFT_BASIC", "jft_basic"],
    ["EPS_TOPIK", "eps_topik"],
    ["TOPIK", "topik"],
  ];
  for (const [test, p] of scored) {
    const score = get(`${p}_score`);
    const takenOn = get(`${p}_takenOn`);
    // Only EPS-TOPIK has an announcement column (its validity counts from the announcement).
    const announcedOn = p === "eps_topik" ? get(`${p}_announcedOn`) : undefined;
    if (score !== undefined || takenOn !== undefined) {
      languageResults.push({
        test,
        ...(score === undefined ? {} : { score: num(score) }),
        ...(takenOn === undefined ? {} : { takenOn }),
        ...(announcedOn === undefined ? {} : { announcedOn }),
      });
    }
  }
  const jlpt = get("jlpt_level");
  if (jlpt !== undefined || get("jlpt_takenOn") !== undefined) {
    languageResults.push({
      test: "JLPT",
      ...(jlpt === undefined ? {} : { level: jlpt }),
      ...(get("jlpt_takenOn") ? { takenOn: get("jlpt_takenOn") } : {}),
    });
  }
  const cefr = get("cefr_level");
  if (cefr !== undefined || get("cefr_takenOn") !== undefined) {
    const provider = get("cefr_provider");
    languageResults.push({
      test: "CEFR",
      ...(cefr === undefined ? {} : { level: cefr }),
      ...(provider === undefined ? {} : { provider }),
      ...(get("cefr_takenOn") ? { takenOn: get("cefr_takenOn") } : {}),
    });
  }
  const band = get("ielts_band");
  if (band !== undefined || get("ielts_takenOn") !== undefined) {
    languageResults.push({
      test: "IELTS",
      ...(band === undefined ? {} : { band: num(band) }),
      ...(get("ielts_takenOn") ? { takenOn: get("ielts_takenOn") } : {}),
    });
  }
  if (languageResults.length > 0) out.languageResults = languageResults;
  const track = get("track_id");
  if (track !== undefined) {
    const completedOn = get("track_completedOn");
    const hours = get("track_hoursAttended");
    out.enrollments = [
      {
        trackId: track,
        ...(get("track_startedOn") ? { startedOn: get("track_startedOn") } : {}),
        ...(completedOn === undefined ? {} : { completedOn }),
        ...(hours === undefined ? {} : { hoursAttended: num(hours) }),
      },
    ];
  }
  const units = get("units_competent");
  if (units !== undefined) {
    out.unitResults = dated(units).map((u) => ({ unitCode: u.code, result: "COMPETENT", assessedOn: u.on }));
  }
  const certificates: Record<string, unknown>[] = [];
  const scheme = get("competency_schemeCode");
  if (scheme !== undefined || get("competency_unitCodes") !== undefined) {
    const expiresOn = get("competency_expiresOn");
    certificates.push({
      kind: "COMPETENCY",
      ...(scheme === undefined ? {} : { schemeCode: scheme }),
      unitCodes: list(get("competency_unitCodes") ?? ""),
      ...(get("competency_issuer") ? { issuer: get("competency_issuer") } : {}),
      ...(get("competency_issuedOn") ? { issuedOn: get("competency_issuedOn") } : {}),
      ...(expiresOn === undefined ? {} : { expiresOn }),
    });
  }
  for (const t of dated(get("skill_tests") ?? ""))
    certificates.push({ kind: "SKILL_TEST", test: t.code, issuedOn: t.on });
  if (certificates.length > 0) out.certificates = certificates;
  const oriented = get("orientation_completedOn");
  if (oriented !== undefined) out.orientation = { completedOn: oriented };
  // `attr_<name>` columns are the caller's evidence (`attributes.<name>`): numbers and
  // true/false are read as such, anything else stays text.
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === undefined || v.trim() === "") continue;
    if (k.startsWith(ATTRIBUTE_PREFIX) && k.length > ATTRIBUTE_PREFIX.length) {
      const b = bool(v);
      attributes[k.slice(ATTRIBUTE_PREFIX.length)] = typeof b === "boolean" && !/^[01]$/.test(v.trim()) ? b : num(v);
    } else if (!KNOWN.has(k)) {
      out[k] = v;
    }
  }
  if (Object.keys(attributes).length > 0) out.attributes = attributes;
  return out;
}
