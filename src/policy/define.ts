import { err, ok, type Result } from "neverthrow";
import * as z from "zod";
import type { Issue } from "../core/issues.js";
import { calendarDateSchema } from "../core/schemas.js";
import { toIssues } from "../core/zod-issues.js";
import type {
  AgeRange,
  Citation,
  LocalizedText,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
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
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = { id: "what-if", parameters: {} }; definePolicy(DEFAULT_POLICY, o);
 * ```
 */
export interface PolicyOverrides {
  readonly id?: string;
  readonly title?: LocalizedText;
  readonly citations?: Readonly<Record<string, Citation>>;
  readonly parameters?: { readonly [K in ParameterName]?: readonly ParameterVersion<ParameterValue<K>>[] };
}

const age = z.number().int().min(0).max(150);

const ageRange: z.ZodType<AgeRange> = z
  .strictObject({ min: age, max: age })
  .refine((r) => r.min <= r.max, { error: "INVALID_RANGE", path: ["max"] });

/** The schema of each parameter's value, by name. Adding a parameter adds a row here. */
const VALUE_SCHEMAS: { readonly [K in ParameterName]: z.ZodType<ParameterValue<K>> } = {
  trainingAge: ageRange,
  placementMinimumAge: age,
};

const localized = z.strictObject({ id: z.string().min(1).max(500), en: z.string().min(1).max(500) });

const citation = z.strictObject({
  instrument: z.string().min(1).max(500),
  sources: z.array(z.string().min(1).max(32)).max(50),
  section: z.string().min(1).max(100).optional(),
  note: z.string().max(2000).optional(),
});

function versionSchema<T>(value: z.ZodType<T>) {
  return z
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
    });
}

const versionLists = Object.fromEntries(
  Object.entries(VALUE_SCHEMAS).map(([name, schema]) => [
    name,
    z.array(versionSchema(schema as z.ZodType<unknown>)).max(1000),
  ]),
) as unknown as { [K in ParameterName]: z.ZodType<readonly ParameterVersion<ParameterValue<K>>[]> };

const parameterSchemas = Object.fromEntries(
  Object.entries(versionLists).map(([name, versions]) => [name, z.strictObject({ description: localized, versions })]),
);

const policySchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: localized,
  citations: z.record(z.string().min(1).max(200), citation),
  parameters: z.strictObject(parameterSchemas),
});

const overridesSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  title: localized.optional(),
  citations: z.record(z.string().min(1).max(200), citation).optional(),
  parameters: z.strictObject(versionLists).partial().optional(),
});

function unknownBases(
  parameters: Readonly<Record<string, readonly { basis: string }[] | undefined>>,
  citations: Readonly<Record<string, unknown>>,
  pathOf: (name: string, index: number) => (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  for (const [name, versions] of Object.entries(parameters)) {
    versions?.forEach((v, i) => {
      if (!Object.hasOwn(citations, v.basis)) {
        issues.push({
          path: pathOf(name, i),
          code: "UNKNOWN_CITATION",
          message: "The basis names no citation of the policy.",
        });
      }
    });
  }
  return issues;
}

/**
 * Derives a policy from `base`: a province's narrower training window, a new regulation from a
 * date, a what-if. Both arguments are validated (zod), so a policy read from JSON is safe to
 * pass. `definePolicy(p, {})` returns `p` itself. Never throws.
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

  const baseParams = b.data.parameters as Record<string, { versions: readonly { basis: string }[] }>;
  const citations = { ...b.data.citations, ...(o.data.citations ?? {}) };
  issues.push(
    ...unknownBases(
      Object.fromEntries(Object.entries(baseParams).map(([k, p]) => [k, p.versions])),
      b.data.citations,
      (name, i) => ["base", "parameters", name, "versions", i, "basis"],
    ),
    ...unknownBases((o.data.parameters ?? {}) as Record<string, readonly { basis: string }[]>, citations, (name, i) => [
      "overrides",
      "parameters",
      name,
      i,
      "basis",
    ]),
  );
  if (issues.length > 0) return err({ code: "INVALID_POLICY", issues });

  const added = Object.entries(o.data.parameters ?? {}).filter(([, versions]) => (versions?.length ?? 0) > 0);
  const changes =
    o.data.id !== undefined || o.data.title !== undefined || o.data.citations !== undefined || added.length > 0;
  if (!changes) return ok(base);

  const parameters = { ...base.parameters } as Record<string, unknown>;
  for (const [name, versions] of added) {
    const current = baseParams[name] as { description: LocalizedText; versions: readonly unknown[] };
    parameters[name] = { description: current.description, versions: [...current.versions, ...(versions ?? [])] };
  }
  return ok({
    id: o.data.id ?? base.id,
    title: o.data.title ?? base.title,
    citations,
    parameters: parameters as unknown as Policy["parameters"],
  });
}
