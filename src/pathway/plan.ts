import { err, ok, type Result } from "neverthrow";
import type { Candidate } from "../candidate/types.js";
import { getTrack, listTracks } from "../catalog/lookup.js";
import type { TrainingTrack } from "../catalog/types.js";
import {
  addDays,
  addMonths,
  addYears,
  type CalendarDate,
  dateOfAge,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
} from "../core/date.js";
import { makeReason, type Reason, type Verdict } from "../core/verdict.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import { resolveParameter, resolveRequirement, targetOf } from "../policy/resolve.js";
import type { LanguageRequirement, Policy } from "../policy/types.js";
import { assessReadiness } from "../readiness/assess.js";
import type { Gap, Gate, Readiness } from "../readiness/types.js";
import { codeSpec } from "../requirements/registry.js";
import { targetRequirements } from "../requirements/targets.js";
import { applyPathway } from "./apply.js";
import { PATHWAY_DEFAULTS } from "./defaults.js";
import type {
  Pathway,
  PathwayBinding,
  PathwayError,
  PathwayEvidence,
  PathwaySchedule,
  PathwayStep,
  PlanPathwayOptions,
  StepSubject,
} from "./types.js";

/** Day numbers: the planner's arithmetic. */
const dn = toDayNumber;
const fd = fromDayNumber;

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

/** The first training day on or after `n`. */
function trainingDayFrom(n: number, perWeek: number): number {
  let d = n;
  while (weekday(d) >= perWeek) d++;
  return d;
}

/** The last day of `days` training days starting on training day `start`. */
function trainingEnd(start: number, days: number, perWeek: number): number {
  let d = start;
  let left = days - 1;
  while (left > 0) {
    d++;
    if (weekday(d) < perWeek) left--;
  }
  return d;
}

/** The first calendar day ≥ `n` (any day without a calendar). */
function sittingFrom(n: number, calendar: readonly CalendarDate[] | undefined): number | undefined {
  if (calendar === undefined) return n;
  let best: number | undefined;
  for (const d of calendar) {
    const x = dn(d);
    if (x >= n && (best === undefined || x < best)) best = x;
  }
  return best;
}

/** The last calendar day in `[from, to]` (`to` without a calendar). */
function sittingUntil(from: number, to: number, calendar: readonly CalendarDate[] | undefined): number | undefined {
  if (calendar === undefined) return to >= from ? to : undefined;
  let best: number | undefined;
  for (const d of calendar) {
    const x = dn(d);
    if (x >= from && x <= to && (best === undefined || x > best)) best = x;
  }
  return best;
}

/** What must be produced; scheduled into steps once the placement day is known. */
type Need =
  | { readonly type: "training"; readonly track: TrainingTrack; readonly startedOn?: number }
  | { readonly type: "competency"; readonly units: readonly string[]; readonly scheme: string; readonly late: boolean }
  | { readonly type: "skillTest"; readonly test: string; readonly late: boolean }
  | { readonly type: "language"; readonly option: LanguageRequirement; readonly late: boolean }
  | { readonly type: "medical"; readonly renewal: boolean; readonly colourVision: boolean }
  | { readonly type: "pregnancy"; readonly withinDays: number }
  | { readonly type: "document"; readonly kind: string; readonly renewal: boolean }
  | { readonly type: "orientation" }
  | { readonly type: "maritalStatus" }
  | { readonly type: "application"; readonly from: number };

interface Wait {
  readonly day: number;
  readonly code: string;
  readonly type: "age" | "open";
}

/** The reason behind a gap, with its basis, from the readiness's verdicts. */
function reasonOf(r: Readiness, gap: Gap): Reason {
  let found: Reason | undefined;
  const visit = (v: Verdict): void => {
    if (found !== undefined) return;
    for (const x of v.reasons) {
      if (x.code === gap.code && x.outcome !== "pass") {
        found = x;
        return;
      }
    }
    for (const ch of v.children ?? []) visit(ch);
  };
  for (const c of r.components) visit(c.verdict);
  if (found !== undefined) return found;
  // A gap of its own code (`LANGUAGE_RESULT_NEEDED`): the basis of its component's failing reason.
  let basis: string | undefined;
  const within = (v: Verdict): void => {
    for (const x of v.reasons)
      if (basis === undefined && x.outcome !== "pass" && x.basis !== undefined) basis = x.basis;
    for (const ch of v.children ?? []) within(ch);
  };
  for (const c of r.components) if (c.name === gap.component) within(c.verdict);
  const params = stripFrom(gap.params);
  return (
    basis === undefined
      ? { code: gap.code, outcome: "fail", params }
      : { code: gap.code, outcome: "fail", params, basis }
  ) as Reason;
}

function stripFrom(params: Gap["params"]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const k in params) if (k !== "from") out[k] = params[k] as string | number | boolean;
  return out;
}

const AGE_CODES = new Set(["AGE_BELOW_MINIMUM", "AGE_AT_APPLICATION_BELOW_MINIMUM", "AS_OF_BEFORE_BIRTH"]);

/** A plan under construction for one gate. */
interface Context {
  readonly c: Candidate;
  readonly options: PlanPathwayOptions;
  readonly policy: Policy;
  readonly schedule: Required<Omit<PathwaySchedule, "waves" | "sittings" | "documentLeadDays">> &
    Pick<PathwaySchedule, "waves" | "sittings" | "documentLeadDays">;
  readonly asOf: number;
  readonly bases: Map<string, string>;
}

/** Needs and waits for the gaps of a readiness; `undefined` with the reason when a gap has no step. */
function needsOf(
  ctx: Context,
  r: Readiness,
  day: CalendarDate,
  renewal: boolean,
): { needs: Need[]; waits: Wait[] } | { impossible: Reason } {
  const needs: Need[] = [];
  const waits: Wait[] = [];
  const req = targetRequirements(ctx.options.target, { asOf: day, policy: ctx.policy });
  const requirements = req.isOk() ? req.value : undefined;
  for (const g of r.gaps) {
    const from = typeof g.params.from === "string" && isCalendarDate(g.params.from) ? dn(g.params.from) : undefined;
    const reason = reasonOf(r, g);
    const keep = (id: string) => {
      if (reason.basis !== undefined && !ctx.bases.has(id)) ctx.bases.set(id, reason.basis);
    };
    switch (g.code) {
      case "AGE_AT_APPLICATION_BELOW_MINIMUM": {
        // Too young on the day of application: apply again on the birthday that reaches the minimum.
        const birth = ctx.c.birthDate;
        const again =
          from ??
          (isCalendarDate(birth) && typeof g.params.min === "number" ? dn(dateOfAge(birth, g.params.min)) : undefined);
        if (again === undefined) return { impossible: reason };
        needs.push({ type: "application", from: again });
        keep("application");
        break;
      }
      case "AGE_BELOW_MINIMUM":
      case "AS_OF_BEFORE_BIRTH":
      case "DESTINATION_CLOSED":
        if (from === undefined) return { impossible: reason };
        waits.push({ day: from, code: g.code, type: AGE_CODES.has(g.code) ? "age" : "open" });
        break;
      case "COMPETENCY_UNITS_MISSING":
      case "COMPETENCY_CERTIFICATE_EXPIRED": {
        const units = requirements?.skill.units ?? String(g.params.units ?? "").split(", ");
        const trained = trainingFor(ctx, units);
        if (trained === undefined)
          return { impossible: makeReason("PLAN_NO_TRACK", "fail", { units: units.join(", ") }) };
        if (trained.need !== undefined) needs.push(trained.need);
        needs.push({ type: "competency", units, scheme: trained.track.standard, late: renewal });
        keep("training");
        keep("competency");
        break;
      }
      case "SKILL_TEST_MISSING":
      case "SKILL_TEST_EXPIRED":
        needs.push({
          type: "skillTest",
          test: String(g.params.test),
          late: renewal || g.code === "SKILL_TEST_EXPIRED",
        });
        keep(`skill-test:${String(g.params.test)}`);
        break;
      case "LANGUAGE_RESULT_NEEDED": {
        for (const group of requirements?.language ?? []) {
          const option = chooseLanguage(ctx, group);
          if (option === undefined) continue;
          needs.push({ type: "language", option, late: renewal });
          keep(`language:${option.test}`);
        }
        break;
      }
      case "MEDICAL_CHECK_MISSING":
      case "MEDICAL_CHECK_EXPIRED":
      case "MEDICAL_UNFIT":
      case "COLOUR_VISION_UNKNOWN":
      case "HEALTH_CERTIFICATE_VOID":
        needs.push({
          type: "medical",
          renewal: renewal || g.code !== "MEDICAL_CHECK_MISSING",
          colourVision: requirements?.medical?.colourVisionNormal === true,
        });
        keep("medical");
        break;
      case "PREGNANCY_TEST_MISSING":
      case "PREGNANCY_TEST_TOO_OLD":
      case "HEALTH_REQUIREMENT_UNKNOWN":
      case "HEALTH_REQUIREMENT_NOT_MET":
        // A negative test: within the target's days before departure, else within the 7 days
        // before the day judged of the pre-departure laboratory check (Perpres 64/2011 Pasal 14 ayat (7)).
        needs.push({
          type: "pregnancy",
          withinDays: Number(g.params.withinDays ?? requirements?.pregnancyTestWithinDays ?? 7),
        });
        keep("pregnancy-test");
        break;
      case "DOCUMENT_MISSING":
      case "DOCUMENT_EXPIRED":
        needs.push({ type: "document", kind: String(g.params.kind), renewal: g.code === "DOCUMENT_EXPIRED" });
        keep(`document:${String(g.params.kind)}`);
        break;
      case "PASSPORT_VALIDITY_TOO_SHORT":
      case "PASSPORT_EXPIRY_UNKNOWN":
        needs.push({ type: "document", kind: "PASSPORT", renewal: true });
        keep("document:PASSPORT");
        break;
      case "ORIENTATION_MISSING":
        needs.push({ type: "orientation" });
        keep("orientation");
        break;
      case "MARITAL_STATUS_UNKNOWN":
        needs.push({ type: "maritalStatus" });
        keep("marital-status");
        break;
      default:
        // A gap no step closes: permanent reasons, unknown facts, caller kinds, policy holes.
        return { impossible: reason };
    }
  }
  return { needs, waits };
}

/** A track covering `units`: the candidate's own (done or under way), else one from the catalogue. */
function trainingFor(ctx: Context, units: readonly string[]): { track: TrainingTrack; need?: Need } | undefined {
  const covers = (t: TrainingTrack) => units.every((u) => t.units.includes(u));
  for (const e of ctx.c.enrollments ?? []) {
    const t = getTrack(e.trackId);
    if (t === undefined || !covers(t)) continue;
    if (isCalendarDate(e.completedOn) && dn(e.completedOn) <= ctx.asOf) return { track: t };
    if (isCalendarDate(e.startedOn))
      return { track: t, need: { type: "training", track: t, startedOn: dn(e.startedOn) } };
  }
  const tracks = listTracks().filter(covers);
  const preferred = tracks.find((t) => t.targets.includes(ctx.options.target)) ?? tracks[0];
  return preferred === undefined ? undefined : { track: preferred, need: { type: "training", track: preferred } };
}

/** The option of a language group to plan: the one whose next sitting comes first (in policy order on a tie). */
function chooseLanguage(ctx: Context, group: readonly LanguageRequirement[]): LanguageRequirement | undefined {
  let best: LanguageRequirement | undefined;
  let bestDay = Number.POSITIVE_INFINITY;
  for (const o of group) {
    const d = sittingFrom(ctx.asOf, ctx.schedule.sittings?.[o.test]);
    if (d !== undefined && d < bestDay) {
      best = o;
      bestDay = d;
    }
  }
  return best;
}

const minimumOf = (o: LanguageRequirement): string =>
  "minScore" in o ? String(o.minScore) : "minLevel" in o ? o.minLevel : String(o.minBand);

function languageEvidence(o: LanguageRequirement, takenOn: CalendarDate, announcedOn: CalendarDate): PathwayEvidence {
  const dated = o.test === "EPS_TOPIK" || o.test === "TOPIK" ? { takenOn, announcedOn } : { takenOn };
  switch (o.test) {
    case "JLPT":
      return { type: "languageResult", result: { test: "JLPT", level: o.minLevel, ...dated } };
    case "CEFR":
      return { type: "languageResult", result: { test: "CEFR", level: o.minLevel, ...dated } };
    case "IELTS":
      return { type: "languageResult", result: { test: "IELTS", band: o.minBand, ...dated } };
    default:
      return { type: "languageResult", result: { test: o.test, score: o.minScore, ...dated } };
  }
}

/** The earliest examination day whose certificate still counts on `day`. */
function medicalWindowStart(policy: Policy, target: string, day: number): number {
  const value = resolveRequirement(policy, target, "medical", fd(day))?.value;
  if (value?.validityMonths !== undefined) {
    const months = value.validityMonths;
    let d = dn(addMonths(fd(day), -months)) - 3;
    while (dn(addDays(addMonths(fd(d), months), -1)) < day) d++;
    return d;
  }
  return day - (value?.maxAgeDays ?? 0);
}

interface Scheduled {
  steps: PathwayStep[];
  /** The first day every step is done and every wait is over. */
  day: number;
  binding: PathwayBinding;
}

/** Schedules the needs of one gate: ASAP steps first, then those bound to a validity window. */
function scheduleNeeds(
  ctx: Context,
  needs: readonly Need[],
  waits: readonly Wait[],
  start: number,
  idSuffix: string,
  initial: PathwayBinding,
): Scheduled | { impossible: Reason } {
  const s = ctx.schedule;
  const steps: PathwayStep[] = [];
  const birth = ctx.c.birthDate;
  let trainingDone: number | undefined;
  let trainingId: string | undefined;
  let ktpDay: number | undefined;
  let day = start;
  let binding: PathwayBinding = initial;
  // The latest day binds; a step on the first day binds over "nothing to wait for".
  const bump = (d: number, b: PathwayBinding) => {
    if (d > day || (d === day && binding.type === "asOf")) {
      day = d;
      binding = b;
    }
  };
  for (const w of waits) bump(w.day, { type: w.type, day: fd(w.day), code: w.code });
  const push = (
    id: string,
    kind: string,
    subject: StepSubject,
    notBefore: number,
    plannedOn: number,
    durationDays: number,
    dependsOn: readonly string[],
    produces: readonly PathwayEvidence[],
    notAfter?: number,
  ) => {
    const hash = id.indexOf("#");
    const basis = ctx.bases.get(hash < 0 ? id : id.slice(0, hash));
    const step: PathwayStep = {
      id: `${id}${idSuffix}`,
      kind,
      subject,
      notBefore: fd(notBefore),
      ...(notAfter === undefined ? {} : { notAfter: fd(notAfter) }),
      plannedOn: fd(plannedOn),
      durationDays,
      dependsOn: dependsOn.map((d) => `${d}${idSuffix}`),
      produces,
      ...(basis === undefined ? {} : { basis }),
    };
    steps.push(step);
    return step;
  };
  const seen = new Set<string>();
  const once = (key: string) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  // Training first: everything in the skill and language lines waits for it.
  for (const n of needs) {
    if (n.type !== "training" || !once("training")) continue;
    const jp = n.track.hours.jp;
    const lower = isCalendarDate(birth) ? trainingLowerBound(ctx, birth) : start;
    const notBefore = Math.max(start, lower);
    const waves = s.waves?.[n.track.id];
    let first: number;
    let days = Math.ceil(jp / s.jpPerDay);
    let wave: number | undefined;
    if (n.startedOn !== undefined) {
      first = n.startedOn;
    } else if (waves !== undefined) {
      const w = waves
        .map((x) => ({ at: dn(x.startsOn), days: x.days }))
        .filter((x) => x.at >= notBefore)
        .sort((a, b) => a.at - b.at)[0];
      if (w === undefined) {
        return {
          impossible: makeReason("PLAN_NO_WAVE", "fail", { track: n.track.id, after: fd(notBefore) }),
        };
      }
      first = w.at;
      wave = w.at;
      if (w.days !== undefined) days = w.days;
    } else {
      first = trainingDayFrom(notBefore, s.daysPerWeek);
    }
    const end = trainingEnd(first, days, s.daysPerWeek);
    trainingDone = end;
    trainingId = "training";
    push(
      "training",
      "skill",
      {
        type: "training",
        trackId: n.track.id,
        startsOn: fd(first),
        trainingDays: days,
        jp,
        ...(wave === undefined ? {} : { wave: fd(wave) }),
      },
      notBefore,
      end,
      end - first + 1,
      [],
      [
        {
          type: "enrollment",
          enrollment: { trackId: n.track.id, startedOn: fd(first), completedOn: fd(end), hoursAttended: jp },
        },
      ],
    );
    bump(end, { type: "step", day: fd(end), step: `training${idSuffix}` });
  }
  const afterTraining = trainingDone === undefined ? start : trainingDone + 1;
  const trainingDeps = trainingId === undefined ? [] : [trainingId];

  for (const n of needs) {
    switch (n.type) {
      case "competency": {
        if (n.late || !once("competency")) break;
        const d = afterTraining;
        push(
          "competency",
          "skill",
          { type: "competencyAssessment", units: n.units, scheme: n.scheme },
          d,
          d,
          1,
          trainingDeps,
          [
            {
              type: "certificate",
              certificate: {
                kind: "COMPETENCY",
                schemeCode: n.scheme,
                unitCodes: n.units,
                issuer: "LSP",
                issuedOn: fd(d),
              },
            },
          ],
        );
        bump(d, { type: "step", day: fd(d), step: `competency${idSuffix}` });
        break;
      }
      case "skillTest": {
        if (n.late || !once(`skill-test:${n.test}`)) break;
        const d = sittingFrom(afterTraining, s.sittings?.[n.test]);
        if (d === undefined)
          return { impossible: makeReason("PLAN_NO_SITTING", "fail", { test: n.test, after: fd(afterTraining) }) };
        push(`skill-test:${n.test}`, "skill", { type: "skillTest", test: n.test }, afterTraining, d, 1, trainingDeps, [
          { type: "certificate", certificate: { kind: "SKILL_TEST", test: n.test, issuedOn: fd(d) } },
        ]);
        bump(d, { type: "step", day: fd(d), step: `skill-test:${n.test}${idSuffix}` });
        break;
      }
      case "language": {
        if (n.late || !once(`language:${n.option.test}`)) break;
        const sit = sittingFrom(afterTraining, s.sittings?.[n.option.test]);
        if (sit === undefined) {
          return {
            impossible: makeReason("PLAN_NO_SITTING", "fail", { test: n.option.test, after: fd(afterTraining) }),
          };
        }
        const result = sit + s.languageResultDays;
        push(
          `language:${n.option.test}`,
          "language",
          { type: "languageTest", test: n.option.test, minimum: minimumOf(n.option) },
          afterTraining,
          result,
          s.languageResultDays + 1,
          trainingDeps,
          [languageEvidence(n.option, fd(sit), fd(result))],
        );
        bump(result, { type: "step", day: fd(result), step: `language:${n.option.test}${idSuffix}` });
        break;
      }
      case "document": {
        if (!once(`document:${n.kind}`)) break;
        const lead = s.documentLeadDays?.[n.kind] ?? PATHWAY_DEFAULTS.documentLeadDays.value;
        let notBefore = start;
        const deps: string[] = [];
        if (n.kind === "KTP" && isCalendarDate(birth))
          notBefore = Math.max(notBefore, dn(dateOfAge(birth, s.ktpMinimumAge)));
        if (n.kind === "PASSPORT" && ktpDay !== undefined) {
          notBefore = Math.max(notBefore, ktpDay);
          deps.push("document:KTP");
        }
        const d = notBefore + lead;
        if (n.kind === "KTP") ktpDay = d;
        // A passport's expiry is set once the last day it must cover is known (see `finish`).
        push(
          `document:${n.kind}`,
          n.kind === "PASSPORT" ? "passport" : "documents",
          { type: "document", document: n.kind, renewal: n.renewal },
          notBefore,
          d,
          lead + 1,
          deps,
          [{ type: "document", document: { kind: n.kind as never, issuedOn: fd(d) } }],
        );
        bump(d, { type: "step", day: fd(d), step: `document:${n.kind}${idSuffix}` });
        break;
      }
      case "orientation": {
        if (!once("orientation")) break;
        const d = start + s.orientationDays - 1;
        push(
          "orientation",
          "orientation",
          { type: "orientation" },
          start,
          d,
          s.orientationDays,
          [],
          [{ type: "orientation", orientation: { completedOn: fd(d) } }],
        );
        bump(d, { type: "step", day: fd(d), step: `orientation${idSuffix}` });
        break;
      }
      case "maritalStatus": {
        if (!once("marital-status")) break;
        push(
          "marital-status",
          "marriedDocuments",
          { type: "maritalStatus" },
          start,
          start,
          1,
          [],
          [{ type: "maritalStatus", maritalStatus: "SINGLE" }],
        );
        break;
      }
      case "application": {
        if (!once("application")) break;
        const d = Math.max(start, n.from);
        push("application", "age", { type: "application" }, d, d, 1, [], [{ type: "application", appliedOn: fd(d) }]);
        bump(d, { type: "age", day: fd(d), code: "AGE_AT_APPLICATION_BELOW_MINIMUM" });
        break;
      }
      default:
        break;
    }
  }

  // Steps bound to a validity window, planned inside the window that still counts on `day`.
  for (const n of needs) {
    if (n.type === "medical" && once("medical")) {
      const windowStart = medicalWindowStart(ctx.policy, ctx.options.target, day);
      const d = Math.max(start, windowStart);
      push(
        "medical",
        "medical",
        { type: "medicalCheck", renewal: n.renewal },
        Math.max(start, windowStart),
        d,
        1,
        [],
        [
          {
            type: "medicalCheck",
            check: {
              result: "FIT",
              examinedOn: fd(d),
              scope: "FULL",
              certificateIssuedOn: fd(d),
              ...(n.colourVision ? { colourVisionNormal: true } : {}),
            },
          },
        ],
        day,
      );
    } else if (n.type === "pregnancy" && once("pregnancy-test")) {
      const d = Math.max(start, day - n.withinDays);
      push(
        "pregnancy-test",
        "pregnancyTest",
        { type: "pregnancyTest", withinDays: n.withinDays },
        d,
        d,
        1,
        [],
        [
          {
            type: "medicalCheck",
            check: {
              result: "FIT",
              examinedOn: fd(d),
              scope: "MEDICAL",
              pregnancyTest: { result: "NEGATIVE", testedOn: fd(d) },
            },
          },
        ],
        day,
      );
    } else if (n.type === "competency" && n.late && once("competency")) {
      // Renewed inside the certificate's validity that still covers `day`.
      const validity = resolveParameter(ctx.policy, "competencyCertificateValidity", fd(day))?.value;
      const years = validity?.bySchemeCode?.[n.scheme] ?? validity?.defaultYears ?? 3;
      const d = Math.max(afterTraining, dn(addYears(fd(day), -years)) + 1);
      push(
        "competency",
        "skill",
        { type: "competencyAssessment", units: n.units, scheme: n.scheme },
        afterTraining,
        d,
        1,
        trainingDeps,
        [
          {
            type: "certificate",
            certificate: {
              kind: "COMPETENCY",
              schemeCode: n.scheme,
              unitCodes: n.units,
              issuer: "LSP",
              issuedOn: fd(d),
            },
          },
        ],
        day,
      );
      bump(d, { type: "step", day: fd(d), step: `competency${idSuffix}` });
    } else if (n.type === "skillTest" && n.late && once(`skill-test:${n.test}`)) {
      const d =
        sittingUntil(afterTraining, day, s.sittings?.[n.test]) ??
        sittingFrom(Math.max(afterTraining, day), s.sittings?.[n.test]);
      if (d === undefined)
        return { impossible: makeReason("PLAN_NO_SITTING", "fail", { test: n.test, after: fd(afterTraining) }) };
      push(
        `skill-test:${n.test}`,
        "skill",
        { type: "skillTest", test: n.test },
        afterTraining,
        d,
        1,
        trainingDeps,
        [{ type: "certificate", certificate: { kind: "SKILL_TEST", test: n.test, issuedOn: fd(d) } }],
        day,
      );
      bump(d, { type: "step", day: fd(d), step: `skill-test:${n.test}${idSuffix}` });
    } else if (n.type === "language" && n.late && once(`language:${n.option.test}`)) {
      const cal = s.sittings?.[n.option.test];
      const sit =
        sittingUntil(afterTraining, day - s.languageResultDays, cal) ??
        sittingFrom(Math.max(afterTraining, day - s.languageResultDays), cal);
      if (sit === undefined) {
        return { impossible: makeReason("PLAN_NO_SITTING", "fail", { test: n.option.test, after: fd(afterTraining) }) };
      }
      const result = sit + s.languageResultDays;
      push(
        `language:${n.option.test}`,
        "language",
        { type: "languageTest", test: n.option.test, minimum: minimumOf(n.option) },
        afterTraining,
        result,
        s.languageResultDays + 1,
        trainingDeps,
        [languageEvidence(n.option, fd(sit), fd(result))],
        day,
      );
      bump(result, { type: "step", day: fd(result), step: `language:${n.option.test}${idSuffix}` });
    }
  }
  return { steps, day, binding };
}

/** The first day training may start: the training age's minimum birthday under the policy. */
function trainingLowerBound(ctx: Context, birth: CalendarDate): number {
  const range = resolveParameter(ctx.policy, "trainingAge", fd(ctx.asOf));
  return range === undefined ? ctx.asOf : dn(dateOfAge(birth, range.value.min));
}

/** Gives each planned passport the expiry it must at least have on the last day it must count. */
function finish(ctx: Context, steps: PathwayStep[], lastDay: number): PathwayStep[] {
  const req = targetRequirements(ctx.options.target, { asOf: fd(lastDay), policy: ctx.policy });
  const months = req.isOk() ? req.value.passport.minValidityMonths : 0;
  return steps.map((s) =>
    s.subject.type === "document" && s.subject.document === "PASSPORT"
      ? {
          ...s,
          produces: [
            {
              type: "document",
              document: {
                kind: "PASSPORT",
                issuedOn: s.plannedOn,
                expiresOn: addDays(addMonths(fd(lastDay), months), 1),
              },
            },
          ],
        }
      : s,
  );
}

/** Steps in plan order: by day, then after what they depend on, then by id. */
function order(steps: readonly PathwayStep[]): PathwayStep[] {
  return [...steps].sort(
    (a, b) =>
      (a.plannedOn < b.plannedOn ? -1 : a.plannedOn > b.plannedOn ? 1 : 0) ||
      (b.dependsOn.includes(a.id) ? -1 : a.dependsOn.includes(b.id) ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
}

const MAX_ROUNDS = 6;

/** Plans one gate from `start`: needs from the gaps, scheduled, checked, renewed until ready. */
function planGate(
  ctx: Context,
  base: Candidate,
  gate: Gate,
  start: number,
  appliedOn: CalendarDate | undefined,
  first: Readiness,
  idSuffix: string,
  initial: PathwayBinding,
):
  | { steps: PathwayStep[]; day: number; binding: PathwayBinding; appliedOn?: CalendarDate }
  | { impossible: readonly Reason[] } {
  const found = needsOf(ctx, first, fd(start), false);
  if ("impossible" in found) return { impossible: [found.impossible] };
  let needs = found.needs;
  let waits = found.waits;
  let applied = appliedOn;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const scheduled = scheduleNeeds(ctx, needs, waits, start, idSuffix, initial);
    if ("impossible" in scheduled) return { impossible: [scheduled.impossible] };
    const application = scheduled.steps.find((s) => s.subject.type === "application");
    if (application !== undefined) applied = application.plannedOn;
    const steps = finish(ctx, scheduled.steps, scheduled.day);
    const candidate = applyPathway(base, { steps });
    const r = assessReadiness(candidate, {
      asOf: fd(scheduled.day),
      target: ctx.options.target,
      gate,
      policy: ctx.policy,
      ...(applied === undefined ? {} : { appliedOn: applied }),
    });
    if (r.status === "ready") {
      return {
        steps,
        day: scheduled.day,
        binding: scheduled.binding,
        ...(applied === undefined ? {} : { appliedOn: applied }),
      };
    }
    if (r.status === "ineligible") {
      // Something closes before the plan completes (an age limit, a rule that ends).
      return { impossible: r.gaps.map((g) => reasonOf(r, g)) };
    }
    const more = needsOf(ctx, r, fd(scheduled.day), true);
    if ("impossible" in more) return { impossible: [more.impossible] };
    const key = (n: Need) =>
      `${n.type}:${"kind" in n ? n.kind : "test" in n ? n.test : "option" in n ? n.option.test : ""}`;
    const had = new Map(needs.map((n) => [key(n), n]));
    let progress = more.waits.some((w) => !waits.some((x) => x.day >= w.day && x.code === w.code));
    const next: Need[] = [...needs];
    for (const n of more.needs) {
      const old = had.get(key(n));
      if (old === undefined) {
        next.push(n);
        progress = true;
      } else if (
        ("late" in n && n.late && "late" in old && !old.late) ||
        (n.type === "document" && !("renewal" in old && old.renewal))
      ) {
        next[next.indexOf(old)] = n;
        progress = true;
      }
    }
    if (!progress) return { impossible: r.gaps.map((g) => reasonOf(r, g)) };
    needs = next;
    waits = [...waits, ...more.waits];
  }
  return { impossible: [makeReason("PLAN_NOT_CONVERGED", "fail", { rounds: MAX_ROUNDS })] };
}

function resolveSchedule(schedule: PathwaySchedule | undefined): Context["schedule"] | { field: string } {
  const s = schedule ?? {};
  const whole = (v: unknown, min: number, max: number) =>
    v === undefined || (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max);
  if (!whole(s.jpPerDay, 1, 24)) return { field: "jpPerDay" };
  if (!whole(s.daysPerWeek, 1, 7)) return { field: "daysPerWeek" };
  if (!whole(s.languageResultDays, 0, 3650)) return { field: "languageResultDays" };
  if (!whole(s.orientationDays, 1, 365)) return { field: "orientationDays" };
  if (!whole(s.ktpMinimumAge, 0, 120)) return { field: "ktpMinimumAge" };
  for (const [k, v] of Object.entries(s.documentLeadDays ?? {}))
    if (!whole(v, 0, 3650)) return { field: `documentLeadDays.${k}` };
  for (const [k, ws] of Object.entries(s.waves ?? {})) {
    if (!Array.isArray(ws)) return { field: `waves.${k}` };
    for (const w of ws) if (!isCalendarDate(w?.startsOn) || !whole(w.days, 1, 3650)) return { field: `waves.${k}` };
  }
  for (const [k, ds] of Object.entries(s.sittings ?? {})) {
    if (!Array.isArray(ds) || !ds.every(isCalendarDate)) return { field: `sittings.${k}` };
  }
  const d = PATHWAY_DEFAULTS;
  return {
    jpPerDay: s.jpPerDay ?? d.jpPerDay.value,
    daysPerWeek: s.daysPerWeek ?? d.daysPerWeek.value,
    languageResultDays: s.languageResultDays ?? d.languageResultDays.value,
    orientationDays: s.orientationDays ?? d.orientationDays.value,
    ktpMinimumAge: s.ktpMinimumAge ?? d.ktpMinimumAge.value,
    ...(s.waves === undefined ? {} : { waves: s.waves }),
    ...(s.sittings === undefined ? {} : { sittings: s.sittings }),
    ...(s.documentLeadDays === undefined ? {} : { documentLeadDays: s.documentLeadDays }),
  };
}

/**
 * The integrated pathway of a candidate to a target: what must happen, in what order, by when,
 * and the earliest day the candidate can be placed (and depart, at the departure gate).
 *
 * From the readiness on `asOf`: an `ineligible` candidate gets the permanent reasons and nothing
 * to do. Otherwise every gap becomes a step (training in a track covering the target's units, by
 * the track's JP hours at `jpPerDay` on `daysPerWeek` days, or on a wave of the `schedule`; the
 * competency assessment after it; skill and language tests on their sittings; each document
 * after its lead time, a KTP-el not before `ktpMinimumAge`; the medical check inside the window
 * where its certificate still counts on the placement day; at the departure gate the pregnancy
 * test and orientation), and waits (a birthday, a policy change) bind the day. The plan is then
 * checked: the candidate with every step's evidence, assessed on the earliest day, must be
 * `ready`; evidence that lapses before that day gets a renewal step, and a plan that cannot
 * close (a window that closes, a rule that ends, a gap no step closes) is `impossible` with the
 * reason. Never throws.
 *
 * @returns `ok(pathway)`, or `err` for an invalid `asOf`/`appliedOn`, an unknown target or an
 *   invalid schedule
 * @example
 * ```ts
 * const plan = planPathway(candidate, { asOf: "2026-12-01" as CalendarDate, target: "JP-SSW-CAREGIVING" });
 * plan.map((p) => [p.status, p.earliestPlacement, p.steps.map((s) => s.id)]);
 * // ok(["planned", "2027-03-10", ["training", "competency", "language:JFT_BASIC", …]])
 * ```
 */
export function planPathway(c: Candidate, options: PlanPathwayOptions): Result<Pathway, PathwayError> {
  const asOf = options?.asOf;
  if (!isCalendarDate(asOf)) return err({ code: "INVALID_AS_OF" });
  if (options.appliedOn !== undefined && !isCalendarDate(options.appliedOn)) return err({ code: "INVALID_APPLIED_ON" });
  const policy = options.policy ?? DEFAULT_POLICY;
  const target = options.target;
  if (typeof target !== "string" || targetOf(policy, target) === undefined) {
    return err({ code: "UNKNOWN_TARGET", target: String(target).slice(0, 64) });
  }
  const schedule = resolveSchedule(options.schedule);
  if ("field" in schedule) return err({ code: "INVALID_SCHEDULE", field: schedule.field });
  const gate: Gate = options.gate === "departure" ? "departure" : "placement";
  const ctx: Context = { c, options, policy, schedule, asOf: dn(asOf), bases: new Map() };
  const base = {
    candidateId: typeof c?.id === "string" ? c.id : "",
    target,
    gate,
    asOf,
  };
  const assess = (cand: Candidate, day: CalendarDate, g: Gate, appliedOn?: CalendarDate) =>
    assessReadiness(cand, {
      asOf: day,
      target,
      gate: g,
      policy,
      ...(appliedOn === undefined ? {} : { appliedOn }),
    });
  // A target judging age at application: the plan has the candidate apply on `asOf` unless told.
  const judgedAtApplication = targetRequirements(target, { asOf, policy }).map((r) => r.age.judgedAt === "application");
  const appliedOn0 = options.appliedOn ?? (judgedAtApplication.unwrapOr(false) ? asOf : undefined);
  const now = assess(c, asOf, "placement", appliedOn0);
  if (now.status === "ineligible") {
    const reasons = now.gaps
      .filter((g) => codeSpec(g.code)?.permanent === true && g.params.from === undefined)
      .map((g) => reasonOf(now, g));
    return ok({ ...base, status: "ineligible", steps: [], reasons });
  }
  const placement = planGate(ctx, c, "placement", ctx.asOf, appliedOn0, now, "", { type: "asOf", day: asOf });
  if ("impossible" in placement) return ok({ ...base, status: "impossible", steps: [], reasons: placement.impossible });
  const placed = applyPathway(c, { steps: placement.steps });
  const appliedOn = placement.appliedOn ?? appliedOn0;
  const common = {
    ...base,
    status: "planned" as const,
    earliestPlacement: fd(placement.day),
    reasons: [],
    ...(appliedOn === undefined ? {} : { appliedOn }),
  };
  if (gate === "placement") {
    return ok({ ...common, binding: placement.binding, steps: order(placement.steps) });
  }
  const atPlacement = assess(placed, fd(placement.day), "departure", appliedOn);
  if (atPlacement.status === "ready") {
    return ok({
      ...common,
      earliestDeparture: fd(placement.day),
      binding: placement.binding,
      steps: order(placement.steps),
    });
  }
  const departure = planGate(ctx, placed, "departure", placement.day, appliedOn, atPlacement, "", placement.binding);
  if ("impossible" in departure) return ok({ ...base, status: "impossible", steps: [], reasons: departure.impossible });
  const ids = new Set(departure.steps.map((s) => s.id));
  // A step planned again for departure (a medical check that must be redone) keeps both.
  const steps = [
    ...placement.steps,
    ...departure.steps.map((s) => (placement.steps.some((p) => p.id === s.id) ? { ...s, id: `${s.id}#departure` } : s)),
  ];
  void ids;
  return ok({
    ...common,
    earliestDeparture: fd(departure.day),
    binding: departure.binding,
    steps: order(steps),
  });
}
