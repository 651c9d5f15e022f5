import { run } from "./program.js";

/** Today's date in Asia/Jakarta, YYYY-MM-DD: the one place sentra-vokasi reads the clock. */
function todayInJakarta(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  today: todayInJakarta,
  now: () => Date.now(),
}).then((code) => {
  process.exitCode = code;
});
