/**
 * Parsing alone: `parseCandidate` (compiled validator where zod has it), the same without it
 * (`CandidateSchema.safeParse`, the state before issue 15), and bare `CandidateSchema.safeParse`,
 * on the bench's records (about 1% invalid). Rounds are interleaved and the order of the peers
 * rotates each round; the ratios are same-round ratios, reported as medians.
 *
 * `tsx bench/parse.ts [records] [rounds]` (default 50,000 and 7).
 */

import { compiledSchema, parseCandidate, parseCandidateUncompiled } from "../src/candidate/parse.js";
import { CandidateSchema } from "../src/candidate/schema.js";
import { benchRecords } from "./records.js";

export interface ParseBenchResult {
  readonly records: number;
  readonly rounds: number;
  readonly compiled: boolean;
  /** Median µs per record of each peer. */
  readonly microseconds: Readonly<Record<Peer, number>>;
  /** Median same-round ratio of each peer to bare `safeParse`. */
  readonly ratioToSafeParse: Readonly<Record<Peer, number>>;
}

const PEERS = {
  safeParse: (r: unknown) => CandidateSchema.safeParse(r).success,
  parseCandidateBefore: (r: unknown) => parseCandidateUncompiled(r).isOk(),
  parseCandidate: (r: unknown) => parseCandidate(r).isOk(),
} as const;

export type Peer = keyof typeof PEERS;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function time(fn: (r: unknown) => boolean, records: readonly unknown[]): number {
  let ok = 0;
  const t = performance.now();
  for (const r of records) if (fn(r)) ok++;
  const ms = performance.now() - t;
  if (ok === 0) throw new Error("nothing parsed");
  return (ms * 1000) / records.length;
}

export function benchParse(n = 50_000, rounds = 7): ParseBenchResult {
  const records = benchRecords(n);
  const names = Object.keys(PEERS) as Peer[];
  // Warm-up: every peer, a slice of the records, twice.
  for (let i = 0; i < 2; i++) for (const p of names) time(PEERS[p], records.slice(0, 5_000));
  const us: Record<Peer, number[]> = { safeParse: [], parseCandidateBefore: [], parseCandidate: [] };
  const ratios: Record<Peer, number[]> = { safeParse: [], parseCandidateBefore: [], parseCandidate: [] };
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length] as Peer);
    const got = {} as Record<Peer, number>;
    for (const p of order) got[p] = time(PEERS[p], records);
    for (const p of names) {
      us[p].push(got[p]);
      ratios[p].push(got[p] / got.safeParse);
    }
  }
  const pick = (m: Record<Peer, number[]>) =>
    Object.fromEntries(names.map((p) => [p, median(m[p])])) as Record<Peer, number>;
  return {
    records: records.length,
    rounds,
    compiled: compiledSchema() !== null,
    microseconds: pick(us),
    ratioToSafeParse: pick(ratios),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchParse(Number(process.argv[2] ?? 50_000), Number(process.argv[3] ?? 7));
  console.log(
    `${r.records} records, ${r.rounds} rounds, compiled validator: ${r.compiled ? "yes" : "no"}\n\n| Peer | µs/record | vs safeParse |\n|---|---:|---:|`,
  );
  for (const p of Object.keys(r.microseconds) as Peer[]) {
    console.log(`| ${p} | ${r.microseconds[p].toFixed(2)} | ${r.ratioToSafeParse[p].toFixed(2)}× |`);
  }
}
