/**
 * `sentra-vokasi report`: one self-contained HTML file an officer can email, with the cohort's
 * counts, its charts (the web page's Vega specifications, rendered to SVG here, inline), what
 * it misses, and every invalid record and finding by line. No script, no network, no personal
 * data beyond the masked forms.
 */
import type { LocaleTag as Locale } from "../core/codes.js";
import { gapChart, monthChart, scoreChart, statusChart, type VegaSpec } from "../report/charts.js";
import type { CohortReport } from "../report/summary.js";
import { summaryText } from "../report/summary.js";

/** Renders a Vega specification to SVG text, in Node, without a browser. */
export async function renderSvg(spec: VegaSpec): Promise<string> {
  const vega = await import("vega");
  const view = new vega.View(vega.parse(spec as never), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TEXT = {
  id: {
    title: "Laporan kesiapan",
    generated: "Dibuat oleh sentra-vokasi tanpa koneksi internet; NIK dan nama tidak dimuat.",
    total: "Data peserta",
    ready: "Siap",
    notReady: "Belum siap",
    ineligible: "Tidak layak",
    invalid: "Tidak sah",
    summary: "Ringkasan",
    problems: "Data tidak sah dan temuan, per baris",
    none: "Tidak ada.",
  },
  en: {
    title: "Readiness report",
    generated: "Made by sentra-vokasi without a network connection; no NIK or name is included.",
    total: "Records",
    ready: "Ready",
    notReady: "Not ready",
    ineligible: "Ineligible",
    invalid: "Invalid",
    summary: "Summary",
    problems: "Invalid records and findings, by line",
    none: "None.",
  },
} as const;

/** The report as one HTML document. `lines` are the invalid-record and finding lines, already masked. */
export async function reportHtml(r: CohortReport, locale: Locale, lines: readonly string[]): Promise<string> {
  const t = TEXT[locale];
  const charts = await Promise.all(
    [
      ["chart-status", statusChart(r, locale)],
      ["chart-score", scoreChart(r, locale)],
      ["chart-gaps", gapChart(r, locale)],
      ["chart-months", monthChart(r, locale)],
    ].map(async ([id, spec]) => {
      const svg = await renderSvg(spec as VegaSpec);
      const label = escapeHtml(String((spec as { description?: string }).description ?? ""));
      return `<figure data-testid="${id}" role="img" aria-label="${label}">${svg}</figure>`;
    }),
  );
  const count = (id: string, label: string, n: number) =>
    `<div class="count"><span class="n" data-testid="${id}">${n}</span><span class="l">${escapeHtml(label)}</span></div>`;
  const title = `${t.title} ${r.target} (${r.gate}) ${r.asOf}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.counts{display:flex;flex-wrap:wrap;gap:1rem}.count{border:1px solid #999;border-radius:6px;padding:.5rem 1rem;min-width:7rem}
.n{display:block;font-size:1.6rem;font-weight:700}.l{color:#333}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}figure{margin:0}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem;border-radius:6px;font-size:.85rem}
.note{color:#333;font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(t.generated)}</p>
<section class="counts" aria-label="${escapeHtml(t.summary)}">
${count("summary-total", t.total, r.records)}
${count("summary-ready", t.ready, r.byStatus.ready)}
${count("summary-not-ready", t.notReady, r.byStatus.not_ready)}
${count("summary-ineligible", t.ineligible, r.byStatus.ineligible)}
${count("summary-invalid", t.invalid, r.invalid)}
</section>
<section class="charts">
${charts.join("\n")}
</section>
<h2>${escapeHtml(t.summary)}</h2>
<pre>${escapeHtml(summaryText(r, locale))}</pre>
<h2>${escapeHtml(t.problems)}</h2>
${lines.length === 0 ? `<p>${escapeHtml(t.none)}</p>` : `<pre>${escapeHtml(lines.join("\n"))}</pre>`}
</main>
</body>
</html>
`;
}
