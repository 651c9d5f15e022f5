/**
 * Deterministic benchmark records: the seeded sample generator run with successive seeds, so
 * the mix is realistic (ready, not ready, under age, every kind of gap), with about 1% invalid.
 */
import { createWriteStream } from "node:fs";
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

/**
 * Writes `n` JSONL bench records to `file`: 5,000 generated records, repeated to `n` lines, each
 * repeat a different person, as in a registry: its ids gain a suffix and its NIKs another serial
 * (their last 4 digits; a few NIKs still meet again, as in real files: a finding each).
 */
export async function writeBenchJsonl(file: string, n: number): Promise<void> {
  const base = benchRecords(Math.min(5000, n)) as Record<string, unknown>[];
  const w = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const repeat = Math.floor(i / base.length);
    const r = base[i % base.length] as Record<string, unknown>;
    const nik = typeof r.nik === "string" && /^\d{16}$/.test(r.nik) ? r.nik : undefined;
    const serial = (s: string) => String(((Number(s) + repeat * 37) % 9999) + 1).padStart(4, "0");
    const line =
      repeat === 0
        ? r
        : {
            ...r,
            id: `${String(r.id)}-r${repeat}`,
            ...(nik === undefined ? {} : { nik: `${nik.slice(0, 12)}${serial(nik.slice(12))}` }),
          };
    if (!w.write(`${JSON.stringify(line)}\n`)) await new Promise<void>((r) => w.once("drain", () => r()));
  }
  await new Promise<void>((r) => w.end(() => r()));
}
