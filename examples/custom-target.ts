/**
 * A new placement target made only of the library's own requirement kinds: no library edit,
 * only policy data. Australia's Pacific Australia Labour Mobility (PALM) scheme, horticulture,
 * with an entity employer.
 *
 * The figures below are an illustration for this example, not sourced law: each cites a
 * citation of its own marked `confirmed: false`, as every unconfirmed figure must.
 *
 *   npx tsx examples/custom-target.ts
 *   JSON.stringify(policy) > palm.json; sentra-vokasi assess cohort.csv --policy palm.json --target AU-PALM-HORTICULTURE
 */
import { fileURLToPath } from "node:url";
import {
  assessReadiness,
  type CalendarDate,
  checkPlacementEligibility,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  listTargets,
  type Policy,
  parseCandidate,
  targetRequirements,
} from "sentra-vokasi";

const d = (s: string) => s as CalendarDate;
const FROM = d("2026-01-01");

/** One citation per figure; none is confirmed. */
const CITE = {
  AGE: "AU PALM (contoh): usia 21–45",
  IELTS: "AU PALM (contoh): IELTS 4.5, 24 bulan",
  MEDICAL: "AU PALM (contoh): pemeriksaan kesehatan 90 hari",
  PASSPORT: "AU PALM (contoh): paspor 24 bulan",
  DOCUMENTS: "AU PALM (contoh): dokumen",
  NO_CERTIFICATE: "AU PALM (contoh): tanpa sertifikat kompetensi",
  OPEN: "AU PALM (contoh): penempatan dibuka",
} as const;

const citation = (what: string) => ({
  instrument: `Illustrative PALM horticulture requirement: ${what}`,
  sources: [],
  note: "An example of sentra-vokasi, not a sourced figure; replace it with the scheme's own.",
});

const version = <T>(value: T, basis: string) => [{ from: FROM, value, basis, confirmed: false }];

/** `DEFAULT_POLICY` plus the target `AU-PALM-HORTICULTURE`. */
export const policy: Policy = definePolicy(DEFAULT_POLICY, {
  id: "example-au-palm",
  citations: {
    [CITE.AGE]: citation("age 21 to 45"),
    [CITE.IELTS]: citation("IELTS band 4.5 or more, taken within 24 months"),
    [CITE.MEDICAL]: citation("a fit medical check no older than 90 days"),
    [CITE.PASSPORT]: citation("24 months of remaining passport validity"),
    [CITE.DOCUMENTS]: citation("KTP, KK, passport and family consent; at departure also visa and placement agreement"),
    [CITE.NO_CERTIFICATE]: citation("no competency certificate"),
    [CITE.OPEN]: citation("placement open"),
  },
  targets: {
    "AU-PALM-HORTICULTURE": {
      profile: {
        destination: "AU",
        scheme: "PALM (Pacific Australia Labour Mobility)",
        occupation: "horticulture",
        employer: "entity",
        title: { id: "Australia, PALM hortikultura", en: "Australia, PALM horticulture" },
        tracks: [],
      },
      requirements: {
        age: version({ min: 21, max: 45 }, CITE.AGE),
        language: version([[{ test: "IELTS" as const, minBand: 4.5, maxAgeMonths: 24 }]], CITE.IELTS),
        medical: version({ maxAgeDays: 90, colourVisionNormal: false }, CITE.MEDICAL),
        passport: version({ minValidityMonths: 24 }, CITE.PASSPORT),
        documents: version(
          {
            placement: ["KTP", "KK", "PASSPORT", "FAMILY_CONSENT"] as const,
            departure: ["KTP", "KK", "PASSPORT", "FAMILY_CONSENT", "VISA", "PLACEMENT_AGREEMENT"] as const,
          },
          CITE.DOCUMENTS,
        ),
        skill: version({ units: [], skillTests: [] }, CITE.NO_CERTIFICATE),
        open: version(true, CITE.OPEN),
      },
    },
  },
})._unsafeUnwrap();

/** What the example prints: the new target seen through the library's ordinary functions. */
export function describeTarget(asOf: CalendarDate): string[] {
  const lines: string[] = [];
  const target = "AU-PALM-HORTICULTURE";
  lines.push(`listed: ${listTargets(policy).some((t) => t.id === target)}`);
  const req = targetRequirements(target, { asOf, policy })._unsafeUnwrap();
  lines.push(`age: ${req.age.min}–${req.age.max}, passport: ${req.passport.minValidityMonths} months`);
  const candidate = parseCandidate({
    id: "PALM-0001",
    nik: "3674015002000003",
    fullName: "Rina Marlina",
    sex: "F",
    birthDate: "2000-02-10",
    languageResults: [{ test: "IELTS", band: 5, takenOn: "2026-03-01" }],
    medicalChecks: [{ result: "FIT", examinedOn: "2026-11-01" }],
    documents: [
      { kind: "KTP", issuedOn: "2018-02-10" },
      { kind: "KK", issuedOn: "2018-02-10" },
      { kind: "FAMILY_CONSENT", issuedOn: "2026-09-01" },
      { kind: "PASSPORT", number: "C1234567", issuedOn: "2026-06-01", expiresOn: "2027-06-01" },
    ],
  })._unsafeUnwrap();
  lines.push(`eligibility: ${checkPlacementEligibility(candidate, { asOf, target, policy }).outcome}`);
  const readiness = assessReadiness(candidate, { asOf, target, policy });
  lines.push(...explainReadiness(readiness, "id"), ...explainReadiness(readiness, "en"));
  return lines;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of describeTarget(d("2026-12-01"))) console.log(line);
}
