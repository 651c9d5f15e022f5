import { err, ok, type Result } from "neverthrow";
import * as z from "zod";
import type { CalendarDate } from "../core/date.js";
import type { Issue } from "../core/issues.js";
import { calendarDateSchema } from "../core/schemas.js";
import { DOCUMENT_KINDS, EDUCATION_LEVELS } from "../core/vocabulary.js";
import { makeIssue, toIssues } from "../core/zod-issues.js";
import type {
  Citation,
  LocalizedText,
  Parameter,
  ParameterName,
  ParameterValue,
  ParameterVersion,
  Policy,
  PolicyTarget,
  RequirementKindId,
  RequirementValues,
  TargetProfileData,
} from "../policy/types.js";
import type { AnyRequirementKind } from "./kind.js";
import { requirementKinds } from "./registry.js";

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
 * Dated versions of a target's requirements, by kind id: typed for the built-in kinds and for
 * a caller's kinds declared in `RequirementValues`.
 */
export type RequirementOverrides = {
  readonly [K in RequirementKindId]?: readonly ParameterVersion<RequirementValues[K]>[];
} & { readonly [kind: string]: readonly ParameterVersion<unknown>[] | undefined };

/**
 * What a derived policy says of one target. For a target the base has: `profile` fields
 * replace the base's, `requirements` versions are **added after** the base's (so they take
 * precedence on the days they cover), `retire` retires it from a day. For a new target:
 * `profile` (whole) and `requirements` define it.
 *
 * @example
 * ```ts
 * const lift: TargetOverrides = {
 *   requirements: { open: [{ from: "2027-01-01" as CalendarDate, value: true, basis: "…", confirmed: false }] },
 * };
 * ```
 */
export interface TargetOverrides {
  readonly profile?: Partial<TargetProfileData>;
  readonly requirements?: RequirementOverrides;
  /** Retire the target from `from` (inclusive), citing `basis`. */
  readonly retire?: { readonly from: CalendarDate; readonly basis: string };
}

/**
 * What a derived policy changes. Versions given for a parameter are **added after** the base's
 * versions, so they take precedence on the days they cover and the base still applies on the
 * others. Every version names its `basis`: a citation of the base or of `citations` here.
 * `targets` adds, changes or retires targets (see {@link TargetOverrides}); the older flat form
 * `{ "SA-DOMESTIC": { open: [...] } }` is read as `requirements`.
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = {
 *   targets: { "SA-DOMESTIC": { requirements: { open: [{ from: "2027-01-01" as CalendarDate, value: true, basis: "…", confirmed: true }] } } },
 * };
 * ```
 */
export interface PolicyOverrides {
  readonly id?: string;
  readonly title?: LocalizedText;
  readonly citations?: Readonly<Record<string, Citation>>;
  readonly parameters?: { readonly [K in ParameterName]?: readonly ParameterVersion<ParameterValue<K>>[] };
  readonly targets?: Readonly<Record<string, TargetOverrides | RequirementOverrides>>;
}

const age = z.number().int().min(0).max(150);
const code = z.string().min(1).max(64);
const basis = z.string().min(1).max(200);

/** The schema of each national parameter's value, by name. Adding a parameter adds a row here. */
const VALUE_SCHEMAS: { readonly [K in ParameterName]: z.ZodType<ParameterValue<K>> } = {
  trainingAge: z
    .strictObject({ min: age, max: age })
    .refine((r) => r.min <= r.max, { error: "INVALID_RANGE", path: ["max"] }),
  placementMinimumAge: age,
  placementMinimumAgeIndividualEmployer: age,
  competencyCertificateValidity: z.strictObject({
    defaultYears: z.number().int().min(1).max(100),
    bySchemeCode: z.record(code, z.number().int().min(1).max(100)),
  }),
  lifelongDocuments: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length),
  placementEducationMinimum: z.enum(EDUCATION_LEVELS),
  placementNotPregnant: z.boolean(),
  readinessWeights: z.strictObject({
    eligibility: z.number().min(0).max(1000),
    skill: z.number().min(0).max(1000),
    language: z.number().min(0).max(1000),
    health: z.number().min(0).max(1000),
    documents: z.number().min(0).max(1000),
    orientation: z.number().min(0).max(1000),
  }),
};

const tag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
const localized = z
  .object({ id: z.string().max(500), en: z.string().max(500) })
  .catchall(z.string().max(500))
  .refine((t) => Object.keys(t).length <= 20 && Object.keys(t).every((k) => tag.safeParse(k).success), {
    error: "INVALID_VALUE",
  });

const citation = z.strictObject({
  instrument: z.string().min(1).max(500),
  sources: z.array(z.string().min(1).max(32)).max(50),
  section: z.string().min(1).max(100).optional(),
  note: z.string().max(2000).optional(),
});

const profileFields = {
  destination: z.string().regex(/^[A-Z]{2}$/),
  scheme: z.string().min(1).max(200),
  occupation: z.string().min(1).max(200),
  title: localized,
  tracks: z.array(code).max(50),
  employer: z.enum(["individual", "entity"]),
};
const profile = z.strictObject(profileFields);
const retire = z.strictObject({ from: calendarDateSchema, basis });

function versionList(value: z.ZodType<unknown>) {
  return z
    .array(
      z
        .strictObject({
          from: calendarDateSchema,
          until: calendarDateSchema.optional(),
          value,
          basis,
          confirmed: z.boolean(),
        })
        .refine((v) => v.until === undefined || v.from <= v.until, { error: "INVALID_DATE_RANGE", path: ["until"] }),
    )
    .max(1000);
}

const parameter = (value: z.ZodType<unknown>) =>
  z.strictObject({ description: localized, versions: versionList(value) });

/** The policy's and the overrides' schemas for the kinds registered now; rebuilt when a kind is added. */
interface Schemas {
  readonly kinds: readonly AnyRequirementKind[];
  readonly policy: z.ZodType<Policy>;
  readonly overrides: z.ZodType<PolicyOverrides>;
}
let schemas: Schemas | undefined;

function schemasNow(): Schemas {
  const kinds = requirementKinds();
  if (schemas?.kinds === kinds) return schemas;
  const targetKinds = kinds.filter((k) => k.national !== true);
  const parameters = Object.fromEntries(targetKinds.map((k) => [k.id, parameter(k.schema).optional()]));
  const lists = Object.fromEntries(targetKinds.map((k) => [k.id, versionList(k.schema).optional()]));
  const targetId = z.string().min(1).max(64);
  const nationalParams = Object.fromEntries(Object.entries(VALUE_SCHEMAS).map(([n, s]) => [n, parameter(s)]));
  const nationalLists = Object.fromEntries(Object.entries(VALUE_SCHEMAS).map(([n, s]) => [n, versionList(s)]));
  const policy = z.strictObject({
    id: z.string().min(1).max(200),
    title: localized,
    citations: z.record(z.string().min(1).max(200), citation),
    parameters: z.strictObject(nationalParams),
    targets: z.record(
      targetId,
      z.strictObject({ profile, requirements: z.strictObject(parameters), retired: retire.optional() }),
    ),
  });
  const overrides = z.strictObject({
    id: z.string().min(1).max(200).optional(),
    title: localized.optional(),
    citations: z.record(z.string().min(1).max(200), citation).optional(),
    parameters: z.strictObject(nationalLists).partial().optional(),
    targets: z
      .record(
        targetId,
        z.strictObject({
          profile: z.strictObject(profileFields).partial().optional(),
          requirements: z.strictObject(lists).optional(),
          retire: retire.optional(),
        }),
      )
      .optional(),
  });
  schemas = {
    kinds,
    policy: policy as unknown as z.ZodType<Policy>,
    overrides: overrides as unknown as z.ZodType<PolicyOverrides>,
  };
  return schemas;
}

const TARGET_OVERRIDE_KEYS = new Set(["profile", "requirements", "retire"]);

/**
 * Reads the older flat form `{ open: [...] }` of a target override as `{ requirements: { open:
 * [...] } }`, and says which targets were written so (their issue paths keep the caller's form).
 */
function normalized(overrides: unknown): { value: unknown; flat: ReadonlySet<string> } {
  const flat = new Set<string>();
  if (typeof overrides !== "object" || overrides === null) return { value: overrides, flat };
  const targets = (overrides as { targets?: unknown }).targets;
  if (typeof targets !== "object" || targets === null || Array.isArray(targets)) return { value: overrides, flat };
  const out: Record<string, unknown> = {};
  for (const [id, t] of Object.entries(targets)) {
    if (typeof t !== "object" || t === null || Array.isArray(t)) {
      out[id] = t;
      continue;
    }
    const keys = Object.keys(t);
    if (keys.length > 0 && keys.every((k) => !TARGET_OVERRIDE_KEYS.has(k))) {
      flat.add(id);
      out[id] = { requirements: t };
    } else {
      out[id] = t;
    }
  }
  return { value: { ...(overrides as object), targets: out }, flat };
}

/** An issue path of the normalized overrides, as the caller wrote it. */
function callerPath(path: (string | number)[], flat: ReadonlySet<string>): (string | number)[] {
  const [a, b, c, d] = path;
  return a === "overrides" && b === "targets" && flat.has(String(c)) && d === "requirements"
    ? [a, b, c as string, ...path.slice(4)]
    : path;
}

/** Unknown keys of a target's requirements are kinds nobody registered: say so. */
function kindIssues(issues: Issue[]): Issue[] {
  return issues.map((i) => {
    const at = i.path.length >= 2 ? i.path[i.path.length - 2] : undefined;
    if (i.code === "UNKNOWN_KEY" && at === "requirements") {
      const kind = String(i.path[i.path.length - 1]);
      const suggestion = i.params?.suggestion;
      return makeIssue(i.path, "UNKNOWN_REQUIREMENT_KIND", {
        kind,
        ...(typeof suggestion === "string" ? { suggestion } : {}),
      });
    }
    return i;
  });
}

type Versions = readonly { readonly basis: string }[];

function relocated(issues: readonly Issue[], flat: ReadonlySet<string>): Issue[] {
  return flat.size === 0 ? [...issues] : issues.map((i) => ({ ...i, path: callerPath(i.path, flat) }));
}

function citationIssues(refs: { path: (string | number)[]; basis: string }[], citations: object): Issue[] {
  return refs
    .filter((r) => !Object.hasOwn(citations, r.basis))
    .map((r) =>
      makeIssue(r.path, "UNKNOWN_CITATION", { basis: r.basis.length > 200 ? r.basis.slice(0, 200) : r.basis }),
    );
}

function refsOf(lists: Readonly<Record<string, Versions | undefined>>, prefix: (string | number)[], inner: string[]) {
  const out: { path: (string | number)[]; basis: string }[] = [];
  for (const [name, versions] of Object.entries(lists)) {
    versions?.forEach((v, i) => {
      out.push({ path: [...prefix, name, ...inner, i, "basis"], basis: v.basis });
    });
  }
  return out;
}

const versionsOf = (ps: Readonly<Record<string, { versions: Versions } | undefined>>) =>
  Object.fromEntries(Object.entries(ps).map(([k, p]) => [k, p?.versions]));

function appendVersions<P extends object>(
  base: P,
  added: Readonly<Record<string, Versions | undefined>>,
  describe: (name: string) => LocalizedText,
): P {
  const out = { ...base } as Record<string, Parameter<unknown>>;
  for (const [name, versions] of Object.entries(added)) {
    if (versions === undefined || versions.length === 0) continue;
    const current = Object.hasOwn(out, name) ? out[name] : undefined;
    out[name] = {
      description: current?.description ?? describe(name),
      versions: [...(current?.versions ?? []), ...(versions as never[])],
    };
  }
  return out as P;
}

function describeKind(name: string): LocalizedText {
  const kind = requirementKinds().find((k) => k.id === name);
  return kind?.description ?? { id: name, en: name };
}

/**
 * Derives a policy from `base`: a province's narrower training window, a new regulation from a
 * date, the lifting of a moratorium, a new target, a target retired, a what-if. Both arguments
 * are validated (zod; each requirement with its kind's schema, so register a caller's kinds
 * first), so a policy read from JSON is safe to pass. `definePolicy(p, {})` returns `p` itself.
 * Never throws.
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
  const s = schemasNow();
  const b = s.policy.safeParse(base, { reportInput: true });
  const norm = normalized(overrides);
  const o = s.overrides.safeParse(norm.value, { reportInput: true });
  const issues: Issue[] = [];
  if (!b.success)
    issues.push(...kindIssues(toIssues(b.error.issues, s.policy)).map((i) => ({ ...i, path: ["base", ...i.path] })));
  if (!o.success) {
    issues.push(
      ...kindIssues(toIssues(o.error.issues, s.overrides)).map((i) => ({ ...i, path: ["overrides", ...i.path] })),
    );
  }
  if (!b.success || !o.success) return err({ code: "INVALID_POLICY", issues: relocated(issues, norm.flat) });

  const baseData = b.data;
  const over = o.data;
  const citations = { ...baseData.citations, ...(over.citations ?? {}) };
  const baseTargets = baseData.targets as Readonly<Record<string, PolicyTarget>>;
  const addedParams = (over.parameters ?? {}) as Record<string, Versions | undefined>;
  const addedTargets = (over.targets ?? {}) as Readonly<Record<string, TargetOverrides>>;

  issues.push(
    ...citationIssues(
      refsOf(versionsOf(baseData.parameters as never), ["base", "parameters"], ["versions"]),
      baseData.citations,
    ),
    ...citationIssues(refsOf(addedParams, ["overrides", "parameters"], []), citations),
  );
  for (const [id, t] of Object.entries(baseTargets)) {
    issues.push(
      ...citationIssues(
        refsOf(versionsOf(t.requirements as never), ["base", "targets", id, "requirements"], ["versions"]),
        baseData.citations,
      ),
    );
    if (t.retired !== undefined && !Object.hasOwn(baseData.citations, t.retired.basis)) {
      issues.push(
        ...citationIssues([{ path: ["base", "targets", id, "retired", "basis"], basis: t.retired.basis }], {}),
      );
    }
  }
  for (const [id, t] of Object.entries(addedTargets)) {
    const path = ["overrides", "targets", id];
    issues.push(
      ...citationIssues(
        refsOf((t.requirements ?? {}) as Record<string, Versions>, [...path, "requirements"], []),
        citations,
      ),
    );
    if (t.retire !== undefined) {
      issues.push(...citationIssues([{ path: [...path, "retire", "basis"], basis: t.retire.basis }], citations));
    }
    if (!Object.hasOwn(baseTargets, id)) {
      if (t.profile === undefined) {
        issues.push(makeIssue(path, "UNKNOWN_TARGET", { target: id }));
        continue;
      }
      const full = profile.safeParse(t.profile, { reportInput: true });
      if (!full.success) {
        issues.push(
          ...toIssues(full.error.issues, profile).map((i) => ({ ...i, path: [...path, "profile", ...i.path] })),
        );
      }
    }
  }
  if (issues.length > 0) return err({ code: "INVALID_POLICY", issues: relocated(issues, norm.flat) });

  const hasVersions = (lists: Readonly<Record<string, Versions | undefined>>) =>
    Object.values(lists).some((v) => (v?.length ?? 0) > 0);
  const changes =
    over.id !== undefined ||
    over.title !== undefined ||
    over.citations !== undefined ||
    hasVersions(addedParams) ||
    Object.entries(addedTargets).some(
      ([id, t]) =>
        !Object.hasOwn(baseTargets, id) ||
        t.retire !== undefined ||
        (t.profile !== undefined && Object.keys(t.profile).length > 0) ||
        hasVersions((t.requirements ?? {}) as Record<string, Versions>),
    );
  if (!changes) return ok(base);

  const targets: Record<string, PolicyTarget> = { ...base.targets };
  for (const [id, t] of Object.entries(addedTargets)) {
    const current = Object.hasOwn(base.targets, id) ? base.targets[id] : undefined;
    const requirements = appendVersions(
      current?.requirements ?? {},
      (t.requirements ?? {}) as Record<string, Versions>,
      describeKind,
    );
    const retired = t.retire ?? current?.retired;
    targets[id] = {
      profile: { ...(current?.profile ?? {}), ...(t.profile ?? {}) } as TargetProfileData,
      requirements,
      ...(retired === undefined ? {} : { retired }),
    };
  }
  return ok({
    id: over.id ?? base.id,
    title: over.title ?? base.title,
    citations: citations as Policy["citations"],
    parameters: appendVersions(base.parameters, addedParams, (n) => ({ id: n, en: n })),
    targets,
  });
}

/**
 * The JSON Schema (draft 2020-12) of a policy as `definePolicy` accepts it, with the
 * requirement kinds registered now, for editors, reviews and other languages. Rules JSON
 * Schema cannot state (a range's order, citations that exist) are checked by `definePolicy`.
 * Returns a fresh object on each call. Never throws.
 *
 * @example
 * ```ts
 * policyJsonSchema().$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schemasNow().policy, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
    title: "sentra-vokasi policy",
  } as Record<string, unknown>;
}
