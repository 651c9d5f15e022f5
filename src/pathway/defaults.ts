import type { PathwayDefaults } from "./types.js";

/**
 * The figures a plan uses when its schedule does not give them, each with its source or marked
 * unconfirmed (DOMAIN.md §2.4–2.5, §8). Override any of them in `PlanPathwayOptions.schedule`.
 *
 * @example
 * ```ts
 * PATHWAY_DEFAULTS.jpPerDay.value; // 8
 * ```
 */
export const PATHWAY_DEFAULTS: PathwayDefaults = {
  jpPerDay: {
    value: 8,
    confirmed: true,
    note: "8 JP (of 45 minutes) a training day: BLK Probolinggo, 280 JP in 35 days; UPTD LK Banten's 25-day waves of 200 JP; programme length = JP total / JP per day (DOMAIN.md §2.5, §8, §10).",
    sources: ["S40a", "S69"],
  },
  daysPerWeek: {
    value: 5,
    confirmed: false,
    note: "Training on Monday to Friday: BLKs report courses in working days (BLK Tulungagung, 30 working days); the days of the week are not stated by a source.",
    sources: ["S40d"],
  },
  documentLeadDays: {
    value: 0,
    confirmed: false,
    note: "No source gives how long a document takes to obtain: 0 days (held the day it is applied for) until the caller sets `documentLeadDays`.",
    sources: [],
  },
  languageResultDays: {
    value: 0,
    confirmed: false,
    note: "No source gives the days from sitting a language test to its result: 0 until the caller sets `languageResultDays`.",
    sources: [],
  },
  orientationDays: {
    value: 1,
    confirmed: false,
    note: "The length of the pre-departure orientation (OPP) is not in the sources: one day until the caller sets `orientationDays`.",
    sources: [],
  },
  ktpMinimumAge: {
    value: 17,
    confirmed: false,
    note: "A KTP-el is issued from the age of 17 (or on marriage): UU 24/2013 on population administration; the article is not yet in DOMAIN.md.",
    sources: ["S66"],
  },
};
