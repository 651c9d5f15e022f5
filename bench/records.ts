/**
 * Deterministic benchmark records: the seeded sample generator run with successive seeds, so
 * the mix is realistic (ready, not ready, under age, every kind of gap), with about 1% invalid.
 */
import { generateCohort } from "../examples/data/generate.js";
import { parseCandidate } from "../src/index.js";

export function benchRecords(n: number): unknown[] {
  const out: unknown[] = [];
  let invalid = 0;
  for (let seed = 1; out.length < n; seed++) {
    for (const r of generateCohort(seed)) {
      if (out.length >= n) break;
      const bad = parseCandidate(r).isErr();
      if (bad && invalid + 1 > Math.ceil(n * 0.01)) continue;
      if (bad) invalid++;
      (r as Record<string, unknown>).id = `BENCH-${seed}-${String((r as { id?: unknown }).id ?? "")}`;
      out.push(r);
    }
  }
  return out;
}
