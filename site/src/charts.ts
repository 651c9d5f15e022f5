/**
 * Draws the cohort charts (Vega specifications from src/report/charts.ts) as SVG in the page.
 * vega is loaded on first use, from the page's own files (no CDN).
 */
import type { VegaSpec } from "../../src/report/charts.ts";

type VegaLib = typeof import("./vega-lib.ts")["default"];
let loading: Promise<VegaLib> | undefined;

function loadVega(): Promise<VegaLib> {
  loading ??= import("./vega-lib.ts").then((m) => m.default);
  return loading;
}

/** A drawn chart, to be finalised before it is replaced. */
export interface Drawn {
  finalize(): void;
}

/**
 * The spec with Vega's own ARIA attributes turned off on its marks, axes and title: the SVG is
 * one image, labelled as a whole, with the chart's data as a table beside it.
 */
function quiet(spec: VegaSpec): VegaSpec {
  const off = (list: unknown) =>
    Array.isArray(list) ? list.map((x) => (typeof x === "object" && x !== null ? { ...x, aria: false } : x)) : list;
  const title = spec.title;
  return {
    ...spec,
    ...(spec.marks === undefined ? {} : { marks: off(spec.marks) }),
    ...(spec.axes === undefined ? {} : { axes: off(spec.axes) }),
    ...(typeof title === "object" && title !== null ? { title: { ...title, aria: false } } : {}),
  };
}

/** Draws `spec` into `container` (SVG renderer); resolves once the SVG is in the page. */
export async function drawChart(container: HTMLElement, spec: VegaSpec, label: string): Promise<Drawn> {
  const { vega, expressionInterpreter } = await loadVega();
  // Parsed to an AST and interpreted: the page's CSP forbids generated code.
  const view = new vega.View(vega.parse(quiet(spec) as never, undefined, { ast: true }), {
    renderer: "svg",
    container,
    hover: false,
    logLevel: vega.Warn,
    expr: expressionInterpreter,
  });
  await view.runAsync();
  const svg = container.querySelector("svg");
  if (svg !== null) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
  }
  return view;
}
