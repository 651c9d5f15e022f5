/**
 * What the CLI does with each record it reads, without Node: parse it, audit it (alone and
 * against the records before it), assess its readiness and, when asked, plan its pathway. Shared
 * by the CLI, the report and the web page, so that all three count the same.
 */
import { auditCandidate } from "../candidate/audit.js";
import { parseCandidate } from "../candidate/parse.js";
import type { Candidate } from "../candidate/types.js";
import { listSkillTests, listTracks } from "../catalog/lookup.js";
import { createFirstLines } from "../cli/first-lines.js";
import type { Problem, TabularRow } from "../cli/tabular.js";
import type { CalendarDate } from "../core/date.js";
import type { Issue } from "../core/issues.js";
import { maskNik } from "../core/mask.js";
import type { Reason } from "../core/verdict.js";
import { planPathway } from "../pathway/plan.js";
import type { Pathway, PathwaySchedule } from "../pathway/types.js";
import type { Policy } from "../policy/types.js";
import { assessReadiness } from "../readiness/assess.js";
import type { Gate, Readiness } from "../readiness/types.js";
import { targetRequirements } from "../requirements/targets.js";
import type { InputRecord } from "./records.js";

/**
 * A data-quality finding on a valid record: one of `auditCandidate`'s, or a cross-record one
 * (`DUPLICATE_NIK`, `DUPLICATE_ID`), or evidence no catalogue knows (`UNKNOWN_TRACK`,
 * `UNKNOWN_SKILL_TEST`), with the column (or field path) it concerns.
 */
export interface Finding {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly column?: string;
  /** The library's reason, for `auditCandidate`'s findings. */
  readonly reason?: Reason;
}

/** One record as assessed: its line, and its readiness (and plan) or its problems. */
export interface AssessRow {
  readonly position: number;
  /** The line the record starts on in the file (1-based, the header is line 1). */
  readonly line: number;
  readonly id: string | undefined;
  readonly candidate?: Candidate;
  readonly readiness?: Readiness;
  /** The record's pathway to the target, when asked for (`plan: true`). */
  readonly pathway?: Pathway;
  /** Why the record is invalid (absent when it is valid). */
  readonly problems?: readonly Problem[];
  readonly audit: readonly Finding[];
}

/** Options of {@link createRecordAssessor}. */
export interface RecordAssessorOptions {
  readonly asOf: CalendarDate;
  readonly target: string;
  readonly gate: Gate;
  readonly policy: Policy;
  readonly appliedOn?: CalendarDate;
  /** Findings make a record invalid. */
  readonly strict?: boolean;
  /** Plan every valid record's pathway. */
  readonly plan?: boolean;
  readonly schedule?: PathwaySchedule;
  /**
   * The cross-record check, called once per valid record in the order records are assessed,
   * returning its findings. By default the assessor's own ({@link createDuplicateCheck}); a
   * caller that assesses a file in parts (the CLI's worker threads) passes its own, to learn
   * each record's NIK and id and leave the check to the thread that sees every record in order.
   */
  readonly crossRecord?: (candidate: Candidate, line: number, id: string | undefined) => readonly Finding[];
}

/**
 * A record's own `appliedOn` (a JSON field or a CSV column): the day that candidate applied,
 * which overrides `--applied-on`. It is not part of the candidate, so it is taken out before
 * parsing; a value that is not a date makes that record's readiness `INVALID_APPLIED_ON`.
 */
function splitAppliedOn(raw: unknown): { record: unknown; appliedOn?: string } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || !Object.hasOwn(raw, "appliedOn")) {
    return { record: raw };
  }
  const { appliedOn, ...record } = raw as { appliedOn?: unknown };
  return { record, appliedOn: typeof appliedOn === "string" ? appliedOn : String(appliedOn) };
}

/** The field an officer checks for a NIK finding: the recorded value the NIK disagrees with. */
const NIK_FINDING_FIELDS: Readonly<Record<string, readonly string[]>> = {
  NIK_SEX_MISMATCH: ["sex"],
  NIK_BIRTHDATE_MISMATCH: ["birthDate"],
  NIK_DOMICILE_MISMATCH: ["domicile", "provinceCode"],
  DOMICILE_REGION_MISMATCH: ["domicile", "regencyCode"],
};

/** `languageResults[0].takenOn` → `["languageResults", 0, "takenOn"]`. */
function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((x) => x !== "")
    .map((x) => (/^\d+$/.test(x) ? Number(x) : x));
}

/** The column (or JSON field path) of an issue path in this record. */
function columnOf(rec: { row?: TabularRow }, path: readonly (string | number)[]): string | undefined {
  const c = rec.row?.columnOf(path);
  if (c !== undefined) return c;
  return path.length === 0 ? undefined : path.join(".");
}

/** Parse issues as problems named by column, with the reader's better hints in their place. */
function problemsOf(rec: { row?: TabularRow }, issues: readonly Issue[]): Problem[] {
  const out: Problem[] = [...(rec.row?.problems ?? [])];
  const hinted = new Set<string>();
  for (const i of issues) {
    const column = columnOf(rec, i.path);
    const hint = column === undefined ? undefined : rec.row?.hints.get(column);
    if (hint !== undefined) {
      if (!hinted.has(hint.column ?? "")) out.push(hint);
      hinted.add(hint.column ?? "");
      continue;
    }
    if (i.code === "INVALID_NIK" && rec.row?.problems.some((p) => p.code === "NIK_SCIENTIFIC_NOTATION")) continue;
    out.push({
      ...(column === undefined ? {} : { column }),
      code: i.code,
      ...(i.params === undefined ? {} : { params: i.params }),
      message: i.message,
    });
  }
  return out;
}

/**
 * Cross-record checks, called with each valid record's NIK, line and id in input order: the
 * same NIK or id as an earlier record (`DUPLICATE_NIK`, `DUPLICATE_ID`, naming that record's line).
 */
export function createDuplicateCheck(): (nik: string, line: number, id: string | undefined) => Finding[] {
  // Off the JS heap: a file of a million distinct candidates keeps a million NIKs and ids.
  const niks = createFirstLines();
  const ids = createFirstLines();
  return (nik, line, id) => {
    const out: Finding[] = [];
    const first = niks.firstOrAdd(nik, line);
    if (first !== undefined)
      out.push({ code: "DUPLICATE_NIK", params: { nik: maskNik(nik), line: first }, column: "nik" });
    if (id !== undefined) {
      const firstId = ids.firstOrAdd(id, line);
      if (firstId !== undefined) out.push({ code: "DUPLICATE_ID", params: { id, line: firstId }, column: "id" });
    }
    return out;
  };
}

/**
 * Evidence readiness cannot use because nothing knows its code: an enrolment in a track that
 * is not in the catalogue, a skill test that neither the catalogue nor the target knows.
 */
function unusableEvidence(options: RecordAssessorOptions) {
  const tracks = new Set(listTracks().map((t) => t.id));
  const tests = new Set(listSkillTests().map((t) => t.id));
  const needed = targetRequirements(options.target, { asOf: options.asOf, policy: options.policy });
  if (needed.isOk()) for (const t of needed.value.skill.skillTests) tests.add(t);
  return (c: Candidate, rec: { row?: TabularRow }): Finding[] => {
    const out: Finding[] = [];
    c.enrollments?.forEach((e, i) => {
      if (tracks.has(e.trackId)) return;
      const column = columnOf(rec, ["enrollments", i, "trackId"]);
      out.push({ code: "UNKNOWN_TRACK", params: { track: e.trackId }, ...(column === undefined ? {} : { column }) });
    });
    c.certificates?.forEach((cert, i) => {
      if (cert.kind !== "SKILL_TEST" || tests.has(cert.test)) return;
      const column = columnOf(rec, ["certificates", i, "test"]);
      out.push({
        code: "UNKNOWN_SKILL_TEST",
        params: { test: cert.test },
        ...(column === undefined ? {} : { column }),
      });
    });
    return out;
  };
}

/** {@link createDuplicateCheck} over candidates. */
function ownDuplicateCheck(): (c: Candidate, line: number, id: string | undefined) => Finding[] {
  const check = createDuplicateCheck();
  return (c, line, id) => check(c.nik, line, id);
}

/**
 * An assessor of records in input order: keeps what the cross-record checks need (the NIKs and
 * ids seen, with their lines), so one assessor serves one file.
 */
export function createRecordAssessor(options: RecordAssessorOptions): (rec: InputRecord) => AssessRow {
  const seen = options.crossRecord ?? ownDuplicateCheck();
  const unusable = unusableEvidence(options);
  const assessOptions = {
    asOf: options.asOf,
    target: options.target,
    gate: options.gate,
    policy: options.policy,
    ...(options.appliedOn === undefined ? {} : { appliedOn: options.appliedOn }),
  };
  return (rec) => {
    if ("problems" in rec)
      return { position: rec.position, line: rec.line, id: rec.id, problems: rec.problems, audit: [] };
    const { record, appliedOn } = splitAppliedOn(rec.raw);
    const raw = record as { id?: unknown } | null;
    const id = typeof raw?.id === "string" ? raw.id : undefined;
    const parsed = parseCandidate(record);
    if (parsed.isErr() || (rec.row?.problems.length ?? 0) > 0) {
      const issues = parsed.isErr() ? parsed.error.issues : [];
      return { position: rec.position, line: rec.line, id, problems: problemsOf(rec, issues), audit: [] };
    }
    const candidate = parsed.value;
    const audit: Finding[] = auditCandidate(candidate, { asOf: options.asOf }).map((r) => {
      const field = typeof r.params.field === "string" ? r.params.field : undefined;
      // Named by the column the officer typed (the field path for JSON).
      const column =
        field !== undefined
          ? (columnOf(rec, fieldPath(field)) ?? field)
          : columnOf(rec, NIK_FINDING_FIELDS[r.code] ?? []);
      return { code: r.code, params: r.params, reason: r, ...(column === undefined ? {} : { column }) };
    });
    audit.push(...unusable(candidate, rec), ...seen(candidate, rec.line, id));
    if (options.strict === true && audit.length > 0) {
      return {
        position: rec.position,
        line: rec.line,
        id,
        problems: audit.map((f) => ({
          ...(f.column === undefined ? {} : { column: f.column }),
          code: f.code,
          params: f.params,
          message: f.code,
        })),
        audit,
        candidate,
      };
    }
    const own = appliedOn === undefined ? assessOptions : { ...assessOptions, appliedOn: appliedOn as CalendarDate };
    const readiness = assessReadiness(candidate, own);
    const pathway =
      options.plan === true
        ? planPathway(candidate, options.schedule === undefined ? own : { ...own, schedule: options.schedule })
        : undefined;
    return {
      position: rec.position,
      line: rec.line,
      id,
      candidate,
      audit,
      readiness,
      ...(pathway?.isOk() ? { pathway: pathway.value } : {}),
    };
  };
}
