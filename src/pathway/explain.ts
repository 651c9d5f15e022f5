import { getTrack } from "../catalog/lookup.js";
import type { LocaleTag } from "../core/codes.js";
import { formatReason, resolveLocale } from "../i18n/format.js";
import { documentName, type Locale, localeChain, localized, lookup, own, testName } from "../i18n/locale.js";
import type { Pathway, PathwayBinding, PathwayStep } from "./types.js";

interface PathwayText {
  readonly planned: (p: { target: string; gate: string; asOf: string; day: string; why: string }) => string;
  readonly departure: (day: string, why: string) => string;
  readonly ineligible: (p: { target: string; asOf: string }) => string;
  readonly impossible: (p: { target: string; asOf: string }) => string;
  readonly binding: (b: PathwayBinding, step: string | undefined) => string;
  readonly step: (s: PathwayStep, l: Locale) => string;
  readonly window: (notAfter: string) => string;
  readonly after: (ids: string) => string;
}

const skillTestName = (test: string, l: Locale): string => lookup(l, (x) => own(x.names?.skillTests, test)) ?? test;

const ID: PathwayText = {
  planned: (p) =>
    `RENCANA untuk ${p.target} (${p.gate}) per ${p.asOf}: paling cepat ditempatkan ${p.day}${p.why === "" ? "" : ` (${p.why})`}.`,
  departure: (day, why) => `Paling cepat berangkat ${day}${why === "" ? "" : ` (${why})`}.`,
  ineligible: (p) => `TIDAK LAYAK untuk ${p.target} per ${p.asOf}; tidak ada langkah yang dapat mengubahnya:`,
  impossible: (p) => `TIDAK DAPAT DIRENCANAKAN untuk ${p.target} per ${p.asOf}:`,
  binding: (b, step) =>
    b.type === "age"
      ? "menunggu batas usia"
      : b.type === "open"
        ? "menunggu penempatan dibuka"
        : b.type === "step"
          ? `langkah terakhir: ${step ?? b.step}`
          : "semua syarat sudah terpenuhi",
  step: (s, l) => {
    const x = s.subject;
    switch (x.type) {
      case "training":
        return `Pelatihan ${localized(getTrack(x.trackId)?.title, l) || x.trackId}: ${x.trainingDays} hari pelatihan (${x.jp} JP), mulai ${x.startsOn}${x.wave === undefined ? "" : " (gelombang)"}`;
      case "competencyAssessment":
        return `Uji kompetensi di LSP: ${x.units.length} unit`;
      case "skillTest":
        return `Uji keterampilan: ${skillTestName(x.test, l)}`;
      case "languageTest":
        return `Tes bahasa ${testName(x.test, l)}, minimal ${x.minimum}`;
      case "medicalCheck":
        return x.renewal ? "Pemeriksaan kesehatan ulang" : "Pemeriksaan kesehatan dan psikologi";
      case "pregnancyTest":
        return "Tes kehamilan di laboratorium";
      case "document":
        return `${x.renewal ? "Perbarui" : "Urus"} ${documentName(x.document, l)}`;
      case "orientation":
        return "Orientasi Pra Pemberangkatan (OPP)";
      case "maritalStatus":
        return "Catat status perkawinan (rencana menganggap belum kawin)";
      case "application":
        return "Daftar ulang setelah mencapai batas usia";
    }
  },
  window: (d) => `paling lambat ${d}`,
  after: (ids) => `sesudah ${ids}`,
};

const EN: PathwayText = {
  planned: (p) =>
    `PLAN for ${p.target} (${p.gate}) as of ${p.asOf}: earliest placement ${p.day}${p.why === "" ? "" : ` (${p.why})`}.`,
  departure: (day, why) => `Earliest departure ${day}${why === "" ? "" : ` (${why})`}.`,
  ineligible: (p) => `INELIGIBLE for ${p.target} as of ${p.asOf}; no step can change it:`,
  impossible: (p) => `CANNOT BE PLANNED for ${p.target} as of ${p.asOf}:`,
  binding: (b, step) =>
    b.type === "age"
      ? "waiting for the age limit"
      : b.type === "open"
        ? "waiting for placement to open"
        : b.type === "step"
          ? `last step: ${step ?? b.step}`
          : "every requirement is met",
  step: (s, l) => {
    const x = s.subject;
    switch (x.type) {
      case "training":
        return `Training ${localized(getTrack(x.trackId)?.title, l) || x.trackId}: ${x.trainingDays} training days (${x.jp} JP), from ${x.startsOn}${x.wave === undefined ? "" : " (wave)"}`;
      case "competencyAssessment":
        return `Competency assessment at an LSP: ${x.units.length} units`;
      case "skillTest":
        return `Skill test: ${skillTestName(x.test, l)}`;
      case "languageTest":
        return `Language test ${testName(x.test, l)}, at least ${x.minimum}`;
      case "medicalCheck":
        return x.renewal ? "Medical check again" : "Medical and psychological check";
      case "pregnancyTest":
        return "Laboratory pregnancy test";
      case "document":
        return `${x.renewal ? "Renew" : "Obtain"} ${documentName(x.document, l)}`;
      case "orientation":
        return "Pre-departure orientation (OPP)";
      case "maritalStatus":
        return "Record the marital status (the plan assumes single)";
      case "application":
        return "Apply again once the age limit is reached";
    }
  },
  window: (d) => `at the latest ${d}`,
  after: (ids) => `after ${ids}`,
};

const TEXTS: Readonly<Record<string, PathwayText>> = { id: ID, en: EN };

/** The texts for a locale: its tag, else a fallback's; Indonesian otherwise. */
function textsOf(l: Locale): PathwayText {
  for (const x of localeChain(l)) {
    const t = own(TEXTS, x.tag);
    if (t !== undefined) return t;
  }
  return ID;
}

/**
 * One step of a plan as a sentence in a locale (what to do, not when: the step's `plannedOn`
 * says when). Never throws.
 *
 * @example
 * ```ts
 * formatStep(plan.steps[0], "id"); // "Pelatihan Juru las 1 SMAW: 25 hari pelatihan (200 JP), mulai 2027-01-04 (gelombang)"
 * ```
 */
export function formatStep(step: PathwayStep, locale: Locale | LocaleTag): string {
  const l = resolveLocale(locale);
  return typeof step?.subject?.type === "string" ? textsOf(l).step(step, l) : String(step?.id);
}

/**
 * A pathway as a dated list a counsellor can read aloud: the headline (the earliest placement
 * day and what sets it), then each step on its day (a span for steps that take several days),
 * with the last day it may slip to when a validity window binds it; for an ineligible or
 * impossible pathway, the reasons. Names no person. Never throws.
 *
 * @example
 * ```ts
 * explainPathway(planPathway(c, { asOf, target: "JP-SSW-CAREGIVING" })._unsafeUnwrap(), "id");
 * // ["RENCANA untuk JP-SSW-CAREGIVING (penempatan) per 2026-12-01: paling cepat ditempatkan 2027-03-01 (…).",
 * //  "1. 2026-12-01 – 2027-01-14  Pelatihan …", …]
 * ```
 */
export function explainPathway(p: Pathway, locale: Locale | LocaleTag): string[] {
  const l = resolveLocale(locale);
  const t = textsOf(l);
  const gate = lookup(l, (x) => x.text?.gate?.[p?.gate]) ?? String(p?.gate);
  const target = String(p?.target);
  const asOf = String(p?.asOf);
  const steps = Array.isArray(p?.steps) ? p.steps : [];
  if (p?.status !== "planned") {
    const head = p?.status === "ineligible" ? t.ineligible({ target, asOf }) : t.impossible({ target, asOf });
    return [head, ...(Array.isArray(p?.reasons) ? p.reasons : []).map((r) => `- ${formatReason(r, l)}`)];
  }
  const last = p.binding?.step === undefined ? undefined : steps.find((s) => s.id === p.binding?.step);
  const why = p.binding === undefined ? "" : t.binding(p.binding, last === undefined ? undefined : t.step(last, l));
  const departs = p.earliestDeparture !== undefined;
  const lines = [t.planned({ target, gate, asOf, day: String(p.earliestPlacement), why: departs ? "" : why })];
  if (departs) lines.push(t.departure(String(p.earliestDeparture), why));
  steps.forEach((s, i) => {
    const start = s.subject.type === "training" ? s.subject.startsOn : undefined;
    const when = start !== undefined && start !== s.plannedOn ? `${start} – ${s.plannedOn}` : s.plannedOn;
    const notes = s.notAfter === undefined ? "" : ` (${t.window(s.notAfter)})`;
    lines.push(`${i + 1}. ${when}  ${t.step(s, l)}${notes}`);
  });
  return lines;
}
