import type { core } from "zod";
import type { Issue } from "./issues.js";
import { maskName } from "./mask.js";

/** Codes that schemas put in a check's `error` so that the mapper keeps them, with their messages. */
const OWN_MESSAGES: Readonly<Record<string, string>> = {
  INVALID_DATE: "Expected a valid calendar date written YYYY-MM-DD.",
  INVALID_NIK:
    "Expected a 16-digit NIK: a known province code, birth day 01-31 (women 41-71), month 01-12 and a serial from 0001.",
  INVALID_DATE_RANGE: "The end date is before the start date.",
  INVALID_RANGE: "The maximum is below the minimum.",
  INVALID_DOCUMENT_GATES: "Every placement document must also be a departure document.",
  UNKNOWN_CITATION: "The basis names no citation of the policy.",
  INVALID_ATTRIBUTE_KEY: "Expected an attribute name: a letter, then up to 63 letters, digits or underscores.",
  TOO_MANY_ATTRIBUTES: "Too many attributes.",
};

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

function sizeCode(
  origin: string,
  small: boolean,
  bound: number | bigint,
): { code: string; message: string; params: Issue["params"] } {
  const n = String(bound);
  const params: Record<string, number> = small ? { min: Number(bound) } : { max: Number(bound) };
  if (origin === "string") {
    return small
      ? { code: "TOO_SHORT", message: `Expected at least ${n} character(s).`, params }
      : { code: "TOO_LONG", message: `Expected at most ${n} characters.`, params };
  }
  if (origin === "array" || origin === "set") {
    return small
      ? { code: "TOO_FEW", message: `Expected at least ${n} item(s).`, params }
      : { code: "TOO_MANY", message: `Expected at most ${n} items.`, params };
  }
  return {
    code: "OUT_OF_RANGE",
    message: small ? `Expected a number of at least ${n}.` : `Expected a number of at most ${n}.`,
    params,
  };
}

/**
 * Turns zod issues (parsed with `reportInput: true`) into the library's {@link Issue}s: stable
 * codes, messages that never repeat the input, one issue per unknown key. Internal.
 */
export function toIssues(zodIssues: readonly core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = pathOf(zi.path);
    if (zi.input === undefined && (zi.code === "invalid_type" || zi.code === "invalid_value")) {
      out.push({ path, code: "REQUIRED", message: "Required field is missing." });
      continue;
    }
    switch (zi.code) {
      case "invalid_type":
        out.push({
          path,
          code: "INVALID_TYPE",
          message: `Expected ${zi.expected}.`,
          params: { expected: String(zi.expected) },
        });
        break;
      case "unrecognized_keys":
        for (const key of zi.keys) {
          const shown = scrubKey(key);
          out.push({
            path: [...path, shown],
            code: "UNKNOWN_KEY",
            message: `Unknown field "${shown}".`,
            params: { key: shown },
          });
        }
        break;
      case "invalid_value":
        out.push({
          path,
          code: "INVALID_VALUE",
          message: `Expected one of: ${zi.values.map((v) => String(v)).join(", ")}.`,
          params: { values: zi.values.map((v) => String(v)).join(", ") },
        });
        break;
      case "invalid_union": {
        const discriminator = (zi as { discriminator?: string }).discriminator;
        out.push({
          path:
            discriminator === undefined || path[path.length - 1] === discriminator ? path : [...path, discriminator],
          code: "INVALID_VALUE",
          message:
            discriminator === undefined
              ? "Matches none of the accepted forms."
              : `Unknown "${discriminator}": see the accepted values in the documentation.`,
          ...(discriminator === undefined ? {} : { params: { field: discriminator } }),
        });
        break;
      }
      case "too_small":
      case "too_big": {
        const small = zi.code === "too_small";
        const bound = small ? zi.minimum : zi.maximum;
        out.push({ path, ...sizeCode(zi.origin, small, bound) });
        break;
      }
      case "not_multiple_of":
        out.push({
          path,
          code: "OUT_OF_RANGE",
          message: `Expected a multiple of ${String(zi.divisor)}.`,
          params: { divisor: Number(zi.divisor) },
        });
        break;
      default: {
        const own = Object.hasOwn(OWN_MESSAGES, zi.message) ? OWN_MESSAGES[zi.message] : undefined;
        if (own !== undefined) {
          out.push({ path, code: zi.message, message: own });
        } else if (zi.code === "invalid_format") {
          out.push({
            path,
            code: "INVALID_FORMAT",
            message: `Expected the ${zi.format} format.`,
            params: { format: String(zi.format) },
          });
        } else {
          out.push({ path, code: "INVALID_VALUE", message: "Is not an accepted value." });
        }
      }
    }
  }
  return out;
}
