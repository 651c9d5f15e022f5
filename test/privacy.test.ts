import fc from "fast-check";
import {
  assessReadiness,
  auditCandidate,
  type CalendarDate,
  checkTrainingEligibility,
  explainReadiness,
  formatGap,
  formatReason,
  listTargets,
  parseCandidate,
  recommendTracks,
  summarizeCohort,
} from "sentra-vokasi";
import { describe, expect, it } from "vitest";
import { mutatedCandidate, rawCandidate } from "./arbitraries/index.js";

/** Records with a known NIK, passport number and name, valid or broken in every way. */
const withSecrets = fc
  .tuple(
    rawCandidate,
    fc.stringMatching(/^[A-Z][0-9]{7}$/),
    fc.constantFrom("Siti Nurhaliza Putri", "Ahmad Fauzi Rahman", "Dewi"),
  )
  .chain(([r, passport, name]) =>
    fc.oneof(
      fc.constant({
        ...r,
        fullName: name,
        documents: [{ kind: "PASSPORT", number: passport, issuedOn: "2024-01-01", expiresOn: "2027-01-01" }],
      }),
      mutatedCandidate.map((m) => ({
        ...m,
        fullName: name,
        documents: [{ kind: "PASSPORT", number: passport, issuedOn: "x" }],
      })),
      fc.constant({
        ...r,
        fullName: name,
        sex: r.nik,
        education: name,
        [r.nik]: passport,
        documents: [{ kind: passport, number: passport, issuedOn: r.nik }],
      }),
    ),
  );

describe("no channel carries a NIK, passport number or name unmasked", () => {
  it("parse issues, audit findings, reasons, explanations, gaps, recommendations and cohort summaries", () => {
    const asOf = "2026-11-28" as CalendarDate;
    fc.assert(
      fc.property(withSecrets, (raw) => {
        const record = raw as Record<string, unknown> & { nik: string; fullName: string };
        const passport = (record.documents as { number?: string }[])[0]?.number as string;
        const channels: unknown[] = [];
        const parsed = parseCandidate(record);
        if (parsed.isErr()) channels.push(parsed.error);
        else {
          const c = parsed.value;
          channels.push(auditCandidate(c, { asOf }));
          const training = checkTrainingEligibility(c, { asOf });
          channels.push(
            training,
            training.reasons.map((x) => formatReason(x, "id")),
          );
          channels.push(recommendTracks(c, { asOf }));
          const rs = listTargets().map((t) => assessReadiness(c, { asOf, target: t.id, gate: "departure" }));
          for (const r of rs) {
            channels.push(
              { ...r, candidateId: undefined },
              explainReadiness(r, "id"),
              explainReadiness(r, "en"),
              r.gaps.map((g) => formatGap(g, "en")),
              r.components.flatMap((x) => x.verdict.reasons.map((y) => formatReason(y, "en"))),
            );
          }
          channels.push(summarizeCohort(rs));
        }
        const text = JSON.stringify(channels);
        // (a mutation may have replaced the NIK by junk: only real secrets are looked for)
        if (typeof record.nik === "string" && record.nik.length >= 8) expect(text).not.toContain(record.nik);
        expect(text).not.toContain(passport);
        if (record.fullName.length >= 4) expect(text).not.toContain(record.fullName);
      }),
      { numRuns: 200 },
    );
  });
});
