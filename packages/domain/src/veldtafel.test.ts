import { describe, expect, it } from 'vitest';
import { veldtafelSignals, type VeldtafelFacts } from './veldtafel';

const none: VeldtafelFacts = {
  openWaitlistSince: [],
  declinedOffers: 0,
  readyNotHousedSince: [],
  openShelterStaySince: [],
};

describe('veldtafelSignals', () => {
  it('finds nothing for a person without open records', () => {
    expect(veldtafelSignals(none, '2026-11-23')).toEqual([]);
  });

  it('flags waiting only when more than three calendar months have passed', () => {
    // 2026-08-23 + 3 months = 2026-11-23: not yet more than three months on that day.
    expect(veldtafelSignals({ ...none, openWaitlistSince: ['2026-08-23'] }, '2026-11-23')).toEqual([]);
    expect(veldtafelSignals({ ...none, openWaitlistSince: ['2026-08-23'] }, '2026-11-24')).toEqual([
      { reason: 'waiting_over_3_months', since: '2026-08-23', count: 1 },
    ]);
  });

  it('uses the month-end rule: 2026-11-30 + 3 months is 2027-02-28', () => {
    expect(veldtafelSignals({ ...none, openShelterStaySince: ['2026-11-30'] }, '2027-02-28')).toEqual([]);
    expect(veldtafelSignals({ ...none, openShelterStaySince: ['2026-11-30'] }, '2027-03-01')).toEqual([
      { reason: 'long_shelter_stay', since: '2026-11-30', count: 1 },
    ]);
  });

  it('flags two or more declined offers, not one', () => {
    expect(veldtafelSignals({ ...none, declinedOffers: 1 }, '2026-11-23')).toEqual([]);
    expect(veldtafelSignals({ ...none, declinedOffers: 2 }, '2026-11-23')).toEqual([
      { reason: 'repeated_declines', since: null, count: 2 },
    ]);
  });

  it('counts only the records over three months and reports the earliest date', () => {
    const facts = { ...none, readyNotHousedSince: ['2026-10-01', '2026-05-10', '2026-03-02'] };
    expect(veldtafelSignals(facts, '2026-11-23')).toEqual([
      { reason: 'ready_not_housed_over_3_months', since: '2026-03-02', count: 2 },
    ]);
  });

  it('returns every signal that applies, in the fixed order', () => {
    const facts: VeldtafelFacts = {
      openWaitlistSince: ['2026-01-05'],
      declinedOffers: 3,
      readyNotHousedSince: ['2026-02-01'],
      openShelterStaySince: ['2026-06-01'],
    };
    expect(veldtafelSignals(facts, '2026-11-23').map((hit) => hit.reason)).toEqual([
      'waiting_over_3_months',
      'repeated_declines',
      'ready_not_housed_over_3_months',
      'long_shelter_stay',
    ]);
  });
});
