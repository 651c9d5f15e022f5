import { readFile } from "node:fs/promises";
import { Command, CommanderError, Option } from "commander";
import { candidateJsonSchema } from "../candidate/json-schema.js";
import { parseCandidate } from "../candidate/parse.js";
import { getTarget, listTargets, listTracks } from "../catalog/lookup.js";
import type { LocaleTag as Locale } from "../core/codes.js";
import { type CalendarDate, calendarDate } from "../core/date.js";
import { LOCALES } from "../i18n/format.js";
import { localized } from "../i18n/locale.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import type { Policy } from "../policy/types.js";
import { assessReadiness } from "../readiness/assess.js";
import { type CohortSummary, createCohortAccumulator } from "../readiness/cohort.js";
import { explainReadiness } from "../readiness/explain.js";
import type { Gate } from "../readiness/types.js";
import { definePolicy, policyJsonSchema } from "../requirements/policy.js";
import { detectFormat, InputError, openText, readRecords } from "./input.js";
import {
  type AssessRow,
  CSV_HEAD,
  csvField,
  csvLine,
  jsonRow,
  type OutputFormat,
  type RenderOptions,
  tableHeader,
  tableLine,
  write,
} from "./output.js";

/** What the CLI touches of the outside world; tests and the binary pass their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Today's date in Asia/Jakarta: the one place the clock is read. */
  readonly today: () => string;
  /** Milliseconds, for the progress line only. */
  readonly now: () => number;
}

class UsageError extends Error {}

const PROGRESS_BYTES = 5 * 1024 * 1024;

interface Common {
  target: string;
  gate: Gate;
  asOf?: string;
  appliedOn?: string;
  locale: Locale;
  policy?: string;
}

const POLICY_KEYS = ["id", "title", "citations", "parameters", "targets"];

/**
 * The policy of `--policy FILE.json`: a whole policy (what `JSON.stringify(policy)` writes) or
 * the overrides of one over the default policy (what `definePolicy` takes). Validated.
 */
async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UsageError(
      `--policy ${JSON.stringify(file.slice(0, 200))} is not a readable JSON file (${(e as Error).message.slice(0, 200)})`,
    );
  }
  const whole = typeof data === "object" && data !== null && POLICY_KEYS.every((k) => Object.hasOwn(data as object, k));
  const result = whole ? definePolicy(data as Policy, {}) : definePolicy(DEFAULT_POLICY, data as never);
  if (result.isErr()) {
    const shown = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".")}: ${i.code}`)
      .join("; ");
    const more = result.error.issues.length > 5 ? ` (+${result.error.issues.length - 5} more)` : "";
    throw new UsageError(`--policy ${JSON.stringify(file.slice(0, 200))} is not a valid policy: ${shown}${more}`);
  }
  return result.value;
}

async function resolveCommon(
  o: Common,
  io: CliIo,
): Promise<{
  asOf: CalendarDate;
  appliedOn?: CalendarDate;
  target: string;
  gate: Gate;
  locale: Locale;
  policy: Policy;
}> {
  const asOfText = o.asOf ?? io.today();
  const asOf = calendarDate(asOfText);
  if (asOf.isErr())
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD (got "${asOfText.slice(0, 20)}")`);
  const applied = o.appliedOn === undefined ? undefined : calendarDate(o.appliedOn);
  if (applied?.isErr())
    throw new UsageError(
      `--applied-on must be a real date written YYYY-MM-DD (got "${String(o.appliedOn).slice(0, 20)}")`,
    );
  const policy = await loadPolicy(o.policy);
  if (getTarget(o.target, policy) === undefined) {
    throw new UsageError(`unknown target "${o.target.slice(0, 64)}"; run "sentra-vokasi targets" for the list`);
  }
  return {
    asOf: asOf.value,
    ...(applied === undefined ? {} : { appliedOn: applied._unsafeUnwrap() }),
    target: o.target,
    gate: o.gate,
    locale: o.locale,
    policy,
  };
}

function progress(io: CliIo, size: number | undefined) {
  const on = io.stderr.isTTY === true && (size === undefined || size >= PROGRESS_BYTES);
  const start = io.now();
  let last = start;
  let shown = false;
  return {
    tick(records: number, invalid: number): void {
      if (!on || records % 256 !== 0) return;
      const t = io.now();
      if (t - last < 1000) return;
      last = t;
      const rate = Math.round((records * 1000) / Math.max(1, t - start));
      io.stderr.write(`\r${records} records, ${rate}/s, ${invalid} invalid   `);
      shown = true;
    },
    done(): void {
      if (shown) io.stderr.write("\r\u001b[K");
    },
  };
}

type Row = AssessRow;

/**
 * A record's own `appliedOn` (a JSON field or a CSV column): the day that candidate applied,
 * which overrides `--applied-on`. It is not part of the candidate, so it is taken out before
 * parsing; a value that is not a date makes that record's readiness `INVALID_APPLIED_ON`.
 */
function splitAppliedOn(raw: unknown): { record: unknown; appliedOn?: string } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || !Object.hasOwn(raw, "appliedOn")) {
    return { record: raw };
  }
  const { appliedOn, ...record } = raw as { appliedOn?: unknown };
  return { record, appliedOn: typeof appliedOn === "string" ? appliedOn : String(appliedOn) };
}

/** Reads, parses and assesses every record of `file`, calling `each` in order. */
async function eachRecord(
  file: string,
  io: CliIo,
  each: (row: Row) => Promise<void> | void,
  options: { asOf: CalendarDate; appliedOn?: CalendarDate; target: string; gate: Gate; policy: Policy },
  onOpen: () => Promise<void> = async () => undefined,
): Promise<{ total: number; invalid: number }> {
  const { chunks, size } = await openText(file, io.stdin);
  const { format, chunks: body } = await detectFormat(file, chunks);
  await onOpen();
  const meter = progress(io, size);
  let total = 0;
  let invalid = 0;
  try {
    for await (const rec of readRecords(body, format)) {
      total++;
      if ("error" in rec) {
        invalid++;
        await each({ position: rec.position, id: undefined, error: rec.error });
      } else {
        const { record, appliedOn } = splitAppliedOn(rec.raw);
        const raw = record as { id?: unknown } | null;
        const id = typeof raw?.id === "string" ? raw.id : undefined;
        const parsed = parseCandidate(record);
        if (parsed.isErr()) {
          invalid++;
          await each({ position: rec.position, id, error: parsed.error });
        } else {
          await each({
            position: rec.position,
            id,
            candidate: parsed.value,
            readiness: assessReadiness(
              parsed.value,
              appliedOn === undefined ? options : { ...options, appliedOn: appliedOn as CalendarDate },
            ),
          });
        }
      }
      meter.tick(total, invalid);
    }
  } finally {
    meter.done();
  }
  return { total, invalid };
}

function reportInvalid(io: CliIo, row: Row): void {
  if (row.error === undefined) return;
  const issues = "issues" in row.error ? row.error.issues : [row.error];
  const what = issues
    .slice(0, 5)
    .map((i) => `${"path" in i && Array.isArray(i.path) && i.path.length > 0 ? `${i.path.join(".")} ` : ""}${i.code}`)
    .join(", ");
  const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : "";
  io.stderr.write(
    `invalid record ${row.position}${row.id === undefined ? "" : ` (id ${JSON.stringify(row.id)})`}: ${what}${more}\n`,
  );
}

function summaryText(s: CohortSummary, locale: Locale, target: string, asOf: string): string {
  const id = locale === "id";
  const lines = [
    id ? `Ringkasan kesiapan ${target} per ${asOf}` : `Readiness summary for ${target} as of ${asOf}`,
    `${id ? "Jumlah" : "Total"}: ${s.byStatus.total}   ${id ? "siap" : "ready"}: ${s.byStatus.ready}   ${id ? "belum siap" : "not ready"}: ${s.byStatus.not_ready}   ${id ? "tidak layak" : "ineligible"}: ${s.byStatus.ineligible}${s.byStatus.unassessed > 0 ? `   ${id ? "tidak dinilai" : "unassessed"}: ${s.byStatus.unassessed}` : ""}`,
    `${id ? "Skor rata-rata" : "Mean score"}: ${s.meanScore}`,
    `${id ? "Sebaran skor (per 10)" : "Score deciles"}: ${s.scoreDeciles.join(" ")}`,
    `${id ? "Siap dalam 30/90/180 hari karena waktu" : "Ready by time within 30/90/180 days"}: ${s.readyWithin.days30}/${s.readyWithin.days90}/${s.readyWithin.days180}`,
    `${id ? "Berakhir dalam 30/90 hari" : "Lapsing within 30/90 days"}: ${s.lapsingWithin.days30}/${s.lapsingWithin.days90}`,
    id ? "Kekurangan terbanyak:" : "Most common gaps:",
    ...s.topGaps.map((g) => `  ${String(g.count).padStart(6)}  ${g.component}: ${g.code}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Builds the program. Actions set `state.code`; usage problems throw `UsageError`. */
function build(io: CliIo, state: { code: number }): Command {
  const program = new Command("sentra-vokasi")
    .description(
      "Placement readiness of prospective migrant workers (CPMI), from a JSON array, JSONL or CSV file.\n" +
        "NIK, passport numbers and names are masked in all output unless --reveal is given.",
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError();

  const target = () =>
    new Option("--target <id>", "placement target, e.g. JP-SSW-CAREGIVING (see `targets`)").makeOptionMandatory();
  const gate = () =>
    new Option("--gate <gate>", "gate to judge").choices(["placement", "departure"]).default("placement");
  const asOf = () => new Option("--as-of <date>", "judge on this day (YYYY-MM-DD); default: today in Asia/Jakarta");
  const appliedOn = () =>
    new Option(
      "--applied-on <date>",
      "the day the candidates applied (YYYY-MM-DD), for age rules judged at application; a record's own appliedOn wins",
    );
  const locale = () => new Option("--locale <locale>", "language of texts").choices(["id", "en"]).default("id");
  const policyFile = () =>
    new Option("--policy <file>", "a policy JSON file: a whole policy, or overrides of the default one");

  program
    .command("assess")
    .description("assess every record of a file (or - for stdin) for a target")
    .argument("<file>", "a JSON array, JSONL or CSV file, or - for stdin")
    .addOption(target())
    .addOption(gate())
    .addOption(asOf())
    .addOption(appliedOn())
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "jsonl", "csv"]).default("table"),
    )
    .addOption(locale())
    .addOption(policyFile())
    .option("--reveal", "show NIK and names unmasked", false)
    .action(async (file: string, o: Common & { format: OutputFormat; reveal: boolean }) => {
      const c = await resolveCommon(o, io);
      const render: RenderOptions = {
        locale: c.locale,
        reveal: o.reveal,
        colour: o.format === "table" && io.stdout.isTTY === true,
      };
      let first = true;
      const head =
        o.format === "table"
          ? tableHeader(render)
          : o.format === "csv"
            ? `${CSV_HEAD.map(csvField).join(",")}\n`
            : o.format === "json"
              ? "["
              : "";
      const counts = await eachRecord(
        file,
        io,
        async (row) => {
          reportInvalid(io, row);
          if (o.format === "table") await write(io.stdout, tableLine(row, render));
          else if (o.format === "csv") await write(io.stdout, csvLine(row, render));
          else if (o.format === "jsonl") await write(io.stdout, `${JSON.stringify(jsonRow(row, render))}\n`);
          else {
            await write(io.stdout, `${first ? "\n" : ",\n"}${JSON.stringify(jsonRow(row, render))}`);
            first = false;
          }
        },
        c,
        async () => {
          if (head !== "") await write(io.stdout, head);
        },
      );
      if (o.format === "json") await write(io.stdout, first ? "]\n" : "\n]\n");
      io.stderr.write(
        `${counts.total} records: ${counts.total - counts.invalid} assessed, ${counts.invalid} invalid.\n`,
      );
      state.code = counts.invalid > 0 ? 1 : 0;
    });

  program
    .command("summary")
    .description("summarise the readiness of every record of a file for a target")
    .argument("<file>", "a JSON array, JSONL or CSV file, or - for stdin")
    .addOption(target())
    .addOption(gate())
    .addOption(asOf())
    .addOption(appliedOn())
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(locale())
    .addOption(policyFile())
    .action(async (file: string, o: Common & { format: "table" | "json" }) => {
      const c = await resolveCommon(o, io);
      const acc = createCohortAccumulator();
      const counts = await eachRecord(
        file,
        io,
        (row) => {
          reportInvalid(io, row);
          if (row.readiness !== undefined) acc.add(row.readiness);
        },
        c,
      );
      const s = acc.result();
      const out =
        o.format === "json"
          ? `${JSON.stringify({ target: c.target, gate: c.gate, asOf: c.asOf, records: counts.total, invalid: counts.invalid, ...s }, null, 2)}\n`
          : `${summaryText(s, c.locale, c.target, c.asOf)}${c.locale === "id" ? "Catatan tidak sah" : "Invalid records"}: ${counts.invalid} / ${counts.total}\n`;
      await write(io.stdout, out);
      state.code = counts.invalid > 0 ? 1 : 0;
    });

  program
    .command("explain")
    .description("explain the readiness of one record, found by its id")
    .argument("<file>", "a JSON array, JSONL or CSV file, or - for stdin")
    .requiredOption("--id <candidateId>", "the record's id")
    .addOption(target())
    .addOption(gate())
    .addOption(asOf())
    .addOption(appliedOn())
    .addOption(locale())
    .addOption(policyFile())
    .action(async (file: string, o: Common & { id: string }) => {
      const c = await resolveCommon(o, io);
      let found = false;
      const counts = await eachRecord(
        file,
        io,
        async (row) => {
          if (row.id !== o.id || found) return;
          found = true;
          if (row.readiness !== undefined)
            await write(io.stdout, `${explainReadiness(row.readiness, c.locale).join("\n")}\n`);
          else reportInvalid(io, row);
        },
        c,
      );
      if (!found)
        throw new UsageError(`no record with id ${JSON.stringify(o.id.slice(0, 64))} among ${counts.total} records`);
      state.code = 0;
    });

  program
    .command("targets")
    .description("list the placement targets")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(locale())
    .addOption(policyFile())
    .action(async (o: { format: string; locale: Locale; policy?: string }) => {
      const targets = listTargets(await loadPolicy(o.policy));
      const l = LOCALES[o.locale];
      await write(
        io.stdout,
        o.format === "json"
          ? `${JSON.stringify(targets, null, 2)}\n`
          : `${targets.map((t) => `${t.id.padEnd(24)} ${t.destination}  ${localized(t.title, l)}`).join("\n")}\n`,
      );
    });

  program
    .command("tracks")
    .description("list the training tracks")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(locale())
    .action(async (o: { format: string; locale: Locale }) => {
      const tracks = listTracks();
      const l = LOCALES[o.locale];
      await write(
        io.stdout,
        o.format === "json"
          ? `${JSON.stringify(tracks, null, 2)}\n`
          : `${tracks.map((t) => `${t.id.padEnd(26)} ${String(t.hours.jp).padStart(4)} ${o.locale === "id" ? "JP (jam pelajaran, 45 menit)" : "lesson hours (JP, 45 min)"}  ${localized(t.title, l)}`).join("\n")}\n`,
      );
    });

  program
    .command("schema")
    .description("print the JSON Schema (draft 2020-12) of a candidate record (or, with --policy-schema, of a policy)")
    .option("--policy-schema", "print the schema of a policy file instead", false)
    .action(async (o: { policySchema: boolean }) => {
      const schema = o.policySchema ? policyJsonSchema() : candidateJsonSchema();
      await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
    });

  return program;
}

/**
 * Runs the CLI with `argv` (without the node and script names) and returns the exit code:
 * 0 when every record parsed, 1 when some were invalid, 2 for usage errors or unreadable input.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const state = { code: 0 };
  const program = build(io, state);
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.help" || e.code === "commander.version"
        ? 0
        : 2;
    }
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr.write(`sentra-vokasi: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(
      `sentra-vokasi: the input could not be read to the end (${(e as Error)?.message?.slice(0, 200) ?? "error"})\n`,
    );
    return 2;
  }
}
