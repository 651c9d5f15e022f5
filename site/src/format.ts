/**
 * Policy values as short sentences: each requirement kind and national parameter, in the
 * page's language. Names (documents, tests, countries) come from the library's locales.
 */
import {
  DEFAULT_POLICY,
  type LanguageRequirement,
  LOCALES,
  type ParameterVersion,
  type TargetRequirements,
} from "sentra-vokasi";
import { type Lang, TEXT } from "./text.ts";

export function countryName(code: string, lang: Lang): string {
  return LOCALES[lang].names.countries[code] ?? code;
}

export function documentName(kind: string, lang: Lang): string {
  return (LOCALES[lang].names.documents as Readonly<Record<string, string>>)[kind] ?? kind;
}

export function testName(test: string, lang: Lang): string {
  return LOCALES[lang].names.tests[test] ?? test;
}

export function skillTestName(test: string, lang: Lang): string {
  return LOCALES[lang].names.skillTests[test] ?? test;
}

export function gateName(gate: string, lang: Lang): string {
  return gate === "departure" || gate === "placement" ? LOCALES[lang].text.gate[gate] : gate;
}

export function statusName(status: string, lang: Lang): string {
  const s = LOCALES[lang].text.status as Readonly<Record<string, string>>;
  return s[status] ?? (status === "invalid" ? TEXT[lang].statusInvalid : status);
}

/** A version's first day, or "from the start" for the policy's day zero. */
export function fromText(day: string, lang: Lang): string {
  return day === "0000-01-01" ? TEXT[lang].always : day;
}

function languageRequirement(r: LanguageRequirement, lang: Lang): string {
  const t = TEXT[lang];
  const name = testName(r.test, lang);
  let text: string;
  if (r.test === "JLPT" || r.test === "CEFR") text = `${name} ${t.atLeast} ${r.minLevel}`;
  else if (r.test === "IELTS") text = `${name} ${t.atLeast} ${r.minBand}`;
  else text = `${name} ${t.atLeast} ${r.minScore}`;
  if (r.maxAgeMonths !== undefined) text += ` (≤ ${r.maxAgeMonths} ${t.months})`;
  return text;
}

function languageGroups(groups: readonly (readonly LanguageRequirement[])[], lang: Lang): string {
  if (groups.length === 0) return TEXT[lang].noLanguage;
  const or = LOCALES[lang].text.or;
  return groups.map((g) => g.map((r) => languageRequirement(r, lang)).join(or)).join("; ");
}

function docs(list: readonly string[], lang: Lang): string {
  return list.length === 0 ? TEXT[lang].none : list.map((d) => documentName(d, lang)).join(", ");
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function strings(v: unknown): readonly string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** A requirement kind's value (one dated version of it), as a phrase. */
export function requirementValue(kind: string, value: unknown, lang: Lang): string {
  const t = TEXT[lang];
  if (isObj(value)) {
    switch (kind) {
      case "age": {
        const min = Number(value.min);
        const max = typeof value.max === "number" ? value.max : undefined;
        return `${t.ageRange(min, max)}${value.judgedAt === "application" ? `, ${t.judgedAtApplication}` : ""}`;
      }
      case "skill": {
        const units = strings(value.units);
        const tests = strings(value.skillTests);
        const parts = [units.length === 0 ? t.noUnits : `${t.units}: ${units.join(", ")}`];
        if (tests.length > 0) parts.push(`${t.skillTest}: ${tests.map((x) => skillTestName(x, lang)).join(", ")}`);
        return parts.join("; ");
      }
      case "medical": {
        const parts: string[] = [];
        if (typeof value.validityMonths === "number") parts.push(t.validityMonths(value.validityMonths));
        if (typeof value.maxAgeDays === "number") parts.push(t.maxAgeDays(value.maxAgeDays));
        if (value.colourVisionNormal === true) parts.push(t.colourVisionRequired);
        return parts.join("; ");
      }
      case "passport":
        return t.passportMonths(Number(value.minValidityMonths));
      case "documents":
      case "marriedDocuments":
      case "ifMarried":
        return `${t.atPlacement}: ${docs(strings(value.placement), lang)}; ${t.atDeparture}: ${docs(strings(value.departure), lang)}`;
      case "pregnancyTest":
        return t.pregnancyWithin(Number(value.withinDays));
      case "sex":
        return `${t.sexes}: ${strings(value.admitted)
          .map((s) => (LOCALES[lang].text.sex as Readonly<Record<string, string>>)[s] ?? s)
          .join(", ")}`;
      case "closed":
      case "retired":
        return `${String(value.since)} (${String(value.basis)})`;
    }
  }
  if (kind === "language" && Array.isArray(value)) return languageGroups(value as never, lang);
  if (kind === "open" && typeof value === "boolean") return value ? t.openYes : t.openNo;
  if (kind === "orientation" && typeof value === "boolean")
    return value ? t.orientationRequired : t.orientationNotRequired;
  if (kind === "education" && typeof value === "string") return `${t.minEducation}: ${value}`;
  if (kind === "pregnancyTestWithinDays" && typeof value === "number") return t.pregnancyWithin(value);
  return compact(value);
}

/** A national parameter's value as a phrase. */
export function parameterValue(name: string, value: unknown, lang: Lang): string {
  const t = TEXT[lang];
  switch (name) {
    case "trainingAge":
      return isObj(value) ? t.ageRange(Number(value.min), Number(value.max)) : compact(value);
    case "placementMinimumAge":
    case "placementMinimumAgeIndividualEmployer":
      return `${t.atLeast} ${String(value)} ${t.years}`;
    case "competencyCertificateValidity": {
      if (!isObj(value)) return compact(value);
      const by = isObj(value.bySchemeCode) ? Object.entries(value.bySchemeCode) : [];
      return [t.certValidity(Number(value.defaultYears)), ...by.map(([k, v]) => `${k}: ${String(v)} ${t.years}`)].join(
        "; ",
      );
    }
    case "readinessWeights":
      return isObj(value)
        ? Object.entries(value)
            .map(([k, v]) => `${t.components[k] ?? k} ${String(v)}`)
            .join(", ")
        : compact(value);
    case "placementEducationMinimum":
      return `${t.minEducation}: ${String(value)}`;
    case "placementNotPregnant":
      return value === true ? t.required : t.notRequired;
    case "lifelongDocuments":
      return docs(strings(value), lang);
  }
  return compact(value);
}

/** Any JSON value, short. */
export function compact(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? String(value);
}

/** The checklist of `targetRequirements` as label/value lines. */
export function checklistLines(r: TargetRequirements, lang: Lang): { label: string; text: string; alert?: boolean }[] {
  const t = TEXT[lang];
  const out: { label: string; text: string; alert?: boolean }[] = [];
  const rec = r as unknown as Obj;
  for (const [key, value] of Object.entries(rec)) {
    if (key === "target" || key === "asOf") continue;
    if (key === "closed" && isObj(value)) {
      out.push({ label: t.openNo, text: t.closedSince(String(value.since), String(value.basis)), alert: true });
      continue;
    }
    if (key === "retired" && isObj(value)) {
      out.push({ label: "", text: t.retiredSince(String(value.since), String(value.basis)), alert: true });
      continue;
    }
    if (key === "other" && isObj(value)) {
      for (const [k, v] of Object.entries(value)) out.push({ label: k, text: compact(v) });
      continue;
    }
    out.push({ label: kindLabel(key, lang), text: requirementValue(key, value, lang) });
  }
  return out;
}

/** The name of a requirement kind: its description in the policy when it has one. */
export function kindLabel(kind: string, lang: Lang): string {
  const t = TEXT[lang];
  const labels: Readonly<Record<string, string>> = {
    age: lang === "id" ? "Usia" : "Age",
    sex: t.sex,
    education: t.education,
    language: t.language2,
    skill: t.components.skill ?? "skill",
    medical: t.health,
    pregnancyTestWithinDays: lang === "id" ? "Tes kehamilan" : "Pregnancy test",
    pregnancyTest: lang === "id" ? "Tes kehamilan" : "Pregnancy test",
    passport: documentName("PASSPORT", lang),
    documents: t.documents,
    ifMarried: `${t.documents} (${t.ifMarried})`,
    marriedDocuments: `${t.documents} (${t.ifMarried})`,
    orientation: t.components.orientation ?? "orientation",
    open: lang === "id" ? "Penempatan dibuka" : "Placement open",
  };
  const label = labels[kind] ?? kind;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The citation of a version's basis, when the policy has one. */
export function citationOf(basis: string) {
  return Object.hasOwn(DEFAULT_POLICY.citations, basis) ? DEFAULT_POLICY.citations[basis] : undefined;
}

/** Whether a version is in force on `day`. */
export function inForce(v: ParameterVersion<unknown>, day: string): boolean {
  return v.from <= day && (v.until === undefined || day <= v.until);
}
