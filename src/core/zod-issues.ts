import type { core } from "zod";
import { EN_ISSUES } from "../i18n/en-issues.js";
import type { IssueCode, IssueParams } from "./codes.js";
import type { Issue } from "./issues.js";
import { maskName } from "./mask.js";

type Params = Record<string, string | number | boolean>;

/**
 * An issue of `code` with its params and, as `message`, the English locale's text for them (so
 * that `formatIssue(issue, "en") === issue.message`). Params left `undefined` are dropped; an
 * issue without params has no `params`. Internal.
 */
export function makeIssue<C extends IssueCode>(path: (string | number)[], code: C, params?: IssueParams[C]): Issue {
  const kept: Params = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") kept[k] = v;
  }
  const message = (EN_ISSUES[code] as (p: Params) => string)(kept);
  return Object.keys(kept).length === 0 ? { path, code, message } : { path, code, message, params: kept };
}

/** Codes that schemas put in a check's `error` so that the mapper keeps them (with the check's `params`). */
const OWN_CODES: ReadonlySet<string> = new Set<IssueCode>([
  "INVALID_DATE",
  "INVALID_NIK",
  "INVALID_DATE_RANGE",
  "INVALID_RANGE",
  "INVALID_DOCUMENT_GATES",
  "UNKNOWN_CITATION",
  "INVALID_ATTRIBUTE_KEY",
  "TOO_MANY_ATTRIBUTES",
  "INVALID_VALUE",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$0-9]{0,39}$/;

/**
 * A key echoed back in an issue. Identifier-like keys (typos such as `birthdate`) are shown;
 * anything else (spaces, long digit runs: perhaps a name or a NIK used as a key) is masked.
 */
function scrubKey(key: string): string {
  if (IDENTIFIER.test(key) && !/\d{6}/.test(key)) return key;
  return maskName(key.length > 40 ? key.slice(0, 40) : key).replace(/[0-9]/g, "*");
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}

/** Edit distance of two short strings (at most 2 counts; anything further is 3). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return Math.min(prev[b.length] ?? 3, 3);
}

/**
 * The known key closest to `key`, ignoring letter case: within two edits (one for keys of two or
 * three characters, none for one), and only when no other key is as close.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  const limit = Math.min(2, Math.floor(k.length / 2));
  let best: string | undefined;
  let bestD = limit + 1;
  let tie = false;
  for (const candidate of known) {
    if (candidate === key) continue;
    const d = distance(k, candidate.toLowerCase());
    if (d < bestD) {
      best = candidate;
      bestD = d;
      tie = false;
    } else if (d === bestD && candidate !== best) {
      tie = true;
    }
  }
  return best !== undefined && !tie ? best : undefined;
}

/** The part of a zod schema the walk below reads. */
interface Walked {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, unknown>>;
      readonly catchall?: unknown;
      readonly element?: unknown;
      readonly valueType?: unknown;
      readonly innerType?: unknown;
      readonly in?: unknown;
      readonly options?: readonly unknown[];
      readonly left?: unknown;
      readonly right?: unknown;
      readonly getter?: () => unknown;
      readonly values?: readonly unknown[];
    };
  };
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

function isWalked(s: unknown): s is Walked {
  const z = (s as { _zod?: { def?: { type?: unknown } } } | null | undefined)?._zod;
  return typeof z?.def?.type === "string";
}

/** The concrete schemas `s` stands for: wrappers, pipes, lazies, unions and intersections opened. */
function expand(s: unknown, out: Walked[], depth = 0): void {
  if (depth > 32 || !isWalked(s)) return;
  const d = s._zod.def;
  if (WRAPPERS.has(d.type)) expand(d.innerType, out, depth + 1);
  else if (d.type === "pipe") expand(d.in, out, depth + 1);
  else if (d.type === "lazy") expand(d.getter?.(), out, depth + 1);
  else if (d.type === "union") for (const o of d.options ?? []) expand(o, out, depth + 1);
  else if (d.type === "intersection") {
    expand(d.left, out, depth + 1);
    expand(d.right, out, depth + 1);
  } else out.push(s);
}

function childOf(s: Walked, segment: string | number): unknown {
  const d = s._zod.def;
  if (d.type === "object") {
    return typeof segment === "string" && d.shape !== undefined && Object.hasOwn(d.shape, segment)
      ? d.shape[segment]
      : d.catchall;
  }
  if (d.type === "array") return typeof segment === "number" ? d.element : undefined;
  if (d.type === "record") return d.valueType;
  return undefined;
}

/** A literal field of an object schema that the input contradicts (the wrong branch of a discriminated union). */
function contradicts(s: Walked, input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  for (const [k, field] of Object.entries(s._zod.def.shape ?? {})) {
    if (!isWalked(field) || field._zod.def.type !== "literal" || !Object.hasOwn(input, k)) continue;
    if (!(field._zod.def.values ?? []).includes((input as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/**
 * The keys the schema admits for the object at `path` (for a discriminated union, those of the
 * branch the input names). Empty when the schema does not say. Never throws.
 */
export function knownKeysAt(schema: unknown, path: readonly (string | number)[], input: unknown): string[] {
  try {
    let level: Walked[] = [];
    expand(schema, level);
    for (const segment of path) {
      const next: Walked[] = [];
      for (const s of level) expand(childOf(s, segment), next);
      level = next;
    }
    const objects = level.filter((s) => s._zod.def.type === "object");
    const fitting = objects.filter((s) => !contradicts(s, input));
    const keys = new Set<string>();
    for (const s of fitting.length > 0 ? fitting : objects)
      for (const k of Object.keys(s._zod.def.shape ?? {})) keys.add(k);
    return [...keys];
  } catch {
    return [];
  }
}

/** What zod knows of a regex, as a format an officer can read. */
function regexFormat(pattern: unknown): IssueParams["INVALID_FORMAT"] {
  const p = String(pattern ?? "");
  const digits = /^\/\^\\d\{(\d+)\}\$\/$/.exec(p);
  if (digits !== null) return { format: "digits", length: Number(digits[1]) };
  if (p === "/^[A-Z]{2}$/") return { format: "country_code" };
  if (p.startsWith("/^[a-z]{2,3}")) return { format: "language_tag" };
  return { format: "regex" };
}

/** Options of the discriminator as a list (`JFT_BASIC, EPS_TOPIK, …`). */
function listed(values: readonly unknown[] | undefined): string | undefined {
  const shown = (values ?? []).filter((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean");
  return shown.length > 0 ? shown.map((v) => String(v)).join(", ") : undefined;
}

function sizeIssue(path: (string | number)[], zi: core.$ZodIssueTooSmall | core.$ZodIssueTooBig): Issue {
  const small = zi.code === "too_small";
  const bound = Number(small ? zi.minimum : (zi as core.$ZodIssueTooBig).maximum);
  if (zi.origin === "string")
    return small ? makeIssue(path, "TOO_SHORT", { min: bound }) : makeIssue(path, "TOO_LONG", { max: bound });
  if (zi.origin === "array" || zi.origin === "set") {
    return small ? makeIssue(path, "TOO_FEW", { min: bound }) : makeIssue(path, "TOO_MANY", { max: bound });
  }
  const exclusive = zi.inclusive === false ? { exclusive: true } : {};
  return makeIssue(path, "OUT_OF_RANGE", small ? { min: bound, ...exclusive } : { max: bound, ...exclusive });
}

/** A date written `YYYY-MM-DD` whose day does not exist (30 February). */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function ownIssue(path: (string | number)[], code: string, zi: core.$ZodIssue): Issue {
  if (code === "INVALID_DATE") {
    const input = (zi as { input?: unknown }).input;
    return makeIssue(
      path,
      "INVALID_DATE",
      typeof input === "string" && DATE_SHAPE.test(input) ? { problem: "no_such_day" } : {},
    );
  }
  // A check's own params (`refine(…, { error: "TOO_MANY_ATTRIBUTES", params: { max: 50 } })`).
  return makeIssue(path, code as IssueCode, (zi as { params?: IssueParams[IssueCode] }).params);
}

/**
 * Turns zod issues (parsed with `reportInput: true`) into the library's {@link Issue}s: stable
 * codes, params that say what is expected, English messages of the English locale that never
 * repeat the input, one issue per unknown key. `schema` (the one parsed) lets an unknown key
 * carry the closest known key as `suggestion`. Internal.
 */
export function toIssues(zodIssues: readonly core.$ZodIssue[], schema?: unknown): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = pathOf(zi.path);
    const input = (zi as { input?: unknown }).input;
    if (input === undefined && zi.code === "invalid_value") {
      out.push(makeIssue(path, "REQUIRED", { values: listed(zi.values) }));
      continue;
    }
    if (input === undefined && zi.code === "invalid_type") {
      out.push(makeIssue(path, "REQUIRED"));
      continue;
    }
    switch (zi.code) {
      case "invalid_type":
        out.push(makeIssue(path, "INVALID_TYPE", { expected: String(zi.expected) }));
        break;
      case "unrecognized_keys": {
        const known = schema === undefined ? [] : knownKeysAt(schema, path, input);
        for (const key of zi.keys) {
          const shown = scrubKey(key);
          const suggestion = shown === key ? closestKey(key, known) : undefined;
          out.push(makeIssue([...path, shown], "UNKNOWN_KEY", { key: shown, suggestion }));
        }
        break;
      }
      case "invalid_value":
        out.push(makeIssue(path, "INVALID_VALUE", { values: listed(zi.values) }));
        break;
      case "invalid_union": {
        const discriminator = (zi as { discriminator?: string }).discriminator;
        if (discriminator !== undefined) {
          const at = path[path.length - 1] === discriminator ? path : [...path, discriminator];
          const values = listed((zi as { options?: readonly unknown[] }).options);
          const given =
            typeof input === "object" && input !== null && !Array.isArray(input)
              ? (input as Record<string, unknown>)[discriminator]
              : input;
          out.push(
            given === undefined
              ? makeIssue(at, "REQUIRED", { values })
              : makeIssue(at, "INVALID_VALUE", values === undefined ? { field: discriminator } : { values }),
          );
          break;
        }
        // A plain union: when every branch refused the type, say which types it takes.
        const branches = (zi as { errors?: readonly (readonly core.$ZodIssue[])[] }).errors ?? [];
        const types = branches.map((b) =>
          b.length === 1 && b[0]?.code === "invalid_type" && b[0].path.length === 0 ? String(b[0].expected) : undefined,
        );
        if (types.length > 0 && types.every((t) => t !== undefined)) {
          out.push(makeIssue(path, "INVALID_TYPE", { expected: [...new Set(types)].join("|") }));
        } else {
          out.push(makeIssue(path, "INVALID_VALUE"));
        }
        break;
      }
      case "too_small":
      case "too_big":
        out.push(sizeIssue(path, zi));
        break;
      case "not_multiple_of":
        out.push(makeIssue(path, "OUT_OF_RANGE", { divisor: Number(zi.divisor) }));
        break;
      case "invalid_key": {
        // A key of a record that its key schema refuses: the key is input, shown only scrubbed.
        const last = path[path.length - 1];
        const at = typeof last === "string" ? [...path.slice(0, -1), scrubKey(last)] : path;
        const inner = zi.issues.find((i) => OWN_CODES.has(i.message));
        out.push(inner === undefined ? makeIssue(at, "INVALID_VALUE") : ownIssue(at, inner.message, inner));
        break;
      }
      default: {
        if (OWN_CODES.has(zi.message)) out.push(ownIssue(path, zi.message, zi));
        else if (zi.code === "invalid_format") {
          out.push(
            makeIssue(
              path,
              "INVALID_FORMAT",
              zi.format === "regex"
                ? regexFormat((zi as { pattern?: unknown }).pattern)
                : { format: String(zi.format) },
            ),
          );
        } else out.push(makeIssue(path, "INVALID_VALUE"));
      }
    }
  }
  return out;
}
