import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Command, CommanderError, Option } from "commander";
import { candidateJsonSchema } from "../candidate/json-schema.js";
import type { Candidate } from "../candidate/types.js";
import { getTarget, listTargets, listTracks } from "../catalog/lookup.js";
import type { LocaleTag as Locale } from "../core/codes.js";
import { type CalendarDate, calendarDate } from "../core/date.js";
import { formatIssue, LOCALES } from "../i18n/format.js";
import { localized } from "../i18n/locale.js";
import { explainPathway } from "../pathway/explain.js";
import { planPathway } from "../pathway/plan.js";
import type { PathwaySchedule } from "../pathway/types.js";
import { DEFAULT_POLICY } from "../policy/default.js";
import type { Policy } from "../policy/types.js";
import { explainReadiness } from "../readiness/explain.js";
import type { Gate } from "../readiness/types.js";
import { createRecordAssessor } from "../report/assess.js";
import { createCohortReport, summaryText } from "../report/summary.js";
import { definePolicy, policyJsonSchema } from "../requirements/policy.js";
import { requirementKinds } from "../requirements/registry.js";
import { type Job, keepJsonText } from "./batch.js";
import { InputError, type ReadOptions, readInput } from "./input.js";
import { CLI_TEXT } from "./messages.js";
import {
  type AssessRow,
  bufferedWriter,
  CHUNK_CHARS,
  CSV_HEAD,
  csvField,
  type Detail,
  findingText,
  type OutputFormat,
  problemText,
  type RenderOptions,
  tableHeader,
  write,
} from "./output.js";
import { type Counts, eachOut, progressMeter, type Sink } from "./pipeline.js";
import { reportHtml } from "./report.js";

/** What an action leaves for `run`: the exit code and the locale of error messages. */
interface State {
  code: number;
  locale: Locale;
}

/**
 * The schedule of `--schedule FILE.json` (waves, test sittings, lead times), checked by
 * planning an empty record with it: an invalid one is a usage error naming its field.
 */
async function loadSchedule(file: string | undefined, c: Resolved): Promise<PathwaySchedule | undefined> {
  if (file === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--schedule ${JSON.stringify(file.slice(0, 200))}: ${(e as Error).message.slice(0, 200)}`);
  }
  const probe = planPathway({} as Candidate, {
    asOf: c.asOf,
    target: c.target,
    policy: c.policy,
    schedule: data as never,
  });
  if (probe.isErr() && probe.error.code === "INVALID_SCHEDULE") {
    throw new UsageError(`--schedule ${JSON.stringify(file.slice(0, 200))}: ${probe.error.field ?? ""} is not valid`);
  }
  return data as PathwaySchedule;
}

/** A file to write the output to; an unwritable path is a usage error. */
async function openOutput(file: string): Promise<NodeJS.WritableStream> {
  const out = createWriteStream(file);
  await new Promise<void>((resolve, reject) => {
    out.once("open", () => resolve());
    out.once("error", (e) =>
      reject(new UsageError(`--output ${JSON.stringify(file.slice(0, 200))}: ${e.message.slice(0, 200)}`)),
    );
  });
  return out;
}

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
  strict?: boolean;
  dayFirst?: boolean;
  sheet?: string;
  ignoreColumn?: string[];
  quiet?: boolean;
}

const POLICY_KEYS = ["id", "title", "citations", "parameters", "targets"];

/**
 * The policy of `--policy FILE.json`: a whole policy (what `JSON.stringify(policy)` writes) or
 * the overrides of one over the default policy (what `definePolicy` takes). Validated.
 */
async function loadPolicy(file: string | undefined, locale: Locale): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  const t = CLI_TEXT[locale].usage;
  const name = JSON.stringify(file.slice(0, 200));
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new UsageError(t.policyUnreadable(name, (e as Error).message.slice(0, 200)));
  }
  const whole = typeof data === "object" && data !== null && POLICY_KEYS.every((k) => Object.hasOwn(data as object, k));
  const result = whole ? definePolicy(data as Policy, {}) : definePolicy(DEFAULT_POLICY, data as never);
  if (result.isErr()) {
    const shown = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".")}: ${formatIssue(i, locale)}`)
      .join("; ");
    const more = result.error.issues.length > 5 ? ` (+${result.error.issues.length - 5})` : "";
    throw new UsageError(t.policyInvalid(name, `${shown}${more}`));
  }
  return result.value;
}

interface Resolved {
  /** Plan every valid record's pathway (table and csv output, summary, plan). */
  plan?: boolean;
  schedule?: PathwaySchedule;
  asOf: CalendarDate;
  appliedOn?: CalendarDate;
  target: string;
  gate: Gate;
  locale: Locale;
  policy: Policy;
  strict: boolean;
  quiet: boolean;
  read: ReadOptions;
}

async function resolveCommon(o: Common, io: CliIo, state: State): Promise<Resolved> {
  state.locale = o.locale;
  const t = CLI_TEXT[o.locale].usage;
  const asOfText = o.asOf ?? io.today();
  const asOf = calendarDate(asOfText);
  if (asOf.isErr()) throw new UsageError(t.asOf(asOfText.slice(0, 20)));
  const applied = o.appliedOn === undefined ? undefined : calendarDate(o.appliedOn);
  if (applied?.isErr()) throw new UsageError(t.appliedOn(String(o.appliedOn).slice(0, 20)));
  const policy = await loadPolicy(o.policy, o.locale);
  if (getTarget(o.target, policy) === undefined) throw new UsageError(t.target(o.target.slice(0, 64)));
  const read: ReadOptions = {
    dayFirst: o.dayFirst === true,
    ...(o.sheet === undefined ? {} : { sheet: o.sheet }),
    ...(o.ignoreColumn === undefined ? {} : { ignoreColumns: o.ignoreColumn }),
    notice: (n) => {
      if (o.quiet !== true) io.stderr.write(`${CLI_TEXT[o.locale].notice(n)}\n`);
    },
  };
  return {
    asOf: asOf.value,
    ...(applied === undefined ? {} : { appliedOn: applied._unsafeUnwrap() }),
    target: o.target,
    gate: o.gate,
    locale: o.locale,
    policy,
    strict: o.strict === true,
    quiet: o.quiet === true,
    read,
  };
}

type Row = AssessRow;

/**
 * Reads, parses, audits and assesses every record of `file` in this thread, calling `each` with
 * each row in order (`explain`, `plan`: the whole row of the one record asked for).
 */
async function eachRecord(
  file: string,
  io: CliIo,
  each: (row: Row) => Promise<void> | void,
  options: Resolved,
): Promise<Counts> {
  const records = readInput(file, io.stdin, options.read);
  const meter = progressMeter(io.stderr, io.now, undefined, PROGRESS_BYTES);
  const counts: Counts = { total: 0, invalid: 0, findings: 0 };
  const assess = createRecordAssessor(options);
  try {
    for (;;) {
      const next = await records.next();
      if (next.done === true) break;
      const row = assess(next.value);
      counts.total++;
      if (row.problems !== undefined) counts.invalid++;
      counts.findings += row.audit.length;
      await each(row);
      meter.tick(counts.total, counts.invalid);
    }
  } finally {
    meter.done();
  }
  return counts;
}

/** How a command runs over every record: its job, worker threads, batch size. */
interface Run {
  readonly job: Job;
  readonly workers: number;
  readonly batch?: number;
  /** Output and stderr end up in one place: each record's lines, then its text, unbuffered. */
  readonly together?: boolean;
}

/**
 * Every record of `file` through `eachOut` (worker threads when asked), each record's stderr
 * lines written unless quiet, collected into chunks.
 */
async function eachResult(
  file: string,
  io: CliIo,
  c: Resolved,
  r: Run,
  sink: Partial<Pick<Sink, "text" | "row">>,
): Promise<Counts> {
  const err = bufferedWriter(io.stderr, r.together === true ? 0 : 16 * 1024);
  // JSON records stay text in this thread: the thread that assesses one parses it.
  const counts = await eachOut(readInput(file, io.stdin, { ...c.read, parseJson: keepJsonText }), {
    job: r.job,
    workers: r.workers,
    ...(r.batch === undefined ? {} : { batch: r.batch }),
    interleave: r.together === true,
    meter: progressMeter(io.stderr, io.now, undefined, PROGRESS_BYTES),
    sink: {
      text: (chunk) => sink.text?.(chunk),
      lines: (chunk) => {
        if (!c.quiet) err.add(chunk);
      },
      row: (row, lines) => sink.row?.(row, lines),
    },
  }).finally(() => err.flush());
  return counts;
}

/** The job of a command, as plain data for the worker threads. */
function jobOf(c: Resolved, kind: Job["kind"], format: OutputFormat, render: Job["render"], limit?: number): Job {
  return {
    kind,
    asOf: c.asOf,
    ...(c.appliedOn === undefined ? {} : { appliedOn: c.appliedOn }),
    target: c.target,
    gate: c.gate,
    ...(c.policy === DEFAULT_POLICY ? {} : { policy: c.policy }),
    strict: c.strict,
    plan: c.plan === true,
    ...(c.schedule === undefined ? {} : { schedule: c.schedule }),
    locale: c.locale,
    format,
    render,
    ...(limit === undefined ? {} : { limit }),
    kinds: requirementKinds().map((k) => k.id),
  };
}

/** `--workers N`: a whole number, at least 1. */
function workersOption(): Option {
  return new Option("--workers <n>", "worker threads that assess records (1: in this thread)")
    .default(availableParallelism(), "the available cores")
    .argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`--workers must be a whole number from 1 (got "${v.slice(0, 20)}")`);
      return n;
    });
}

/** `--batch-size N` (hidden): records per batch sent to a worker; for tests and tuning. */
function batchOption(): Option {
  return new Option("--batch-size <n>", "records per batch sent to a worker").hideHelp().argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--batch-size must be a whole number from 1 (got "${v.slice(0, 20)}")`);
    return n;
  });
}

/** Builds the program. Actions set `state.code`; usage problems throw `UsageError`. */
function build(io: CliIo, state: State): Command {
  const program = new Command("sentra-vokasi")
    .description(
      "Placement readiness of prospective migrant workers (CPMI), from a CSV, xlsx, JSON array or JSONL file.\n" +
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
  const reading = (c: Command) =>
    c
      .option("--strict", "treat data-quality findings as invalid records (exit 1)", false)
      .option("--day-first", "read DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY dates in CSV and xlsx (day first)", false)
      .option("--sheet <name>", "the worksheet of an xlsx workbook (default: the first)")
      .option(
        "--ignore-column <name>",
        "skip a column of a CSV or xlsx header (repeatable)",
        (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
      )
      .option("--quiet", "do not list invalid records and findings on stderr, only the counts", false);
  const FILE = "a CSV, xlsx, JSON array or JSONL file, or - for stdin";

  reading(
    program
      .command("assess")
      .description("assess every record of a file (or - for stdin) for a target")
      .argument("<file>", FILE)
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
      .option("--limit <n>", "write only the first n records (the counts still cover every record)", (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0)
          throw new UsageError(`--limit must be a whole number (got "${v.slice(0, 20)}")`);
        return n;
      })
      .option("--output <file>", "write the output to a file instead of stdout")
      .addOption(
        new Option(
          "--detail <detail>",
          "json and jsonl: gaps (status, score, window, gaps) or full (with verdict trees)",
        )
          .choices(["gaps", "full"])
          .default("gaps"),
      )
      .addOption(workersOption())
      .addOption(batchOption()),
  ).action(
    async (
      file: string,
      o: Common & {
        format: OutputFormat;
        reveal: boolean;
        limit?: number;
        output?: string;
        detail: Detail;
        workers: number;
        batchSize?: number;
      },
    ) => {
      const c = { ...(await resolveCommon(o, io, state)), plan: o.format === "table" || o.format === "csv" };
      const out: NodeJS.WritableStream = o.output === undefined ? io.stdout : await openOutput(o.output);
      const render: RenderOptions & { detail: Detail } = {
        locale: c.locale,
        reveal: o.reveal,
        colour: o.format === "table" && o.output === undefined && io.stdout.isTTY === true,
        detail: o.detail,
      };
      const job = jobOf(c, "assess", o.format, render, o.limit);
      const head =
        o.format === "table"
          ? tableHeader(render)
          : o.format === "csv"
            ? `${CSV_HEAD.map(csvField).join(",")}\n`
            : o.format === "json"
              ? "["
              : "";
      // Output and stderr in one place (a terminal, `2>&1` in process): a record's problems and
      // findings stay beside it, so nothing is held back.
      const together = out === io.stderr || (out === io.stdout && io.stdout.isTTY === true && io.stderr.isTTY === true);
      const w = bufferedWriter(out, together ? 0 : CHUNK_CHARS);
      let started = false;
      let complete = false;
      try {
        const counts = await eachResult(
          file,
          io,
          c,
          { job, workers: o.workers, together, ...(o.batchSize === undefined ? {} : { batch: o.batchSize }) },
          {
            text: (chunk) => {
              if (!started && head !== "") w.add(head);
              started = true;
              return w.add(chunk);
            },
          },
        );
        // Every record is written but those after --limit.
        const written = o.limit === undefined ? counts.total : Math.min(o.limit, counts.total);
        if (o.format === "json") w.add(written === 0 ? "[]\n" : "\n]\n");
        if (o.limit !== undefined && counts.total > written && o.format === "table") {
          w.add(`${CLI_TEXT[c.locale].limited(written, counts.total)}\n`);
        }
        await w.flush();
        complete = true;
        io.stderr.write(
          `${CLI_TEXT[c.locale].counts({ total: counts.total, assessed: counts.total - counts.invalid, invalid: counts.invalid, findings: counts.findings })}\n`,
        );
        state.code = counts.invalid > 0 ? 1 : 0;
      } finally {
        // Stopped by unreadable input: what was written for the records before it stays written.
        if (!complete) await w.flush().catch(() => {});
        if (out !== io.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
      }
    },
  );

  reading(
    program
      .command("summary")
      .description("summarise the readiness of every record of a file for a target")
      .argument("<file>", FILE)
      .addOption(target())
      .addOption(gate())
      .addOption(asOf())
      .addOption(appliedOn())
      .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
      .addOption(locale())
      .addOption(policyFile())
      .addOption(workersOption())
      .addOption(batchOption()),
  ).action(async (file: string, o: Common & { format: "table" | "json"; workers: number; batchSize?: number }) => {
    const c = { ...(await resolveCommon(o, io, state)), plan: true };
    const report = createCohortReport(c);
    const job = jobOf(c, "rows", "jsonl", { locale: c.locale, reveal: false, colour: false, detail: "gaps" });
    const counts = await eachResult(
      file,
      io,
      c,
      { job, workers: o.workers, ...(o.batchSize === undefined ? {} : { batch: o.batchSize }) },
      { row: (row) => report.add(row) },
    );
    const s = report.result();
    const out = o.format === "json" ? `${JSON.stringify(s, null, 2)}\n` : summaryText(s, c.locale);
    await write(io.stdout, out);
    state.code = counts.invalid > 0 ? 1 : 0;
  });

  reading(
    program
      .command("report")
      .description(
        "write one self-contained HTML report (counts, charts, summary, problems by line) an officer can email",
      )
      .argument("<file>", FILE)
      .addOption(target())
      .addOption(gate())
      .addOption(asOf())
      .addOption(appliedOn())
      .addOption(locale())
      .addOption(policyFile())
      .requiredOption("--out <file>", "the HTML file to write, e.g. report.html")
      .addOption(workersOption())
      .addOption(batchOption()),
  ).action(async (file: string, o: Common & { out: string; workers: number; batchSize?: number }) => {
    const c = { ...(await resolveCommon(o, io, state)), plan: true };
    const report = createCohortReport(c);
    const lines: string[] = [];
    const job = jobOf(c, "rows", "jsonl", { locale: c.locale, reveal: false, colour: false, detail: "gaps" });
    const counts = await eachResult(
      file,
      io,
      c,
      { job, workers: o.workers, ...(o.batchSize === undefined ? {} : { batch: o.batchSize }) },
      {
        row: (row, rowLines) => {
          for (const l of rowLines) lines.push(l);
          report.add(row);
        },
      },
    );
    const out = await openOutput(o.out);
    await write(out, await reportHtml(report.result(), c.locale, lines));
    await new Promise<void>((resolve) => out.end(() => resolve()));
    io.stderr.write(
      `${CLI_TEXT[c.locale].counts({ total: counts.total, assessed: counts.total - counts.invalid, invalid: counts.invalid, findings: counts.findings })}\n`,
    );
    state.code = counts.invalid > 0 ? 1 : 0;
  });

  /**
   * The one record of `file` whose id is `id`, for `explain` and `plan`, when it is there once
   * and `usable` (valid, with what the command shows). Otherwise says why (not there, there on
   * several lines, invalid with its problems), sets exit code 1 and gives undefined.
   */
  const findRecord = async (
    file: string,
    wanted: string,
    c: Resolved,
    usable: (row: Row) => boolean,
  ): Promise<Row | undefined> => {
    const t = CLI_TEXT[c.locale];
    let found: Row | undefined;
    const lines: number[] = [];
    const counts = await eachRecord(
      file,
      io,
      (row) => {
        if (row.id !== wanted) return;
        lines.push(row.line);
        if (found === undefined) found = row;
      },
      c,
    );
    const id = wanted.slice(0, 64);
    state.code = 1;
    if (found === undefined) {
      io.stderr.write(`sentra-vokasi: ${t.explain.missing(id, counts.total)}\n`);
      return undefined;
    }
    if (lines.length > 1) {
      io.stderr.write(`sentra-vokasi: ${t.explain.duplicated(id, lines.map((l) => t.line(l)).join(", "))}\n`);
      return undefined;
    }
    const row: Row = found;
    if (row.problems !== undefined || !usable(row)) {
      const problems = (row.problems ?? []).map((p) => `- ${problemText(p, c.locale)}`);
      await write(io.stdout, `${[`${t.line(row.line)}: ${t.explain.invalid(id)}`, ...problems].join("\n")}\n`);
      return undefined;
    }
    return row;
  };

  reading(
    program
      .command("explain")
      .description("explain the readiness of one record, found by its id")
      .argument("<file>", FILE)
      .requiredOption("--id <candidateId>", "the record's id")
      .addOption(target())
      .addOption(gate())
      .addOption(asOf())
      .addOption(appliedOn())
      .addOption(locale())
      .addOption(policyFile()),
  ).action(async (file: string, o: Common & { id: string }) => {
    const c = await resolveCommon(o, io, state);
    const t = CLI_TEXT[c.locale];
    const row = await findRecord(file, o.id, c, (r) => r.readiness !== undefined);
    if (row?.readiness === undefined) return;
    const findings = row.audit.map((f) => `! ${t.finding}: ${findingText(f, c.locale)}`);
    await write(io.stdout, `${[...explainReadiness(row.readiness, c.locale), ...findings].join("\n")}\n`);
    state.code = 0;
  });

  reading(
    program
      .command("plan")
      .description("plan one record's pathway to a target: dated steps and the earliest placement day")
      .argument("<file>", FILE)
      .requiredOption("--id <candidateId>", "the record's id")
      .addOption(target())
      .addOption(gate())
      .addOption(asOf())
      .addOption(appliedOn())
      .addOption(locale())
      .addOption(policyFile())
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
      .option("--schedule <file>", "a JSON file of calendars and figures: waves, test sittings, lead times"),
  ).action(async (file: string, o: Common & { id: string; format: "text" | "json"; schedule?: string }) => {
    const resolved = await resolveCommon(o, io, state);
    const schedule = await loadSchedule(o.schedule, resolved);
    const c = { ...resolved, plan: true, ...(schedule === undefined ? {} : { schedule }) };
    const row = await findRecord(file, o.id, c, (r) => r.pathway !== undefined);
    if (row?.pathway === undefined) return;
    await write(
      io.stdout,
      o.format === "json"
        ? `${JSON.stringify(row.pathway, null, 2)}\n`
        : `${explainPathway(row.pathway, c.locale).join("\n")}\n`,
    );
    state.code = 0;
  });

  program
    .command("targets")
    .description("list the placement targets")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(locale())
    .addOption(policyFile())
    .action(async (o: { format: string; locale: Locale; policy?: string }) => {
      const targets = listTargets(await loadPolicy(o.policy, o.locale));
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
  const state: State = { code: 0, locale: "id" };
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
    if (e instanceof InputError) {
      io.stderr.write(`sentra-vokasi: ${CLI_TEXT[state.locale].input[e.code](e.params)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`sentra-vokasi: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(
      `sentra-vokasi: ${CLI_TEXT[state.locale].usage.unreadable((e as Error)?.message?.slice(0, 200) ?? "error")}\n`,
    );
    return 2;
  }
}
