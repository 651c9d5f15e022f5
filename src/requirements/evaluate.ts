import * as z from "zod";
import type { Candidate } from "../candidate/types.js";
import { addDays, type CalendarDate } from "../core/date.js";
import { allOf, type Gap, makeReason, makeVerdict, type Outcome, type Verdict } from "../core/verdict.js";
import { COMPONENT_NAMES, type ComponentName, type Gate } from "../core/vocabulary.js";
import { evaluateOverTime, parameterMissing, policyChangeDates, resolveVersion, targetOf } from "../policy/resolve.js";
import type { Parameter, ParameterVersion, Policy, PolicyTarget, RequirementKindId } from "../policy/types.js";
import { type AnyRequirementKind, noParameter } from "./kind.js";
import { codeSpec, requirementKinds } from "./registry.js";

/** The rule id of each component's verdict. */
export const COMPONENT_RULES: { readonly [C in ComponentName]: string } = {
  eligibility: "placement.eligibility",
  skill: "skill",
  language: "language",
  health: "health",
  documents: "documents",
  orientation: "orientation",
};

/** One kind to judge for a target at a gate, with its dated parameter (none for national kinds). */
export interface Step {
  readonly kind: AnyRequirementKind;
  readonly parameter: Parameter<unknown> | undefined;
  /** Set on the library's own step of a retired target (whatever a caller's kind is called). */
  readonly retired?: NonNullable<PolicyTarget["retired"]>;
}

/** What one kind said: its verdicts, windows followed across the policy's changes. */
export interface KindOutput {
  readonly kind: AnyRequirementKind;
  readonly verdicts: readonly Verdict[];
}

/** One readiness component: its verdict and the kinds' outputs it is made of. */
export interface ComponentOutput {
  readonly name: ComponentName;
  readonly verdict: Verdict;
  readonly outputs: readonly KindOutput[];
}

/** The inputs of an evaluation; `target` must be a target of `policy`. */
export interface EvaluationInput {
  readonly candidate: Candidate;
  readonly target: string;
  readonly gate: Gate;
  readonly policy: Policy;
  /** Judge only this component. */
  readonly only?: ComponentName;
  /** The day the candidate applied (rules judged "at application" read it). */
  readonly appliedOn?: CalendarDate | undefined;
}

function unknownKind(id: string): AnyRequirementKind {
  return {
    id,
    rule: `requirement.${id}`,
    component: "eligibility",
    gates: ["placement", "departure"],
    description: { id, en: id },
    schema: z.unknown(),
    codes: {},
    messages: {},
    evaluate: () => [
      makeVerdict(`requirement.${id}`, "unknown", [makeReason("UNKNOWN_REQUIREMENT_KIND", "unknown", { kind: id })]),
    ],
  };
}

function retiredKind(retired: NonNullable<PolicyTarget["retired"]>): AnyRequirementKind {
  return {
    id: "retired",
    rule: "placement.target",
    component: "eligibility",
    gates: ["placement", "departure"],
    description: { id: "Sasaran dihentikan", en: "Target retired" },
    schema: z.unknown(),
    codes: {},
    messages: {},
    evaluate: (_c, ctx) =>
      ctx.day >= retired.from
        ? [
            makeVerdict("placement.target", "fail", [
              makeReason("TARGET_RETIRED", "fail", { target: ctx.target, since: retired.from }, retired.basis),
            ]),
          ]
        : [
            makeVerdict(
              "placement.target",
              "pass",
              [
                makeReason(
                  "TARGET_ACTIVE",
                  "pass",
                  { target: ctx.target, until: addDays(retired.from, -1) },
                  retired.basis,
                ),
              ],
              { validUntil: addDays(retired.from, -1) },
            ),
          ],
  };
}

const plans = new WeakMap<Policy, Map<string, readonly Step[]>>();

/**
 * The kinds a target asks for at a gate, in registry order (then a requirement of no registered
 * kind, then a retirement); cached per policy, target, gate and registry. The plan that the
 * compiled assessor of `readiness` compiles. Internal.
 */
export function stepsOf(policy: Policy, target: string, entry: PolicyTarget, gate: Gate): readonly Step[] {
  const key = `${gate}|${target}|${requirementKinds().length}`;
  let perPolicy = plans.get(policy);
  const cached = perPolicy?.get(key);
  if (cached !== undefined) return cached;
  const requirements = (
    typeof entry.requirements === "object" && entry.requirements !== null ? entry.requirements : {}
  ) as Readonly<Record<string, Parameter<unknown> | undefined>>;
  const steps: Step[] = [];
  const seen = new Set<string>();
  for (const kind of requirementKinds()) {
    seen.add(kind.id);
    if (!kind.gates.includes(gate)) continue;
    if (kind.national === true) {
      steps.push({ kind, parameter: undefined });
      continue;
    }
    const parameter = Object.hasOwn(requirements, kind.id) ? requirements[kind.id] : undefined;
    if (parameter !== undefined) steps.push({ kind, parameter });
  }
  for (const id of Object.keys(requirements)) {
    if (!seen.has(id)) steps.push({ kind: unknownKind(id), parameter: requirements[id] });
  }
  if (entry.retired !== undefined) {
    steps.push({ kind: retiredKind(entry.retired), parameter: undefined, retired: entry.retired });
  }
  if (perPolicy === undefined) {
    perPolicy = new Map();
    plans.set(policy, perPolicy);
  }
  perPolicy.set(key, steps);
  return steps;
}

function judge(input: EvaluationInput, entry: PolicyTarget, step: Step, day: CalendarDate): readonly Verdict[] {
  const { kind, parameter } = step;
  let version: ParameterVersion<unknown>;
  if (kind.national === true || parameter === undefined) {
    version = noParameter(day);
  } else {
    const v = resolveVersion(parameter, day);
    if (v === undefined) return [parameterMissing(kind.rule, `${input.target}.${kind.id}`, day)];
    version = v;
  }
  const requirements = entry.requirements as Readonly<Record<string, Parameter<unknown> | undefined>>;
  try {
    const out = kind.evaluate(input.candidate, {
      day,
      target: input.target,
      profile: entry.profile,
      gate: input.gate,
      policy: input.policy,
      appliedOn: input.appliedOn,
      version,
      requirement: (other: RequirementKindId) =>
        resolveVersion(Object.hasOwn(requirements, other) ? requirements[other] : undefined, day) as never,
    });
    return Array.isArray(out) ? out : [];
  } catch {
    // A caller's kind that throws must not break the promise that evaluation never throws.
    return [makeVerdict(kind.rule, "unknown", [makeReason("REQUIREMENT_ERROR", "unknown", { kind: kind.id })])];
  }
}

const PASS_ABSENT: Outcome = "pass";

/** A leaf's children: one shared empty list rather than a new one per visit. */
const NO_CHILDREN: readonly Verdict[] = [];

/** A step's verdicts on `asOf`, each window followed through the policy's later changes. */
function judgeOverTime(
  input: EvaluationInput,
  entry: PolicyTarget,
  step: Step,
  asOf: CalendarDate,
  changes: readonly CalendarDate[],
): readonly Verdict[] {
  const first = judge(input, entry, step, asOf);
  if (changes.length === 0 || (changes[changes.length - 1] as CalendarDate) <= asOf) return first;
  const memo = new Map<CalendarDate, readonly Verdict[]>([[asOf, first]]);
  const on = (day: CalendarDate) => {
    let vs = memo.get(day);
    if (vs === undefined) {
      vs = judge(input, entry, step, day);
      memo.set(day, vs);
    }
    return vs;
  };
  // A verdict is followed by its rule id: a requirement not asked on a later day is met then.
  const out: Verdict[] = [];
  for (const v of first) {
    out.push(
      evaluateOverTime(asOf, changes, (day) => {
        for (const x of on(day)) if (x.rule === v.rule) return x;
        return makeVerdict(v.rule, PASS_ABSENT, []);
      }),
    );
  }
  return out;
}

function assemble(name: ComponentName, outputs: readonly KindOutput[]): Verdict {
  const children: Verdict[] = [];
  for (const o of outputs) for (const v of o.verdicts) children.push(v);
  const rule = COMPONENT_RULES[name];
  // A kind whose verdict is the component's own (language, skill) is not wrapped again.
  if (children.length === 1 && (children[0] as Verdict).rule === rule) return children[0] as Verdict;
  return allOf(rule, children);
}

/**
 * The components of a target at a gate on `asOf`, in their fixed order, each made of the
 * verdicts of the kinds that feed it (a component no kind of the target feeds is absent).
 * Windows follow the policy's dated changes. `undefined` when the policy has no such target.
 */
export function evaluateTarget(input: EvaluationInput, asOf: CalendarDate): ComponentOutput[] | undefined {
  const entry = targetOf(input.policy, input.target);
  if (entry === undefined) return undefined;
  const steps = stepsOf(input.policy, input.target, entry, input.gate);
  const changes = policyChangeDates(input.policy, input.target);
  const byComponent = new Map<ComponentName, KindOutput[]>();
  for (const step of steps) {
    const name = step.kind.component;
    if (input.only !== undefined && name !== input.only) continue;
    let list = byComponent.get(name);
    if (list === undefined) {
      list = [];
      byComponent.set(name, list);
    }
    list.push({ kind: step.kind, verdicts: judgeOverTime(input, entry, step, asOf, changes) });
  }
  const out: ComponentOutput[] = [];
  for (const name of COMPONENT_NAMES) {
    const outputs = byComponent.get(name);
    if (outputs !== undefined) out.push({ name, verdict: assemble(name, outputs), outputs });
  }
  return out;
}

/** True when every component of the target at the gate passes on `day` (judged on that day alone). */
export function passesOn(input: EvaluationInput, day: CalendarDate): boolean {
  const entry = targetOf(input.policy, input.target);
  if (entry === undefined) return false;
  for (const step of stepsOf(input.policy, input.target, entry, input.gate)) {
    for (const v of judge(input, entry, step, day)) if (v.outcome !== "pass") return false;
  }
  return true;
}

/** True when some failing leaf of `v` is permanent: a permanent code and no `validFrom`. */
export function isPermanent(v: Verdict): boolean {
  if (v.outcome !== "fail") return false;
  const children = v.children ?? NO_CHILDREN;
  if (children.length === 0) {
    return v.validFrom === undefined && v.reasons.some((r) => r.outcome === "fail" && codeSpec(r.code)?.permanent);
  }
  return children.some(isPermanent);
}

/**
 * The gaps of what makes a verdict permanent (see {@link isPermanent}): one per permanent failing
 * reason of a failing leaf without `validFrom`. What an `ineligible` readiness lists: nothing
 * to do, only why.
 */
export function permanentGaps(v: Verdict, component: ComponentName, out: Gap[] = []): Gap[] {
  if (!isPermanent(v)) return out;
  const children = v.children ?? NO_CHILDREN;
  if (children.length === 0) {
    for (const r of v.reasons) {
      if (r.outcome === "fail" && codeSpec(r.code)?.permanent === true) {
        out.push({ code: r.code, component, params: { ...r.params } });
      }
    }
    return out;
  }
  for (const x of children) permanentGaps(x, component, out);
  return out;
}

/**
 * The parts of a verdict that pass today and lapse before `day` by time alone (a `validUntil`
 * before it): the deepest such verdicts, so a lapsing document is named by its own verdict.
 */
export function lapsingBefore(v: Verdict, day: CalendarDate, out: Verdict[] = []): Verdict[] {
  const children = v.children ?? NO_CHILDREN;
  if (v.outcome === "pass") {
    if (v.validUntil === undefined || v.validUntil >= day) return out;
    const before = out.length;
    for (const x of children) if (x.outcome === "pass") lapsingBefore(x, day, out);
    if (out.length === before) out.push(v);
    return out;
  }
  // Not passing: its passing parts lapse all the same, and so may parts of its failing parts
  // that are requirements of their own (not alternatives of this one, which share its rule).
  for (const x of children) if (x.outcome === "pass" || x.rule !== v.rule) lapsingBefore(x, day, out);
  return out;
}

const RANK: Readonly<Record<Outcome, number>> = { unknown: 0, fail: 1, pass: 2 };

function leafGaps(v: Verdict, component: ComponentName, out: Gap[]): void {
  for (const r of v.reasons) {
    if (r.outcome === "pass") continue;
    out.push({
      code: r.code,
      component,
      params: v.validFrom === undefined ? { ...r.params } : { ...r.params, from: v.validFrom },
    });
  }
}

/**
 * What to do about a verdict: one gap per missing or failing requirement. Of alternatives of
 * one requirement (children with the parent's rule), the one closest to passing speaks.
 */
export function gapsOf(v: Verdict, component: ComponentName, out: Gap[] = []): Gap[] {
  if (v.outcome === "pass") return out;
  const children = v.children ?? NO_CHILDREN;
  if (children.length === 0) {
    leafGaps(v, component, out);
    return out;
  }
  let alternatives = true;
  let best: Verdict | undefined;
  for (const x of children) {
    if (x.outcome === "pass") continue;
    if (x.rule !== v.rule) alternatives = false;
    if (best === undefined || RANK[x.outcome] <= RANK[best.outcome]) best = x;
  }
  if (alternatives && best !== undefined) return gapsOf(best, component, out);
  for (const x of children) if (x.outcome !== "pass") gapsOf(x, component, out);
  return out;
}

function isFrameworkLeaf(v: Verdict): boolean {
  return (
    v.children === undefined &&
    v.reasons.some((r) => r.code === "POLICY_PARAMETER_MISSING" || r.code === "REQUIREMENT_ERROR")
  );
}

/** The gaps of a component, each kind's by its own rule when it has one. */
export function componentGaps(c: ComponentOutput, out: Gap[] = []): Gap[] {
  for (const o of c.outputs) {
    for (const v of o.verdicts) {
      // A missing parameter or a failed evaluation is the library's verdict, not the kind's.
      if (o.kind.gaps !== undefined && !isFrameworkLeaf(v)) {
        for (const g of o.kind.gaps(v, c.name)) out.push(g);
      } else {
        gapsOf(v, c.name, out);
      }
    }
  }
  return out;
}
