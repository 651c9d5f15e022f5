/**
 * The settings every view reads (target, gate, as-of day, language), with listeners. The
 * defaults come from the URL (`?target=…&gate=…&asOf=YYYY-MM-DD&lang=en`) or, for the day, today
 * in Asia/Jakarta: the one place the page reads the clock (the library never does).
 */
import { type CalendarDate, calendarDate, type Gate, getTarget, listTargets } from "sentra-vokasi";
import type { Lang } from "./text.ts";

export interface Settings {
  readonly target: string;
  readonly gate: Gate;
  readonly asOf: CalendarDate;
  readonly lang: Lang;
}

export type SettingKey = keyof Settings;
type Listener = (s: Settings, changed: ReadonlySet<SettingKey>) => void;

/** Today's date in Asia/Jakarta, `YYYY-MM-DD`. */
export function todayInJakarta(): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}` as CalendarDate;
}

function initial(): Settings {
  const q = new URLSearchParams(globalThis.location?.search ?? "");
  const targets = listTargets();
  const t = q.get("target");
  const target = t !== null && getTarget(t) !== undefined ? t : (targets[0]?.id ?? "");
  const g = q.get("gate");
  const gate: Gate = g === "departure" ? "departure" : "placement";
  const a = calendarDate(q.get("asOf") ?? q.get("as-of") ?? "");
  const asOf = a.isOk() ? a.value : todayInJakarta();
  const l = q.get("lang") ?? q.get("locale");
  const lang: Lang = l === "en" ? "en" : "id";
  return { target, gate, asOf, lang };
}

let current: Settings = initial();
const listeners: Listener[] = [];
/** Listeners told before a change is rendered (the cohort view drops its "done" mark at once). */
const early: Listener[] = [];

export function settings(): Settings {
  return current;
}

export function onChange(listener: Listener, options: { early?: boolean } = {}): void {
  (options.early === true ? early : listeners).push(listener);
}

export function update(patch: Partial<Settings>): void {
  const changed = new Set<SettingKey>();
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (patch[key] !== undefined && patch[key] !== current[key]) changed.add(key);
  }
  if (changed.size === 0) return;
  current = { ...current, ...patch };
  for (const l of early) l(current, changed);
  for (const l of listeners) l(current, changed);
}
