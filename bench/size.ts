/**
 * Bundle sizes, measured with esbuild (minified, tree-shaken, dependencies external) and gzip:
 * the library's own code, and an app that imports only `ageOn`.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface SizeReport {
  readonly library: { readonly minified: number; readonly gzipped: number };
  readonly ageOnOnly: { readonly minified: number; readonly gzipped: number };
}

async function measure(entry: string, resolveDir: string): Promise<{ minified: number; gzipped: number }> {
  const out = await build({
    stdin: { contents: entry, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    external: ["zod", "neverthrow"],
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Sizes of `entryModule` (a built file or a source index). */
export async function measureSizes(entryModule: string, resolveDir: string): Promise<SizeReport> {
  return {
    library: await measure(`export * from ${JSON.stringify(entryModule)};`, resolveDir),
    ageOnOnly: await measure(
      `import { ageOn } from ${JSON.stringify(entryModule)};\nexport const age = ageOn("2008-02-29", "2026-03-01");`,
      resolveDir,
    ),
  };
}
