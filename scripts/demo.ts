/**
 * `npm run demo`: the CLI's main job on the bundled sample cohort of fictional Banten trainees,
 * on a fixed date, through the same code as the `sentra-vokasi` binary:
 *
 *   sentra-vokasi summary examples/data/banten-cohort.json --target JP-SSW-CAREGIVING --as-of 2026-12-01
 *   sentra-vokasi assess  examples/data/banten-cohort.json --target JP-SSW-CAREGIVING --as-of 2026-12-01 --format table
 *   sentra-vokasi summary examples/data/banten-cohort.json --target SA-DOMESTIC --as-of 2026-12-01 --locale en
 *
 * The sample holds a few invalid records on purpose, so the CLI exits 1 (some invalid); the
 * demo succeeds when every command ran (exit 0 or 1).
 */
import { run } from "../src/cli/program.js";

const FILE = "examples/data/banten-cohort.json";
const AS_OF = "2026-12-01";
const io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  today: () => AS_OF,
  now: () => Date.now(),
};

const commands = [
  ["summary", FILE, "--target", "JP-SSW-CAREGIVING", "--as-of", AS_OF],
  ["assess", FILE, "--target", "JP-SSW-CAREGIVING", "--as-of", AS_OF, "--format", "table"],
  ["summary", FILE, "--target", "SA-DOMESTIC", "--as-of", AS_OF, "--locale", "en"],
];

let failed = false;
for (const argv of commands) {
  process.stdout.write(`\n$ sentra-vokasi ${argv.join(" ")}\n\n`);
  const code = await run(argv, io);
  if (code > 1) failed = true;
}
process.exitCode = failed ? 1 : 0;
