import type { ParamsOf, ReasonCode } from "./codes.js";
import type { CalendarDate } from "./date.js";

/**
 * The three outcomes of a rule. `unknown` means the evidence is missing ("no medical check
 * recorded yet"), which is not the same as `fail` ("medically unfit").
 *
 * @example
 * ```ts
 * const o: Outcome = verdict.outcome; // "pass" | "fail" | "unknown"
 * ```
 */
export type Outcome = "pass" | "fail" | "unknown";

/**
 * One explained finding: a stable SCREAMING_SNAKE `code`, the `params` it was computed from
 * (never personal data in the clear), and the `basis`: the id of the citation in the policy
 * that the rule applied (for example `"UU 18/2017 Pasal 5 huruf a"`). Render it with
 * `formatReason`.
 *
 * @example
 * ```ts
 * const r: Reason = { code: "AGE_BELOW_MINIMUM", outcome: "fail", params: { age: 14, min: 15 }, basis: BASIS.BANTEN_OFFER_2025 };
 * ```
 */
export interface Reason<C extends string = string> {
  readonly code: C;
  readonly outcome: Outcome;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly basis?: string;
}

/**
 * The result of one rule (or of a group of rules in `children`).
 *
 * `validFrom` is set on a `fail`/`unknown` verdict that will pass from that date by the
 * passage of time alone; `validUntil` on a `pass` verdict: the last day it still passes by
 * time alone. Neither is set when time alone does not change the outcome.
 *
 * @example
 * ```ts
 * const v: Verdict = checkTrainingEligibility(candidate, { asOf }); v.validFrom; // the 15th birthday when too young
 * ```
 */
export interface Verdict {
  readonly rule: string;
  readonly outcome: Outcome;
  readonly reasons: readonly Reason[];
  readonly children?: readonly Verdict[];
  readonly validFrom?: CalendarDate;
  readonly validUntil?: CalendarDate;
}

/**
 * The time window of a verdict, as passed to {@link makeVerdict}.
 *
 * @example
 * ```ts
 * makeVerdict("training.age", "pass", [], { validUntil: "2035-07-04" as CalendarDate } satisfies VerdictWindow);
 * ```
 */
export interface VerdictWindow {
  readonly validFrom?: CalendarDate | undefined;
  readonly validUntil?: CalendarDate | undefined;
}

/**
 * Builds a {@link Verdict}, keeping it plain JSON: absent fields are omitted, never
 * `undefined`. A `validFrom` on a passing verdict, or a `validUntil` on a failing one, is
 * dropped since it has no meaning there.
 *
 * @example
 * ```ts
 * makeVerdict("training.age", "pass", [], { validUntil: "2035-07-04" as CalendarDate });
 * // { rule: "training.age", outcome: "pass", reasons: [], validUntil: "2035-07-04" }
 * ```
 */
export function makeVerdict(
  rule: string,
  outcome: Outcome,
  reasons: readonly Reason[],
  window?: VerdictWindow,
  children?: readonly Verdict[],
): Verdict {
  const v: {
    rule: string;
    outcome: Outcome;
    reasons: readonly Reason[];
    children?: readonly Verdict[];
    validFrom?: CalendarDate;
    validUntil?: CalendarDate;
  } = { rule, outcome, reasons };
  if (children !== undefined) v.children = children;
  if (outcome === "pass") {
    if (window?.validUntil !== undefined) v.validUntil = window.validUntil;
  } else if (window?.validFrom !== undefined) {
    v.validFrom = window.validFrom;
  }
  return v;
}

/**
 * Builds a {@link Reason}, omitting `basis` when it is not given.
 *
 * @example
 * ```ts
 * makeReason("AGE_ABOVE_MAXIMUM", "fail", { age: 30, max: 29 }, "KP2MI, tawaran pelatihan terintegrasi UPTD LK Banten, 2 Mei 2025");
 * ```
 */
export function makeReason<C extends ReasonCode>(
  code: C,
  outcome: Outcome,
  params: ParamsOf<C>,
  basis?: string,
): Reason<C> {
  const p = params as Reason["params"];
  return basis === undefined ? { code, outcome, params: p } : { code, outcome, params: p, basis };
}

const RANK: Readonly<Record<Outcome, number>> = { pass: 0, unknown: 1, fail: 2 };

/**
 * Three-valued conjunction of outcomes: `fail` beats `unknown` beats `pass`. The empty
 * conjunction is `pass`.
 *
 * @example
 * ```ts
 * allOutcomes(["pass", "unknown"]); // "unknown"
 * allOutcomes(["unknown", "fail"]); // "fail"
 * ```
 */
export function allOutcomes(outcomes: Iterable<Outcome>): Outcome {
  let worst: Outcome = "pass";
  for (const o of outcomes) if (RANK[o] > RANK[worst]) worst = o;
  return worst;
}

/**
 * Three-valued disjunction of outcomes: `pass` beats `unknown` beats `fail`. The empty
 * disjunction is `fail`.
 *
 * @example
 * ```ts
 * anyOutcome(["fail", "unknown"]); // "unknown"
 * anyOutcome(["fail", "pass"]); // "pass"
 * ```
 */
export function anyOutcome(outcomes: Iterable<Outcome>): Outcome {
  let best: Outcome = "fail";
  let seen = false;
  for (const o of outcomes) {
    if (!seen || RANK[o] < RANK[best]) best = o;
    seen = true;
  }
  return best;
}

/** A reason's statement without its basis: two reasons alike but for it say the same thing. */
function statement(r: Reason): string {
  let key = `${r.code}|${r.outcome}`;
  for (const k in r.params) key += `|${k}=${String(r.params[k])}`;
  return key;
}

/** The reasons of `children` (those with `outcome` when given), each statement once, the first kept. */
function unique(children: readonly Verdict[], outcome?: Outcome, out: Reason[] = []): Reason[] {
  const seen = new Set(out.map(statement));
  for (const c of children) {
    if (outcome !== undefined && c.outcome !== outcome) continue;
    for (const r of c.reasons) {
      const key = statement(r);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

function reasonsOf(children: readonly Verdict[], outcome: Outcome): Reason[] {
  if (outcome === "pass") return unique(children);
  // The deciding reasons first (fail), then what is merely missing (unknown).
  return unique(children, "unknown", unique(children, "fail"));
}

/**
 * Combines verdicts that must all hold. The outcome is {@link allOutcomes} of the children;
 * `reasons` are those of the children that decide it (all of them on a pass; failing, then
 * unknown ones otherwise), each statement once: two children that state the same reason under
 * different bases (the national minimum age of UU 18/2017 and a target's own minimum of 18)
 * give it once, with the first child's basis; each child keeps its own.
 *
 * Window: a pass lasts until the earliest child `validUntil`. A non-pass passes by time alone
 * from the latest child `validFrom`, when every non-passing child has one and no passing child
 * lapses before it; otherwise no `validFrom` is given.
 *
 * @example
 * ```ts
 * allOf("eligibility", [ageVerdict, educationVerdict]).outcome; // "fail" if either fails
 * ```
 */
export function allOf(rule: string, children: readonly Verdict[]): Verdict {
  let outcome: Outcome = "pass";
  for (const c of children) if (RANK[c.outcome] > RANK[outcome]) outcome = c.outcome;
  const reasons = reasonsOf(children, outcome);
  if (outcome === "pass") {
    let until: CalendarDate | undefined;
    for (const c of children) {
      if (c.validUntil !== undefined && (until === undefined || c.validUntil < until)) until = c.validUntil;
    }
    return makeVerdict(rule, outcome, reasons, { validUntil: until }, children);
  }
  let from: CalendarDate | undefined;
  let reachable = true;
  for (const c of children) {
    if (c.outcome === "pass") continue;
    if (c.validFrom === undefined) {
      reachable = false;
      break;
    }
    if (from === undefined || c.validFrom > from) from = c.validFrom;
  }
  if (reachable && from !== undefined) {
    for (const c of children) {
      if (c.outcome === "pass" && c.validUntil !== undefined && c.validUntil < from) {
        reachable = false;
        break;
      }
    }
  }
  return makeVerdict(rule, outcome, reasons, { validFrom: reachable ? from : undefined }, children);
}

/**
 * Combines alternatives of which one must hold. The outcome is {@link anyOutcome} of the
 * children; `reasons` are those of the passing children on a pass, else of all children, each
 * statement once (as in {@link allOf}).
 *
 * Window: a pass lasts until the latest `validUntil` of the passing children (unbounded if one
 * of them is); a non-pass passes from the earliest child `validFrom`.
 *
 * @example
 * ```ts
 * anyOf("language.japanese", [jftVerdict, jlptVerdict]).outcome; // "pass" if either passes
 * ```
 */
export function anyOf(rule: string, children: readonly Verdict[]): Verdict {
  let outcome: Outcome = "fail";
  for (let i = 0; i < children.length; i++) {
    const o = (children[i] as Verdict).outcome;
    if (i === 0 || RANK[o] < RANK[outcome]) outcome = o;
  }
  if (outcome === "pass") {
    const passing = children.filter((c) => c.outcome === "pass");
    let until: CalendarDate | undefined;
    let bounded = true;
    for (const c of passing) {
      if (c.validUntil === undefined) {
        bounded = false;
        break;
      }
      if (until === undefined || c.validUntil > until) until = c.validUntil;
    }
    return makeVerdict(rule, outcome, unique(passing), { validUntil: bounded ? until : undefined }, children);
  }
  let from: CalendarDate | undefined;
  for (const c of children) {
    if (c.validFrom !== undefined && (from === undefined || c.validFrom < from)) from = c.validFrom;
  }
  return makeVerdict(rule, outcome, unique(children), { validFrom: from }, children);
}

/**
 * One thing to do before the candidate is ready: a stable code (see the docs' gap table), the
 * component it belongs to and its params (which document, which test and level, which units;
 * `from` when time alone fixes it). `C` narrows the code for typed handling.
 *
 * @example
 * ```ts
 * const gap: Gap = { code: "DOCUMENT_MISSING", component: "documents", params: { kind: "PASSPORT" } };
 * ```
 */
export interface Gap<C extends string = string> {
  readonly code: C;
  readonly component: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
}
