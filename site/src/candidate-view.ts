/**
 * One candidate: a form for the main fields of a record, with its readiness, explanation and
 * plan, recomputed as the user types.
 */
import {
  assessReadiness,
  auditCandidate,
  CEFR_LEVELS,
  DOCUMENT_KINDS,
  EDUCATION_LEVELS,
  explainPathway,
  explainReadiness,
  formatIssue,
  formatReason,
  JLPT_LEVELS,
  LOCALES,
  listSkillTests,
  listTracks,
  MARITAL_STATUSES,
  parseCandidate,
  planPathway,
} from "sentra-vokasi";
import { checkbox, field, fill, h, option } from "./dom.ts";
import { documentName, skillTestName, statusName, testName } from "./format.ts";
import type { Settings } from "./state.ts";
import { type Lang, TEXT } from "./text.ts";

type Values = Record<string, string | boolean>;

/** A fictional candidate (the README's Dewi Rahmawati) with a few documents and a medical check. */
const EXAMPLE: Values = {
  id: "BTN-2026-0042",
  nik: "3674024103070002",
  fullName: "Dewi Rahmawati",
  sex: "F",
  birthDate: "2007-03-01",
  provinceCode: "36",
  regencyCode: "3674",
  education: "SMK",
  maritalStatus: "SINGLE",
  "doc.KTP.issuedOn": "2025-03-10",
  "doc.KK.issuedOn": "2024-02-10",
  medicalResult: "FIT",
  examinedOn: "2026-10-05",
  colourVision: true,
  languageTest: "JLPT",
  languageValue: "N4",
  takenOn: "2026-07-05",
  trackId: "caregiving-jp",
  trackStartedOn: "2026-08-03",
  trackCompletedOn: "2026-09-18",
  trackHours: "264",
};

/** Documents with an expiry date worth a field of its own. */
const EXPIRING = new Set(["PASSPORT", "VISA"]);

let values: Values = { ...EXAMPLE };

function str(name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

function num(v: string): number | string {
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}

/** The record the form describes, in the JSON shape `parseCandidate` reads. */
export function recordOf(v: Values = values): Record<string, unknown> {
  const saved = values;
  values = v;
  try {
    const out: Record<string, unknown> = {};
    for (const k of ["id", "nik", "fullName", "sex", "birthDate", "education", "maritalStatus"]) {
      const x = str(k);
      if (x !== undefined) out[k] = x;
    }
    const province = str("provinceCode");
    const regency = str("regencyCode");
    if (province !== undefined || regency !== undefined) {
      out.domicile = {
        ...(province === undefined ? {} : { provinceCode: province }),
        ...(regency === undefined ? {} : { regencyCode: regency }),
      };
    }
    const documents: Record<string, unknown>[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const issuedOn = str(`doc.${kind}.issuedOn`);
      const expiresOn = str(`doc.${kind}.expiresOn`);
      if (issuedOn === undefined && expiresOn === undefined) continue;
      documents.push({
        kind,
        ...(issuedOn === undefined ? {} : { issuedOn }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
      });
    }
    if (documents.length > 0) out.documents = documents;
    const result = str("medicalResult");
    const examinedOn = str("examinedOn");
    if (result !== undefined || examinedOn !== undefined) {
      const check: Record<string, unknown> = { scope: "FULL" };
      if (result !== undefined) check.result = result;
      if (examinedOn !== undefined) check.examinedOn = examinedOn;
      if (values.colourVision === true) check.colourVisionNormal = true;
      const pregnancy = str("pregnancyResult");
      const testedOn = str("pregnancyTestedOn");
      if (pregnancy !== undefined || testedOn !== undefined) {
        check.pregnancyTest = {
          ...(pregnancy === undefined ? {} : { result: pregnancy }),
          ...(testedOn === undefined ? {} : { testedOn }),
        };
      }
      out.medicalChecks = [check];
    }
    const test = str("languageTest");
    const value = str("languageValue");
    const takenOn = str("takenOn");
    if (test !== undefined && (value !== undefined || takenOn !== undefined)) {
      const key = test === "JLPT" || test === "CEFR" ? "level" : test === "IELTS" ? "band" : "score";
      const r: Record<string, unknown> = { test };
      if (value !== undefined) r[key] = key === "level" ? value : num(value);
      if (takenOn !== undefined) r.takenOn = takenOn;
      out.languageResults = [r];
    }
    const track = str("trackId");
    if (track !== undefined) {
      const e: Record<string, unknown> = { trackId: track };
      const started = str("trackStartedOn");
      const completed = str("trackCompletedOn");
      const hours = str("trackHours");
      if (started !== undefined) e.startedOn = started;
      if (completed !== undefined) e.completedOn = completed;
      if (hours !== undefined) e.hoursAttended = num(hours);
      out.enrollments = [e];
    }
    const certificates: Record<string, unknown>[] = [];
    const scheme = str("schemeCode");
    const units = str("unitCodes");
    const certIssued = str("certIssuedOn");
    if (scheme !== undefined || units !== undefined || certIssued !== undefined) {
      certificates.push({
        kind: "COMPETENCY",
        ...(scheme === undefined ? {} : { schemeCode: scheme }),
        unitCodes: (units ?? "")
          .split(/[;,]/)
          .map((u) => u.trim())
          .filter((u) => u !== ""),
        issuer: str("issuer") ?? "LSP",
        ...(certIssued === undefined ? {} : { issuedOn: certIssued }),
      });
    }
    const skill = str("skillTest");
    const skillOn = str("skillTestOn");
    if (skill !== undefined && skillOn !== undefined)
      certificates.push({ kind: "SKILL_TEST", test: skill, issuedOn: skillOn });
    if (certificates.length > 0) out.certificates = certificates;
    const orientation = str("orientationOn");
    if (orientation !== undefined) out.orientation = { completedOn: orientation };
    return out;
  } finally {
    values = saved;
  }
}

function input(name: string, type = "text", attrs: Record<string, string> = {}): HTMLInputElement {
  const el = h("input", { type, name, id: `cand-${name.replace(/\W/g, "-")}`, ...attrs });
  const v = values[name];
  if (type === "checkbox") el.checked = v === true;
  else el.value = typeof v === "string" ? v : "";
  return el;
}

function select(name: string, options: readonly (readonly [string, string])[], blank: string): HTMLSelectElement {
  const v = values[name];
  return h(
    "select",
    { name, id: `cand-${name.replace(/\W/g, "-")}` },
    option("", blank, v === undefined || v === ""),
    options.map(([value, label]) => option(value, label, v === value)),
  );
}

let form: HTMLFormElement | undefined;
let output: HTMLElement | undefined;
let last: Settings | undefined;

function renderForm(root: HTMLElement, s: Settings): void {
  const t = TEXT[s.lang];
  const l = LOCALES[s.lang];
  const blank = t.notGiven;
  const docs = DOCUMENT_KINDS.map((kind) =>
    h(
      "div",
      { className: "doc-row" },
      field(`${documentName(kind, s.lang)}: ${t.issuedOn}`, input(`doc.${kind}.issuedOn`, "date")),
      EXPIRING.has(kind)
        ? field(`${documentName(kind, s.lang)}: ${t.expiresOn}`, input(`doc.${kind}.expiresOn`, "date"))
        : null,
    ),
  );
  const tracks = listTracks().map((tr) => [tr.id, `${tr.title[s.lang] ?? tr.title.id} (${tr.id})`] as const);
  const tests = ["JFT_BASIC", "EPS_TOPIK", "TOPIK", "JLPT", "CEFR", "IELTS"].map(
    (x) => [x, testName(x, s.lang)] as const,
  );
  const fillUnits = h(
    "button",
    {
      type: "button",
      onclick: () => {
        const track = listTracks().find((tr) => tr.id === str("trackId"));
        if (track === undefined || form === undefined) return;
        values.unitCodes = track.units.join(";");
        const el = form.elements.namedItem("unitCodes");
        if (el instanceof HTMLInputElement) el.value = values.unitCodes;
        recompute();
      },
    },
    t.fillUnits,
  );
  form = h(
    "form",
    {
      className: "candidate-form",
      "data-testid": "candidate-form",
      novalidate: true,
      onsubmit: (e: Event) => e.preventDefault(),
    },
    h(
      "fieldset",
      {},
      h("legend", {}, t.person),
      h(
        "div",
        { className: "grid" },
        field(t.id, input("id")),
        field(t.nik, input("nik", "text", { inputmode: "numeric", autocomplete: "off", maxlength: "20" })),
        field(t.fullName, input("fullName", "text", { autocomplete: "off" })),
        field(
          t.sex,
          select(
            "sex",
            [
              ["F", l.text.sex.F],
              ["M", l.text.sex.M],
            ],
            blank,
          ),
        ),
        field(t.birthDate, input("birthDate", "date")),
        field(t.provinceCode, input("provinceCode", "text", { inputmode: "numeric", maxlength: "2" })),
        field(t.regencyCode, input("regencyCode", "text", { inputmode: "numeric", maxlength: "4" })),
        field(
          t.education,
          select(
            "education",
            EDUCATION_LEVELS.map((e) => [e, e] as const),
            blank,
          ),
        ),
        field(
          t.maritalStatus,
          select(
            "maritalStatus",
            MARITAL_STATUSES.map((m) => [m, m] as const),
            blank,
          ),
        ),
      ),
    ),
    h("fieldset", {}, h("legend", {}, t.documents), h("div", { className: "grid" }, docs)),
    h(
      "fieldset",
      {},
      h("legend", {}, t.health),
      h(
        "div",
        { className: "grid" },
        field(
          t.medicalResult,
          select(
            "medicalResult",
            [
              ["FIT", "FIT"],
              ["UNFIT", "UNFIT"],
            ],
            blank,
          ),
        ),
        field(t.examinedOn, input("examinedOn", "date")),
        checkbox(t.colourVision, input("colourVision", "checkbox")),
        field(
          t.pregnancyResult,
          select(
            "pregnancyResult",
            [
              ["NEGATIVE", "NEGATIVE"],
              ["POSITIVE", "POSITIVE"],
            ],
            blank,
          ),
        ),
        field(t.testedOn, input("pregnancyTestedOn", "date")),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t.languageTest),
      h(
        "div",
        { className: "grid" },
        field(t.test, select("languageTest", tests, blank)),
        field(t.result, input("languageValue", "text", { list: "cand-levels" })),
        h(
          "datalist",
          { id: "cand-levels" },
          [...JLPT_LEVELS, ...CEFR_LEVELS].map((x) => h("option", { value: x })),
        ),
        field(t.takenOn, input("takenOn", "date")),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t.training),
      h(
        "div",
        { className: "grid" },
        field(t.track, select("trackId", tracks, blank)),
        field(t.startedOn, input("trackStartedOn", "date")),
        field(t.completedOn, input("trackCompletedOn", "date")),
        field(t.hoursAttended, input("trackHours", "number", { min: "0", step: "1" })),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t.competency),
      h(
        "div",
        { className: "grid" },
        field(t.schemeCode, input("schemeCode")),
        h("div", { className: "field wide" }, field(t.unitCodes, input("unitCodes")), fillUnits),
        field(t.issuer, input("issuer")),
        field(t.issuedOn, input("certIssuedOn", "date")),
        field(
          t.skillTest,
          select(
            "skillTest",
            listSkillTests().map((x) => [x.id, skillTestName(x.id, s.lang)] as const),
            blank,
          ),
        ),
        field(`${t.skillTest}: ${t.issuedOn}`, input("skillTestOn", "date")),
        field(t.orientation, input("orientationOn", "date")),
      ),
    ),
    h(
      "div",
      { className: "buttons" },
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            values = {};
            rebuild();
          },
        },
        t.reset,
      ),
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            values = { ...EXAMPLE };
            rebuild();
          },
        },
        t.example,
      ),
    ),
  );
  const onEdit = (e: Event) => {
    const el = e.target;
    if (el instanceof HTMLInputElement) values[el.name] = el.type === "checkbox" ? el.checked : el.value;
    else if (el instanceof HTMLSelectElement) values[el.name] = el.value;
    else return;
    recompute();
  };
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  output = h("div", { className: "candidate-result", "data-testid": "candidate-result" });
  fill(
    root,
    h("h2", { id: "candidate-title" }, t.candidateTitle),
    h("p", {}, t.candidateIntro),
    h("div", { className: "candidate" }, form, output),
  );
}

function rebuild(): void {
  const root = document.getElementById("candidate");
  if (root === null || last === undefined) return;
  renderForm(root, last);
  recompute();
}

function recompute(): void {
  if (output === undefined || last === undefined) return;
  const s = last;
  const t = TEXT[s.lang];
  const parsed = parseCandidate(recordOf());
  if (parsed.isErr()) {
    fill(
      output,
      h("h3", {}, t.readiness),
      h("p", { className: "status invalid", "data-testid": "candidate-status", role: "status" }, t.parseIssues),
      h(
        "ul",
        { className: "issues" },
        parsed.error.issues.map((i) =>
          h("li", {}, h("code", {}, i.path.join(".") || "record"), `: ${formatIssue(i, s.lang)}`),
        ),
      ),
    );
    return;
  }
  const options = { asOf: s.asOf, target: s.target, gate: s.gate };
  const readiness = assessReadiness(parsed.value, options);
  const plan = planPathway(parsed.value, options);
  const findings = auditCandidate(parsed.value, { asOf: s.asOf });
  const lines = explainReadiness(readiness, s.lang);
  fill(
    output,
    h("h3", {}, t.readiness),
    h(
      "p",
      {
        className: `status ${readiness.status}`,
        "data-testid": "candidate-status",
        "data-status": readiness.status,
        role: "status",
      },
      `${statusName(readiness.status, s.lang)} · ${t.score} ${readiness.score}`,
    ),
    h(
      "ul",
      { className: "lines", "data-testid": "candidate-explanation" },
      lines.map((line) => h("li", {}, line)),
    ),
    h("h3", {}, t.plan),
    plan.isOk()
      ? h(
          "ul",
          { className: "lines", "data-testid": "candidate-plan" },
          explainPathway(plan.value, s.lang).map((line) => h("li", {}, line)),
        )
      : h("p", {}, t.noPlan),
    findings.length === 0
      ? null
      : [
          h("h3", {}, t.findingsOne),
          h(
            "ul",
            {},
            findings.map((f) => h("li", {}, formatReason(f, s.lang))),
          ),
        ],
  );
}

export function renderCandidate(root: HTMLElement, s: Settings, changed: ReadonlySet<string>): void {
  last = s;
  if (form === undefined || changed.has("lang")) renderForm(root, s);
  recompute();
}

export type { Lang };
