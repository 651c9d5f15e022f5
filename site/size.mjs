#!/usr/bin/env node
/**
 * The page's JavaScript budget (issue 16): the page's own JavaScript, gzipped, under 300 kB,
 * apart from the chart library. Reads the build in site/dist (run `npm run site` first):
 * - chart chunk: the chunk of site/src/vega-lib.ts (vega), found through Vite's manifest;
 * - xlsx reader: exceljs's browser build, a third-party chunk loaded by the Web Worker only when
 *   an .xlsx file is read; reported, not counted, like the chart library;
 * - the page's own JavaScript: every other .js file (the page's entry and chunks, the worker).
 * Exits 1 over budget, 2 when there is no build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET = 300 * 1000;
const dist = fileURLToPath(new URL("./dist/", import.meta.url));

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(relative(dist, p).split(sep).join("/"));
  }
  return out;
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
} catch {
  console.error("site/size.mjs: no build in site/dist (run `npm run site` first)");
  process.exit(2);
}

const chart = manifest["src/vega-lib.ts"]?.file;
if (chart === undefined) {
  console.error("site/size.mjs: the chart chunk (src/vega-lib.ts) is not in the manifest");
  process.exit(2);
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const groups = { own: [], chart: [], xlsx: [] };
for (const f of files(dist)) {
  if (!f.endsWith(".js") || f === "sw.js") continue;
  const gz = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const group = f === chart ? "chart" : /(^|\/)exceljs[.-]/.test(f) ? "xlsx" : "own";
  groups[group].push({ f, gz });
}
const sw = gzipSync(readFileSync(join(dist, "sw.js")), { level: 9 }).length;
groups.own.push({ f: "sw.js", gz: sw });

const total = (g) => g.reduce((s, x) => s + x.gz, 0);
for (const [name, list] of Object.entries(groups)) {
  for (const { f, gz } of list) console.log(`${name.padEnd(6)} ${kb(gz).padStart(9)}  ${f}`);
}
const own = total(groups.own);
console.log(`page's own JavaScript (gzip): ${kb(own)} of ${kb(BUDGET)}`);
console.log(`chart library chunk (vega, gzip, not counted): ${kb(total(groups.chart))}`);
console.log(`xlsx reader (exceljs, gzip, loaded only for .xlsx files, not counted): ${kb(total(groups.xlsx))}`);
if (own > BUDGET) {
  console.error(`site/size.mjs: the page's own JavaScript is ${kb(own)} gzipped, over the ${kb(BUDGET)} budget`);
  process.exit(1);
}
