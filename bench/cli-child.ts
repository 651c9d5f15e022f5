/**
 * Runs the CLI's `assess` in this process on a file, writing output to /dev/null, then prints
 * `{"maxRssKb":…}` on stderr's last line: peak memory of the whole run.
 */
import { createWriteStream } from "node:fs";
import { run } from "../src/cli/program.js";

const [file, target, asOf] = process.argv.slice(2) as [string, string, string];
const sink = createWriteStream("/dev/null");
const quiet = createWriteStream("/dev/null");
const code = await run(["assess", file, "--target", target, "--as-of", asOf, "--format", "csv"], {
  stdin: process.stdin,
  stdout: sink,
  stderr: quiet,
  today: () => asOf,
  now: () => Date.now(),
});
await new Promise<void>((r) => sink.end(() => r()));
process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
