/** The CLI in this process: `run(argv, io)` with stdin given as text and stdout and stderr collected. */
import { PassThrough, Writable } from "node:stream";
import { run } from "../../src/cli/program.js";

/** A stream that appends what is written to it. */
function collector(add: (s: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      add(chunk.toString());
      done();
    },
  });
}

/**
 * Runs the CLI as `bin.ts` does (today is 2026-12-01 in Jakarta), reading `input` as stdin.
 * `together` gives stdout and stderr one stream, as `2>&1` does, and returns it as `out`.
 */
export async function cli(
  argv: readonly string[],
  input?: string,
  options: { together?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdin = new PassThrough();
  stdin.end(input ?? "");
  const stdout = collector((s) => {
    out += s;
  });
  const stderr =
    options.together === true
      ? stdout
      : collector((s) => {
          err += s;
        });
  const code = await run(argv, { stdin, stdout, stderr, today: () => "2026-12-01", now: () => 0 });
  return { code, out, err };
}
