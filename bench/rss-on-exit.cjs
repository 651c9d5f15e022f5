// Preloaded (`node --require`) into the CLI the bench runs: on exit, the main thread writes the
// process's peak resident memory (worker threads included: they share the process) on stderr.
const { isMainThread } = require("node:worker_threads");

if (isMainThread) {
  process.on("exit", () => {
    process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
  });
}
