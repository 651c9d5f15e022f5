/**
 * The static site of issue 16: `npm run site` builds it into `site/dist` (relative URLs, so it
 * runs from any folder of any static host), `npm run site:preview` serves that build.
 *
 * The page imports the library from its sources (the `sentra-vokasi` alias, as vitest.config.ts
 * does), the chart library (vega) as a lazy chunk of its own, and exceljs's browser build only
 * when an `.xlsx` file is dropped. A small plugin writes `sw.js`, the service worker that caches
 * every built file so that the page reloads offline.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const alias = [
  { find: /^sentra-vokasi\/extend$/, replacement: here("../src/extend.ts") },
  { find: /^sentra-vokasi$/, replacement: here("../src/index.ts") },
];

/** Every file under `dir`, as `/`-separated paths relative to it. */
function files(dir: string, root: string = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, root));
    else out.push(relative(root, path).split(sep).join("/"));
  }
  return out;
}

/**
 * Writes `dist/sw.js` after the build: the list of every built file (the page, its scripts, the
 * worker, the chart and xlsx chunks) and a cache name that changes whenever one of them does.
 */
function serviceWorker(): Plugin {
  let outDir = "";
  let worker = false;
  return {
    name: "sentra-vokasi-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
      worker = (config as { isWorker?: boolean }).isWorker === true;
    },
    closeBundle() {
      // The Web Worker's own bundle is built first, inside the page's build: wait for the page's.
      if (worker) return;
      const built = files(outDir)
        .filter((f) => f !== "sw.js" && !f.endsWith(".map") && f !== ".vite/manifest.json" && !f.startsWith(".vite/"))
        .sort();
      const hash = createHash("sha256");
      for (const f of built) hash.update(f).update(readFileSync(join(outDir, f)));
      const version = hash.digest("hex").slice(0, 16);
      const source = readFileSync(here("./sw-template.js"), "utf8")
        .replace("__CACHE_VERSION__", version)
        .replace("__ASSETS__", JSON.stringify(["./", ...built.map((f) => `./${f}`)]));
      writeFileSync(join(outDir, "sw.js"), source);
    },
  };
}

/**
 * The page's Content Security Policy, in a `<meta>` of the built page: scripts, styles, workers
 * and requests from the page's own origin only, so that no data can leave for another host.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "sentra-vokasi-csp",
    apply: "build",
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

export default defineConfig({
  root: here("."),
  base: "./",
  publicDir: false,
  resolve: { alias },
  worker: {
    format: "es",
  },
  // Pre-bundled when the dev server starts, so that the first chart or xlsx file does not make
  // the dev server re-optimise and reload the page (`npm run site:dev` only).
  optimizeDeps: { include: ["vega", "vega-interpreter", "exceljs"] },
  build: {
    outDir: here("./dist"),
    emptyOutDir: true,
    target: "es2022",
    manifest: true,
    // The page's own budget is measured by site/size.mjs; exceljs's browser build is large on purpose.
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    sourcemap: false,
  },
  plugins: [contentSecurityPolicy(), serviceWorker()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: false },
});
