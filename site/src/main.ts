/**
 * The page: a header with the language switch and the shared settings (target, gate, as-of
 * day), then the three views. Everything runs here; nothing is sent anywhere.
 */
import { type CalendarDate, calendarDate, LOCALES, listTargets } from "sentra-vokasi";
import { renderCandidate } from "./candidate-view.ts";
import { renderCohort } from "./cohort-view.ts";
import { byId, field, fill, h, option } from "./dom.ts";
import { renderPolicy } from "./policy-view.ts";
import { onChange, type SettingKey, type Settings, settings, update } from "./state.ts";
import { LANGS, type Lang, TEXT } from "./text.ts";

const ALL: ReadonlySet<SettingKey> = new Set<SettingKey>(["target", "gate", "asOf", "lang"]);

function header(s: Settings): HTMLElement {
  const t = TEXT[s.lang];
  const lang = h(
    "select",
    { id: "locale-switch", "data-testid": "locale-switch", name: "lang" },
    LANGS.map((l) => option(l, TEXT[l].languageName, l === s.lang)),
  );
  lang.addEventListener("change", () => update({ lang: lang.value as Lang }));
  const target = h(
    "select",
    { id: "target-select", "data-testid": "target-select", name: "target" },
    listTargets().map((x) => option(x.id, `${x.id} — ${x.title[s.lang] ?? x.title.id}`, x.id === s.target)),
  );
  target.addEventListener("change", () => update({ target: target.value }));
  const gate = h(
    "select",
    { id: "gate-select", "data-testid": "gate-select", name: "gate" },
    (["placement", "departure"] as const).map((g) => option(g, LOCALES[s.lang].text.gate[g], g === s.gate)),
  );
  gate.addEventListener("change", () => update({ gate: gate.value === "departure" ? "departure" : "placement" }));
  const asOf = h("input", {
    type: "date",
    id: "as-of-input",
    "data-testid": "as-of-input",
    name: "asOf",
    required: true,
    min: "1900-01-01",
    max: "9999-12-31",
  });
  asOf.value = s.asOf;
  const onDay = () => {
    const d = calendarDate(asOf.value);
    if (d.isOk()) update({ asOf: d.value as CalendarDate });
  };
  asOf.addEventListener("change", onDay);
  asOf.addEventListener("input", onDay);
  return h(
    "header",
    { className: "top" },
    h("div", { className: "brand" }, h("h1", {}, t.title), h("div", { className: "lang" }, field(t.language, lang))),
    h("p", { className: "subtitle" }, t.subtitle),
    h(
      "form",
      { className: "settings", "aria-label": t.settings, onsubmit: (e: Event) => e.preventDefault() },
      field(t.target, target),
      field(t.gate, gate),
      field(t.asOf, asOf, t.asOfHint),
    ),
    h(
      "nav",
      { "aria-label": t.nav },
      h(
        "ul",
        {},
        h("li", {}, h("a", { href: "#cohort" }, t.cohortNav)),
        h("li", {}, h("a", { href: "#candidate" }, t.candidateNav)),
        h("li", {}, h("a", { href: "#policy" }, t.policyNav)),
      ),
    ),
  );
}

function shell(s: Settings): void {
  const t = TEXT[s.lang];
  document.documentElement.lang = s.lang;
  document.title = t.title;
  const app = byId("app");
  const existing = document.getElementById("main");
  if (existing === null) {
    fill(
      app,
      h("a", { className: "skip", href: "#main" }, t.skip),
      h("div", { id: "header" }),
      h(
        "main",
        { id: "main", tabindex: "-1" },
        h("section", { id: "cohort", "aria-labelledby": "cohort-title", className: "view" }),
        h("section", { id: "candidate", "aria-labelledby": "candidate-title", className: "view" }),
        h("section", { id: "policy", "aria-labelledby": "policy-title", className: "view" }),
      ),
      h("footer", { id: "footer" }),
    );
  }
  const skip = app.querySelector("a.skip");
  if (skip !== null) skip.textContent = t.skip;
  byId("header").replaceChildren(header(s));
  fill(byId("footer"), h("p", {}, t.footer));
}

function render(s: Settings, changed: ReadonlySet<SettingKey>): void {
  const active = document.activeElement?.id;
  if (changed.has("lang")) shell(s);
  else {
    // Keep the controls in step with a change made elsewhere (a day picked in the policy explorer).
    const asOf = document.getElementById("as-of-input") as HTMLInputElement | null;
    if (asOf !== null && asOf.value !== s.asOf) asOf.value = s.asOf;
    const target = document.getElementById("target-select") as HTMLSelectElement | null;
    if (target !== null && target.value !== s.target) target.value = s.target;
  }
  renderCohort(byId("cohort"), s, changed);
  renderCandidate(byId("candidate"), s, changed);
  renderPolicy(byId("policy"), s);
  // Keep the keyboard where it was when a part is rebuilt (the language switch rebuilds them all).
  if (active !== undefined && active !== "" && document.activeElement?.id !== active) {
    document.getElementById(active)?.focus();
  }
}

onChange(render);
shell(settings());
render(settings(), ALL);

if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch(() => {
      // Offline support is a convenience: the page works without it.
    });
  });
}
