import type { CalendarDate } from "../core/date.js";
import type { Policy } from "./types.js";

const d = (s: string) => s as CalendarDate;

/**
 * Citation ids of `DEFAULT_POLICY`. Stable: reasons carry them in `basis`.
 *
 * @example
 * ```ts
 * resolveParameter(DEFAULT_POLICY, "placementMinimumAge", asOf)?.basis === BASIS.UU_18_2017_P5A; // true
 * ```
 */
export const BASIS = {
  BANTEN_OFFER_2025: "Kemen P2MI, tawaran pelatihan terintegrasi BLK Banten, 2 Mei 2025",
  UU_18_2017_P5A: "UU 18/2017 Pasal 5 huruf a",
  UU_39_2004_P35A: "UU 39/2004 Pasal 35 huruf a",
} as const;

/**
 * The policy the library ships: each value sourced in the project's domain reference, with
 * its effective dates and citation. Derive your own with `definePolicy` rather than editing it.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.parameters.trainingAge.versions[0]?.value; // { min: 15, max: 29 }
 * ```
 */
export const DEFAULT_POLICY: Policy = {
  id: "default",
  title: {
    id: "Kebijakan bawaan sentra-vokasi (bersumber)",
    en: "sentra-vokasi default policy (sourced)",
  },
  citations: {
    [BASIS.BANTEN_OFFER_2025]: {
      instrument: "Offer of the Minister of P2MI at UPTD Latihan Kerja Banten, 2 May 2025",
      sources: ["S1", "S2", "S3"],
      section: "DOMAIN.md §0",
      note:
        "A programme offer, not a statute: residents aged 15 to 29 are trained in an integrated programme. " +
        "No earlier programme rule is recorded, so the window applies to every date by default.",
    },
    [BASIS.UU_18_2017_P5A]: {
      instrument: "UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia, Pasal 5 huruf a",
      sources: ["S5", "S7"],
      section: "DOMAIN.md §1.1",
      note: "In force from its promulgation; the promulgation date 22 November 2017 is not yet confirmed from the source text.",
    },
    [BASIS.UU_39_2004_P35A]: {
      instrument: "UU No. 39 Tahun 2004 tentang Penempatan dan Perlindungan TKI di Luar Negeri, Pasal 35 huruf a",
      sources: ["S8"],
      section: "DOMAIN.md §1.1",
      note: "18 in general, 21 for workers employed by an individual employer; replaced by UU 18/2017. In force from its promulgation (18 October 2004, not yet confirmed from the source text).",
    },
  },
  parameters: {
    trainingAge: {
      description: {
        id: "Rentang usia peserta pelatihan (tahun penuh, inklusif)",
        en: "Trainee age window (completed years, inclusive)",
      },
      versions: [
        { from: "0000-01-01" as CalendarDate, value: { min: 15, max: 29 }, basis: BASIS.BANTEN_OFFER_2025, confirmed: true },
      ],
    },
    placementMinimumAge: {
      description: {
        id: "Usia minimal penempatan PMI (tahun penuh)",
        en: "National minimum age for placement abroad (completed years)",
      },
      versions: [
        {
          from: "2004-10-18" as CalendarDate,
          until: "2017-11-21" as CalendarDate,
          value: 18,
          basis: BASIS.UU_39_2004_P35A,
          confirmed: true,
        },
        { from: "2017-11-22" as CalendarDate, value: 18, basis: BASIS.UU_18_2017_P5A, confirmed: true },
      ],
    },
  },
};
