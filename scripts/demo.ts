/**
 * `npm run demo`: the CLI's main job on the bundled sample cohort of fictional Banten trainees,
 * kept the way a BLK officer keeps it (a CSV spreadsheet), on a fixed date, through the same
 * code as the `sentra-vokasi` binary:
 *
 *   sentra-vokasi assess  examples/data/banten-cohort.csv --target JP-SSW-CAREGIVING --as-of 2026-12-01 --limit 12
 *   sentra-vokasi assess  … --output demo-output/JP-SSW-CAREGIVING.txt --quiet     (the full table, in a file)
 *   sentra-vokasi summary … --quiet
 *   sentra-vokasi summary examples/data/banten-cohort.csv --target KR-EPS-MANUFACTURING --as-of 2026-12-01 --locale en --quiet
 *
 * The first command lists each invalid record and each data-quality finding once, by line; the
 * others only count them (`--quiet`). What a command writes to stderr is shown in place here
 * (as `2>&1` would), so the output reads in order. The sample holds a few invalid records on
 * purpose, so the CLI exits 1; the demo succeeds when every command ran (exit 0 or 1).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { run } from "../src/cli/program.js";

export const DEMO_FILE = "examples/data/banten-cohort.csv";
export const DEMO_AS_OF = "2026-12-01";
export const DEMO_OUTPUT = "demo-output/JP-SSW-CAREGIVING.txt";

const JP = ["--target", "JP-SSW-CAREGIVING", "--as-of", DEMO_AS_OF];

/** The demo's commands, in order. */
export const DEMO_COMMANDS: readonly (readonly string[])[] = [
  ["assess", DEMO_FILE, ...JP, "--limit", "12"],
  ["assess", DEMO_FILE, ...JP, "--output", DEMO_OUTPUT, "--quiet"],
  ["summary", DEMO_FILE, ...JP, "--quiet"],
  ["summary", DEMO_FILE, "--target", "KR-EPS-MANUFACTURING", "--as-of", DEMO_AS_OF, "--locale", "en", "--quiet"],
];

/** Runs the demo, writing everything to `out`; resolves to the exit code (0 when every command ran). */
export async function demo(out: NodeJS.WritableStream): Promise<number> {
  mkdirSync("demo-output", { recursive: true });
  const io = { stdin: process.stdin, stdout: out, stderr: out, today: () => DEMO_AS_OF, now: () => 0 };
  let failed = false;
  for (const [i, argv] of DEMO_COMMANDS.entries()) {
    out.write(`${i === 0 ? "" : "\n"}$ sentra-vokasi ${argv.join(" ")}\n`);
    const code = await run(argv, io);
    if (code > 1) failed = true;
    if (argv.includes("--output")) out.write(`(${DEMO_OUTPUT})\n`);
  }
  return failed ? 1 : 0;
}

/** How many lines of the demo's output the README shows. */
export const README_LINES = 30;
const START = "<!-- demo-output:start -->";
const END = "<!-- demo-output:end -->";

/** The demo's output, as text. */
export async function demoText(): Promise<string> {
  const sink = new PassThrough();
  let text = "";
  sink.on("data", (c) => {
    text += String(c);
  });
  await demo(sink);
  return text;
}

/** The README's demo block for a demo output: its first {@link README_LINES} lines. */
export function readmeBlock(text: string): string {
  return `${START}\n\`\`\`text\n${text.split("\n").slice(0, README_LINES).join("\n")}\n\`\`\`\n${END}`;
}

/** The demo block as the README holds it now. */
export function readmeBlockOf(readme: string): string | undefined {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  return a < 0 || b < 0 ? undefined : readme.slice(a, b + END.length);
}

if (process.argv[1]?.endsWith("demo.ts")) {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  if (process.argv.includes("--update-readme")) {
    // Rewrites the README's copy of the first lines of the demo output.
    const readme = readFileSync("README.md", "utf8");
    const current = readmeBlockOf(readme);
    if (current === undefined) {
      process.stderr.write(`README.md has no ${START} … ${END} block\n`);
      process.exitCode = 1;
    } else writeFileSync("README.md", readme.replace(current, readmeBlock(await demoText())));
  } else {
    process.exitCode = await demo(process.stdout);
  }
}
