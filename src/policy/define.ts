import { err, ok, type Result } from "neverthrow";
import * as z from "zod";
import { CEFR_LEVELS, DOCUMENT_KINDS, EDUCATION_LEVELS, JLPT_LEVELS } from "../candidate/types.js";
import type { Issue } from "../core/issues.js";
import { calendarDateSchema } from "../core/schemas.js";
import { toIssues } from "../core/zod-issues.js";
import type {
  Citation,
  LocalizedText,
  Parameter,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
  TargetParameterName,
  TargetParameters,
  TargetParameterValue,
} from "./types.js";

/**
 * The error of {@link definePolicy}: every problem found in the base policy or the overrides.
 *
 * @example
 * ```ts
 * definePolicy(DEFAULT_POLICY, { id: "" })._unsafeUnwrapErr().code; // "INVALID_POLICY"
 * ```
 */
export interface PolicyError {
  readonly code: "INVALID_POLICY";
  readonly issues: readonly Issue[];
}

/**
 * What a derived policy changes. Versions given for a parameter are **added after** the base's
 * versions, so they take precedence on the days they cover and the base still applies on the
 * others. Every version names its `basis`: a citation of the base or of `citations` here.
 * `targets` changes the rules of targets the base already has.
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = {
 *   targets: { "SA-DOMESTIC": { open: [{ from: "2027-01-01" as CalendarDate, value: true, basis: "…", confirmed: true }] } },
 * };
 * ```
 */
export interface PolicyOverrides {
  readonly id?: string;
  readonly title?: LocalizedText;
  readonly citations?: Readonly<Record<string, Citation>>;
  readonly parameters?: { readonly [K in ParameterName]?: readonly ParameterVersion<ParameterValue<K>>[] };
  readonly targets?: Readonly<
    Record<string, { readonly [K in TargetParameterName]?: readonly ParameterVersion<TargetParameterValue<K>>[] }>
  >;
}

const age = z.number().int().min(0).max(150);
const nonNegative = z.number().int().min(0).max(100_000);

const ageRange = z
  .strictObject({ min: age, max: age })
  .refine((r) => r.min <= r.max, { error: "INVALID_RANGE", path: ["max"] });

const targetAge = z
  .strictObject({ min: age, max: age.optional() })
  .refine((r) => r.max === undefined || r.min <= r.max, { error: "INVALID_RANGE", path: ["max"] });

const languageRequirement = z.discriminatedUnion("test", [
  z.strictObject({
    test: z.enum(["JFT_BASIC", "EPS_TOPIK", "TOPIK"]),
    minScore: z.number().min(0).max(300),
    maxAgeMonths: nonNegative.optional(),
  }),
  z.strictObject({ test: z.literal("JLPT"), minLevel: z.enum(JLPT_LEVELS), maxAgeMonths: nonNegative.optional() }),
  z.strictObject({ test: z.literal("CEFR"), minLevel: z.enum(CEFR_LEVELS), maxAgeMonths: nonNegative.optional() }),
  z.strictObject({ test: z.literal("IELTS"), minBand: z.number().min(0).max(9), maxAgeMonths: nonNegative.optional() }),
]);

const code = z.string().min(1).max(64);
const documentKinds = z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length * 2);

/** The schema of each parameter's value, by name. Adding a parameter adds a row here. */
const VALUE_SCHEMAS: { readonly [K in ParameterName]: z.ZodType<ParameterValue<K>> } = {
  trainingAge: ageRange,
  placementMinimumAge: age,
  placementMinimumAgeIndividualEmployer: age,
  competencyCertificateValidity: z.strictObject({
    defaultYears: z.number().int().min(1).max(100),
    bySchemeCode: z.record(code, z.number().int().min(1).max(100)),
  }),
  readinessWeights: z.strictObject({
    eligibility: z.number().min(0).max(1000),
    skill: z.number().min(0).max(1000),
    language: z.number().min(0).max(1000),
    health: z.number().min(0).max(1000),
    documents: z.number().min(0).max(1000),
    orientation: z.number().min(0).max(1000),
  }),
};

/** The schema of each target parameter's value, by name. */
const TARGET_VALUE_SCHEMAS: { readonly [K in TargetParameterName]: z.ZodType<TargetParameterValue<K>> } = {
  age: targetAge,
  education: z.enum(EDUCATION_LEVELS),
  language: z.array(z.array(languageRequirement).min(1).max(20)).max(20),
  skill: z.strictObject({ units: z.array(code).max(500), skillTests: z.array(code).max(50) }),
  medical: z.strictObject({ maxAgeDays: nonNegative, colourVisionNormal: z.boolean() }),
  passport: z.strictObject({ minValidityMonths: z.number().int().min(0).max(120) }),
  documents: z
    .strictObject({ placement: documentKinds, departure: documentKinds })
    .refine((g) => g.placement.every((k) => g.departure.includes(k)), {
      error: "INVALID_DOCUMENT_GATES",
      path: ["departure"],
    }),
  open: z.boolean(),
};

const localized = z.strictObject({ id: z.string().max(500), en: z.string().max(500) });

const citation = z.strictObject({
  instrument: z.string().min(1).max(500),
  sources: z.array(z.string().min(1).max(32)).max(50),
  section: z.string().min(1).max(100).optional(),
  note: z.string().max(2000).optional(),
});

function versionList(value: z.ZodType<unknown>) {
  return z
    .array(
      z
        .strictObject({
          from: calendarDateSchema,
          until: calendarDateSchema.optional(),
          value,
          basis: z.string().min(1).max(200),
          confirmed: z.boolean(),
        })
        .refine((v) => v.until === undefined || v.from <= v.until, {
          error: "INVALID_DATE_RANGE",
          path: ["until"],
        }),
    )
    .max(1000);
}

function tables(schemas: Readonly<Record<string, z.ZodType<unknown>>>) {
  const lists = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, versionList(s)]));
  const parameters = Object.fromEntries(
    Object.entries(lists).map(([name, versions]) => [name, z.strictObject({ description: localized, versions })]),
  );
  return { lists, parameters };
}

const globals = tables(VALUE_SCHEMAS as Readonly<Record<string, z.ZodType<unknown>>>);
const perTarget = tables(TARGET_VALUE_SCHEMAS as Readonly<Record<string, z.ZodType<unknown>>>);
const targetId = z.string().min(1).max(64);

const policySchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: localized,
  citations: z.record(z.string().min(1).max(200), citation),
  parameters: z.strictObject(globals.parameters),
  targets: z.record(targetId, z.strictObject(perTarget.parameters)),
});

const overridesSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  title: localized.optional(),
  citations: z.record(z.string().min(1).max(200), citation).optional(),
  parameters: z.strictObject(globals.lists).partial().optional(),
  targets: z.record(targetId, z.strictObject(perTarget.lists).partial()).optional(),
});

type Versions = readonly { readonly basis: string }[];

/** Every (path, basis) of a set of version lists, for the citation check. */
function bases(lists: Readonly<Record<string, Versions | undefined>>, prefix: (string | number)[], inner: string[]) {
  const out: { path: (string | number)[]; basis: string }[] = [];
  for (const [name, versions] of Object.entries(lists)) {
    versions?.forEach((v, i) => {
      out.push({ path: [...prefix, name, ...inner, i, "basis"], basis: v.basis });
    });
  }
  return out;
}

function unknownCitations(refs: { path: (string | number)[]; basis: string }[], citations: object): Issue[] {
  return refs
    .filter((r) => !Object.hasOwn(citations, r.basis))
    .map((r) => ({ path: r.path, code: "UNKNOWN_CITATION", message: "The basis names no citation of the policy." }));
}

function appendVersions<P extends object>(base: P, added: Readonly<Record<string, Versions | undefined>>): P {
  const out = { ...base } as Record<string, Parameter<unknown>>;
  for (const [name, versions] of Object.entries(added)) {
    if (versions === undefined || versions.length === 0) continue;
    const current = out[name] as Parameter<unknown>;
    out[name] = { description: current.description, versions: [...current.versions, ...(versions as never[])] };
  }
  return out as P;
}

/**
 * Derives a policy from `base`: a province's narrower training window, a new regulation from a
 * date, the lifting of a moratorium, a what-if. Both arguments are validated (zod), so a policy
 * read from JSON is safe to pass. `definePolicy(p, {})` returns `p` itself. Never throws.
 *
 * @param base - the policy to start from, usually `DEFAULT_POLICY`
 * @param overrides - what changes; see {@link PolicyOverrides}
 * @returns `ok(policy)` or `err({ code: "INVALID_POLICY", issues })` with every problem
 * @example
 * ```ts
 * const banten = definePolicy(DEFAULT_POLICY, {
 *   id: "banten-2027",
 *   citations: { "Pergub Banten (contoh)": { instrument: "Peraturan Gubernur Banten (contoh)", sources: [] } },
 *   parameters: {
 *     trainingAge: [{ from: "2027-01-01" as CalendarDate, value: { min: 17, max: 29 },
 *                     basis: "Pergub Banten (contoh)", confirmed: false }],
 *   },
 * });
 * banten.isOk(); // true
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Result<Policy, PolicyError> {
  const b = policySchema.safeParse(base, { reportInput: true });
  const o = overridesSchema.safeParse(overrides, { reportInput: true });
  const issues: Issue[] = [];
  if (!b.success) issues.push(...toIssues(b.error.issues).map((i) => ({ ...i, path: ["base", ...i.path] })));
  if (!o.success) issues.push(...toIssues(o.error.issues).map((i) => ({ ...i, path: ["overrides", ...i.path] })));
  if (!b.success || !o.success) return err({ code: "INVALID_POLICY", issues });

  const baseParams = b.data.parameters as Record<string, { versions: Versions }>;
  const baseTargets = b.data.targets as Record<string, Record<string, { versions: Versions }>>;
  const addedParams = (o.data.parameters ?? {}) as Record<string, Versions | undefined>;
  const addedTargets = (o.data.targets ?? {}) as Record<string, Record<string, Versions | undefined>>;
  const citations = { ...b.data.citations, ...(o.data.citations ?? {}) };
  const versionsOf = (ps: Record<string, { versions: Versions }>) =>
    Object.fromEntries(Object.entries(ps).map(([k, p]) => [k, p.versions]));

  issues.push(
    ...unknownCitations(bases(versionsOf(baseParams), ["base", "parameters"], ["versions"]), b.data.citations),
    ...Object.entries(baseTargets).flatMap(([id, ps]) =>
      unknownCitations(bases(versionsOf(ps), ["base", "targets", id], ["versions"]), b.data.citations),
    ),
    ...unknownCitations(bases(addedParams, ["overrides", "parameters"], []), citations),
    ...Object.entries(addedTargets).flatMap(([id, lists]) =>
      Object.hasOwn(baseTargets, id)
        ? unknownCitations(bases(lists, ["overrides", "targets", id], []), citations)
        : [
            {
              path: ["overrides", "targets", id],
              code: "UNKNOWN_TARGET",
              message: "The base policy has no such target.",
            },
          ],
    ),
  );
  if (issues.length > 0) return err({ code: "INVALID_POLICY", issues });

  const hasVersions = (lists: Record<string, Versions | undefined>) =>
    Object.values(lists).some((v) => (v?.length ?? 0) > 0);
  const changes =
    o.data.id !== undefined ||
    o.data.title !== undefined ||
    o.data.citations !== undefined ||
    hasVersions(addedParams) ||
    Object.values(addedTargets).some(hasVersions);
  if (!changes) return ok(base);

  const targets: Record<string, TargetParameters> = { ...base.targets };
  for (const [id, lists] of Object.entries(addedTargets)) {
    targets[id] = appendVersions(base.targets[id] as TargetParameters, lists);
  }
  return ok({
    id: o.data.id ?? base.id,
    title: o.data.title ?? base.title,
    citations: citations as Policy["citations"],
    parameters: appendVersions(base.parameters, addedParams),
    targets,
  });
}
