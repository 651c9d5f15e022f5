import type { IssueMessages } from "./locale.js";
import { EXAMPLE_NIK, exampleDigits, expectedTypes, multiplesOf } from "./names.js";

const s = (v: unknown) => String(v ?? "");

/** A type as zod names it, in words with an example; `short` for a list of alternatives. */
const TYPES: Readonly<Record<string, { full: string; short: string }>> = {
  string: { full: 'text in quotes, for example "BLK-001"', short: "text" },
  number: { full: "a number, for example 200", short: "a number" },
  int: { full: "a whole number (no decimals), for example 200", short: "a whole number" },
  boolean: { full: "true or false (without quotes)", short: "true/false" },
  object: { full: "a JSON object in curly braces { … }", short: "a JSON object" },
  array: { full: "a JSON list in square brackets, for example [] when empty", short: "a JSON list" },
  function: { full: "a function", short: "a function" },
  zod_schema: { full: "a zod schema", short: "a zod schema" },
};
const typeWords = (expected: string | undefined) => {
  const ts = expectedTypes(expected);
  if (ts.length === 1) return TYPES[ts[0] as string]?.full ?? s(ts[0]);
  const words = ts.map((t) => TYPES[t]?.short ?? t);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}` : "";
};
const QUOTE_FIX =
  'write each quote inside a cell as two quotes and put the whole cell in quotes, for example "Siti ""Ani"" Aminah".';
const NIK_SHAPE = `A NIK is 16 digits: a 6-digit region code (starting with the province code, such as 36 for Banten), the birth date as DDMMYY (women: day plus 40), then a 4-digit serial from 0001; for example ${EXAMPLE_NIK} (made up).`;
const NIK_PROBLEMS: Readonly<Record<string, (p: { length?: number }) => string>> = {
  digits: () => "A NIK has digits only, with no spaces, dots, hyphens or letters.",
  length: (p) => `This NIK has ${s(p.length)} digits, not 16.`,
  province: () => "The first two digits of the NIK are not a known province code.",
  birth_date: () => "Digits 7 to 12 of the NIK are not a real birth date.",
  serial: () => "The NIK's serial (its last 4 digits) cannot be 0000.",
};
const FORMATS: Readonly<Record<string, (p: { length?: number }) => string>> = {
  digits: (p) =>
    p.length === undefined
      ? `Expected digits only, for example ${exampleDigits(4)}.`
      : `Expected exactly ${p.length} digits, for example ${exampleDigits(p.length)}.`,
  country_code: () => "Expected a two-letter country code in capitals (ISO 3166-1), for example JP or KR.",
  language_tag: () => "Expected a language tag (BCP 47), for example id, en or ja.",
  camel_case: () =>
    "Expected a camelCase id: a lower-case letter, then up to 63 letters or digits, for example minimumHeight.",
  screaming_snake: () =>
    "Expected capitals, digits and underscores, starting with a letter (SCREAMING_SNAKE), for example HEIGHT_BELOW_MINIMUM.",
};

/**
 * The English messages of parse issues: a module of their own, so that an app parsing records
 * ships them without the rest of the locale (`parseCandidate` writes each issue's `message` in
 * English).
 */
export const EN_ISSUES: IssueMessages = {
  REQUIRED: (p) =>
    p.values === undefined ? "Required: this field must be filled in." : `Required: fill in one of: ${p.values}.`,
  INVALID_TYPE: (p) =>
    p.expected === undefined || typeWords(p.expected) === ""
      ? "Wrong type of value; see the documentation."
      : `Wrong type of value; expected ${typeWords(p.expected)}.`,
  UNKNOWN_KEY: (p) =>
    p.suggestion !== undefined
      ? `Unknown field "${s(p.key)}"; did you mean "${p.suggestion}"?`
      : `Unknown field${p.key === undefined ? "" : ` "${p.key}"`}: correct its name as documented or remove it.`,
  INVALID_VALUE: (p) =>
    p.values !== undefined
      ? `Not an accepted value; expected one of: ${p.values}.`
      : p.field !== undefined
        ? `Unknown "${p.field}": see the accepted values in the documentation.`
        : "Not an accepted value; see the accepted values in the documentation.",
  TOO_SHORT: (p) =>
    p.min === undefined || p.min <= 1
      ? "Must not be empty: write at least 1 character."
      : `Too short: write at least ${p.min} characters.`,
  TOO_LONG: (p) => (p.max === undefined ? "Too long; shorten it." : `Too long: at most ${p.max} characters.`),
  TOO_FEW: (p) => `Too few items: give at least ${p.min ?? 1}.`,
  TOO_MANY: (p) => (p.max === undefined ? "Too many items; remove some." : `Too many items: at most ${p.max}.`),
  OUT_OF_RANGE: (p) => {
    if (p.divisor !== undefined) {
      const [a, b] = multiplesOf(p.divisor);
      return `Expected a multiple of ${p.divisor}, for example ${a} or ${b}.`;
    }
    if (p.min !== undefined && p.max !== undefined) return `Expected a number from ${p.min} to ${p.max}.`;
    if (p.min !== undefined)
      return p.exclusive === true
        ? `Too small: expected a number greater than ${p.min}.`
        : `Too small: the lowest accepted number is ${p.min}.`;
    if (p.max !== undefined)
      return p.exclusive === true
        ? `Too large: expected a number less than ${p.max}.`
        : `Too large: the highest accepted number is ${p.max}.`;
    return "The number is outside the accepted range; see the documentation.";
  },
  INVALID_FORMAT: (p) =>
    (p.format !== undefined && Object.hasOwn(FORMATS, p.format) ? FORMATS[p.format]?.(p) : undefined) ??
    `Not in the expected format${p.format === undefined ? "" : ` (${p.format})`}; see the documentation.`,
  INVALID_DATE: (p) =>
    p.format === "date_time"
      ? "Expected an XML Schema dateTime, for example 2026-07-10T09:00:00+07:00 or 2026-07-10T02:00:00Z."
      : p.problem === "no_such_day"
        ? "No such day in the calendar (like 30 February or 31 April); a date must be written YYYY-MM-DD, for example 2008-07-05."
        : "A date must be written YYYY-MM-DD, for example 2008-07-05.",
  INVALID_NIK: (p) => {
    const problem =
      p.problem !== undefined && Object.hasOwn(NIK_PROBLEMS, p.problem) ? NIK_PROBLEMS[p.problem] : undefined;
    return problem === undefined || (p.problem === "length" && p.length === undefined)
      ? NIK_SHAPE
      : `${problem(p)} ${NIK_SHAPE}`;
  },
  INVALID_DATE_RANGE: () => "The end date is before the start date; it must be on or after the start date.",
  INVALID_RANGE: () => "The maximum is below the minimum; it must be at least the minimum.",
  INVALID_DOCUMENT_GATES: () =>
    "Every placement document must also be a departure document; add it to the departure list.",
  INVALID_ATTRIBUTE_KEY: () =>
    "An attribute name must start with a letter, then up to 63 letters, digits or underscores, for example height_cm.",
  TOO_MANY_ATTRIBUTES: (p) =>
    p.max === undefined ? "Too many attributes; remove some." : `Too many attributes: at most ${p.max}.`,
  UNKNOWN_CITATION: (p) =>
    `The basis${p.basis === undefined ? "" : ` "${p.basis}"`} names no citation of the policy; add the citation or correct the name.`,
  UNKNOWN_TARGET: (p) =>
    `The base policy has no target${p.target === undefined ? " of this id" : ` ${p.target}`}; to add one, give its whole profile.`,
  UNKNOWN_REQUIREMENT_KIND: (p) =>
    `No requirement kind${p.kind === undefined ? "" : ` "${p.kind}"`} is registered; ${p.suggestion === undefined ? "register it first with registerRequirementKind." : `did you mean "${p.suggestion}"?`}`,
  NOT_AN_OBJECT: () => 'Expected an object (in JSON: names and values in curly braces, for example {"id": "BLK-001"}).',
  DUPLICATE_KIND: (p) =>
    `A requirement kind${p.kind === undefined ? " of this id" : ` "${p.kind}"`} is already registered; choose another id.`,
  DUPLICATE_CODE: (p) =>
    `The code${p.code === undefined ? "" : ` ${p.code}`} is declared by another kind with another urgency or permanence; declare it the same way or choose another code.`,
  MISSING_MESSAGE: (p) =>
    `No locale has a message for${p.code === undefined ? " this code" : ` ${p.code}`}; add one to messages.`,
  NOT_AN_ACHIEVEMENT_CREDENTIAL: () =>
    "Expected type VerifiableCredential with OpenBadgeCredential or AchievementCredential.",
  MISSING_ISSUER: () => "The credential names no issuer.",
  MISSING_VALID_FROM: () => "The credential has no validFrom (or issuanceDate).",
  MISSING_ACHIEVEMENT: () => "The credential subject has no achievement.",
  NO_ALIGNED_UNITS: () =>
    "The achievement is aligned to no SKKNI competency unit: no alignment has a targetCode and an SKKNI targetFramework (or one of the options' unitFrameworks).",
  MALFORMED_CSV: (p) =>
    p.problem === "unclosed_quote"
      ? `Malformed CSV row: a cell that starts with a quote is never closed. End that cell with a quote; ${QUOTE_FIX}`
      : p.problem === "text_after_quote"
        ? `Malformed CSV row: text follows the closing quote of a cell. If a cell contains a quote, ${QUOTE_FIX}`
        : `Malformed CSV row: unbalanced quotes. If a cell contains a quote, ${QUOTE_FIX}`,
  MALFORMED_JSON: () =>
    'This record is not valid JSON; check its quotes, commas and braces. A trainee\'s record is written like {"id": "BLK-001", "sex": "F"}.',
  RECORD_TOO_LONG: (p) =>
    `This record is longer than ${p.max === undefined ? "the limit" : `${p.max} characters, the limit`} for one trainee's record; check for an unclosed quote or several rows run together.`,
  EXTRA_CELLS: (p) =>
    `This row has ${p.cells === undefined ? "more" : `${p.cells}`} cells ${p.columns === undefined ? "than the header has columns" : `but the header has only ${p.columns} columns`}; the extra cells have no column. Add a header for them or remove them.`,
  NIK_SCIENTIFIC_NOTATION: () =>
    "Excel turned the NIK into scientific notation (like 3.67402E+15), so its last digits are lost. Format the NIK column as Text, then type the NIK again.",
  DATE_DAY_FIRST: (p) =>
    `The date is written day first (DD/MM/YYYY or DD-MM-YYYY); write it YYYY-MM-DD, for example ${p.example === undefined || p.example === "" ? "2008-07-05" : p.example}, or run with --day-first.`,
};
