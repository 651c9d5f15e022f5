// Per-module mutation scores from Stryker's JSON reports (reports/mutation/), and the surviving
// mutants with their places, for triage. Usage: node scripts/mutation-summary.mjs [--survivors]
import { existsSync, readFileSync } from "node:fs";

const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8"));
// `npm run mutation:data` tests the default policy's data against the suites that pin it; its
// results replace the main run's for that file.
if (existsSync("reports/mutation/data.json")) {
  const data = JSON.parse(readFileSync("reports/mutation/data.json", "utf8"));
  Object.assign(report.files, data.files);
}
const modules = new Map();
const survivors = [];
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const module = file.replace(/^src\//, "").split("/")[0];
  const m = modules.get(module) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const lines = source.split("\n");
  for (const x of mutants) {
    if (x.status === "Killed") m.killed++;
    else if (x.status === "Timeout") m.timeout++;
    else if (x.status === "Survived") m.survived++;
    else if (x.status === "NoCoverage") m.noCoverage++;
    else m.other++;
    if (x.status === "Survived" || x.status === "NoCoverage") {
      const line = x.location.start.line;
      survivors.push(
        `${file}:${line} ${x.mutatorName} [${x.status}] ${String(x.replacement ?? "")
          .replace(/\s+/g, " ")
          .slice(0, 80)}  ‹${(lines[line - 1] ?? "").trim().slice(0, 90)}›`,
      );
    }
  }
  modules.set(module, m);
}
let all = { detected: 0, valid: 0 };
console.log("module        detected / valid   score");
for (const [name, m] of [...modules].sort()) {
  const detected = m.killed + m.timeout;
  const valid = detected + m.survived + m.noCoverage;
  all = { detected: all.detected + detected, valid: all.valid + valid };
  console.log(
    `${name.padEnd(12)} ${String(detected).padStart(6)} / ${String(valid).padEnd(6)} ${((100 * detected) / valid).toFixed(1)}%`,
  );
}
console.log(
  `${"all".padEnd(12)} ${String(all.detected).padStart(6)} / ${String(all.valid).padEnd(6)} ${((100 * all.detected) / all.valid).toFixed(1)}%`,
);
if (process.argv.includes("--survivors")) for (const s of survivors) console.log(s);
