/**
 * A third language is one value: a partial Japanese locale for a placement agency's staff in
 * Japan. What it does not translate comes from the fallback it names (here Indonesian, the
 * language of the BLK officer who keeps the record), never silently from English.
 *
 *   npx tsx examples/custom-locale.ts
 */
import { fileURLToPath } from "node:url";
import {
  assessReadiness,
  type CalendarDate,
  explainReadiness,
  formatIssue,
  formatReason,
  LOCALES,
  type Locale,
  parseCandidate,
} from "sentra-vokasi";
import { documentName } from "sentra-vokasi/extend";

/** Japanese: the headline words, two reasons, one action; the rest falls back to Indonesian. */
export const ja: Locale = {
  tag: "ja",
  fallback: LOCALES.id,
  text: {
    status: { ready: "準備完了", not_ready: "準備中", ineligible: "対象外" },
    gate: { placement: "配置", departure: "出発" },
    headline: (p) => `${p.target}（${p.gate}）: ${p.status}、${p.asOf} 時点、スコア ${p.score}/100。`,
  },
  reasons: {
    AGE_BELOW_MINIMUM: (p) => `年齢 ${p.age} 歳は最低年齢 ${p.min} 歳に達していません。`,
    DOCUMENT_MISSING: (p) => `書類（${p.kind}）が登録されていません。`,
  },
  actions: {
    DOCUMENT_MISSING: (p, l) => `${documentName(p.kind, l)}を用意してください。`,
  },
  names: { documents: { KTP: "住民身分証（KTP）", KK: "家族カード（KK）", PASSPORT: "パスポート" } },
  issues: {
    INVALID_DATE: () => "日付が正しくありません（YYYY-MM-DD）。",
  },
};

/** What the example prints. */
export function demo(asOf: CalendarDate): string[] {
  const candidate = parseCandidate({
    id: "JA-0001",
    nik: "3674014507090001",
    fullName: "Siti Aminah",
    sex: "F",
    birthDate: "2009-07-05",
    education: "SMK",
    maritalStatus: "SINGLE",
  })._unsafeUnwrap();
  const r = assessReadiness(candidate, { asOf, target: "JP-SSW-CAREGIVING" });
  const lines = explainReadiness(r, ja);
  const young = r.components[0]?.verdict.reasons.find((x) => x.code === "AGE_BELOW_MINIMUM");
  if (young !== undefined) lines.push(formatReason(young, ja));
  const bad = parseCandidate({ ...candidate, birthDate: "2008-02-30" });
  if (bad.isErr()) lines.push(...bad.error.issues.map((i) => formatIssue(i, ja)));
  return lines;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of demo("2026-12-01" as CalendarDate)) console.log(line);
}
