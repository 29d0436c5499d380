/**
 * The small rules every indicator shares (INDICATORS.md "Conventions"): age in completed
 * years, the age group filter, and turning exact counts and day sums into means and shares.
 */
import type { IsoDate } from '../calendar';
import { DAYS_PER_MONTH } from '../dates';
import {
  AGE_GROUP_BOUNDS,
  type IndicatorAgeGroup,
  type IndicatorAggregates,
  type IndicatorParams,
  type IndicatorValues,
  type MeanOf,
} from './types';

function parts(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Age in completed years on `date`: (D.year − B.year) − 1 when D's (month, day) comes before
 * B's. Born 2004-02-29: 18 on 2023-02-28, 19 on 2023-03-01.
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [dy, dm, dd] = parts(date);
  const beforeBirthday = dm < bm || (dm === bm && dd < bd);
  return dy - by - (beforeBirthday ? 1 : 0);
}

/** Whether someone born on `birthDate` is in the age group on `date`; an unknown birth date is in no group. */
export function isInAgeGroup(birthDate: IsoDate | null, group: IndicatorAgeGroup, date: IsoDate): boolean {
  if (birthDate === null) return false;
  const age = ageOn(birthDate, date);
  const { min, max } = AGE_GROUP_BOUNDS[group];
  return age >= min && age <= max;
}

/** First and last day of year `year` (the year indicator's window; its age reference is the last day). */
export function yearBounds(year: number): { first: IsoDate; last: IsoDate } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`not a year: ${year}`);
  const y = String(year).padStart(4, '0');
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Mean of a day sum in months of 30.4375 days; null for an empty population (never 0 or NaN). */
export function meanMonthsOf(sumDays: number, n: number): number | null {
  return n === 0 ? null : sumDays / n / DAYS_PER_MONTH;
}

/** Share `part / n`; null for an empty population. */
export function shareOf(part: number, n: number): number | null {
  return n === 0 ? null : part / n;
}

function meanOf(sum: { n: number; sumDays: number }): MeanOf {
  return { n: sum.n, meanMonths: meanMonthsOf(sum.sumDays, sum.n) };
}

function longStayOf(counts: { n: number; long: number }) {
  return { n: counts.n, long: counts.long, share: shareOf(counts.long, counts.n) };
}

/** The output shape of INDICATORS.md from the exact counts and sums. */
export function indicatorResultFrom(params: IndicatorParams, aggregates: IndicatorAggregates): IndicatorValues {
  const { bwWait, moLongStay, housing } = aggregates;
  return {
    region: params.region,
    date: params.date,
    year: params.year,
    municipality: params.municipality ?? null,
    ageGroup: params.ageGroup ?? null,
    bwClients: { ...aggregates.bwClients },
    moClients: { ...aggregates.moClients },
    bwWait: {
      beschermd_wonen: {
        realized: meanOf(bwWait.beschermd_wonen.realized),
        current: meanOf(bwWait.beschermd_wonen.current),
      },
      beschut_wonen: {
        realized: meanOf(bwWait.beschut_wonen.realized),
        current: meanOf(bwWait.beschut_wonen.current),
      },
    },
    moLongStay: {
      all: longStayOf(moLongStay.all),
      nachtopvang: longStayOf(moLongStay.nachtopvang),
      '24uursopvang': longStayOf(moLongStay['24uursopvang']),
      crisisopvang: longStayOf(moLongStay.crisisopvang),
      ambulante_crisisopvang: longStayOf(moLongStay.ambulante_crisisopvang),
    },
    housing: {
      realized: {
        n: housing.realized.n,
        meanMonths: meanMonthsOf(housing.realized.sumDays, housing.realized.n),
        within3MonthsShare: shareOf(housing.realized.within3Months, housing.realized.n),
      },
      waiting: meanOf(housing.waiting),
    },
  };
}
