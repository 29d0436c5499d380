import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar';
import type { ServiceCode, WaitlistRemovalReason } from '../services';
import { computeIndicatorsReference, episodeStartsOn, isInIntervalOn } from './reference';
import type { IndicatorDataset, IndicatorParams, IndicatorPerson } from './types';

const M = 30.4375;

function person(
  id: string,
  birthDate: IsoDate | null = '1980-01-01',
  municipalityCode: string | null = 'GM0150',
): IndicatorPerson {
  return { id, birthDate, municipalityCode };
}
function stay(personId: string, service: ServiceCode, startedOn: IsoDate, endedOn: IsoDate | null = null) {
  return { personId, service, startedOn, endedOn };
}
function entry(
  personId: string,
  service: ServiceCode,
  listedOn: IsoDate,
  removedOn: IsoDate | null = null,
  removalReason: WaitlistRemovalReason | null = removedOn ? 'placed' : null,
) {
  return { personId, service, listedOn, removedOn, removalReason };
}
function data(partial: Partial<IndicatorDataset>): IndicatorDataset {
  return { persons: [], waitlist: [], stays: [], housing: [], ...partial };
}
function run(dataset: IndicatorDataset, params: Partial<IndicatorParams> = {}) {
  return computeIndicatorsReference(dataset, { region: 'midden-ijssel', date: '2024-01-01', year: 2023, ...params });
}

describe('half-open intervals', () => {
  it('has the start day in and the end day out; end = start is empty', () => {
    expect(isInIntervalOn('2024-01-01', '2024-02-01', '2024-01-01')).toBe(true);
    expect(isInIntervalOn('2024-01-01', '2024-02-01', '2024-01-31')).toBe(true);
    expect(isInIntervalOn('2024-01-01', '2024-02-01', '2024-02-01')).toBe(false);
    expect(isInIntervalOn('2024-01-01', null, '2099-01-01')).toBe(true);
    expect(isInIntervalOn('2024-01-01', '2024-01-01', '2024-01-01')).toBe(false);
  });
});

describe('I1 bwClients on D', () => {
  it('counts distinct persons in care, waiting, and either (both counts once)', () => {
    const result = run(
      data({
        persons: [person('a'), person('b'), person('c'), person('d'), person('e')],
        stays: [
          stay('a', 'beschermd_wonen', '2023-01-01'),
          stay('a', 'beschut_wonen', '2023-06-01'), // a twice in care: once
          stay('b', 'beschermd_wonen', '2023-01-01', '2024-01-01'), // left on D: out
          stay('c', 'beschut_wonen', '2024-01-01'), // starts on D: in
          stay('d', 'nachtopvang', '2023-01-01'), // MO: not BW
        ],
        waitlist: [
          entry('c', 'beschermd_wonen', '2023-05-01'), // waiting and in care
          entry('e', 'beschut_wonen', '2023-12-31', '2024-01-02'),
          entry('d', 'housing_first', '2023-01-01'), // not BW
          entry('b', 'beschermd_wonen', '2024-01-01', '2024-01-01'), // same day: empty
        ],
      }),
    );
    expect(result.bwClients).toEqual({ total: 3, inCare: 2, waiting: 2 });
  });
});

describe('I2 moClients in year Y', () => {
  it('counts persons in an MO stay on at least one day of Y', () => {
    const result = run(
      data({
        persons: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => person(id)),
        stays: [
          stay('a', 'nachtopvang', '2022-06-01', '2023-01-01'), // left on 1 Jan: not in Y
          stay('b', 'nachtopvang', '2022-06-01', '2023-01-02'), // in on 1 Jan
          stay('c', 'crisisopvang', '2023-12-31'), // starts on the last day
          stay('d', 'crisisopvang', '2024-01-01'), // after Y
          stay('e', '24uursopvang', '2023-07-01', '2023-07-01'), // same day: empty
          stay('f', 'ambulante_crisisopvang', '2020-01-01'), // open since before Y
          stay('g', 'beschermd_wonen', '2023-03-01'), // BW
          stay('b', 'crisisopvang', '2023-03-01', '2023-04-01'), // b twice: once
        ],
      }),
    );
    expect(result.moClients.total).toBe(3);
  });

  it('judges the age group on 31 December of Y, not on D', () => {
    // Turns 18 on 2023-12-31: in the group for the year; D = 2023-06-01 they are 17.
    const dataset = data({
      persons: [person('a', '2005-12-31')],
      stays: [stay('a', 'nachtopvang', '2023-01-01'), stay('a', 'beschermd_wonen', '2023-01-01')],
    });
    const result = run(dataset, { date: '2023-06-01', ageGroup: '18-27' });
    expect(result.moClients.total).toBe(1);
    expect(result.bwClients.inCare).toBe(0);
    expect(result.moLongStay.all.n).toBe(0);
  });
});

describe('I3 bwWait', () => {
  const waitlist = [
    entry('a', 'beschermd_wonen', '2023-01-01', '2023-03-02'), // 60 days, placed in window
    entry('b', 'beschermd_wonen', '2023-02-01', '2023-02-01'), // same-day placement: 0 days
    entry('c', 'beschermd_wonen', '2022-01-01', '2023-01-01'), // placed on D − 12 months: in
    entry('d', 'beschermd_wonen', '2022-01-01', '2022-12-31'), // a day before the window
    entry('e', 'beschermd_wonen', '2023-06-01', '2024-01-01'), // placed on D: not yet (< D)
    entry('f', 'beschermd_wonen', '2023-06-01', '2023-07-01', 'withdrawn'), // not placed
    entry('g', 'beschut_wonen', '2023-10-01'), // current: 92 days
    entry('h', 'beschut_wonen', '2024-01-01'), // listed on D: current, 0 days
    entry('e', 'beschermd_wonen', '2023-10-02'), // current: 91 days
  ];
  const dataset = data({ persons: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => person(id)), waitlist });

  it('averages realized waits of placements in [D − 12 months, D), same-day placements included', () => {
    const { beschermd_wonen } = run(dataset).bwWait;
    expect(beschermd_wonen.realized).toEqual({ n: 3, meanMonths: (60 + 0 + 365) / 3 / M });
    expect(beschermd_wonen.current).toEqual({ n: 1, meanMonths: 91 / M });
  });

  it('averages current waits on D per service', () => {
    const { beschut_wonen } = run(dataset).bwWait;
    expect(beschut_wonen.realized).toEqual({ n: 0, meanMonths: null });
    expect(beschut_wonen.current).toEqual({ n: 2, meanMonths: 92 / 2 / M });
  });

  it('takes D − 12 months with the month-end clamp (D = 2024-02-29 → from 2023-02-28)', () => {
    const result = run(
      data({
        persons: [person('a'), person('b')],
        waitlist: [
          entry('a', 'beschermd_wonen', '2023-01-01', '2023-02-28'),
          entry('b', 'beschermd_wonen', '2023-01-01', '2023-02-27'),
        ],
      }),
      { date: '2024-02-29' },
    );
    expect(result.bwWait.beschermd_wonen.realized.n).toBe(1);
  });
});

describe('I4 moLongStay per service', () => {
  it('counts stays in on D and those with addMonths(start, 3) < D', () => {
    const result = run(
      data({
        persons: [person('a'), person('b'), person('c'), person('d')],
        stays: [
          stay('a', 'nachtopvang', '2023-10-01'), // +3 = 2024-01-01, not < D
          stay('b', 'nachtopvang', '2023-09-30'), // +3 = 2023-12-30 < D
          stay('c', 'nachtopvang', '2023-01-01', '2024-01-01'), // ended on D: out
          stay('d', 'crisisopvang', '2023-12-01'),
          stay('d', 'crisisopvang', '2023-12-15', '2023-12-15'), // same day: nobody in it
        ],
      }),
    );
    expect(result.moLongStay.nachtopvang).toEqual({ n: 2, long: 1, share: 0.5 });
    expect(result.moLongStay.crisisopvang).toEqual({ n: 1, long: 0, share: 0 });
    expect(result.moLongStay['24uursopvang']).toEqual({ n: 0, long: 0, share: null });
  });

  it('applies the month-end clamp to the three months (2023-11-30 + 3 = 2024-02-29)', () => {
    const dataset = data({ persons: [person('a')], stays: [stay('a', 'nachtopvang', '2023-11-30')] });
    expect(run(dataset, { date: '2024-02-29' }).moLongStay.nachtopvang.long).toBe(0);
    expect(run(dataset, { date: '2024-03-01' }).moLongStay.nachtopvang.long).toBe(1);
  });
});

describe('I4 moLongStay.all: episodes', () => {
  it('joins touching stays into one episode, across MO services', () => {
    const stays = [
      stay('a', 'crisisopvang', '2023-06-01', '2023-08-01'),
      stay('a', 'nachtopvang', '2023-08-01', '2023-12-01'), // touches: same episode
      stay('a', '24uursopvang', '2023-12-01'),
    ];
    expect(episodeStartsOn(stays, '2024-01-01').get('a')).toBe('2023-06-01');
  });

  it('starts a new episode after a gap of one day', () => {
    const stays = [stay('a', 'crisisopvang', '2023-06-01', '2023-11-30'), stay('a', 'nachtopvang', '2023-12-01')];
    expect(episodeStartsOn(stays, '2024-01-01').get('a')).toBe('2023-12-01');
  });

  it('connects through a chain and through an open-ended stay', () => {
    const stays = [
      stay('a', 'nachtopvang', '2023-01-01'), // open: reaches everything later
      stay('a', 'crisisopvang', '2023-10-01', '2023-10-05'),
      stay('a', 'crisisopvang', '2023-12-20', '2024-02-01'),
    ];
    expect(episodeStartsOn(stays, '2024-01-01').get('a')).toBe('2023-01-01');
    const chain = [
      stay('b', 'nachtopvang', '2023-01-01', '2023-03-01'),
      stay('b', 'nachtopvang', '2023-02-01', '2023-05-01'),
      stay('b', 'crisisopvang', '2023-05-01', '2024-03-01'),
    ];
    expect(episodeStartsOn(chain, '2024-01-01').get('b')).toBe('2023-01-01');
  });

  it('lets a same-day stay touch but not bridge a gap', () => {
    const stays = [
      stay('a', 'nachtopvang', '2023-06-01', '2023-09-01'),
      stay('a', 'nachtopvang', '2023-09-02', '2023-09-02'), // empty, a day after
      stay('a', 'crisisopvang', '2023-09-02'),
    ];
    expect(episodeStartsOn(stays, '2024-01-01').get('a')).toBe('2023-09-02');
  });

  it('ignores BW stays and persons not in MO on D; counts persons once', () => {
    const result = run(
      data({
        persons: [person('a'), person('b'), person('c')],
        stays: [
          stay('a', 'beschermd_wonen', '2020-01-01', '2023-12-01'),
          stay('a', 'nachtopvang', '2023-12-01'), // BW before does not lengthen the episode
          stay('a', 'crisisopvang', '2023-12-10'), // two MO stays on D: one person
          stay('b', 'nachtopvang', '2023-01-01', '2023-12-31'), // left before D
          stay('c', 'nachtopvang', '2023-01-01', '2023-06-01'),
          stay('c', 'crisisopvang', '2023-06-01'), // episode since 2023-01-01: long
        ],
      }),
    );
    expect(result.moLongStay.all).toEqual({ n: 2, long: 1, share: 0.5 });
  });
});

describe('I5 housing', () => {
  const housing = [
    { personId: 'a', readyOn: '2023-01-31', housedOn: '2023-04-30' }, // +3 = 04-30: within
    { personId: 'b', readyOn: '2023-01-31', housedOn: '2023-05-01' }, // after the promise
    { personId: 'c', readyOn: '2023-06-01', housedOn: '2023-06-01' }, // same day: 0 days, within
    { personId: 'd', readyOn: '2022-01-01', housedOn: '2022-12-31' }, // before the window
    { personId: 'e', readyOn: '2023-06-01', housedOn: '2024-01-01' }, // housed on D: not realized, not waiting
    { personId: 'f', readyOn: '2023-12-01', housedOn: '2024-01-02' }, // still waiting on D
    { personId: 'g', readyOn: '2024-01-01', housedOn: null }, // ready on D: waiting, 0 days
    { personId: 'h', readyOn: '2024-01-02', housedOn: null }, // not yet ready
  ];
  const dataset = data({ persons: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => person(id)), housing });

  it('averages realized outflow in [D − 12 months, D) and the share within three months', () => {
    expect(run(dataset).housing.realized).toEqual({
      n: 3,
      meanMonths: (89 + 90 + 0) / 3 / M,
      within3MonthsShare: 2 / 3,
    });
  });

  it('averages the wait of those ready and not housed on D', () => {
    expect(run(dataset).housing.waiting).toEqual({ n: 2, meanMonths: (31 + 0) / 2 / M });
  });
});

describe('filters select persons', () => {
  const dataset = data({
    persons: [
      person('young', '2006-01-01', 'GM0150'), // 18 on D
      person('minor', '2006-01-02', 'GM0150'), // 17 on D
      person('old', '1995-06-01', 'GM0301'), // 28
      person('unknown', null, null),
    ],
    stays: ['young', 'minor', 'old', 'unknown'].map((id) => stay(id, 'beschermd_wonen', '2023-01-01')),
  });

  it('filters on the gemeente van herkomst', () => {
    expect(run(dataset, { municipality: 'GM0150' }).bwClients.inCare).toBe(2);
    expect(run(dataset, { municipality: 'GM0301' }).bwClients.inCare).toBe(1);
    expect(run(dataset, { municipality: 'GM0262' }).bwClients.inCare).toBe(0);
  });

  it('filters on the age group with a birthday on the peildatum counting', () => {
    expect(run(dataset, { ageGroup: '18-27' }).bwClients.inCare).toBe(1);
    expect(run(dataset, { ageGroup: '18-27', municipality: 'GM0301' }).bwClients.inCare).toBe(0);
    expect(run(dataset).bwClients.inCare).toBe(4);
  });

  it('gives n = 0 and null means on an empty population', () => {
    const result = run(dataset, { municipality: 'GM0177' });
    expect(result.bwWait.beschermd_wonen.current).toEqual({ n: 0, meanMonths: null });
    expect(result.moLongStay.all).toEqual({ n: 0, long: 0, share: null });
    expect(result.housing.realized).toEqual({ n: 0, meanMonths: null, within3MonthsShare: null });
    expect(JSON.stringify(result)).not.toContain('NaN');
  });
});
