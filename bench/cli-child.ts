/**
 * Runs the CLI's `assess` in this process on a file, writing output to /dev/null, then prints
 * `{"code":…,"maxRssKb":…,"seconds":…,"recordsPerSecond":…}` on stderr's last line: peak memory
 * of the whole run (worker threads included: they share the process) and throughput.
 *
 *   node --import tsx bench/cli-child.ts FILE TARGET AS_OF [CLI options…]   # default --format csv
 *   node --import tsx bench/cli-child.ts --generate FILE N                 # N JSONL bench records
 *
 * e.g. `… cohort.jsonl JP-SSW-CAREGIVING 2026-12-01 --format jsonl --detail gaps --workers 2`.
 */
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { run } from "../src/cli/program.js";
import { benchRecords } from "./records.js";

const args = process.argv.slice(2);
if (args[0] === "--generate") {
  // The file `npm run bench` writes: 5,000 generated records, repeated to N lines, each repeat
  // a different person, as in a registry: its ids gain a suffix and its NIKs another serial
  // (their last 4 digits; a few NIKs still meet again, as in real files: a finding each).
  const [, file, count] = args as [string, string, string];
  const n = Number(count);
  const base = benchRecords(Math.min(5000, n)) as Record<string, unknown>[];
  const w = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const repeat = Math.floor(i / base.length);
    const r = base[i % base.length] as Record<string, unknown>;
    const nik = typeof r.nik === "string" && /^\d{16}$/.test(r.nik) ? r.nik : undefined;
    const line =
      repeat === 0
        ? r
        : {
            ...r,
            id: `${String(r.id)}-r${repeat}`,
            ...(nik === undefined
              ? {}
              : {
                  nik: `${nik.slice(0, 12)}${String(((Number(nik.slice(12)) + repeat * 37) % 9999) + 1).padStart(4, "0")}`,
                }),
          };
    if (!w.write(`${JSON.stringify(line)}\n`)) await new Promise<void>((r) => w.once("drain", () => r()));
  }
  await new Promise<void>((r) => w.end(() => r()));
} else {
  const [file, target, asOf, ...options] = args as [string, string, string, ...string[]];
  const sink = createWriteStream("/dev/null");
  let records = 0;
  // stderr is discarded but for the closing counts line (`N data peserta: …`).
  const quiet = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const m = /^(\d+) /m.exec(chunk.toString());
      if (m !== null) records = Number(m[1]);
      done();
    },
  });
  const start = performance.now();
  const code = await run(
    ["assess", file, "--target", target, "--as-of", asOf, ...(options.length > 0 ? options : ["--format", "csv"])],
    {
      stdin: process.stdin,
      stdout: sink,
      stderr: quiet,
      today: () => asOf,
      now: () => Date.now(),
    },
  );
  await new Promise<void>((r) => sink.end(() => r()));
  const seconds = (performance.now() - start) / 1000;
  process.stderr.write(
    `\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, seconds, records, recordsPerSecond: Math.round(records / seconds) })}\n`,
  );
}
