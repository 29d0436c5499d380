/**
 * The veldtafel (case conference): which signals put a person's case on the agenda. Pure
 * rules; the server's repository gathers the facts and this module decides.
 */
import { isLongerThanMonths } from './dates';
import type { IsoDate } from './calendar';

/** Automatic reasons a case is suggested for the veldtafel, in the order they are shown. */
export const VELDTAFEL_SIGNALS = [
  'waiting_over_3_months',
  'repeated_declines',
  'ready_not_housed_over_3_months',
  'long_shelter_stay',
] as const;

/** An automatic reason. */
export type VeldtafelSignal = (typeof VELDTAFEL_SIGNALS)[number];

/** Why a case is on the agenda: an automatic signal, or added by hand. */
export const VELDTAFEL_REASONS = [...VELDTAFEL_SIGNALS, 'manual'] as const;

/** A reason for an agenda item. */
export type VeldtafelReason = (typeof VELDTAFEL_REASONS)[number];

/** How long (months) waiting, being ready without a home, or a shelter stay may last before it is a signal. */
export const VELDTAFEL_MONTHS = 3;

/** How many declined offers make a signal. */
export const VELDTAFEL_DECLINES = 2;

/** What is known about one person on `today` (open records only). */
export interface VeldtafelFacts {
  /** listed_on of each open waiting-list entry. */
  openWaitlistSince: readonly IsoDate[];
  /** How many of the person's offers were declined. */
  declinedOffers: number;
  /** ready_on of each housing record without a housed date. */
  readyNotHousedSince: readonly IsoDate[];
  /** started_on of each open shelter (MO) stay. */
  openShelterStaySince: readonly IsoDate[];
}

/** One signal that applies, with the date it counts from (null for declines) and the count. */
export interface VeldtafelSignalHit {
  reason: VeldtafelSignal;
  since: IsoDate | null;
  count: number;
}

function earliest(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((first, date) => (first === null || date < first ? date : first), null);
}

/**
 * The signals that apply to a person on `today`: waiting more than 3 months, 2 or more
 * declined offers, ready but not housed for more than 3 months, or a shelter stay of more
 * than 3 months. "More than 3 months" means addMonths(date, 3) < today.
 */
export function veldtafelSignals(facts: VeldtafelFacts, today: IsoDate): VeldtafelSignalHit[] {
  const dated = (reason: VeldtafelSignal, dates: readonly IsoDate[]): VeldtafelSignalHit[] => {
    const over = dates.filter((date) => isLongerThanMonths(date, today, VELDTAFEL_MONTHS));
    return over.length > 0 ? [{ reason, since: earliest(over), count: over.length }] : [];
  };
  return [
    ...dated('waiting_over_3_months', facts.openWaitlistSince),
    ...(facts.declinedOffers >= VELDTAFEL_DECLINES
      ? [{ reason: 'repeated_declines' as const, since: null, count: facts.declinedOffers }]
      : []),
    ...dated('ready_not_housed_over_3_months', facts.readyNotHousedSince),
    ...dated('long_shelter_stay', facts.openShelterStaySince),
  ];
}
