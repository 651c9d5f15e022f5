/**
 * The charts of a cohort report as Vega specifications (plain JSON): the same specification is
 * drawn in the browser (`new vega.View(vega.parse(spec), { renderer: "svg", container })`) and
 * rendered to SVG in Node for `sentra-vokasi report` (`view.toSVG()`), so the page and the file
 * an officer emails show the same picture. Texts follow the locale.
 */

import { aspectLabel } from "../cli/output.js";
import type { LocaleTag as Locale } from "../core/codes.js";
import type { CohortReport } from "./summary.js";

/** A Vega specification (JSON). */
export type VegaSpec = Readonly<Record<string, unknown>>;

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly colour?: string;
}

const BLUE = "#1f5f8b";

/** A bar chart: vertical bars, or horizontal ones for long labels. */
function barChart(title: string, description: string, bars: readonly Bar[], horizontal: boolean): VegaSpec {
  const values = bars.map((b, i) => ({ label: b.label, value: b.value, order: i, colour: b.colour ?? BLUE }));
  const band = horizontal ? "y" : "x";
  const linear = horizontal ? "x" : "y";
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    description,
    title: { text: title, anchor: "start", fontSize: 14 },
    width: horizontal ? 360 : Math.max(240, bars.length * 44),
    height: horizontal ? Math.max(80, bars.length * 26) : 180,
    padding: 8,
    autosize: { type: "pad" },
    data: [{ name: "bars", values }],
    scales: [
      {
        name: band,
        type: "band",
        domain: { data: "bars", field: "label", sort: { field: "order", op: "min" } },
        range: horizontal ? "height" : "width",
        padding: 0.15,
      },
      {
        name: linear,
        type: "linear",
        domain: { data: "bars", field: "value" },
        domainMin: 0,
        range: horizontal ? "width" : "height",
        nice: true,
        zero: true,
      },
    ],
    axes: [
      { orient: horizontal ? "left" : "bottom", scale: band, labelLimit: horizontal ? 260 : 90, labelAngle: 0 },
      { orient: horizontal ? "bottom" : "left", scale: linear, tickMinStep: 1, grid: true, gridOpacity: 0.3 },
    ],
    marks: [
      {
        type: "rect",
        from: { data: "bars" },
        encode: {
          enter: horizontal
            ? {
                y: { scale: "y", field: "label" },
                height: { scale: "y", band: 1 },
                x: { scale: "x", value: 0 },
                x2: { scale: "x", field: "value" },
                fill: { field: "colour" },
              }
            : {
                x: { scale: "x", field: "label" },
                width: { scale: "x", band: 1 },
                y: { scale: "y", field: "value" },
                y2: { scale: "y", value: 0 },
                fill: { field: "colour" },
              },
        },
      },
      {
        type: "text",
        from: { data: "bars" },
        encode: {
          enter: horizontal
            ? {
                y: { scale: "y", field: "label", band: 0.5 },
                x: { scale: "x", field: "value", offset: 4 },
                baseline: { value: "middle" },
                text: { field: "value" },
                fill: { value: "#222" },
                fontSize: { value: 11 },
              }
            : {
                x: { scale: "x", field: "label", band: 0.5 },
                y: { scale: "y", field: "value", offset: -4 },
                align: { value: "center" },
                text: { field: "value" },
                fill: { value: "#222" },
                fontSize: { value: 11 },
              },
        },
      },
    ],
  };
}

const T = {
  id: {
    status: "Kesiapan menurut status",
    statusDesc: "Jumlah data peserta per status kesiapan",
    ready: "Siap",
    notReady: "Belum siap",
    ineligible: "Tidak layak",
    invalid: "Tidak sah",
    score: "Sebaran skor (peserta siap dan belum siap)",
    scoreDesc: "Jumlah peserta per rentang skor sepuluh poin",
    gaps: "Kekurangan terbanyak",
    gapsDesc: "Jumlah peserta per kekurangan",
    months: "Paling cepat ditempatkan, per bulan",
    monthsDesc: "Jumlah peserta menurut bulan paling cepat dapat ditempatkan",
  },
  en: {
    status: "Readiness by status",
    statusDesc: "Records per readiness status",
    ready: "Ready",
    notReady: "Not ready",
    ineligible: "Ineligible",
    invalid: "Invalid",
    score: "Score histogram (ready and not ready)",
    scoreDesc: "Candidates per ten-point score range",
    gaps: "Most common gaps",
    gapsDesc: "Candidates per gap",
    months: "Earliest placement by month",
    monthsDesc: "Candidates by the month they can be placed at the earliest",
  },
} as const;

/** Counts by status (ready, not ready, ineligible, invalid). */
export function statusChart(r: CohortReport, locale: Locale): VegaSpec {
  const t = T[locale];
  return barChart(
    t.status,
    t.statusDesc,
    [
      { label: t.ready, value: r.byStatus.ready, colour: "#1b7a3d" },
      { label: t.notReady, value: r.byStatus.not_ready, colour: "#9a6700" },
      { label: t.ineligible, value: r.byStatus.ineligible, colour: "#b42318" },
      { label: t.invalid, value: r.invalid, colour: "#6b21a8" },
    ],
    false,
  );
}

/** The score histogram: candidates per ten-point range. */
export function scoreChart(r: CohortReport, locale: Locale): VegaSpec {
  const t = T[locale];
  return barChart(
    t.score,
    t.scoreDesc,
    r.scoreDeciles.map((n, i) => ({ label: `${i * 10}–${i === 9 ? 100 : i * 10 + 9}`, value: n })),
    false,
  );
}

/** The most common gaps, named by component and what they say. */
export function gapChart(r: CohortReport, locale: Locale): VegaSpec {
  const t = T[locale];
  return barChart(
    t.gaps,
    t.gapsDesc,
    r.gapsByText.map((g) => ({ label: `${aspectLabel(g.component, locale)}: ${g.label}`, value: g.count })),
    true,
  );
}

/** Earliest placement months of the planned records. */
export function monthChart(r: CohortReport, locale: Locale): VegaSpec {
  const t = T[locale];
  return barChart(
    t.months,
    t.monthsDesc,
    Object.entries(r.earliestPlacementMonths).map(([m, n]) => ({ label: m, value: n })),
    false,
  );
}
