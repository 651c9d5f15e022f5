/**
 * The policy explorer: every target with its profile and its requirements on the as-of day,
 * every figure with its dated versions, citation and confirmed flag, the national rules, the
 * training tracks, and the days on which something changes.
 */
import {
  type CalendarDate,
  DEFAULT_POLICY,
  listStandards,
  listTargets,
  listTracks,
  type Parameter,
  type ParameterVersion,
  targetRequirements,
} from "sentra-vokasi";
import { fill, h } from "./dom.ts";
import {
  checklistLines,
  citationOf,
  countryName,
  fromText,
  kindLabel,
  parameterValue,
  requirementValue,
} from "./format.ts";
import { type Settings, update } from "./state.ts";
import { type Lang, TEXT } from "./text.ts";

/** The version that applies on `day`: the last one listed that covers it. */
function applying(versions: readonly ParameterVersion<unknown>[], day: string): number {
  let found = -1;
  versions.forEach((v, i) => {
    if (v.from <= day && (v.until === undefined || day <= v.until)) found = i;
  });
  return found;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + 1);
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

interface Change {
  readonly day: string;
  readonly what: string;
}

/** Every day on which a figure gets a new value, a version ends, or a target is retired. */
function changes(lang: Lang): Change[] {
  const out: Change[] = [];
  const add = (label: string, p: Parameter<unknown> | undefined, show: (v: unknown) => string) => {
    const versions = p?.versions ?? [];
    versions.forEach((v, i) => {
      if (v.from !== "0000-01-01") out.push({ day: v.from, what: `${label}: ${show(v.value)}` });
      if (v.until !== undefined) {
        const after = nextDay(v.until);
        const next = versions.some((w, j) => j !== i && w.from === after);
        if (!next) out.push({ day: after, what: `${label}: ${TEXT[lang].ended} (${show(v.value)})` });
      }
    });
  };
  for (const [name, p] of Object.entries(DEFAULT_POLICY.parameters)) {
    const param = p as Parameter<unknown>;
    add(param.description[lang] ?? name, param, (v) => parameterValue(name, v, lang));
  }
  for (const [id, target] of Object.entries(DEFAULT_POLICY.targets)) {
    for (const [kind, p] of Object.entries(target.requirements)) {
      add(`${id} · ${kindLabel(kind, lang)}`, p, (v) => requirementValue(kind, v, lang));
    }
    if (target.retired !== undefined) {
      out.push({
        day: target.retired.from,
        what: `${id}: ${TEXT[lang].retiredSince(target.retired.from, target.retired.basis)}`,
      });
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

function versionsTable(
  versions: readonly ParameterVersion<unknown>[],
  day: string,
  lang: Lang,
  show: (v: unknown) => string,
  caption: string,
): HTMLTableElement {
  const t = TEXT[lang];
  const current = applying(versions, day);
  return h(
    "table",
    { className: "versions" },
    h("caption", { className: "visually-hidden" }, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t.from),
        h("th", { scope: "col" }, t.until),
        h("th", { scope: "col" }, t.value),
        h("th", { scope: "col" }, t.basis),
        h("th", { scope: "col" }, t.confirmed),
      ),
    ),
    h(
      "tbody",
      {},
      versions.map((v, i) => {
        const c = citationOf(v.basis);
        const state = i === current ? t.inForce : v.from > day ? t.notYet : t.ended;
        return h(
          "tr",
          { className: i === current ? "current" : "", "data-in-force": i === current ? "true" : "false" },
          h("td", {}, fromText(v.from, lang)),
          h("td", {}, v.until ?? t.open),
          h("td", {}, show(v.value), h("span", { className: "state" }, ` (${state})`)),
          h(
            "td",
            {},
            c === undefined
              ? v.basis
              : h(
                  "details",
                  { className: "citation" },
                  h("summary", {}, v.basis),
                  h("p", {}, c.instrument),
                  c.section === undefined ? null : h("p", {}, c.section),
                  c.sources.length === 0 ? null : h("p", {}, `${t.sources}: ${c.sources.join(", ")}`),
                  c.note === undefined ? null : h("p", {}, `${t.note}: ${c.note}`),
                ),
          ),
          h(
            "td",
            {},
            v.confirmed ? h("span", { className: "ok" }, t.yes) : h("strong", { className: "warn" }, t.unconfirmed),
          ),
        );
      }),
    ),
  );
}

function targetItem(id: string, s: Settings): HTMLLIElement {
  const t = TEXT[s.lang];
  const lang = s.lang;
  const entry = DEFAULT_POLICY.targets[id];
  const profile = listTargets().find((x) => x.id === id);
  if (entry === undefined || profile === undefined) return h("li", {}, id);
  const reqs = targetRequirements(id, { asOf: s.asOf });
  const closed = reqs.isOk() && (reqs.value.closed !== undefined || reqs.value.retired !== undefined);
  const lines = reqs.isOk() ? checklistLines(reqs.value, lang) : [];
  const details = h(
    "details",
    { "data-target": id },
    h(
      "summary",
      {},
      h("strong", {}, profile.title[lang] ?? profile.title.id),
      ` · ${id} · ${countryName(profile.destination, lang)}`,
      closed ? h("span", { className: "badge closed" }, ` ${t.openNo}`) : null,
    ),
    h(
      "dl",
      { className: "profile" },
      h("dt", {}, t.destination),
      h("dd", {}, `${countryName(profile.destination, lang)} (${profile.destination})`),
      h("dt", {}, t.scheme),
      h("dd", {}, profile.scheme),
      h("dt", {}, t.occupation),
      h("dd", {}, profile.occupation),
      h("dt", {}, t.employer),
      h("dd", {}, profile.employer === "individual" ? t.employerIndividual : t.employerEntity),
      h("dt", {}, t.tracks),
      h("dd", {}, profile.tracks.join(", ") || t.none),
    ),
    h("h4", {}, t.onDay(s.asOf)),
    reqs.isErr()
      ? h("p", { className: "error" }, `${t.requirementsError} ${reqs.error.code}`)
      : h(
          "dl",
          { className: "checklist" },
          closed ? null : [h("dt", {}, t.openOnDay), h("dd", {}, t.openYes)],
          lines.map((line) => [
            h("dt", { className: line.alert === true ? "alert" : "" }, line.label),
            h("dd", { className: line.alert === true ? "alert" : "" }, line.text),
          ]),
        ),
    h("h4", {}, t.datedFigures),
    Object.entries(entry.requirements).map(([kind, p]) => {
      if (p === undefined) return null;
      const label = kindLabel(kind, lang);
      return h(
        "section",
        { className: "figure" },
        h("h5", {}, `${label} — ${p.description[lang] ?? p.description.id}`),
        versionsTable(p.versions, s.asOf, lang, (v) => requirementValue(kind, v, lang), `${id}: ${label}`),
      );
    }),
    entry.retired === undefined
      ? null
      : h("p", { className: "alert" }, t.retiredSince(entry.retired.from, entry.retired.basis)),
  );
  return h("li", { "data-target": id, "data-open": closed ? "false" : "true" }, details);
}

function tracksSection(lang: Lang): HTMLElement {
  const t = TEXT[lang];
  const units = new Map<string, string>();
  const standards = new Map<string, { source: string; title: string }>();
  for (const std of listStandards()) {
    standards.set(std.code, { source: std.source, title: std.title[lang] ?? std.title.id });
    for (const u of std.units) units.set(u.code, u.title[lang] ?? u.title.id);
  }
  return h(
    "ul",
    { className: "tracks", "data-testid": "policy-track-list" },
    listTracks().map((track) => {
      const std = standards.get(track.standard);
      return h(
        "li",
        { "data-track": track.id },
        h(
          "details",
          {},
          h(
            "summary",
            {},
            h("strong", {}, track.title[lang] ?? track.title.id),
            ` · ${track.id} · ${track.hours.jp} JP`,
            track.hours.confirmed ? null : h("span", { className: "warn" }, ` (${t.unconfirmed})`),
          ),
          h(
            "dl",
            { className: "profile" },
            h("dt", {}, t.sector),
            h("dd", {}, track.sector),
            h("dt", {}, t.standard),
            h(
              "dd",
              {},
              `${track.standard}${std === undefined ? "" : ` — ${std.title}`}`,
              std?.source === "illustrative" ? h("span", { className: "warn" }, ` (${t.illustrative})`) : null,
            ),
            h("dt", {}, t.hours),
            h(
              "dd",
              {},
              `${track.hours.jp} JP — ${track.hours.confirmed ? t.confirmed.toLowerCase() : t.unconfirmed}. ${track.hours.note}`,
              track.hours.sources.length === 0 ? "" : ` (${t.sources}: ${track.hours.sources.join(", ")})`,
            ),
            track.language === undefined
              ? null
              : [
                  h("dt", {}, t.language2),
                  h(
                    "dd",
                    {},
                    `${track.language.language}, ${track.language.targetLevel}${
                      track.language.hours === undefined
                        ? ""
                        : ` — ${track.language.hours.jp} JP${track.language.hours.confirmed ? "" : ` (${t.unconfirmed})`}`
                    }`,
                  ),
                ],
            h("dt", {}, t.entry),
            h(
              "dd",
              {},
              `${t.minEducation}: ${track.entry.minEducation}${track.entry.confirmed ? "" : ` (${t.unconfirmed})`}. ${track.entry.note}`,
            ),
            h("dt", {}, t.targets),
            h("dd", {}, track.targets.join(", ") || t.none),
          ),
          h("h5", {}, `${t.units} (${track.units.length})`),
          h(
            "ul",
            { className: "units" },
            track.units.map((code) => h("li", {}, h("code", {}, code), ` ${units.get(code) ?? ""}`)),
          ),
        ),
      );
    }),
  );
}

/** Targets and tracks the user opened or closed, kept across re-renders. */
const opened = new Map<string, boolean>();
let lastTarget: string | undefined;

export function renderPolicy(root: HTMLElement, s: Settings): void {
  const t = TEXT[s.lang];
  const lang = s.lang;
  const all = changes(lang);
  const days = [...new Set(all.map((c) => c.day))];
  for (const d of root.querySelectorAll<HTMLDetailsElement>("li[data-target] > details, li[data-track] > details")) {
    const key = d.parentElement?.getAttribute("data-target") ?? `track:${d.parentElement?.getAttribute("data-track")}`;
    opened.set(key, d.open);
  }
  // A newly chosen target opens; the one chosen before keeps whatever the user left it as.
  if (s.target !== lastTarget) opened.set(s.target, true);
  lastTarget = s.target;
  const focusedDay = document.activeElement?.closest("#policy")
    ? document.activeElement.getAttribute("data-day")
    : null;
  fill(
    root,
    h("h2", { id: "policy-title" }, t.policyTitle),
    h("p", {}, t.policyIntro(DEFAULT_POLICY.title[lang] ?? DEFAULT_POLICY.title.id)),
    h("h3", {}, t.changesTitle),
    h("p", {}, t.changesIntro),
    h(
      "ol",
      { className: "changes", "data-testid": "policy-changes" },
      days.map((day) =>
        h(
          "li",
          { className: day <= s.asOf ? "past" : "future" },
          h(
            "button",
            {
              type: "button",
              className: "link",
              "aria-label": `${t.asOf}: ${day}`,
              "data-day": day,
              onclick: () => update({ asOf: day as CalendarDate }),
            },
            day,
          ),
          h("span", { className: "state" }, day <= s.asOf ? ` (${t.happened})` : ` (${t.upcoming})`),
          h(
            "ul",
            {},
            all.filter((c) => c.day === day).map((c) => h("li", {}, c.what)),
          ),
        ),
      ),
    ),
    h("h3", {}, t.nationalTitle),
    Object.entries(DEFAULT_POLICY.parameters).map(([name, p]) => {
      const param = p as Parameter<unknown>;
      const i = applying(param.versions, s.asOf);
      const v = i < 0 ? undefined : param.versions[i];
      const desc = param.description[lang] ?? param.description.id;
      return h(
        "section",
        { className: "figure", "data-parameter": name },
        h("h4", {}, desc),
        h(
          "p",
          {},
          h("strong", {}, `${s.asOf}: `),
          v === undefined ? t.noneInForce : parameterValue(name, v.value, lang),
          v !== undefined && !v.confirmed ? h("span", { className: "warn" }, ` (${t.unconfirmed})`) : null,
        ),
        versionsTable(param.versions, s.asOf, lang, (x) => parameterValue(name, x, lang), desc),
      );
    }),
    h("h3", {}, t.targetsTitle),
    h(
      "ul",
      { className: "targets", "data-testid": "policy-target-list" },
      listTargets().map((target) => targetItem(target.id, s)),
    ),
    h("h3", {}, t.tracksTitle),
    tracksSection(lang),
  );
  for (const d of root.querySelectorAll<HTMLDetailsElement>("li[data-target] > details, li[data-track] > details")) {
    const key = d.parentElement?.getAttribute("data-target") ?? `track:${d.parentElement?.getAttribute("data-track")}`;
    const open = opened.get(key);
    if (open !== undefined) d.open = open;
  }
  if (focusedDay !== null && focusedDay !== undefined) {
    root.querySelector<HTMLElement>(`button[data-day="${focusedDay}"]`)?.focus();
  }
}
