/**
 * Cohort readiness: drop or pick a file, see the counts, the charts, the gaps, the earliest
 * placement months, every record with its explanation and plan, and the invalid records and
 * data-quality findings by line. The file is read in this page (or its Web Worker), never sent.
 */
import { explainPathway, explainReadiness, formatGap, formatStep, maskName, maskNik } from "sentra-vokasi";
import { CLI_TEXT } from "../../src/cli/messages.ts";
import { aspectLabel, findingName, findingText, problemText } from "../../src/cli/output.ts";
import type { AssessRow } from "../../src/report/assess.ts";
import { gapChart, monthChart, scoreChart, statusChart, type VegaSpec } from "../../src/report/charts.ts";
import { type Drawn, drawChart } from "./charts.ts";
import type { CohortProgress, CohortResult } from "./cohort/process.ts";
import { isFailure } from "./cohort/process.ts";
import { type Run, startCohort } from "./cohort/run.ts";
import { checkbox, field, fill, h, option } from "./dom.ts";
import { gateName, statusName } from "./format.ts";
import { onChange, type Settings, settings } from "./state.ts";
import { type Lang, TEXT } from "./text.ts";

/** Rows the table keeps; the counts and charts cover every record. */
const KEEP = 5000;
const PAGE = 100;

let file: File | undefined;
let run: Run | undefined;
let result: CohortResult | undefined;
let failure: { code: string; params: Readonly<Record<string, string | number>> } | { message: string } | undefined;
let progress: { p: CohortProgress; inWorker: boolean } | undefined;
let reveal = false;
let dayFirst = false;
let statusFilter = "all";
let shown = PAGE;
let drawn: Drawn[] = [];
let chartRun = 0;

/** The parts of the section that stay while results change. */
let els:
  | {
      root: HTMLElement;
      input: HTMLInputElement;
      zone: HTMLElement;
      status: HTMLElement;
      bar: HTMLProgressElement;
      results: HTMLElement;
    }
  | undefined;

function lineId(lang: Lang, line: number, id: string | undefined): string {
  return `${CLI_TEXT[lang].line(line)}${id === undefined ? "" : ` (id ${JSON.stringify(id.slice(0, 64))})`}`;
}

function start(): void {
  run?.cancel();
  run = undefined;
  result = undefined;
  failure = undefined;
  shown = PAGE;
  if (file === undefined) {
    renderResults();
    return;
  }
  const s = settings();
  const job = { file, target: s.target, gate: s.gate, asOf: s.asOf, dayFirst, keep: KEEP };
  const onProgress = (p: CohortProgress) => {
    progress = { p, inWorker: current?.inWorker === true };
    renderProgress();
  };
  const current: Run = startCohort(job, onProgress);
  run = current;
  progress = { p: { bytes: 0, size: file.size, records: 0 }, inWorker: current.inWorker };
  renderProgress();
  renderResults();
  current.result.then(
    (r) => {
      if (run !== current) return;
      run = undefined;
      result = r;
      renderProgress();
      renderResults();
    },
    (e: unknown) => {
      if (run !== current) return;
      run = undefined;
      failure = isFailure(e) ? e : { message: e instanceof Error ? e.message : String(e) };
      renderProgress();
      renderResults();
    },
  );
}

function renderProgress(): void {
  if (els === undefined) return;
  const t = TEXT[settings().lang];
  const { status, bar } = els;
  if (run !== undefined && progress !== undefined && file !== undefined) {
    const percent = progress.p.size === 0 ? 100 : Math.min(100, Math.round((progress.p.bytes / progress.p.size) * 100));
    bar.hidden = false;
    bar.max = 100;
    bar.value = percent;
    bar.setAttribute("aria-valuetext", `${percent}%`);
    fill(
      status,
      `${t.reading(file.name)} ${t.progress(progress.p.records, percent)}`,
      progress.inWorker ? ` ${t.inWorker}` : "",
    );
  } else {
    bar.hidden = true;
    fill(status, "");
  }
}

function count(testid: string, label: string, value: number): HTMLElement[] {
  return [h("dt", {}, label), h("dd", { "data-testid": testid }, String(value))];
}

function chartBox(testid: string, title: string, spec: VegaSpec, table: HTMLElement, lang: Lang): HTMLElement {
  const box = h("div", { className: "chart", "data-testid": testid });
  const fig = h(
    "figure",
    { className: "chart-figure" },
    box,
    h("figcaption", {}, h("details", {}, h("summary", {}, `${TEXT[lang].chartData}: ${title}`), table)),
  );
  const mine = chartRun;
  box.append(h("p", { className: "hint" }, TEXT[lang].chartLoading));
  drawChart(box, spec, title).then(
    (view) => {
      if (mine !== chartRun) {
        view.finalize();
        return;
      }
      box.querySelector(".hint")?.remove();
      drawn.push(view);
    },
    (e: unknown) => {
      if (mine !== chartRun) return;
      fill(
        box,
        h("p", { className: "error" }, `${TEXT[lang].chartFailed} ${e instanceof Error ? e.message : String(e)}`),
      );
    },
  );
  return fig;
}

function dataTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLTableElement {
  return h(
    "table",
    {},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        head.map((x) => h("th", { scope: "col" }, x)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, String(c)) : h("td", {}, String(c)))),
        ),
      ),
    ),
  );
}

function nextStep(row: AssessRow, lang: Lang): string {
  if (row.problems !== undefined) return row.problems.map((p) => problemText(p, lang)).join(" ");
  if (row.readiness?.status === "ready") return "";
  const first = row.pathway?.status === "planned" ? row.pathway.steps[0] : undefined;
  if (first !== undefined) return `${first.plannedOn}: ${formatStep(first, lang)}`;
  const g = row.readiness?.gaps[0];
  return g === undefined ? "" : formatGap(g, lang);
}

function explanation(row: AssessRow, lang: Lang): HTMLElement {
  const t = TEXT[lang];
  const d = h("details", { className: "explain" }, h("summary", {}, t.explain));
  d.addEventListener("toggle", () => {
    if (!d.open || d.childElementCount > 1) return;
    const parts: HTMLElement[] = [];
    if (row.problems !== undefined) {
      parts.push(
        h(
          "ul",
          { className: "lines" },
          row.problems.map((p) => h("li", {}, problemText(p, lang))),
        ),
      );
    }
    if (row.readiness !== undefined) {
      parts.push(
        h(
          "ul",
          { className: "lines" },
          explainReadiness(row.readiness, lang).map((l) => h("li", {}, l)),
        ),
      );
      parts.push(h("p", { className: "sub" }, t.plan));
      parts.push(
        row.pathway === undefined
          ? h("p", {}, t.noPlan)
          : h(
              "ul",
              { className: "lines" },
              explainPathway(row.pathway, lang).map((l) => h("li", {}, l)),
            ),
      );
    }
    if (row.audit.length > 0) {
      parts.push(h("p", { className: "sub" }, t.findingsOne));
      parts.push(
        h(
          "ul",
          { className: "lines" },
          row.audit.map((f) => h("li", {}, findingText(f, lang))),
        ),
      );
    }
    d.append(...parts);
  });
  return d;
}

function table(r: CohortResult, lang: Lang): HTMLElement {
  const t = TEXT[lang];
  const filtered = r.rows.filter(
    (row) => statusFilter === "all" || (row.readiness?.status ?? "invalid") === statusFilter,
  );
  const visible = filtered.slice(0, shown);
  const revealBox = h("input", { "data-testid": "reveal-toggle" });
  revealBox.checked = reveal;
  revealBox.addEventListener("change", () => {
    reveal = revealBox.checked;
    rerenderTable();
  });
  const filter = h(
    "select",
    { "data-testid": "status-filter" },
    ["all", "ready", "not_ready", "ineligible", "invalid"].map((s) =>
      option(s, s === "all" ? t.all : statusName(s, lang), s === statusFilter),
    ),
  );
  filter.addEventListener("change", () => {
    statusFilter = filter.value;
    shown = PAGE;
    rerenderTable();
  });
  const more =
    filtered.length > visible.length
      ? h(
          "button",
          {
            type: "button",
            onclick: () => {
              shown += PAGE;
              rerenderTable();
            },
          },
          t.showMore,
        )
      : null;
  return h(
    "div",
    { className: "cohort-table", id: "cohort-table" },
    h("div", { className: "controls" }, checkbox(t.reveal, revealBox), field(t.statusFilter, filter)),
    h("p", { className: "hint" }, t.revealHint),
    h(
      "div",
      { className: "scroll", tabindex: "0", role: "region", "aria-label": t.tableTitle },
      h(
        "table",
        { className: "rows", "data-testid": "cohort-table" },
        h("caption", { className: "visually-hidden" }, t.tableTitle),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            [t.line, t.id, t.nik, t.name, t.status, t.score, t.earliest, t.validUntil, t.nextStep, t.explain].map((x) =>
              h("th", { scope: "col" }, x),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          visible.map((row) => {
            const c = row.candidate;
            const status = row.readiness?.status ?? "invalid";
            return h(
              "tr",
              { "data-testid": "cohort-row", "data-line": row.line, "data-status": status },
              h("td", { className: "nowrap" }, String(row.line)),
              h("td", { className: "nowrap" }, row.id ?? "-"),
              h(
                "td",
                { "data-testid": "row-nik", className: "mono nowrap" },
                c === undefined ? "-" : reveal ? c.nik : maskNik(c.nik),
              ),
              h(
                "td",
                { "data-testid": "row-name" },
                c === undefined ? "-" : reveal ? c.fullName : maskName(c.fullName),
              ),
              h("td", {}, h("span", { className: `pill ${status}` }, statusName(status, lang))),
              h("td", { className: "num" }, row.readiness === undefined ? "" : String(row.readiness.score)),
              h(
                "td",
                { className: "nowrap" },
                row.readiness?.status === "ready" ? "-" : (row.pathway?.earliestPlacement ?? "-"),
              ),
              h("td", { className: "nowrap" }, row.readiness?.validUntil ?? "-"),
              h("td", { className: "next" }, nextStep(row, lang)),
              h("td", {}, explanation(row, lang)),
            );
          }),
        ),
      ),
    ),
    h(
      "p",
      { className: "hint" },
      t.showing(visible.length, filtered.length),
      r.rows.length >= KEEP ? ` ${t.kept(KEEP)}` : "",
    ),
    more,
  );
}

function rerenderTable(): void {
  const old = document.getElementById("cohort-table");
  if (old === null || result === undefined) return;
  const active = document.activeElement?.getAttribute("data-testid");
  const next = table(result, settings().lang);
  old.replaceWith(next);
  if (active !== null && active !== undefined)
    (next.querySelector(`[data-testid="${active}"]`) as HTMLElement | null)?.focus();
}

function renderResults(): void {
  if (els === undefined) return;
  for (const v of drawn) v.finalize();
  drawn = [];
  chartRun++;
  const s = settings();
  const lang = s.lang;
  const t = TEXT[lang];
  const cli = CLI_TEXT[lang];
  if (failure !== undefined) {
    fill(
      els.results,
      h(
        "div",
        { className: "error", role: "alert", "data-testid": "cohort-error" },
        h("p", {}, t.fatal),
        h(
          "p",
          {},
          "code" in failure
            ? (cli.input[failure.code as keyof typeof cli.input]?.(failure.params) ?? failure.code)
            : failure.message,
        ),
      ),
    );
    return;
  }
  if (result === undefined) {
    fill(els.results);
    return;
  }
  const r = result;
  const report = r.reports[lang];
  const b = report.byStatus;
  const months = Object.entries(report.earliestPlacementMonths);
  const audit = Object.entries(report.audit).sort((a, z) => z[1] - a[1] || (a[0] < z[0] ? -1 : 1));
  const statusRows: [string, number][] = [
    [statusName("ready", lang), b.ready],
    [statusName("not_ready", lang), b.not_ready],
    [statusName("ineligible", lang), b.ineligible],
    [t.invalid, report.invalid],
  ];
  fill(
    els.results,
    h(
      "p",
      {
        className: "done",
        role: "status",
        "data-testid": "cohort-done",
        "data-target": r.target,
        "data-gate": r.gate,
        "data-as-of": r.asOf,
        "data-records": report.records,
      },
      t.done(report.records, r.fileName),
      ` ${r.target} · ${gateName(r.gate, lang)} · ${r.asOf}`,
    ),
    // The summary as `sentra-vokasi summary --format json` prints it (counts and labels, no personal data).
    h("script", { type: "application/json", "data-testid": "cohort-report-json" }, JSON.stringify(report)),
    r.notices.length === 0
      ? null
      : h(
          "p",
          { className: "hint", "data-testid": "cohort-notices" },
          `${t.notice}: ${r.notices.map((n) => cli.notice(n)).join(" ")}`,
        ),
    h("h3", {}, t.counts),
    h(
      "dl",
      { className: "counts", "data-testid": "cohort-counts" },
      count("summary-total", t.records, report.records),
      count("summary-assessed", t.assessed, b.total),
      count("summary-ready", statusName("ready", lang), b.ready),
      count("summary-not-ready", statusName("not_ready", lang), b.not_ready),
      count("summary-ineligible", statusName("ineligible", lang), b.ineligible),
      count("summary-invalid", t.invalid, report.invalid),
      b.unassessed > 0 ? count("summary-unassessed", t.unassessed, b.unassessed) : null,
    ),
    h("p", {}, t.meanScore(report.meanScore, report.scored)),
    h(
      "div",
      { className: "charts" },
      chartBox(
        "chart-status",
        t.chartStatus,
        statusChart(report, lang),
        dataTable([t.status, t.candidates], statusRows),
        lang,
      ),
      chartBox(
        "chart-score",
        t.chartScore,
        scoreChart(report, lang),
        dataTable(
          [t.score, t.candidates],
          report.scoreDeciles.map((n, i) => [`${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, n]),
        ),
        lang,
      ),
    ),
    h("h3", {}, t.gapsTitle),
    report.gapsByText.length === 0
      ? h("p", {}, t.none)
      : [
          h(
            "div",
            { className: "charts" },
            chartBox(
              "chart-gaps",
              t.chartGaps,
              gapChart(report, lang),
              dataTable(
                [t.gap, t.candidates],
                report.gapsByText.map((g) => [`${aspectLabel(g.component, lang)}: ${g.label}`, g.count]),
              ),
              lang,
            ),
          ),
          h(
            "table",
            { className: "gaps", "data-testid": "cohort-gaps" },
            h("caption", { className: "visually-hidden" }, t.gapsTitle),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t.component),
                h("th", { scope: "col" }, t.gap),
                h("th", { scope: "col" }, t.candidates),
              ),
            ),
            h(
              "tbody",
              {},
              report.gapsByText.map((g) =>
                h(
                  "tr",
                  {},
                  h("td", {}, aspectLabel(g.component, lang)),
                  h("td", {}, g.label),
                  h("td", { className: "num" }, String(g.count)),
                ),
              ),
            ),
          ),
        ],
    h("h3", {}, t.monthsTitle),
    h("p", { "data-testid": "cohort-pathways" }, t.pathways(report.pathways)),
    months.length === 0
      ? h("p", {}, t.none)
      : h(
          "div",
          { className: "charts" },
          chartBox(
            "chart-months",
            t.chartMonths,
            monthChart(report, lang),
            dataTable([t.month, t.candidates], months),
            lang,
          ),
        ),
    h("h3", {}, t.auditTitle),
    audit.length === 0
      ? h("p", {}, t.none)
      : h(
          "ul",
          { "data-testid": "cohort-audit" },
          audit.map(([code, n]) => h("li", { "data-code": code }, `${n} × ${findingName(code, lang)}`)),
        ),
    h("h3", {}, t.tableTitle),
    table(r, lang),
    h("h3", {}, t.invalidTitle),
    r.invalid.length === 0
      ? h("p", {}, t.none)
      : h(
          "ul",
          { className: "by-line", "data-testid": "invalid-list" },
          r.invalid.map((e) =>
            h(
              "li",
              { "data-line": e.line },
              `${lineId(lang, e.line, e.id)}: ${cli.invalid}: ${(e.problems ?? []).map((p) => problemText(p, lang)).join(" ")}`,
            ),
          ),
          r.invalidMore > 0 ? h("li", {}, `… +${r.invalidMore}`) : null,
        ),
    h("h3", {}, t.findingsTitle),
    r.findings.length === 0
      ? h("p", {}, t.none)
      : h(
          "ul",
          { className: "by-line", "data-testid": "findings-list" },
          r.findings.flatMap((e) =>
            (e.audit ?? []).map((f) =>
              h(
                "li",
                { "data-line": e.line, "data-code": f.code },
                `${lineId(lang, e.line, e.id)}: ${cli.finding}: ${findingText(f, lang)}`,
              ),
            ),
          ),
          r.findingsMore > 0 ? h("li", {}, `… +${r.findingsMore}`) : null,
        ),
  );
}

function take(files: FileList | null | undefined): void {
  const f = files?.[0];
  if (f === undefined) return;
  file = f;
  start();
}

function build(root: HTMLElement, lang: Lang): void {
  const t = TEXT[lang];
  const input = h("input", {
    type: "file",
    id: "cohort-file",
    "data-testid": "cohort-file",
    accept: ".csv,.tsv,.txt,.json,.jsonl,.ndjson,.xlsx,.xlsm,text/csv,application/json",
  });
  input.addEventListener("change", () => take(input.files));
  const dayFirstBox = h("input", { id: "cohort-day-first", "data-testid": "day-first" });
  dayFirstBox.checked = dayFirst;
  dayFirstBox.addEventListener("change", () => {
    dayFirst = dayFirstBox.checked;
    if (file !== undefined) start();
  });
  const zone = h(
    "div",
    { className: "dropzone", "data-testid": "cohort-drop" },
    h("label", { for: "cohort-file", className: "big" }, t.file),
    h("p", { id: "cohort-file-hint" }, t.drop),
    input,
    file === undefined ? null : h("p", { className: "hint" }, file.name),
  );
  input.setAttribute("aria-describedby", "cohort-file-hint cohort-privacy");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    take(e.dataTransfer?.files);
  });
  const status = h("p", {
    className: "progress-text",
    role: "status",
    "aria-live": "polite",
    "data-testid": "cohort-progress",
  });
  const bar = h("progress", { max: "100", value: "0", "aria-label": t.file });
  bar.hidden = true;
  const results = h("div", { className: "results", "data-testid": "cohort-results" });
  fill(
    root,
    h("h2", { id: "cohort-title" }, t.cohortTitle),
    h("p", {}, t.cohortIntro),
    h("p", { className: "privacy", id: "cohort-privacy", "data-testid": "privacy-note" }, t.privacy),
    zone,
    checkbox(t.dayFirst, dayFirstBox),
    bar,
    status,
    results,
  );
  els = { root, input, zone, status, bar, results };
}

export function renderCohort(root: HTMLElement, s: Settings, changed: ReadonlySet<string>): void {
  if (els === undefined || changed.has("lang")) build(root, s.lang);
  if (changed.has("target") || changed.has("gate") || changed.has("asOf")) {
    if (file !== undefined) start();
  }
  renderProgress();
  renderResults();
}

/** Drops the "done" mark the moment a setting changes, before anything is recomputed. */
onChange(
  (_s, changed) => {
    if (!changed.has("target") && !changed.has("gate") && !changed.has("asOf")) return;
    document.querySelector('[data-testid="cohort-done"]')?.remove();
  },
  { early: true },
);
