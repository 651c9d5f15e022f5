/**
 * Bundle sizes: what an app ships. Each app is bundled by esbuild for the browser (minified,
 * tree-shaken, ESM) with its dependencies included (zod and neverthrow), then gzipped (-9):
 *
 * - an app importing only `ageOn`;
 * - an app importing only `parseCandidate`;
 * - an app importing `parseCandidate` and `assessReadiness`;
 * - an app importing the whole library.
 *
 * Each is measured twice: with every dependency bundled ("with deps"), and with zod left out
 * ("library code + neverthrow"; zod is a peer dependency the app may already ship).
 *
 * The legacy figures (`library`, `ageOnOnly`: the library's own code with both dependencies
 * external) are kept for comparison with earlier reports.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Bytes of one bundle. */
export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
}

/** One app, measured with its dependencies and without zod. */
export interface AppSize {
  /** zod and neverthrow bundled: what the app ships. */
  readonly withDeps: BundleSize;
  /** zod left out (library code + neverthrow). */
  readonly withoutZod: BundleSize;
}

/** The apps measured, by name. */
export const APPS = {
  ageOnOnly: { label: "`ageOn` only", imports: ["ageOn"] },
  parseOnly: { label: "`parseCandidate` only", imports: ["parseCandidate"] },
  parseAndAssess: { label: "`parseCandidate` + `assessReadiness`", imports: ["parseCandidate", "assessReadiness"] },
  wholeLibrary: { label: "the whole library", imports: "*" },
} as const satisfies Record<string, { label: string; imports: readonly string[] | "*" }>;

export type AppName = keyof typeof APPS;

export interface SizeReport {
  /** What apps ship (browser, minified, gzip -9), dependencies included and without zod. */
  readonly apps: Readonly<Record<AppName, AppSize>>;
  /** Legacy: the library's own code, zod and neverthrow external. */
  readonly library: BundleSize;
  /** Legacy: an app importing only `ageOn`, zod and neverthrow external. */
  readonly ageOnOnly: BundleSize;
}

/** Source of an app that imports `imports` from `entryModule` and uses each of them. */
export function appSource(entryModule: string, imports: readonly string[] | "*"): string {
  const from = JSON.stringify(entryModule);
  if (imports === "*") return `export * from ${from};`;
  return `import { ${imports.join(", ")} } from ${from};\nexport const used = [${imports.join(", ")}];`;
}

/** Bundles `source` (resolved from `resolveDir`) and returns its minified and gzipped sizes. */
export async function measureBundle(
  source: string,
  resolveDir: string,
  options: { readonly platform?: "browser" | "neutral"; readonly external?: readonly string[] } = {},
): Promise<BundleSize> {
  const out = await build({
    stdin: { contents: source, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: options.platform ?? "browser",
    target: "es2022",
    external: [...(options.external ?? [])],
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const ZOD = ["zod", "zod/*"];

/** Sizes of the apps over `entryModule` (a built file or a source index). */
export async function measureSizes(entryModule: string, resolveDir: string): Promise<SizeReport> {
  const apps = {} as Record<AppName, AppSize>;
  for (const [name, app] of Object.entries(APPS) as [AppName, (typeof APPS)[AppName]][]) {
    const source = appSource(entryModule, app.imports);
    apps[name] = {
      withDeps: await measureBundle(source, resolveDir),
      withoutZod: await measureBundle(source, resolveDir, { external: ZOD }),
    };
  }
  const legacy = { platform: "neutral", external: [...ZOD, "neverthrow"] } as const;
  return {
    apps,
    library: await measureBundle(appSource(entryModule, "*"), resolveDir, legacy),
    ageOnOnly: await measureBundle(
      `import { ageOn } from ${JSON.stringify(entryModule)};\nexport const age = ageOn("2008-02-29", "2026-03-01");`,
      resolveDir,
      legacy,
    ),
  };
}

/** The report as a Markdown table (bytes; kB = 1,000 B). */
export function sizeTable(report: SizeReport): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const rows = (Object.keys(APPS) as AppName[]).map((name) => {
    const a = report.apps[name];
    return `| ${APPS[name].label} | ${kb(a.withDeps.minified)} | ${kb(a.withDeps.gzipped)} | ${kb(a.withoutZod.minified)} | ${kb(a.withoutZod.gzipped)} |`;
  });
  return [
    "| App importing | with deps, minified | with deps, gzip | without zod, minified | without zod, gzip |",
    "|---|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

// `tsx bench/size.ts` prints the table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import("node:url");
  const root = fileURLToPath(new URL("../", import.meta.url));
  const entry = process.argv[2] ?? `${root}src/index.ts`;
  const report = await measureSizes(entry, root);
  console.log(sizeTable(report));
  console.log(
    `\nlegacy (deps external): library ${report.library.gzipped} B gzip, ageOn only ${report.ageOnOnly.gzipped} B gzip`,
  );
}
