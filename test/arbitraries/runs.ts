/**
 * A property law's run count. `n` in every project but the time-zone matrix's zones other than
 * UTC (vitest.config.ts sets SENTRA_TZ_MATRIX), which run a fifth of the cases, at least 20: what
 * a zone can change is local-time arithmetic, which shows on most cases; UTC runs the laws in
 * full. This keeps the matrix within the suite's time budget (docs/quality.md).
 */
export function runs(n: number): number {
  const zone = process.env.SENTRA_TZ_MATRIX;
  return zone === undefined || zone === "UTC" ? n : Math.min(n, Math.max(20, Math.ceil(n / 5)));
}
