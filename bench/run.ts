/**
 * `npm run bench`: throughput of sentra-vokasi beside its peers, measured in the same process
 * on the same records; then the CLI at scale, the bundle sizes, and the goals of issue 15.
 *
 *   npm run bench                              # 100,000 records, 5 rounds, CLI at 100k and 1M
 *   npm run bench -- --records 2000 --rounds 1 --scale 2000   # a smoke run (CI)
 *   npm run bench -- --records 20000 --rounds 7 --scale 0     # peers only, no CLI run
 *
 * Peers: `plain` (hand-written validation + evaluation, the practical limit: stopping at the
 * first failing check, and with every check evaluated and the failed requirements named),
 * json-rules-engine (the thin wrapper: one rule over plain's helpers; and the faithful
 * encoding: one JSON rule per requirement, reporting which failed), bare zod
 * (`CandidateSchema.safeParse`), and sentra-vokasi (`parseCandidate`, `assessReadiness`, both end
 * to end; the full explanation read back, beside today's eager implementation kept as the test
 * oracle while it exists).
 *
 * Method: a cross-check first proves that every peer gives the same status on every record.
 * Each peer is warmed up, then timed in interleaved rounds: a round runs every peer once over all
 * its records, in up to ten slices; slice by slice every peer runs its share, the order rotated
 * at every slice, so that all peers sample the machine at the same moments and no peer always
 * follows the same one (and so pays for its garbage); a garbage collection starts each round
 * (not each timing: see the rounds below). Peers compared in a ratio sit next to each other, so they run back to back. A ratio
 * is computed within each round and the median over the rounds is reported, with its range.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { build as buildCli } from "tsup";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  CandidateSchema,
  parseCandidate,
  type Readiness,
  type Verdict,
} from "../src/index.js";
import { cliOptions } from "../tsup.config.js";
import { evaluatePlain, failedPlain, plain, validate } from "./plain.js";
import { benchRecords, writeBenchJsonl } from "./records.js";
import { makeRequirementRulesEngine, makeRulesEngine } from "./rules-engine.js";
import { measureSizes, type SizeReport, sizeTable } from "./size.js";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const N = Number(opt("records", "100000"));
const ROUNDS = Math.max(1, Number(opt("rounds", "5")));
const SCALE = opt("scale", "100000,1000000")
  .split(",")
  .map(Number)
  .filter((x) => x > 0);
const TARGET = "JP-SSW-CAREGIVING";
const AS_OF = "2026-12-01";
const asOf = AS_OF as CalendarDate;
const root = fileURLToPath(new URL("../", import.meta.url));

const out = (s = "") => process.stdout.write(`${s}\n`);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

// A full collection before each timing: garbage left by one peer is not collected on the next's clock.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

out(`# sentra-vokasi benchmark`);
out();
out(
  `- Date: ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${cpus()[0]?.model ?? "cpu"} × ${cpus().length}`,
);
out(
  `- Records: ${fmt(N)} (deterministic, about 1% invalid), target ${TARGET}, placement gate, asOf ${AS_OF}; ` +
    `${ROUNDS} interleaved round(s), peers rotated`,
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
const thinEngine = makeRulesEngine();
const ruleEngine = makeRequirementRulesEngine(TARGET, AS_OF);

// Today's eager `assessReadiness`, kept as the test oracle of the lazy one until the next release.
type Assess = (c: Candidate, o: { asOf: CalendarDate; target: string }) => Readiness;
const oraclePath = join(root, "test/oracle/assess.ts");
// Imported by its URL, so that the bench still compiles and runs once test/oracle is removed.
const eager: Assess | undefined = existsSync(oraclePath)
  ? ((await import(pathToFileURL(oraclePath).href).catch(() => undefined)) as { assessReadiness?: Assess } | undefined)
      ?.assessReadiness
  : undefined;

/** Reads every field of every verdict and reason of a result, through whatever getters it has. */
function readVerdict(v: Verdict): number {
  let n = v.rule.length + v.outcome.length + (v.validFrom ? 1 : 0) + (v.validUntil ? 1 : 0);
  for (const r of v.reasons) {
    n += r.code.length + r.outcome.length + (r.basis?.length ?? 0);
    for (const k in r.params) n += String(r.params[k]).length;
  }
  for (const c of v.children ?? []) n += readVerdict(c);
  return n;
}
function readBack(r: Readiness): number {
  let n = r.score + r.gaps.length;
  for (const c of r.components) n += c.name.length + c.weight + c.score + readVerdict(c.verdict);
  return n;
}
/** What a caller who wants the answer reads: status, score, gaps, window. */
const readAnswer = (r: Readiness) =>
  (r.status === "ready" ? 1 : 0) + r.score + r.gaps.length + (r.readyFrom ? 1 : 0) + (r.validUntil ? 1 : 0);

// Cross-check: every peer gives the same status on every record; the two encodings that name
// the failed requirements (plain with every check, one JSON rule per requirement) name the same.
let disagreements = 0;
let failedDisagreements = 0;
let ready = 0;
for (const r of records) {
  const p = parseCandidate(r);
  const s = p.isErr() ? "invalid" : assessReadiness(p.value, { asOf, target: TARGET }).status === "ready";
  const e = p.isErr() || eager === undefined ? s : eager(p.value, { asOf, target: TARGET }).status === "ready";
  const a = plain(r, AS_OF);
  const every = validate(r) ? failedPlain(r, AS_OF) : "invalid";
  const b = await thinEngine(r, AS_OF);
  const j = await ruleEngine.run(r);
  const jStatus = j === "invalid" ? j : j.ready;
  const everyStatus = every === "invalid" ? every : every.length === 0;
  if (s !== a || s !== b || s !== jStatus || s !== everyStatus || s !== e) disagreements++;
  if (every !== "invalid" && j !== "invalid" && [...j.failed].sort().join() !== [...every].sort().join())
    failedDisagreements++;
  if (s === true) ready++;
}
out(`## Cross-check`);
out();
out(
  `plain (both ways), json-rules-engine (both ways)${eager ? ", today's eager assessReadiness" : ""} and sentra-vokasi ` +
    `agree on the status of ${fmt(records.length - disagreements)} of ${fmt(records.length)} records ` +
    `(${fmt(ready)} ready, ${fmt(records.length - parsed.length)} invalid); plain with every check and ` +
    `json-rules-engine with one rule per requirement (${ruleEngine.rules} rules, ${ruleEngine.conditions} conditions) ` +
    `name the same failed requirements on ${fmt(validated.length - failedDisagreements)} of ${fmt(validated.length)} valid records.`,
);
if (disagreements > 0 || failedDisagreements > 0) {
  process.stderr.write(
    `cross-check failed: ${disagreements} status and ${failedDisagreements} failed-list disagreements\n`,
  );
  process.exit(1);
}
out();

let sink = 0;
type Peer = { name: string; count: number; run: (from: number, to: number) => Promise<void> | void };
/** The records of `xs` from fraction `from` to fraction `to` of it. */
const range = (length: number, from: number, to: number) => [Math.floor(from * length), Math.floor(to * length)];
/** Runs `f` over a slice of `xs`, keeping a sink of the results so that no work is optimised away. */
const sync =
  <T>(xs: readonly T[], f: (x: T) => unknown) =>
  (from: number, to: number): void => {
    const [lo, hi] = range(xs.length, from, to) as [number, number];
    for (let i = lo; i < hi; i++) if (f(xs[i] as T)) sink++;
  };
const async =
  <T>(xs: readonly T[], f: (x: T) => Promise<unknown>) =>
  async (from: number, to: number): Promise<void> => {
    const [lo, hi] = range(xs.length, from, to) as [number, number];
    for (let i = lo; i < hi; i++) if (await f(xs[i] as T)) sink++;
  };

const P = {
  plainE2E: "plain, validate + evaluate (stops at the first failing check)",
  plainShort: "plain evaluate, stops at the first failing check (validated)",
  plainEvery: "plain evaluate, every check, failed requirements named (validated)",
  jreThin: "json-rules-engine, thin wrapper: one rule over plain's helpers (+ validate)",
  jreRules: `json-rules-engine, one JSON rule per requirement (${ruleEngine.rules} rules, + validate)`,
  zod: "zod CandidateSchema.safeParse",
  parse: "sentra parseCandidate",
  assess: "sentra assessReadiness, status + score + gaps + window (parsed)",
  explain: "sentra assessReadiness, full explanation read back (parsed)",
  eager: "today's eager assessReadiness (test/oracle), full explanation read back (parsed)",
  e2e: "sentra end to end (parseCandidate + assessReadiness)",
} as const;
// Peers compared in a ratio sit next to each other, so that they run back to back (the rotation
// keeps neighbours together).
const peers: Peer[] = [
  { name: P.plainShort, count: validated.length, run: sync(validated, (r) => evaluatePlain(r, AS_OF)) },
  { name: P.plainEvery, count: validated.length, run: sync(validated, (r) => failedPlain(r, AS_OF).length) },
  {
    name: P.assess,
    count: parsed.length,
    run: sync(parsed, (c) => readAnswer(assessReadiness(c, { asOf, target: TARGET }))),
  },
  {
    name: P.explain,
    count: parsed.length,
    run: sync(parsed, (c) => readBack(assessReadiness(c, { asOf, target: TARGET }))),
  },
  ...(eager === undefined
    ? []
    : [
        {
          name: P.eager,
          count: parsed.length,
          run: sync(parsed, (c: Candidate) => readBack(eager(c, { asOf, target: TARGET }))),
        },
      ]),
  { name: P.zod, count: records.length, run: sync(records, (r) => CandidateSchema.safeParse(r).success) },
  { name: P.parse, count: records.length, run: sync(records, (r) => parseCandidate(r).isOk()) },
  { name: P.plainE2E, count: records.length, run: sync(records, (r) => plain(r, AS_OF)) },
  { name: P.jreThin, count: records.length, run: async(records, (r) => thinEngine(r, AS_OF)) },
  {
    name: P.e2e,
    count: records.length,
    run: sync(records, (r) => {
      const p = parseCandidate(r);
      return p.isOk() && readAnswer(assessReadiness(p.value, { asOf, target: TARGET }));
    }),
  },
  { name: P.jreRules, count: records.length, run: async(records, (r) => ruleEngine.run(r)) },
];

// Warm-up: every peer over its first 2,000 records, so that no round times a cold JIT.
for (const p of peers) await p.run(0, Math.min(1, 2000 / Math.max(1, p.count)));

// Interleaved rounds. Each round runs every peer over all its records, in SLICES slices: slice by
// slice, every peer runs its share, so that all peers sample the machine at the same moments;
// the order is rotated at every slice (a peer's position moves by one each time). A garbage
// collection starts each round, not each timing: a full collection ages compiled code and its
// type feedback, and one before every slice made zod's compiled validator (one large generated
// function) pay a recompilation each time: parseCandidate measured 0.70× safeParse that way,
// 0.33× without (as in bench/parse.ts and in any long-running service). A peer's rate in a
// round is its records over its summed time.
const SLICES = Math.max(1, Math.min(10, Math.floor(Math.min(...peers.map((p) => p.count)) / 1000)));
const rates = new Map<string, number[]>(peers.map((p) => [p.name, []]));
let turn = 0;
for (let round = 0; round < ROUNDS; round++) {
  const seconds = new Map<string, number>(peers.map((p) => [p.name, 0]));
  gc();
  for (let slice = 0; slice < SLICES; slice++, turn++) {
    for (let k = 0; k < peers.length; k++) {
      const p = peers[(turn + k) % peers.length] as Peer;
      const t = performance.now();
      await p.run(slice / SLICES, (slice + 1) / SLICES);
      seconds.set(p.name, (seconds.get(p.name) ?? 0) + (performance.now() - t) / 1000);
    }
  }
  for (const p of peers) rates.get(p.name)?.push(p.count / (seconds.get(p.name) ?? Number.NaN));
}
if (sink < 0) out("unreachable");
const rate = (name: string) => median(rates.get(name) ?? []);
/** Cost of `a` relative to `b` (time per record of a ÷ time per record of b), round by round. */
const costPerRound = (a: string, b: string): number[] => {
  const ra = rates.get(a) ?? [];
  const rb = rates.get(b) ?? [];
  return ra.map((x, i) => (rb[i] ?? Number.NaN) / x);
};
const spread = (xs: readonly number[], digits: number) =>
  xs.length > 1 ? ` (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})` : "";
const ratio = (xs: readonly number[], digits = 2) => `${median(xs).toFixed(digits)}×${spread(xs, digits)}`;

out(`## Throughput (median of ${ROUNDS} round(s), each in ${SLICES} interleaved slice(s))`);
out();
out(`| Peer | records/s | µs/record |`);
out(`|---|---:|---:|`);
for (const p of peers) out(`| ${p.name} | ${fmt(rate(p.name))} | ${(1e6 / rate(p.name)).toFixed(2)} |`);
out();

const assessVsEvery = costPerRound(P.assess, P.plainEvery);
const assessVsShort = costPerRound(P.assess, P.plainShort);
const everyVsShort = costPerRound(P.plainEvery, P.plainShort);
const explainVsEager = eager === undefined ? [] : costPerRound(P.explain, P.eager);
const explainVsAssess = costPerRound(P.explain, P.assess);
const parseVsZod = costPerRound(P.parse, P.zod);
const rulesVsE2E = costPerRound(P.jreRules, P.e2e);
const thinVsE2E = costPerRound(P.jreThin, P.e2e);
const rulesVsThin = costPerRound(P.jreRules, P.jreThin);
out(`## Ratios (time per record, within each round; median of ${ROUNDS}, range in brackets)`);
out();
out(`| Ratio | Measured |`);
out(`|---|---:|`);
out(`| assessReadiness (status, score, gaps, window) ÷ plain, every check | ${ratio(assessVsEvery, 1)} |`);
out(`| assessReadiness (status, score, gaps, window) ÷ plain, first failing check | ${ratio(assessVsShort, 1)} |`);
out(`| plain, every check ÷ plain, first failing check | ${ratio(everyVsShort)} |`);
out(
  `| assessReadiness with the full explanation read back ÷ status, score, gaps, window | ${ratio(explainVsAssess)} |`,
);
if (eager !== undefined)
  out(`| full explanation read back ÷ today's eager assessReadiness read back | ${ratio(explainVsEager)} |`);
out(`| parseCandidate ÷ zod safeParse | ${ratio(parseVsZod)} |`);
out(`| json-rules-engine, one JSON rule per requirement ÷ sentra end to end | ${ratio(rulesVsE2E, 1)} |`);
out(`| json-rules-engine, thin wrapper ÷ sentra end to end | ${ratio(thinVsE2E, 1)} |`);
out(`| json-rules-engine, one JSON rule per requirement ÷ thin wrapper | ${ratio(rulesVsThin, 1)} |`);
out();

// The CLI at scale: wall time and peak RSS of the built CLI (`node cli.js assess … --format jsonl
// --detail gaps`, workers: the CLI's default, every core), as a user runs it, over JSONL files.
const cliRuns: { n: number; rate: number; rssMb: number }[] = [];
if (SCALE.length > 0) {
  out(
    `## CLI at scale (built \`cli.js assess --format jsonl --detail gaps\`, JSONL in, output discarded; wall time with start-up)`,
  );
  out();
  out(`| Records | Wall time (s) | records/s | Peak RSS (MB) |`);
  out(`|---:|---:|---:|---:|`);
  const dir = mkdtempSync(join(tmpdir(), "sentra-bench-"));
  // Built as the package builds it (tsup.config.ts), into node_modules so that its imports resolve.
  const outDir = join(root, "node_modules", ".cache", "sentra-vokasi-bench", String(process.pid));
  try {
    await buildCli({ ...cliOptions, outDir, silent: true });
    for (const n of SCALE) {
      const file = join(dir, `cohort-${n}.jsonl`);
      await writeBenchJsonl(file, n);
      const t = performance.now();
      const child = spawnSync(
        process.execPath,
        [
          "--require",
          join(root, "bench/rss-on-exit.cjs"),
          join(outDir, "cli.js"),
          "assess",
          file,
          "--target",
          TARGET,
          "--as-of",
          AS_OF,
          "--format",
          "jsonl",
          "--detail",
          "gaps",
          "--quiet",
        ],
        { cwd: root, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 24 },
      );
      const s = (performance.now() - t) / 1000;
      const last = child.stderr.trim().split("\n").at(-1) ?? "{}";
      const { maxRssKb } = JSON.parse(last) as { maxRssKb?: number };
      const rssMb = (maxRssKb ?? 0) / 1024;
      cliRuns.push({ n, rate: n / s, rssMb });
      out(`| ${fmt(n)} | ${s.toFixed(1)} | ${fmt(n / s)} | ${rssMb.toFixed(0)} |`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  out();
}

out(`## What apps ship (esbuild, browser, minified, tree-shaken; gzip -9)`);
out();
const sizes: SizeReport = await measureSizes(join(root, "src/index.ts"), root);
out(sizeTable(sizes));
out();

// The goals of issue 15, each from this run.
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const yes = (ok: boolean) => (ok ? "yes" : "no");
const cli = cliRuns.at(-1);
const goals: [figure: string, before: string, goal: string, measured: string, met: string][] = [
  [
    "`assessReadiness` (status, score, gaps, window) vs plain evaluation with every check",
    "23.7×",
    "≤ 3×",
    ratio(assessVsEvery, 1),
    yes(median(assessVsEvery) <= 3),
  ],
  [
    "full explanation read back vs today's eager call",
    "—",
    "≤ 1×",
    eager === undefined ? "the oracle (test/oracle) is gone" : ratio(explainVsEager),
    eager === undefined ? "—" : yes(median(explainVsEager) <= 1),
  ],
  [
    "`parseCandidate` vs zod's default `safeParse`",
    "1.05×",
    "≤ 0.45×",
    ratio(parseVsZod),
    yes(median(parseVsZod) <= 0.45),
  ],
  [
    "end to end vs json-rules-engine, one JSON rule per requirement",
    "~2× faster",
    "≥ 10× faster",
    `${ratio(rulesVsE2E, 1)} faster`,
    yes(median(rulesVsE2E) >= 10),
  ],
  [
    "CLI, 1,000,000 JSONL records, 2 cores, `--detail gaps`",
    "8–13 k rec/s",
    "≥ 50 k rec/s, peak RSS ≤ 300 MB",
    cli === undefined
      ? "not run (--scale)"
      : `${fmt(cli.rate)} rec/s, ${cli.rssMb.toFixed(0)} MB${cli.n === 1_000_000 ? "" : ` (at ${fmt(cli.n)} records)`}`,
    cli === undefined
      ? "—"
      : yes(cli.rate >= 50_000 && cli.rssMb <= 300) + (cli.n === 1_000_000 ? "" : " (smaller run)"),
  ],
  [
    "app shipping `parseCandidate` + `assessReadiness`, gzip, deps included",
    "45.7 kB",
    "≤ 35 kB",
    kB(sizes.apps.parseAndAssess.withDeps.gzipped),
    yes(sizes.apps.parseAndAssess.withDeps.gzipped <= 35_000),
  ],
  [
    "the same without zod (library code + neverthrow)",
    "18.9 kB",
    "≤ 12 kB",
    kB(sizes.apps.parseAndAssess.withoutZod.gzipped),
    yes(sizes.apps.parseAndAssess.withoutZod.gzipped <= 12_000),
  ],
  [
    "app shipping `ageOn` only, gzip, deps included",
    "2.2 kB",
    "≤ 0.5 kB",
    kB(sizes.apps.ageOnOnly.withDeps.gzipped),
    yes(sizes.apps.ageOnOnly.withDeps.gzipped <= 500),
  ],
  [
    "`npm test` wall time, 2 cores",
    "136–216 s",
    "≤ 90 s, green under load",
    "not timed here: `time npm test`, docs/quality.md",
    "—",
  ],
];
out(`## Goals of issue 15 (this run; ratios are medians of same-round ratios, range in brackets)`);
out();
out(`| Figure | Before | Goal | Measured | Met |`);
out(`|---|---:|---:|---:|---|`);
for (const g of goals) out(`| ${g.join(" | ")} |`);
