import {
  addDays,
  addMonths,
  computeIndicatorsReference,
  type IndicatorDataset,
  type IndicatorStay,
  type IndicatorWaitlistEntry,
} from '@springplank/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { createRegion, referenceRegion } from '../../test/factories';
import { insertIndicatorDataset } from '../../test/indicator-factories';
import { useTestApp } from '../../test/test-app';
import { testDatabaseKind } from '../../test/test-database';
import { computeIndicators, computeIndicatorSeries, INDICATOR_FIGURES, indicatorPopulation } from './indicator-engine';

const stay = (
  personId: string,
  service: IndicatorStay['service'],
  startedOn: string,
  endedOn: string | null = null,
) => ({
  personId,
  service,
  startedOn,
  endedOn,
});
const entry = (
  personId: string,
  service: IndicatorWaitlistEntry['service'],
  listedOn: string,
  removedOn: string | null = null,
  removalReason: IndicatorWaitlistEntry['removalReason'] = removedOn ? 'placed' : null,
) => ({ personId, service, listedOn, removedOn, removalReason });

/** Every definition's edge at least once: same-day, touching, one-day gaps, month ends, leap days. */
const DATASET: IndicatorDataset = {
  persons: [
    { id: 'a', birthDate: '2004-02-29', municipalityCode: 'GM0150' },
    { id: 'b', birthDate: '2006-01-01', municipalityCode: 'GM0150' },
    { id: 'c', birthDate: '1996-01-01', municipalityCode: 'GM0262' },
    { id: 'd', birthDate: null, municipalityCode: 'GM1773' },
    { id: 'e', birthDate: '1970-05-31', municipalityCode: null },
    { id: 'f', birthDate: '2000-12-31', municipalityCode: 'GM0301' },
    { id: 'g', birthDate: '1990-03-01', municipalityCode: 'GM0177' },
  ],
  stays: [
    stay('a', 'beschermd_wonen', '2023-01-31', '2024-01-01'),
    stay('a', 'nachtopvang', '2023-06-01', '2023-10-15'),
    stay('a', 'crisisopvang', '2023-10-15'),
    stay('b', 'beschut_wonen', '2024-01-01'),
    stay('b', 'nachtopvang', '2023-11-30', '2023-11-30'),
    stay('c', 'nachtopvang', '2023-06-01', '2023-11-30'),
    stay('c', '24uursopvang', '2023-12-01'),
    stay('d', 'ambulante_crisisopvang', '2023-01-01'),
    stay('d', 'crisisopvang', '2023-10-01', '2024-02-01'),
    stay('e', 'housing_first', '2023-01-01'),
    stay('e', 'nachtopvang', '2022-12-31', '2023-01-01'),
    stay('f', 'nachtopvang', '2023-10-02'),
    stay('g', 'beschermd_wonen', '2020-01-01'),
  ],
  waitlist: [
    entry('a', 'beschermd_wonen', '2022-01-31', '2023-01-31'),
    entry('b', 'beschut_wonen', '2023-03-31', '2024-01-01'),
    entry('c', 'beschermd_wonen', '2023-10-01'),
    entry('c', 'beschut_wonen', '2023-12-31', '2023-12-31'),
    entry('d', 'beschermd_wonen', '2023-02-28', '2023-02-28'),
    entry('e', 'housing_first', '2023-01-01'),
    entry('f', 'beschermd_wonen', '2023-05-01', '2023-08-01', 'withdrawn'),
    entry('g', 'beschermd_wonen', '2019-06-01', '2020-01-01'),
  ],
  housing: [
    { personId: 'a', readyOn: '2023-01-31', housedOn: '2023-04-30' },
    { personId: 'b', readyOn: '2023-12-01', housedOn: null },
    { personId: 'c', readyOn: '2023-06-01', housedOn: '2023-06-01' },
    { personId: 'e', readyOn: '2023-01-31', housedOn: '2023-05-01' },
    { personId: 'g', readyOn: '2024-01-01', housedOn: null },
  ],
};

const PARAMS = [
  { date: '2024-01-01', year: 2023 },
  { date: '2024-01-01', year: 2023, ageGroup: '18-27' as const },
  { date: '2023-02-28', year: 2023, ageGroup: '18-27' as const },
  { date: '2024-02-29', year: 2024 },
  { date: '2023-12-31', year: 2022, municipalityCode: 'GM0150' },
  { date: '2023-09-01', year: 2023, municipalityCode: 'GM0262', ageGroup: '18-27' as const },
];

describe(`indicator engine on ${testDatabaseKind()}`, () => {
  const ctx = useTestApp();

  beforeAll(async () => {
    const { db } = ctx();
    await insertIndicatorDataset(db, (await referenceRegion(db)).id, DATASET);
    // Another region's records must never count.
    const other = await createRegion(db);
    await insertIndicatorDataset(db, other.id, {
      ...DATASET,
      persons: DATASET.persons.map((p) => ({ ...p, municipalityCode: null })),
    });
  });

  it('clamps date + interval to the month end exactly like addMonths', async () => {
    const cases: [string, number][] = [
      ['2023-01-31', 1],
      ['2024-01-31', 1],
      ['2023-11-30', 3],
      ['2024-02-29', -12],
      ['2024-02-29', 12],
      ['2023-08-31', 3],
      ['2024-05-31', -3],
      ['2025-03-31', -1],
    ];
    for (const [date, months] of cases) {
      const result: unknown = await ctx().db.execute(
        sql`SELECT (${date}::date + ${`${months} months`}::interval)::date::text AS d`,
      );
      const rows = Array.isArray(result) ? (result as { d: string }[]) : (result as { rows: { d: string }[] }).rows;
      expect(rows[0]!.d, `${date} + ${months}`).toBe(addMonths(date, months));
    }
  });

  it.each(PARAMS)('gives exactly the reference result for %o', async (params) => {
    const result = await computeIndicators(ctx().db, { regionSlug: 'midden-ijssel', ...params });
    const reference = computeIndicatorsReference(DATASET, {
      region: 'midden-ijssel',
      date: params.date,
      year: params.year,
      municipality: params.municipalityCode ?? null,
      ageGroup: params.ageGroup ?? null,
    });
    expect(result).toEqual(reference);
  });

  it('computes a series longer than one statement takes (bit masks of 62 peildata) like the reference', async () => {
    // Weekly from 2022-12-01: 80 peildata, so the grid runs in two statements.
    const dates = Array.from({ length: 80 }, (_, i) => addDays('2022-12-01', 7 * i));
    const params = { regionSlug: 'midden-ijssel', year: 2023, municipalityCode: 'GM0150' };
    const series = await computeIndicatorSeries(ctx().db, { ...params, dates: [...dates].reverse() });
    [...dates].reverse().forEach((date, i) => {
      const reference = computeIndicatorsReference(DATASET, {
        region: 'midden-ijssel',
        date,
        year: 2023,
        municipality: 'GM0150',
        ageGroup: null,
      });
      expect(series[i], date).toEqual(reference);
    });
    const unfiltered = await computeIndicatorSeries(ctx().db, { regionSlug: 'midden-ijssel', year: 2024, dates });
    dates.forEach((date, i) => {
      const reference = computeIndicatorsReference(DATASET, {
        region: 'midden-ijssel',
        date,
        year: 2024,
        municipality: null,
        ageGroup: null,
      });
      expect(unfiltered[i], date).toEqual(reference);
    });
  });

  it('counts someone born on 1 March as 18 from 1 March, also when the year before has a 29 February', async () => {
    const { db } = ctx();
    const region = await createRegion(db);
    const data: IndicatorDataset = {
      persons: [{ id: 'x', birthDate: '2006-03-01', municipalityCode: null }],
      stays: [stay('x', 'ambulante_crisisopvang', '2023-11-29'), stay('x', 'beschermd_wonen', '2024-01-01')],
      waitlist: [],
      housing: [],
    };
    await insertIndicatorDataset(db, region.id, data);
    const dates = ['2024-02-28', '2024-02-29', '2024-03-01'];
    const series = await computeIndicatorSeries(db, { regionSlug: region.slug, dates, year: 2024, ageGroup: '18-27' });
    expect(series.map((r) => [r.moLongStay.all.n, r.bwClients.total])).toEqual([
      [0, 0],
      [0, 0],
      [1, 1],
    ]);
    dates.forEach((date, i) => {
      const params = { region: region.slug, date, year: 2024, municipality: null, ageGroup: '18-27' as const };
      expect(series[i]).toEqual(computeIndicatorsReference(data, params));
    });
  });

  it('computes the hand-checked figures of 2024-01-01', async () => {
    const result = await computeIndicators(ctx().db, { regionSlug: 'midden-ijssel', date: '2024-01-01', year: 2023 });
    // In care: b (starts on D), g; a left on D. Waiting: c; b's entry ended on D.
    expect(result.bwClients).toEqual({ total: 3, inCare: 2, waiting: 1 });
    // a, b? (same day: no), c, d, e (left 1 Jan: no), f.
    expect(result.moClients.total).toBe(4);
    // a: nachtopvang touches crisisopvang → episode since 2023-06-01 (long); c: gap of one day →
    // since 2023-12-01; d: since 2023-01-01 (long); f: since 2023-10-02 (+3 = 2024-01-02, not long).
    expect(result.moLongStay.all).toEqual({ n: 4, long: 2, share: 0.5 });
    // a placed after 365 days; d placed on the day of listing (0 days) still counts.
    expect(result.bwWait.beschermd_wonen.realized).toEqual({ n: 2, meanMonths: 365 / 2 / 30.4375 });
    expect(result.housing.realized.n).toBe(3);
  });

  it('answers an empty population with n = 0 and null means', async () => {
    const other = await createRegion(ctx().db);
    const result = await computeIndicators(ctx().db, { regionSlug: other.slug, date: '2024-01-01', year: 2023 });
    expect(result.bwClients).toEqual({ total: 0, inCare: 0, waiting: 0 });
    expect(result.bwWait.beschut_wonen.current).toEqual({ n: 0, meanMonths: null });
    expect(result.moLongStay.all).toEqual({ n: 0, long: 0, share: null });
    expect(result.housing.realized).toEqual({ n: 0, meanMonths: null, within3MonthsShare: null });
  });

  it('refuses an unknown region and a municipality of another region with typed errors', async () => {
    const { db } = ctx();
    const base = { date: '2024-01-01', year: 2023 };
    await expect(computeIndicators(db, { regionSlug: 'nergens', ...base })).rejects.toMatchObject({
      code: 'REGION_UNKNOWN',
    });
    const error = await computeIndicators(db, {
      regionSlug: 'midden-ijssel',
      municipalityCode: 'GM0363',
      ...base,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MUNICIPALITY_UNKNOWN');
    expect((error as AppError).issues?.[0]).toMatchObject({
      code: 'unknown_municipality',
      params: { value: 'GM0363' },
    });
    await expect(
      computeIndicators(db, { regionSlug: 'midden-ijssel', date: '2023-02-29', year: 2023 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it.each(PARAMS)('drills down to exactly the persons behind every figure for %o', async (params) => {
    const { db } = ctx();
    const query = { regionSlug: 'midden-ijssel', ...params };
    const result = await computeIndicators(db, query);
    const expected: Record<string, number> = {
      'bwClients.total': result.bwClients.total,
      'bwClients.inCare': result.bwClients.inCare,
      'bwClients.waiting': result.bwClients.waiting,
      'moClients.total': result.moClients.total,
      'housing.realized': result.housing.realized.n,
      'housing.realized.within3Months': Math.round(
        (result.housing.realized.within3MonthsShare ?? 0) * result.housing.realized.n,
      ),
      'housing.waiting': result.housing.waiting.n,
    };
    for (const [service, wait] of Object.entries(result.bwWait)) {
      expected[`bwWait.${service}.realized`] = wait.realized.n;
      expected[`bwWait.${service}.current`] = wait.current.n;
    }
    for (const [key, figure] of Object.entries(result.moLongStay)) {
      expected[`moLongStay.${key}`] = figure.n;
      expected[`moLongStay.${key}.long`] = figure.long;
    }
    expect([...INDICATOR_FIGURES].sort()).toEqual(Object.keys(expected).sort());
    for (const figure of INDICATOR_FIGURES) {
      const population = await indicatorPopulation(db, query, figure);
      expect(population.length, figure).toBe(expected[figure]);
    }
  });

  it('names the persons and the dates that count', async () => {
    const { db } = ctx();
    const query = { regionSlug: 'midden-ijssel', date: '2024-01-01', year: 2023 };
    const long = await indicatorPopulation(db, query, 'moLongStay.all.long');
    expect(long.map((row) => [row.sourceRef, row.startOn, row.flag])).toEqual([
      ['d', '2023-01-01', true],
      ['a', '2023-06-01', true],
    ]);
    expect(long[0]).toMatchObject({ familyName: 'Persoon d', municipalityCode: 'GM1773', recordId: null });
    const current = await indicatorPopulation(db, query, 'bwWait.beschermd_wonen.current');
    expect(current).toEqual([
      expect.objectContaining({
        sourceRef: 'c',
        service: 'beschermd_wonen',
        startOn: '2023-10-01',
        endOn: null,
        days: 92,
      }),
    ]);
    await expect(indicatorPopulation(db, query, 'bwClients.total.long')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
