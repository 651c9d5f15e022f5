/**
 * Under Stryker only (aliased in vitest.stryker.config.ts): fast-check with its run count capped,
 * so that each of the thousands of mutants runs the laws quickly. Same laws, fewer cases each.
 */
import * as real from "../node_modules/fast-check/lib/fast-check.js";

export * from "../node_modules/fast-check/lib/fast-check.js";

const cap = Number(process.env.STRYKER_FC_RUNS ?? "25");

/** fast-check's `assert`, with at most `cap` runs. */
export const assert = ((property: Parameters<typeof real.assert>[0], params?: Parameters<typeof real.assert>[1]) =>
  real.assert(property as never, { ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) })) as typeof real.assert;

const fc = { ...real.default, assert };
export default fc;
