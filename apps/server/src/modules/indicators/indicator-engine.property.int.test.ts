import { computeIndicatorsReference, type IndicatorDataset } from '@springplank/domain';
import { TransactionRollbackError } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { referenceRegion } from '../../test/factories';
import {
  indicatorCallArb,
  indicatorCaseArb,
  MIDDEN_IJSSEL_CODES,
  type IndicatorCall,
} from '../../test/indicator-arbitraries';
import { insertIndicatorDataset } from '../../test/indicator-factories';
import { useTestApp } from '../../test/test-app';
import { testDatabaseKind } from '../../test/test-database';
import { computeIndicators, computeIndicatorSeries, INDICATOR_FIGURES, indicatorPopulation } from './indicator-engine';
import { computeIndicatorGrid } from './indicator-grid';

/** Run `fn` on the region's data inside a transaction that is always rolled back. */
async function withDataset<T>(db: Db, data: IndicatorDataset, fn: (tx: Db) => Promise<T>): Promise<T> {
  let outcome: { value: T } | null = null;
  try {
    await db.transaction(async (tx) => {
      await insertIndicatorDataset(tx, (await referenceRegion(tx)).id, data);
      outcome = { value: await fn(tx) };
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  if (!outcome) throw new Error('the transaction did not run');
  return (outcome as { value: T }).value;
}

const engineParams = (call: IndicatorCall) => ({
  regionSlug: 'midden-ijssel',
  date: call.date,
  year: call.year,
  municipalityCode: call.municipality,
  ageGroup: call.ageGroup,
});

describe(`indicator engine = reference implementation, on ${testDatabaseKind()}`, () => {
  const ctx = useTestApp();

  it('gives the reference result for random small regions, dates and filters', async () => {
    await fc.assert(
      fc.asyncProperty(indicatorCaseArb, async ({ call, data }) => {
        const result = await withDataset(ctx().db, data, (tx) => computeIndicators(tx, engineParams(call)));
        const reference = computeIndicatorsReference(data, { region: 'midden-ijssel', ...call });
        // Means come from exact day sums through the same function: equal to the bit.
        expect(result, JSON.stringify({ call, data })).toEqual(reference);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('computes a series of peildata in one statement, each equal to its single computation', async () => {
    // Peildata as the single calls draw them (month ends, leap days), repeats allowed.
    const dates = fc.array(
      indicatorCallArb.map((c) => c.date),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(indicatorCaseArb, dates, async ({ call, data }, series) => {
        const { date: _first, ...rest } = engineParams(call);
        const [many, single] = await withDataset(ctx().db, data, async (tx) => {
          const all = await computeIndicatorSeries(tx, { ...rest, dates: series });
          const one = [];
          for (const date of series) one.push(await computeIndicators(tx, { ...rest, date }));
          return [all, one];
        });
        expect(many, JSON.stringify({ call, series, data })).toEqual(single);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('computes a grid of peildata, years and groups in one statement, each cell equal to the reference', async () => {
    const dates = fc.array(
      indicatorCallArb.map((c) => c.date),
      { minLength: 1, maxLength: 5 },
    );
    const years = fc.array(fc.integer({ min: 2021, max: 2025 }), { minLength: 1, maxLength: 3 });
    const group = fc.record({
      municipalityCode: fc.constantFrom(null, ...MIDDEN_IJSSEL_CODES),
      ageGroup: fc.constantFrom(null, '18-27' as const),
    });
    const groups = fc.array(group, { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(indicatorCaseArb, dates, years, groups, async ({ call, data }, ds, ys, gs) => {
        const grid = await withDataset(ctx().db, data, (tx) =>
          computeIndicatorGrid(tx, { regionSlug: 'midden-ijssel', dates: [call.date, ...ds], years: ys, groups: gs }),
        );
        for (const date of [call.date, ...ds]) {
          for (const year of ys) {
            for (const g of gs) {
              const params = {
                region: 'midden-ijssel',
                date,
                year,
                municipality: g.municipalityCode,
                ageGroup: g.ageGroup,
              };
              const reference = computeIndicatorsReference(data, params);
              expect(grid.result(date, year, g), JSON.stringify({ params, data })).toEqual(reference);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('drills down to populations as large as their figures', async () => {
    const figure = fc.constantFrom(...INDICATOR_FIGURES);
    await fc.assert(
      fc.asyncProperty(indicatorCaseArb, fc.tuple(figure, figure), async ({ call, data }, figures) => {
        const reference = computeIndicatorsReference(data, { region: 'midden-ijssel', ...call });
        const sizes = await withDataset(ctx().db, data, async (tx) => {
          const found: number[] = [];
          for (const f of figures) found.push((await indicatorPopulation(tx, engineParams(call), f)).length);
          return found;
        });
        figures.forEach((f, i) =>
          expect(sizes[i], `${f} ${JSON.stringify({ call, data })}`).toBe(countOf(reference, f)),
        );
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

/** The count a figure path names in a result: n, long or the number housed within three months. */
function countOf(result: ReturnType<typeof computeIndicatorsReference>, figure: string): number {
  const path = figure.split('.');
  if (path[0] === 'housing' && path[2] === 'within3Months') {
    return Math.round((result.housing.realized.within3MonthsShare ?? 0) * result.housing.realized.n);
  }
  let node: unknown = result;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  if (typeof node === 'number') return node;
  return (node as { n: number }).n;
}
