/**
 * Small-cell suppression for published indicators (ACCESS.md: a policy analyst sees
 * aggregates, cells under 5 persons are suppressed).
 */
import type { IndicatorValues, MeanOf } from './types';

/** The smallest count a policy analyst may see (ACCESS.md). */
export const SMALL_CELL_THRESHOLD = 5;

/** A mean whose population size may be suppressed. */
export interface PublishedMeanOf {
  n: number | null;
  meanMonths: number | null;
}

/** A long-stay figure whose counts may be suppressed. */
export interface PublishedLongStayOf {
  n: number | null;
  long: number | null;
  share: number | null;
}

/** IndicatorValues with every count nullable: null means "suppressed" (or, for a mean or share, empty). */
export interface PublishedIndicatorValues {
  region: string;
  date: string;
  year: number;
  municipality: string | null;
  ageGroup: IndicatorValues['ageGroup'];
  bwClients: { total: number | null; inCare: number | null; waiting: number | null };
  moClients: { total: number | null };
  bwWait: Record<keyof IndicatorValues['bwWait'], { realized: PublishedMeanOf; current: PublishedMeanOf }>;
  moLongStay: Record<keyof IndicatorValues['moLongStay'], PublishedLongStayOf>;
  housing: {
    realized: { n: number | null; meanMonths: number | null; within3MonthsShare: number | null };
    waiting: PublishedMeanOf;
  };
}

/**
 * Suppress small cells: a count of 1 to threshold − 1 becomes null (0 stays 0: an empty
 * cell identifies nobody); a mean or share over fewer than `threshold` becomes null; a share
 * whose numerator is suppressed becomes null too, because share × n would give it back.
 */
export function suppressSmallCells(
  result: IndicatorValues,
  threshold = SMALL_CELL_THRESHOLD,
): PublishedIndicatorValues {
  const count = (value: number) => (value > 0 && value < threshold ? null : value);
  const meanOf = (figure: MeanOf): PublishedMeanOf => ({
    n: count(figure.n),
    meanMonths: figure.n < threshold ? null : figure.meanMonths,
  });
  const shareOf = (share: number | null, n: number, part: number) =>
    n < threshold || count(part) === null ? null : share;
  const longStayOf = (figure: IndicatorValues['moLongStay']['all']): PublishedLongStayOf => ({
    n: count(figure.n),
    long: count(figure.long),
    share: shareOf(figure.share, figure.n, figure.long),
  });
  const { bwWait, moLongStay, housing } = result;
  const within3Months = Math.round((housing.realized.within3MonthsShare ?? 0) * housing.realized.n);
  return {
    region: result.region,
    date: result.date,
    year: result.year,
    municipality: result.municipality,
    ageGroup: result.ageGroup,
    bwClients: {
      total: count(result.bwClients.total),
      inCare: count(result.bwClients.inCare),
      waiting: count(result.bwClients.waiting),
    },
    moClients: { total: count(result.moClients.total) },
    bwWait: {
      beschermd_wonen: {
        realized: meanOf(bwWait.beschermd_wonen.realized),
        current: meanOf(bwWait.beschermd_wonen.current),
      },
      beschut_wonen: { realized: meanOf(bwWait.beschut_wonen.realized), current: meanOf(bwWait.beschut_wonen.current) },
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
        n: count(housing.realized.n),
        meanMonths: housing.realized.n < threshold ? null : housing.realized.meanMonths,
        within3MonthsShare: shareOf(housing.realized.within3MonthsShare, housing.realized.n, within3Months),
      },
      waiting: meanOf(housing.waiting),
    },
  };
}
