/**
 * The demo: parse every record of the bundled Banten cohort, audit it, check training
 * eligibility on a fixed date and print a table (NIK masked, reasons in Bahasa Indonesia).
 *
 *   npm run demo
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ageOn,
  auditCandidate,
  type CalendarDate,
  calendarDate,
  checkTrainingEligibility,
  formatReason,
  maskNik,
  parseCandidate,
} from "sentra-vokasi";

/** One row of the demo table. */
export interface DemoRow {
  readonly no: number;
  readonly id: string;
  readonly nik: string;
  readonly age: string;
  readonly outcome: string;
  readonly reason: string;
}

const OUTCOME_ID = { pass: "LAYAK", fail: "TIDAK LAYAK", unknown: "BELUM DIKETAHUI" } as const;

/** Judges every record; invalid ones become rows too, with their issue codes. */
export function runDemo(records: readonly unknown[], asOf: CalendarDate): DemoRow[] {
  return records.map((raw, i) => {
    const given = (raw as { id?: unknown } | null)?.id;
    const id = typeof given === "string" ? given : "(tanpa id)";
    const parsed = parseCandidate(raw);
    if (parsed.isErr()) {
      const issues = parsed.error.issues.map((x) => `${x.path.join(".") || "(record)"}: ${x.code}`);
      return { no: i + 1, id, nik: "-", age: "-", outcome: "DATA TIDAK SAH", reason: issues.join("; ") };
    }
    const c = parsed.value;
    const verdict = checkTrainingEligibility(c, { asOf });
    const reason = verdict.reasons.map((r) => formatReason(r, "id")).join(" ");
    const window = verdict.validFrom
      ? ` Memenuhi syarat mulai ${verdict.validFrom}.`
      : verdict.validUntil
        ? ` Berlaku sampai ${verdict.validUntil}.`
        : "";
    const findings = auditCandidate(c, { asOf }).map((r) => `[periksa] ${formatReason(r, "id")}`);
    return {
      no: i + 1,
      id: c.id,
      nik: maskNik(c.nik),
      age: String(ageOn(c.birthDate, asOf)),
      outcome: OUTCOME_ID[verdict.outcome],
      reason: [reason + window, ...findings].join(" "),
    };
  });
}

/** Renders rows as an aligned text table. */
export function renderTable(rows: readonly DemoRow[]): string {
  const headers: DemoRow = { no: 0, id: "ID", nik: "NIK", age: "Usia", outcome: "Hasil", reason: "Alasan" };
  const cells = (r: DemoRow) => [r === headers ? "No" : String(r.no), r.id, r.nik, r.age, r.outcome, r.reason];
  const all = [headers, ...rows].map(cells);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...all.map((row) => (row[c] as string).length)));
  return all
    .map((row) => row.map((cell, c) => (c < 5 ? cell.padEnd(widths[c] as number) : cell)).join("  "))
    .join("\n");
}

function main(): void {
  const asOf = calendarDate("2026-12-01")._unsafeUnwrap();
  const file = fileURLToPath(new URL("./data/banten-cohort.json", import.meta.url));
  const records = JSON.parse(readFileSync(file, "utf8")) as unknown[];
  const rows = runDemo(records, asOf);
  const count = (o: string) => rows.filter((r) => r.outcome === o).length;
  process.stdout.write(
    `Kelayakan pelatihan (usia 15–29) per ${asOf} — ${records.length} catatan, BLK Banten (data fiktif)\n\n`,
  );
  process.stdout.write(`${renderTable(rows)}\n\n`);
  process.stdout.write(
    `Ringkasan: ${count("LAYAK")} layak, ${count("TIDAK LAYAK")} tidak layak, ` +
      `${count("DATA TIDAK SAH")} data tidak sah, ${rows.filter((r) => r.reason.includes("[periksa]")).length} perlu diperiksa.\n`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
