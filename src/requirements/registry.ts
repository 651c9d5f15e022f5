import { err, ok, type Result } from "neverthrow";
import type { IssueCode, IssueParams } from "../core/codes.js";
import type { Issue } from "../core/issues.js";
import { COMPONENT_NAMES } from "../core/vocabulary.js";
import { makeIssue } from "../core/zod-issues.js";
import { addKindMessages } from "../i18n/kind-messages.js";
import type { BuiltInRequirementValues } from "../policy/types.js";
import { ageKind, nationalAgeKind } from "./age.js";
import { openKind } from "./destination.js";
import { documentsKind, passportKind } from "./documents.js";
import { educationKind } from "./education.js";
import { type AnyRequirementKind, type CodeSpec, type RequirementKind, URGENCY_RANK } from "./kind.js";
import { languageKind } from "./language.js";
import { marriedDocumentsKind } from "./married-documents.js";
import { medicalKind } from "./medical.js";
import { nationalEducationKind } from "./national-education.js";
import { nationalPregnancyKind } from "./national-pregnancy.js";
import { orientationKind } from "./orientation.js";
import { pregnancyTestKind } from "./pregnancy.js";
import { sexKind } from "./sex.js";
import { skillKind } from "./skill.js";

/**
 * One module per built-in kind. This table is typed by `BuiltInRequirementValues`: a kind
 * added there without a module here (or a module whose parameter type disagrees) fails to compile.
 */
const BUILT_IN: {
  readonly [K in keyof BuiltInRequirementValues]: RequirementKind<K, BuiltInRequirementValues[K], never>;
} = {
  age: ageKind,
  education: educationKind,
  open: openKind,
  skill: skillKind,
  language: languageKind,
  medical: medicalKind,
  passport: passportKind,
  documents: documentsKind,
  orientation: orientationKind,
  sex: sexKind,
  marriedDocuments: marriedDocumentsKind,
  pregnancyTest: pregnancyTestKind,
};

/** The built-in kinds in evaluation order (the order of a component's children). */
const BUILT_IN_ORDER: readonly AnyRequirementKind[] = [
  nationalAgeKind,
  nationalEducationKind,
  nationalPregnancyKind,
  BUILT_IN.age,
  BUILT_IN.sex,
  BUILT_IN.education,
  BUILT_IN.open,
  BUILT_IN.skill,
  BUILT_IN.language,
  BUILT_IN.medical,
  BUILT_IN.pregnancyTest,
  BUILT_IN.passport,
  BUILT_IN.documents,
  BUILT_IN.marriedDocuments,
  BUILT_IN.orientation,
] as readonly AnyRequirementKind[];

/** Codes the library itself emits around the kinds. */
const FRAMEWORK_CODES: Readonly<Record<string, CodeSpec>> = {
  INVALID_AS_OF: { urgency: "data" },
  INVALID_APPLIED_ON: { urgency: "data" },
  UNKNOWN_TARGET: { urgency: "data" },
  POLICY_PARAMETER_MISSING: { urgency: "data" },
  UNKNOWN_REQUIREMENT_KIND: { urgency: "data" },
  REQUIREMENT_ERROR: { urgency: "data" },
  TARGET_ACTIVE: { urgency: "time" },
  TARGET_RETIRED: { urgency: "blocker", permanent: true },
};

const custom: AnyRequirementKind[] = [];
let all: readonly AnyRequirementKind[] = BUILT_IN_ORDER;
const byId = new Map<string, AnyRequirementKind>(BUILT_IN_ORDER.map((k) => [k.id, k]));
const specs = new Map<string, CodeSpec>(Object.entries(FRAMEWORK_CODES));
for (const k of BUILT_IN_ORDER) for (const [code, spec] of Object.entries(k.codes)) specs.set(code, spec);

/**
 * Every registered requirement kind, built-in ones first, then the caller's in the order they
 * were registered. Never throws.
 *
 * @example
 * ```ts
 * requirementKinds().map((k) => k.id); // ["nationalAge", "age", "education", "open", "skill", …]
 * ```
 */
export function requirementKinds(): readonly AnyRequirementKind[] {
  return all;
}

/**
 * The registered requirement kind with this id, or `undefined`. Never throws.
 *
 * @example
 * ```ts
 * requirementKind("passport")?.component; // "documents"
 * ```
 */
export function requirementKind(id: string): AnyRequirementKind | undefined {
  return typeof id === "string" ? byId.get(id) : undefined;
}

/** What a code means for readiness (urgency, permanence), from the kind that declares it. */
export function codeSpec(code: string): CodeSpec | undefined {
  return specs.get(code);
}

/**
 * The error of {@link registerRequirementKind}: every problem of the declaration.
 *
 * @example
 * ```ts
 * registerRequirementKind({ id: "age" } as never)._unsafeUnwrapErr().code; // "INVALID_REQUIREMENT_KIND"
 * ```
 */
export interface RequirementKindError {
  readonly code: "INVALID_REQUIREMENT_KIND";
  readonly issues: readonly Issue[];
}

const ID = /^[a-z][A-Za-z0-9]{0,63}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

function problems(kind: AnyRequirementKind): Issue[] {
  const issues: Issue[] = [];
  const add = <C extends IssueCode>(path: (string | number)[], code: C, params?: IssueParams[C]) =>
    issues.push(makeIssue(path, code, params));
  if (typeof kind !== "object" || kind === null) {
    add([], "NOT_AN_OBJECT");
    return issues;
  }
  if (typeof kind.id !== "string" || !ID.test(kind.id)) {
    add(["id"], "INVALID_FORMAT", { format: "camel_case" });
  } else if (byId.has(kind.id) && byId.get(kind.id) !== kind) {
    add(["id"], "DUPLICATE_KIND", { kind: kind.id });
  }
  if (typeof kind.rule !== "string") add(["rule"], "INVALID_TYPE", { expected: "string" });
  else if (kind.rule.length === 0) add(["rule"], "TOO_SHORT", { min: 1 });
  else if (kind.rule.length > 100) add(["rule"], "TOO_LONG", { max: 100 });
  if (!(COMPONENT_NAMES as readonly string[]).includes(kind.component)) {
    add(["component"], "INVALID_VALUE", { values: COMPONENT_NAMES.join(", ") });
  }
  const gates = Array.isArray(kind.gates) ? kind.gates : [];
  if (gates.length === 0 || gates.some((g) => g !== "placement" && g !== "departure")) {
    add(["gates"], "INVALID_VALUE", { values: "placement, departure" });
  }
  if (typeof kind.schema?.safeParse !== "function") add(["schema"], "INVALID_TYPE", { expected: "zod_schema" });
  if (typeof kind.evaluate !== "function") add(["evaluate"], "INVALID_TYPE", { expected: "function" });
  if (kind.gaps !== undefined && typeof kind.gaps !== "function")
    add(["gaps"], "INVALID_TYPE", { expected: "function" });
  // Only built-in kinds are national.
  if (kind.national === true) add(["national"], "INVALID_VALUE", { values: "false" });
  const codes = typeof kind.codes === "object" && kind.codes !== null ? Object.entries(kind.codes) : [];
  if (codes.length === 0) add(["codes"], "TOO_FEW", { min: 1 });
  const messages = typeof kind.messages === "object" && kind.messages !== null ? Object.values(kind.messages) : [];
  for (const [code, spec] of codes) {
    if (!CODE.test(code)) add(["codes", code], "INVALID_FORMAT", { format: "screaming_snake" });
    const known = specs.get(code);
    if (
      known !== undefined &&
      !byId.has(kind.id) &&
      (known.urgency !== spec?.urgency || !known.permanent !== !spec?.permanent)
    ) {
      add(["codes", code], "DUPLICATE_CODE", { code });
    }
    if (typeof spec !== "object" || spec === null || !Object.hasOwn(URGENCY_RANK, String(spec.urgency))) {
      add(["codes", code, "urgency"], "INVALID_VALUE", { values: Object.keys(URGENCY_RANK).join(", ") });
    }
    if (!messages.some((m) => typeof m?.reasons?.[code as never] === "function")) {
      add(["messages"], "MISSING_MESSAGE", { code });
    }
  }
  return issues;
}

/**
 * Registers a caller-defined requirement kind, so that policies can state requirements of it
 * (`definePolicy` validates their values with its schema) and readiness, gaps, explanations and
 * `targetRequirements` know it. Its messages join the locales of their tags. Registering the
 * same kind object again is a no-op; another kind with a registered id is an error. The
 * registry is the process's: register your kinds once, at start-up, before defining policies.
 * Never throws.
 *
 * @returns `ok(kind)`, or `err({ code: "INVALID_REQUIREMENT_KIND", issues })`
 * @example
 * ```ts
 * registerRequirementKind(minimumHeight).isOk(); // true
 * ```
 */
export function registerRequirementKind<Id extends string, V, C extends string>(
  declared: RequirementKind<Id, V, C>,
): Result<RequirementKind<Id, V, C>, RequirementKindError> {
  const kind = declared as unknown as AnyRequirementKind;
  const issues = problems(kind);
  if (issues.length > 0) return err({ code: "INVALID_REQUIREMENT_KIND", issues });
  if (byId.get(kind.id) === kind) return ok(declared);
  custom.push(kind);
  all = [...BUILT_IN_ORDER, ...custom];
  byId.set(kind.id, kind);
  for (const [code, spec] of Object.entries(kind.codes)) if (!specs.has(code)) specs.set(code, spec as CodeSpec);
  addKindMessages(kind.messages as Parameters<typeof addKindMessages>[0]);
  return ok(declared);
}
