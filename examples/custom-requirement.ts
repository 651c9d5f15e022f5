/**
 * A requirement kind the library does not ship, defined by a caller without editing the
 * library: a minimum height, judged from the candidate's `attributes.heightCm`, on a new
 * target `JP-SSW-CONSTRUCTION-DEMO`. The kind is declared once (schema, component, codes with
 * urgency and permanence, messages in Indonesian and English, evaluation) and registered;
 * then a policy can state it like any built-in requirement.
 *
 * The 160 cm figure is an illustration, not a sourced rule.
 *
 *   npx tsx examples/custom-requirement.ts
 */
import { fileURLToPath } from "node:url";
import {
  assessReadiness,
  type CalendarDate,
  type Candidate,
  DEFAULT_POLICY,
  definePolicy,
  explainReadiness,
  type Policy,
  type PolicyTarget,
  parseCandidate,
} from "sentra-vokasi";
import { defineRequirementKind, makeReason, makeVerdict, registerRequirementKind } from "sentra-vokasi/extend";
import * as z from "zod";

// The kind's codes, params and parameter join the library's typed unions: a misspelled code
// or a wrong param in `makeReason` below is a compile error.
declare module "sentra-vokasi/extend" {
  interface CustomReasonParams {
    HEIGHT_MEETS_MINIMUM: { heightCm: number; min: number };
    HEIGHT_BELOW_MINIMUM: { heightCm: number; min: number };
    HEIGHT_UNKNOWN: { min: number };
  }
  interface CustomGapParams {
    HEIGHT_BELOW_MINIMUM: { heightCm: number; min: number };
    HEIGHT_UNKNOWN: { min: number };
  }
  interface RequirementValues {
    minimumHeight: { readonly minCm: number };
  }
}

const RULE = "placement.height";

/** Minimum height in centimetres, from `attributes.heightCm`. */
export const minimumHeight = defineRequirementKind({
  id: "minimumHeight",
  rule: RULE,
  component: "eligibility",
  gates: ["placement", "departure"],
  description: { id: "Tinggi badan minimal (cm)", en: "Minimum height (cm)" },
  schema: z.strictObject({ minCm: z.number().int().min(100).max(250) }),
  codes: {
    HEIGHT_MEETS_MINIMUM: { urgency: "data" },
    // An adult's height does not change: failing it closes this target for good.
    HEIGHT_BELOW_MINIMUM: { urgency: "blocker", permanent: true },
    HEIGHT_UNKNOWN: { urgency: "data" },
  },
  messages: {
    id: {
      reasons: {
        HEIGHT_MEETS_MINIMUM: (p) => `Tinggi badan ${p.heightCm} cm memenuhi batas minimal ${p.min} cm.`,
        HEIGHT_BELOW_MINIMUM: (p) => `Tinggi badan ${p.heightCm} cm di bawah batas minimal ${p.min} cm.`,
        HEIGHT_UNKNOWN: (p) => `Tinggi badan belum tercatat; batas minimal ${p.min} cm.`,
      },
      actions: {
        HEIGHT_BELOW_MINIMUM: (p) => `Tinggi badan minimal ${p.min} cm tidak terpenuhi: pilih sasaran lain.`,
        HEIGHT_UNKNOWN: (p) => `Ukur dan catat tinggi badan (minimal ${p.min} cm).`,
      },
    },
    en: {
      reasons: {
        HEIGHT_MEETS_MINIMUM: (p) => `Height ${p.heightCm} cm meets the minimum of ${p.min} cm.`,
        HEIGHT_BELOW_MINIMUM: (p) => `Height ${p.heightCm} cm is below the minimum of ${p.min} cm.`,
        HEIGHT_UNKNOWN: (p) => `Height is not recorded; the minimum is ${p.min} cm.`,
      },
      actions: {
        HEIGHT_BELOW_MINIMUM: (p) => `The minimum height of ${p.min} cm is not met: choose another target.`,
        HEIGHT_UNKNOWN: (p) => `Measure and record the height (minimum ${p.min} cm).`,
      },
    },
  },
  evaluate(candidate: Candidate, ctx) {
    const min = ctx.version.value.minCm;
    const basis = ctx.version.basis;
    const heightCm = candidate.attributes?.heightCm;
    if (typeof heightCm !== "number") {
      return [makeVerdict(RULE, "unknown", [makeReason("HEIGHT_UNKNOWN", "unknown", { min }, basis)])];
    }
    return heightCm >= min
      ? [makeVerdict(RULE, "pass", [makeReason("HEIGHT_MEETS_MINIMUM", "pass", { heightCm, min }, basis)])]
      : [makeVerdict(RULE, "fail", [makeReason("HEIGHT_BELOW_MINIMUM", "fail", { heightCm, min }, basis)])];
  },
});

registerRequirementKind(minimumHeight)._unsafeUnwrap();

const HEIGHT = "Contoh: tinggi badan minimal 160 cm";
const FROM = "2026-01-01" as CalendarDate;
/** The example target keeps the rules of Japan's SSW manufacturing target and adds a height. */
const manufacturing = DEFAULT_POLICY.targets["JP-SSW-MANUFACTURING"] as PolicyTarget;

/** `DEFAULT_POLICY` plus `JP-SSW-CONSTRUCTION-DEMO`: Japan's SSW rules and a minimum height. */
export const policy: Policy = definePolicy(DEFAULT_POLICY, {
  id: "example-minimum-height",
  citations: {
    [HEIGHT]: {
      instrument: "Illustrative minimum height of 160 cm for a construction job (an example, not a sourced rule)",
      sources: [],
      note: "An example of sentra-vokasi; replace it with the employer's or scheme's own figure.",
    },
  },
  targets: {
    "JP-SSW-CONSTRUCTION-DEMO": {
      profile: {
        ...manufacturing.profile,
        occupation: "construction (example)",
        title: { id: "Jepang, SSW (i) konstruksi (contoh)", en: "Japan, SSW (i) construction (example)" },
        tracks: [],
      },
      requirements: {
        ...Object.fromEntries(Object.entries(manufacturing.requirements).map(([k, p]) => [k, p?.versions ?? []])),
        minimumHeight: [{ from: FROM, value: { minCm: 160 }, basis: HEIGHT, confirmed: false }],
      },
    },
  },
})._unsafeUnwrap();

/** A candidate of the given height (or none recorded). */
export function candidateOfHeight(heightCm: number | undefined): Candidate {
  return parseCandidate({
    id: `HEIGHT-${heightCm ?? "NONE"}`,
    nik: "3674011203990001",
    fullName: "Budi Santoso",
    sex: "M",
    birthDate: "1999-03-12",
    ...(heightCm === undefined ? {} : { attributes: { heightCm } }),
  })._unsafeUnwrap();
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asOf = "2026-12-01" as CalendarDate;
  for (const height of [150, 165, undefined]) {
    const r = assessReadiness(candidateOfHeight(height), { asOf, target: "JP-SSW-CONSTRUCTION-DEMO", policy });
    console.log(`height ${height ?? "—"}: ${r.status}`);
    for (const line of explainReadiness(r, "id").slice(0, 2)) console.log(`  ${line}`);
    for (const line of explainReadiness(r, "en").slice(0, 2)) console.log(`  ${line}`);
  }
}
