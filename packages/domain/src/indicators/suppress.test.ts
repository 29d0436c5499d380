import { describe, expect, it } from 'vitest';
import { indicatorResultFrom } from './figures';
import { suppressSmallCells } from './suppress';
import type { IndicatorAggregates } from './types';

const sum = (n: number, sumDays = n * 30) => ({ n, sumDays });

function resultWith(overrides: Partial<IndicatorAggregates> = {}) {
  const aggregates: IndicatorAggregates = {
    bwClients: { total: 12, inCare: 4, waiting: 8 },
    moClients: { total: 0 },
    bwWait: {
      beschermd_wonen: { realized: sum(5), current: sum(4) },
      beschut_wonen: { realized: sum(0), current: sum(1) },
    },
    moLongStay: {
      all: { n: 10, long: 2 },
      nachtopvang: { n: 5, long: 5 },
      '24uursopvang': { n: 3, long: 0 },
      crisisopvang: { n: 0, long: 0 },
      ambulante_crisisopvang: { n: 20, long: 10 },
    },
    housing: { realized: { n: 6, sumDays: 300, within3Months: 1 }, waiting: sum(7) },
    ...overrides,
  };
  return indicatorResultFrom({ region: 'midden-ijssel', date: '2024-01-01', year: 2023 }, aggregates);
}

describe('suppressSmallCells', () => {
  const exact = resultWith();
  const published = suppressSmallCells(exact);

  it('suppresses counts of 1 to 4 and keeps 0 and 5 or more', () => {
    expect(published.bwClients).toEqual({ total: 12, inCare: null, waiting: 8 });
    expect(published.moClients).toEqual({ total: 0 });
    expect(published.moLongStay.crisisopvang).toEqual({ n: 0, long: 0, share: null });
    expect(published.moLongStay.nachtopvang).toEqual({ n: 5, long: 5, share: 1 });
  });

  it('suppresses a mean over fewer than 5', () => {
    expect(published.bwWait.beschermd_wonen.realized).toEqual(exact.bwWait.beschermd_wonen.realized);
    expect(published.bwWait.beschermd_wonen.current).toEqual({ n: null, meanMonths: null });
    expect(published.bwWait.beschut_wonen.realized).toEqual({ n: 0, meanMonths: null });
    expect(published.bwWait.beschut_wonen.current).toEqual({ n: null, meanMonths: null });
    expect(published.housing.waiting).toEqual(exact.housing.waiting);
  });

  it('suppresses a share over fewer than 5, and a share that would give back a suppressed count', () => {
    expect(published.moLongStay['24uursopvang']).toEqual({ n: null, long: 0, share: null });
    expect(published.moLongStay.all).toEqual({ n: 10, long: null, share: null });
    expect(published.moLongStay.ambulante_crisisopvang).toEqual({ n: 20, long: 10, share: 0.5 });
    expect(published.housing.realized).toEqual({
      n: 6,
      meanMonths: exact.housing.realized.meanMonths,
      within3MonthsShare: null,
    });
  });

  it('keeps the header and honours another threshold', () => {
    expect(published.region).toBe('midden-ijssel');
    expect(published.date).toBe('2024-01-01');
    const strict = suppressSmallCells(exact, 11);
    expect(strict.bwClients).toEqual({ total: 12, inCare: null, waiting: null });
    expect(suppressSmallCells(exact, 1)).toEqual(exact);
  });

  it('shows a within-three-months share whose numerator is 0 or at least 5', () => {
    const none = suppressSmallCells(
      resultWith({ housing: { realized: { n: 6, sumDays: 6, within3Months: 0 }, waiting: sum(0) } }),
    );
    expect(none.housing.realized.within3MonthsShare).toBe(0);
    const many = suppressSmallCells(
      resultWith({ housing: { realized: { n: 7, sumDays: 6, within3Months: 5 }, waiting: sum(0) } }),
    );
    expect(many.housing.realized.within3MonthsShare).toBe(5 / 7);
  });
});
