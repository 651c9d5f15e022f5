import fc from "fast-check";
import {
  type CalendarDate,
  type Candidate,
  EDUCATION_LEVELS,
  type LanguageRequirement,
  listTargets,
  parseCandidate,
  type TargetRequirements,
} from "sentra-vokasi";
import { addDays, addMonths, dateOfAge, educationRank } from "sentra-vokasi/extend";
import { dateBetween, nikFor } from "./index.js";

/** A raw language result that meets `r`, taken on `takenOn`. */
function resultMeeting(r: LanguageRequirement, takenOn: CalendarDate): Record<string, unknown> {
  switch (r.test) {
    case "JLPT":
    case "CEFR":
      return { test: r.test, level: r.minLevel, takenOn };
    case "IELTS":
      return { test: r.test, band: Math.ceil(r.minBand * 2) / 2, takenOn };
    default:
      return { test: r.test, score: Math.ceil(r.minScore), takenOn };
  }
}

/**
 * A candidate built to satisfy `req` on `req.asOf`: age inside the window, education at the
 * minimum, a result for the first requirement of every language group, a certificate covering
 * every unit, every skill test, a recent fit medical check, a passport with enough validity and
 * every document of the departure gate. `slack` (0..1) moves the dates around inside what the
 * requirements allow.
 */
export function candidateFor(req: TargetRequirements, slack: number[]): Candidate {
  const s = (i: number) => slack[i % slack.length] ?? 0.5;
  const asOf = req.asOf;
  const maxAge = req.age.max ?? req.age.min + 20;
  const age = req.age.min + Math.floor(s(0) * (maxAge - req.age.min + 1) * 0.999);
  // Born so that on asOf the completed age is `age`: between the birthdays of age and age + 1.
  const earliest = addDays(dateOfAge(asOf, -(age + 1)), 1);
  const birthDate = addDays(earliest, Math.floor(s(1) * 360));
  const admitted = req.sex ?? (["F", "M"] as const);
  const sex = admitted[Math.floor(s(2) * admitted.length * 0.999)] ?? "F";
  // At least SLTP, which UU 39/2004 Pasal 35 huruf d asked of every placement abroad until 2017.
  const minRank = Math.max(req.education === undefined ? 0 : educationRank(req.education), educationRank("SMP"));
  const education = EDUCATION_LEVELS.find((e) => educationRank(e) >= minRank) ?? "S3";
  const recent = (i: number, maxDays: number) => addDays(asOf, -Math.floor(s(i) * Math.max(0, maxDays)));
  const languageResults = req.language.map((group, g) => {
    const r = group[0] as LanguageRequirement;
    const window = r.maxAgeMonths === undefined ? 2000 : r.maxAgeMonths * 28;
    return resultMeeting(r, recent(3 + g, window));
  });
  const passportIssued = recent(7, 3000);
  const passportExpires = addMonths(asOf, req.passport.minValidityMonths + 1 + Math.floor(s(8) * 60));
  const documents = req.documents.departure.map((kind) =>
    kind === "PASSPORT"
      ? { kind, number: "X1234567", issuedOn: passportIssued, expiresOn: passportExpires }
      : { kind, issuedOn: recent(9, 300) },
  );
  const raw = {
    id: "GEN-1",
    nik: nikFor(birthDate, sex, "367402", 1 + Math.floor(s(10) * 9000)),
    fullName: "Putri Lestari",
    sex,
    birthDate,
    education,
    maritalStatus: "SINGLE",
    documents,
    medicalChecks: [
      {
        result: "FIT",
        // Inside the certificate's validity: maxAgeDays, or 28 days a month of validityMonths.
        examinedOn: recent(11, req.medical?.maxAgeDays ?? (req.medical?.validityMonths ?? 3) * 28),
        scope: "FULL",
        colourVisionNormal: true,
        // A woman's negative test: the departure check (Perpres 64/2011) and UU 39/2004 Pasal 35 huruf c.
        ...(sex === "F"
          ? { pregnancyTest: { result: "NEGATIVE", testedOn: recent(13, req.pregnancyTestWithinDays ?? 7) } }
          : {}),
      },
    ],
    languageResults,
    certificates: [
      ...(req.skill.units.length > 0
        ? [
            {
              kind: "COMPETENCY",
              schemeCode: "GEN",
              unitCodes: [...req.skill.units],
              issuer: "LSP P2 BLK Banten",
              issuedOn: recent(12, 700),
              expiresOn: addDays(asOf, 1 + Math.floor(s(13) * 700)),
            },
          ]
        : []),
      ...req.skill.skillTests.map((test) => ({ kind: "SKILL_TEST", test, issuedOn: recent(14, 700) })),
    ],
    orientation: { completedOn: recent(15, 30) },
  };
  return parseCandidate(raw)._unsafeUnwrap();
}

export const targetId = fc.constantFrom(...listTargets().map((t) => t.id));
export const slack = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 });
/** From UU 39/2004 (18 October 2004), the first placement law the policy records. */
export const recentDate = dateBetween("2004-10-18", "2035-12-31");
