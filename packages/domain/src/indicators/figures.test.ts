import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates';
import { ageOn, indicatorResultFrom, isInAgeGroup, meanMonthsOf, shareOf, yearBounds } from './figures';
import type { IndicatorAggregates } from './types';

describe('ageOn (completed years)', () => {
  it('counts a birthday on the day itself', () => {
    expect(ageOn('2006-01-01', '2024-01-01')).toBe(18);
    expect(ageOn('2006-01-02', '2024-01-01')).toBe(17);
    expect(ageOn('2005-12-31', '2024-01-01')).toBe(18);
  });

  it('treats a leap-day birthday as not reached on 28 February of a common year', () => {
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2023-03-01')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe('isInAgeGroup 18-27', () => {
  it('includes 18 and 27, excludes 17 and 28', () => {
    expect(isInAgeGroup('2006-01-01', '18-27', '2024-01-01')).toBe(true); // 18th birthday
    expect(isInAgeGroup('2006-01-02', '18-27', '2024-01-01')).toBe(false); // 17
    expect(isInAgeGroup('1996-01-02', '18-27', '2024-01-01')).toBe(true); // 27, turns 28 tomorrow
    expect(isInAgeGroup('1996-01-01', '18-27', '2024-01-01')).toBe(false); // 28th birthday
  });

  it('leaves out persons without a birth date', () => {
    expect(isInAgeGroup(null, '18-27', '2024-01-01')).toBe(false);
  });
});

describe('yearBounds', () => {
  it('gives the first and last day of the year', () => {
    expect(yearBounds(2023)).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(() => yearBounds(2023.5)).toThrow(RangeError);
  });
});

describe('means and shares', () => {
  it('are null on an empty population, never 0 or NaN', () => {
    expect(meanMonthsOf(0, 0)).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
  });

  it('measure in months of 30.4375 days, unrounded', () => {
    expect(meanMonthsOf(0, 3)).toBe(0);
    expect(meanMonthsOf(365, 1)).toBe(365 / 30.4375);
    expect(meanMonthsOf(91, 2)).toBe(45.5 / 30.4375);
    expect(shareOf(1, 3)).toBe(1 / 3);
  });
});

describe('addMonths as the indicators use it', () => {
  it('clamps to the month end (INDICATORS.md examples)', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});

describe('indicatorResultFrom', () => {
  const empty = { n: 0, sumDays: 0 };
  const aggregates: IndicatorAggregates = {
    bwClients: { total: 3, inCare: 2, waiting: 2 },
    moClients: { total: 0 },
    bwWait: {
      beschermd_wonen: { realized: { n: 2, sumDays: 61 }, current: empty },
      beschut_wonen: { realized: empty, current: { n: 1, sumDays: 0 } },
    },
    moLongStay: {
      all: { n: 4, long: 1 },
      nachtopvang: { n: 0, long: 0 },
      '24uursopvang': { n: 0, long: 0 },
      crisisopvang: { n: 2, long: 2 },
      ambulante_crisisopvang: { n: 0, long: 0 },
    },
    housing: { realized: { n: 0, sumDays: 0, within3Months: 0 }, waiting: { n: 1, sumDays: 100 } },
  };

  it('builds exactly the output shape of the spec, with null for empty populations', () => {
    const result = indicatorResultFrom({ region: 'midden-ijssel', date: '2024-01-01', year: 2023 }, aggregates);
    expect(result).toEqual({
      region: 'midden-ijssel',
      date: '2024-01-01',
      year: 2023,
      municipality: null,
      ageGroup: null,
      bwClients: { total: 3, inCare: 2, waiting: 2 },
      moClients: { total: 0 },
      bwWait: {
        beschermd_wonen: { realized: { n: 2, meanMonths: 61 / 2 / 30.4375 }, current: { n: 0, meanMonths: null } },
        beschut_wonen: { realized: { n: 0, meanMonths: null }, current: { n: 1, meanMonths: 0 } },
      },
      moLongStay: {
        all: { n: 4, long: 1, share: 0.25 },
        nachtopvang: { n: 0, long: 0, share: null },
        '24uursopvang': { n: 0, long: 0, share: null },
        crisisopvang: { n: 2, long: 2, share: 1 },
        ambulante_crisisopvang: { n: 0, long: 0, share: null },
      },
      housing: {
        realized: { n: 0, meanMonths: null, within3MonthsShare: null },
        waiting: { n: 1, meanMonths: 100 / 30.4375 },
      },
    });
    expect(Object.keys(result)).toEqual([
      'region',
      'date',
      'year',
      'municipality',
      'ageGroup',
      'bwClients',
      'moClients',
      'bwWait',
      'moLongStay',
      'housing',
    ]);
  });

  it('echoes the filters', () => {
    const result = indicatorResultFrom(
      { region: 'r', date: '2024-01-01', year: 2023, municipality: 'GM0150', ageGroup: '18-27' },
      aggregates,
    );
    expect(result.municipality).toBe('GM0150');
    expect(result.ageGroup).toBe('18-27');
  });
});
