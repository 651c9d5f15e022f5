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
import { writeBenchJsonl } from "./records.js";

const args = process.argv.slice(2);
if (args[0] === "--generate") {
  const [, file, count] = args as [string, string, string];
  await writeBenchJsonl(file, Number(count));
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
