/**
 * The summary of a cohort file, the same for the CLI (`summary`), the report and the web page:
 * the readiness summary of the assessed records, what they miss (by what it says), the earliest
 * placement months of their plans and the audit findings, with the records read and invalid.
 */

import { aspectLabel, findingName } from "../cli/output.js";
import type { LocaleTag as Locale } from "../core/codes.js";
import type { CalendarDate } from "../core/date.js";
import type { Gap } from "../core/verdict.js";
import { formatGap, LOCALES } from "../i18n/format.js";
import { type CohortSummary, createCohortAccumulator } from "../readiness/cohort.js";
import type { Gate } from "../readiness/types.js";
import type { AssessRow } from "./assess.js";

/** One line of what a cohort misses: a gap as a sentence (its dates left out), and how many have it. */
export interface GapCount {
  readonly label: string;
  readonly component: string;
  readonly count: number;
}

/** The figures of a cohort file: what `sentra-vokasi summary --format json` prints. */
export interface CohortReport extends CohortSummary {
  readonly target: string;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  /** Records read (assessed + invalid). */
  readonly records: number;
  readonly invalid: number;
  /** The ten most common gaps, by what they say in the locale. */
  readonly gapsByText: readonly GapCount[];
  /** Plans by status (records planned with `plan: true` only). */
  readonly pathways: { readonly planned: number; readonly ineligible: number; readonly impossible: number };
  /** Earliest placement days of the planned records, by month (`YYYY-MM`). */
  readonly earliestPlacementMonths: Readonly<Record<string, number>>;
  /** Audit findings by code. */
  readonly audit: Readonly<Record<string, number>>;
}

/** A label for a gap that is the same for every candidate with it (dates left out). */
function gapLabel(g: Gap, locale: Locale): string {
  return formatGap(g, locale)
    .replace(/\d{4}-\d{2}-\d{2}/g, "…")
    .replace(/\.$/, "");
}

const sorted = (m: ReadonlyMap<string, number>) => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** A cohort summary built one row at a time, in constant memory apart from the counts. */
export function createCohortReport(context: { target: string; gate: Gate; asOf: CalendarDate; locale: Locale }): {
  add(row: AssessRow): void;
  result(): CohortReport;
} {
  const acc = createCohortAccumulator();
  const gaps = new Map<string, { label: string; component: string; count: number }>();
  const months = new Map<string, number>();
  const audit = new Map<string, number>();
  const plans = { planned: 0, ineligible: 0, impossible: 0 };
  let records = 0;
  let invalid = 0;
  return {
    add(row) {
      records++;
      if (row.problems !== undefined) invalid++;
      for (const f of row.audit) audit.set(f.code, (audit.get(f.code) ?? 0) + 1);
      if (row.readiness !== undefined) {
        acc.add(row.readiness);
        for (const g of row.readiness.gaps) {
          const label = gapLabel(g, context.locale);
          const k = `${g.component}\u0000${label}`;
          const c = gaps.get(k);
          if (c === undefined) gaps.set(k, { label, component: g.component, count: 1 });
          else c.count++;
        }
      }
      if (row.pathway !== undefined) {
        plans[row.pathway.status]++;
        const m = row.pathway.earliestPlacement?.slice(0, 7);
        if (m !== undefined) months.set(m, (months.get(m) ?? 0) + 1);
      }
    },
    result() {
      return {
        target: context.target,
        gate: context.gate,
        asOf: context.asOf,
        records,
        invalid,
        ...acc.result(),
        gapsByText: [...gaps.values()].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)).slice(0, 10),
        pathways: { ...plans },
        earliestPlacementMonths: sorted(months),
        audit: sorted(audit),
      };
    },
  };
}

/** The summary as text, in the locale: the report's figures, with labels that say what they count. */
export function summaryText(s: CohortReport, locale: Locale): string {
  const c = { ...s, locale };
  const id = c.locale === "id";
  const l = LOCALES[c.locale];
  const counts = { total: s.records, invalid: s.invalid };
  const gaps = s.gapsByText;
  const pathways = { months: new Map(Object.entries(s.earliestPlacementMonths)), plans: s.pathways };
  const deciles = s.scoreDeciles.map((n, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${n}`).join(", ");
  const findings = Object.entries(s.audit).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [
    id
      ? `Ringkasan kesiapan ${c.target} (${l.text.gate[c.gate]}) per ${c.asOf}`
      : `Readiness summary for ${c.target} (${l.text.gate[c.gate]}) as of ${c.asOf}`,
    id
      ? `Data peserta: ${counts.total}   dinilai: ${s.byStatus.total}   tidak sah: ${counts.invalid}`
      : `Records: ${counts.total}   assessed: ${s.byStatus.total}   invalid: ${counts.invalid}`,
    `${id ? "Siap" : "Ready"}: ${s.byStatus.ready}   ${id ? "belum siap" : "not ready"}: ${s.byStatus.not_ready}   ${id ? "tidak layak" : "ineligible"}: ${s.byStatus.ineligible}${s.byStatus.unassessed > 0 ? `   ${id ? "tidak dinilai" : "unassessed"}: ${s.byStatus.unassessed}` : ""}`,
    `${id ? `Skor rata-rata (${s.scored} peserta siap dan belum siap; tidak layak tidak dihitung)` : `Mean score (${s.scored} ready and not ready candidates; ineligible ones left out)`}: ${s.meanScore}`,
    `${id ? "Sebaran skor (jumlah peserta per rentang skor)" : "Score histogram (candidates per score range)"}: ${deciles}`,
    `${id ? "Siap karena waktu saja dalam 30/90/180 hari" : "Ready by time alone within 30/90/180 days"}: ${s.readyWithin.days30}/${s.readyWithin.days90}/${s.readyWithin.days180}`,
    `${id ? "Kesiapan berakhir dalam 30/90 hari" : "Readiness lapsing within 30/90 days"}: ${s.lapsingWithin.days30}/${s.lapsingWithin.days90}`,
    id ? "Kekurangan terbanyak (jumlah peserta):" : "Most common gaps (candidates):",
    ...gaps.map((g) => `  ${String(g.count).padStart(5)}  ${aspectLabel(g.component, c.locale)}: ${g.label}`),
  ];
  const months = [...pathways.months].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  lines.push(
    id
      ? `Paling cepat ditempatkan, per bulan (sesuai rencana; tidak layak ${pathways.plans.ineligible ?? 0}, tidak dapat direncanakan ${pathways.plans.impossible ?? 0}):`
      : `Earliest placement by month (as planned; ineligible ${pathways.plans.ineligible ?? 0}, cannot be planned ${pathways.plans.impossible ?? 0}):`,
    `  ${months.map(([m, n]) => `${m}: ${n}`).join(", ") || "-"}`,
  );
  if (findings.length > 0) {
    lines.push(id ? "Temuan pemeriksaan data:" : "Data-quality findings:");
    for (const [code, n] of findings) lines.push(`  ${String(n).padStart(5)}  ${findingName(code, c.locale)}`);
  }
  return `${lines.join("\n")}\n`;
}
