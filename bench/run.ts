/**
 * `npm run bench`: throughput of sentra-vokasi beside its peers, measured in the same process
 * on the same records, interleaved round by round; then the CLI at scale and the bundle sizes.
 *
 *   npm run bench                              # 100,000 records, 3 rounds, CLI at 100k and 1M
 *   npm run bench -- --records 2000 --rounds 1 --scale 2000   # a smoke run
 *
 * Peers: `plain` (hand-written validation + evaluation: the practical limit), json-rules-engine
 * (the same rules as JSON rules and custom operators), bare zod (`CandidateSchema.safeParse`),
 * and sentra-vokasi (`parseCandidate`, `assessReadiness`, both end to end). A cross-check first
 * proves that plain, json-rules-engine and sentra-vokasi agree on every record.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assessReadiness, type CalendarDate, type Candidate, CandidateSchema, parseCandidate } from "../src/index.js";
import { evaluatePlain, plain, validate } from "./plain.js";
import { benchRecords } from "./records.js";
import { makeRulesEngine } from "./rules-engine.js";
import { measureSizes } from "./size.js";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const N = Number(opt("records", "100000"));
const ROUNDS = Number(opt("rounds", "3"));
const SCALE = opt("scale", "100000,1000000")
  .split(",")
  .map(Number)
  .filter((x) => x > 0);
const TARGET = "JP-SSW-CAREGIVING";
const AS_OF = "2026-12-01";
const asOf = AS_OF as CalendarDate;
const root = fileURLToPath(new URL("../", import.meta.url));

const out = (s = "") => process.stdout.write(`${s}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

out(`# sentra-vokasi benchmark`);
out();
out(
  `- Date: ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${cpus()[0]?.model ?? "cpu"} × ${cpus().length}`,
);
out(
  `- Records: ${fmt(N)} (deterministic, about 1% invalid), target ${TARGET}, asOf ${AS_OF}, ${ROUNDS} interleaved round(s)`,
);
out();

const records = benchRecords(N);
const parsed: Candidate[] = [];
const validated: Record<string, unknown>[] = [];
for (const r of records) {
  const p = parseCandidate(r);
  if (p.isOk()) parsed.push(p.value);
  if (validate(r)) validated.push(r);
}
const engine = makeRulesEngine();

// Cross-check: the three evaluations agree on every record.
let disagreements = 0;
let ready = 0;
for (const r of records) {
  const p = parseCandidate(r);
  const s = p.isErr() ? "invalid" : assessReadiness(p.value, { asOf, target: TARGET }).status === "ready";
  const a = plain(r, AS_OF);
  const b = await engine(r, AS_OF);
  if (s !== a || s !== b) disagreements++;
  if (s === true) ready++;
}
out(`## Cross-check`);
out();
out(
  `plain, json-rules-engine and sentra-vokasi agree on ${fmt(records.length - disagreements)} of ${fmt(records.length)} records ` +
    `(${fmt(ready)} ready, ${fmt(records.length - parsed.length)} invalid).`,
);
if (disagreements > 0) {
  process.stderr.write(`cross-check failed: ${disagreements} disagreements\n`);
  process.exit(1);
}
out();

type Peer = { name: string; items: number; run: () => Promise<void> | void };
/** Runs `f` over `xs`, keeping a sink of the results so that no work can be optimised away. */
let sink = 0;
const loop =
  <T>(xs: readonly T[], f: (x: T) => unknown) =>
  (): void => {
    for (const x of xs) if (f(x)) sink++;
  };
const peers: Peer[] = [
  {
    name: "plain (validate + evaluate)",
    items: records.length,
    run: loop(records, (r) => plain(r, AS_OF)),
  },
  {
    name: "plain evaluate (validated)",
    items: validated.length,
    run: loop(validated, (r) => evaluatePlain(r, AS_OF)),
  },
  {
    name: "json-rules-engine",
    items: records.length,
    run: async () => {
      for (const r of records) await engine(r, AS_OF);
    },
  },
  {
    name: "zod CandidateSchema.safeParse",
    items: records.length,
    run: loop(records, (r) => CandidateSchema.safeParse(r).success),
  },
  { name: "sentra parseCandidate", items: records.length, run: loop(records, (r) => parseCandidate(r).isOk()) },
  {
    name: "sentra assessReadiness (parsed)",
    items: parsed.length,
    run: loop(parsed, (c) => assessReadiness(c, { asOf, target: TARGET }).score),
  },
  {
    name: "sentra end to end",
    items: records.length,
    run: loop(records, (r) => {
      const p = parseCandidate(r);
      return p.isOk() && assessReadiness(p.value, { asOf, target: TARGET }).score;
    }),
  },
];

const rates = new Map<string, number[]>(peers.map((p) => [p.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const p of peers) {
    const t = performance.now();
    await p.run();
    const s = (performance.now() - t) / 1000;
    rates.get(p.name)?.push(p.items / s);
  }
}
if (sink < 0) out("unreachable");
const rate = (name: string) => median(rates.get(name) ?? [0]);
const ratioPerRound = (a: string, b: string) =>
  median((rates.get(a) ?? []).map((x, i) => x / ((rates.get(b) ?? [])[i] ?? 1)));

out(`## Throughput (median of ${ROUNDS} round(s), records per second)`);
out();
out(`| Peer | records/s | µs/record |`);
out(`|---|---:|---:|`);
for (const p of peers) out(`| ${p.name} | ${fmt(rate(p.name))} | ${(1e6 / rate(p.name)).toFixed(1)} |`);
out();
out(`## Goals (same-round ratios, median)`);
out();
const parseCost = ratioPerRound("zod CandidateSchema.safeParse", "sentra parseCandidate");
const assessCost = ratioPerRound("plain evaluate (validated)", "sentra assessReadiness (parsed)");
const e2eGain = ratioPerRound("sentra end to end", "json-rules-engine");
out(`| Goal | Target | Measured | Met |`);
out(`|---|---|---:|---|`);
out(
  `| parseCandidate cost vs bare safeParse | ≤ 1.3× | ${parseCost.toFixed(2)}× | ${parseCost <= 1.3 ? "yes" : "no"} |`,
);
out(
  `| assessReadiness cost vs plain evaluation | ≤ 3× | ${assessCost.toFixed(1)}× | ${assessCost <= 3 ? "yes" : "no"} |`,
);
out(
  `| end-to-end throughput vs json-rules-engine | ≥ 10× | ${e2eGain.toFixed(1)}× | ${e2eGain >= 10 ? "yes" : "no"} |`,
);

// The CLI at scale: wall time and peak RSS of `assess --format csv` over JSONL files.
if (SCALE.length > 0) {
  out();
  out(`## CLI at scale (\`assess --format csv\` over JSONL input, output discarded)`);
  out();
  out(`| Records | Wall time (s) | records/s | Peak RSS (MB) |`);
  out(`|---:|---:|---:|---:|`);
  const dir = mkdtempSync(join(tmpdir(), "sentra-bench-"));
  try {
    const lines = benchRecords(Math.min(5000, Math.max(...SCALE))).map((r) => `${JSON.stringify(r)}\n`);
    for (const n of SCALE) {
      const file = join(dir, `cohort-${n}.jsonl`);
      const w = createWriteStream(file);
      for (let i = 0; i < n; i++) {
        if (!w.write(lines[i % lines.length])) await new Promise<void>((r) => w.once("drain", () => r()));
      }
      await new Promise<void>((r) => w.end(() => r()));
      const t = performance.now();
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", join(root, "bench/cli-child.ts"), file, TARGET, AS_OF],
        {
          cwd: root,
          encoding: "utf8",
          maxBuffer: 1 << 24,
        },
      );
      const s = (performance.now() - t) / 1000;
      const last = child.stderr.trim().split("\n").at(-1) ?? "{}";
      const { maxRssKb } = JSON.parse(last) as { maxRssKb?: number };
      out(`| ${fmt(n)} | ${s.toFixed(1)} | ${fmt(n / s)} | ${((maxRssKb ?? 0) / 1024).toFixed(0)} |`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

out();
out(`## Bundle size (esbuild, minified, tree-shaken, dependencies external; gzip -9)`);
out();
const sizes = await measureSizes(join(root, "src/index.ts"), root);
out(`| Bundle | minified | min+gzip | Goal |`);
out(`|---|---:|---:|---|`);
out(
  `| the library's own code | ${fmt(sizes.library.minified)} B | ${fmt(sizes.library.gzipped)} B | ≤ 30 kB: ${sizes.library.gzipped <= 30_000 ? "yes" : "no"} |`,
);
out(
  `| an app importing only \`ageOn\` | ${fmt(sizes.ageOnOnly.minified)} B | ${fmt(sizes.ageOnOnly.gzipped)} B | ≤ 3 kB: ${sizes.ageOnOnly.gzipped <= 3_000 ? "yes" : "no"} |`,
);
