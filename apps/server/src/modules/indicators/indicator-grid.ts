/**
 * The indicator engine's one statement: every figure of INDICATORS.md for a region, for many
 * peildata, years and groups (filters) at once. A single call, a series (trend, sweep) and the
 * monitor dashboard are all one grid. Means and shares come from the exact counts and day sums
 * through the same function as the reference implementation, so SQL and reference agree to
 * the bit. Callers pass their own transaction (PGlite has one connection).
 */
import type { IndicatorResult } from '@springplank/contract';
import {
  addMonths,
  BW_WAIT_SERVICES,
  daysBetween,
  indicatorResultFrom,
  MO_SERVICES,
  type DaySum,
  type IndicatorAgeGroup,
  type IndicatorAggregates,
} from '@springplank/domain';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import {
  DAY_ZERO,
  GRID_FIGURES,
  GRID_ROW,
  gridAges,
  gridQuery,
  MAX_GRID_POINTS,
  type GridGroup,
} from './indicator-grid-sql';

/** A filter of persons: municipality (CBS code of the gemeente van herkomst) and/or age group. */
export interface IndicatorGroup {
  municipalityCode: string | null;
  ageGroup: IndicatorAgeGroup | null;
}

/** Parameters of a grid: every combination of these dates, years and groups can be read from it. */
export interface IndicatorGridParams {
  regionSlug: string;
  /** Peildata (YYYY-MM-DD), any order, repeats allowed; at least one. */
  dates: readonly string[];
  /** Years of the year indicator; at least one. */
  years: readonly number[];
  groups: readonly IndicatorGroup[];
}

/** The figures of a grid: computeIndicators' result for any of its (date, year, group). */
export interface IndicatorGrid {
  /** The result for one combination of the grid's dates, years and groups; throws for another. */
  result(date: string, year: number, group: IndicatorGroup): IndicatorResult;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Typed errors for a date or year the engine cannot compute on. */
export function validateDatesAndYears(dates: readonly string[], years: readonly number[]): void {
  for (const date of dates) {
    if (!isCalendarDate(date)) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'date', code: 'invalid_date' }]);
    }
  }
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'year', code: 'out_of_range', params: { minimum: 1900, maximum: 2200 } },
      ]);
    }
  }
}

/** A text[] literal of any strings (quoted, so commas, braces and quotes stay inside their element). */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** The region's id and the ids of the named municipalities, in one statement; typed errors for what is unknown. */
export async function resolveRegion(
  db: Db,
  regionSlug: string,
  municipalityCodes: readonly string[],
): Promise<{ regionId: string; municipalityIds: Map<string, string> }> {
  const codes = [...new Set(municipalityCodes)];
  const rows = await rowsOf<{ region_id: string; code: string | null; municipality_id: string | null }>(
    db,
    sql`SELECT r.id AS region_id, m.code, m.id AS municipality_id
        FROM regions r LEFT JOIN municipalities m ON m.region_id = r.id AND m.code = ANY(${textArray(codes)}::text[])
        WHERE r.slug = ${regionSlug}`,
  );
  const regionId = rows[0]?.region_id;
  if (!regionId) throw new AppError('REGION_UNKNOWN');
  const municipalityIds = new Map(
    rows.filter((row) => row.code !== null).map((row) => [row.code!, row.municipality_id!] as const),
  );
  const unknown = codes.find((code) => !municipalityIds.has(code));
  if (unknown !== undefined) {
    throw new AppError('MUNICIPALITY_UNKNOWN', {}, [
      { path: 'municipality', code: 'unknown_municipality', params: { value: unknown } },
    ]);
  }
  return { regionId, municipalityIds };
}

interface GridRow {
  row: number;
  figure: number;
  ai: number;
  mu: string | null;
  key: number | string;
  n: number;
  days: number;
  ref: number;
  rel: number;
  flagged: number;
}

/** A figure's exact aggregates on one peildatum (year): size, day sum and flagged count. */
interface FigureTotals {
  n: number;
  sumDays: number;
  flagged: number;
}

const groupKey = (group: IndicatorGroup) => `${group.municipalityCode ?? ''}|${group.ageGroup ?? ''}`;

/** `values` in slices of at most `size`. */
function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * Every indicator for every (date, year, group) of the parameters, in one statement (plus the
 * region lookup; one more statement per 62 further peildata or years).
 */
export async function computeIndicatorGrid(
  db: Db,
  params: IndicatorGridParams,
  /** The region's id and its municipalities' ids by code, when the caller has them already. */
  resolved?: { regionId: string; municipalityIds: ReadonlyMap<string, string> },
): Promise<IndicatorGrid> {
  validateDatesAndYears(params.dates, params.years);
  if (params.dates.length === 0 || params.years.length === 0 || params.groups.length === 0) {
    throw new Error('an indicator grid needs at least one date, one year and one group');
  }
  const codes = params.groups.flatMap((g) => (g.municipalityCode ? [g.municipalityCode] : []));
  const { regionId, municipalityIds } = resolved ?? (await resolveRegion(db, params.regionSlug, codes));
  const groups = [...new Map(params.groups.map((g) => [groupKey(g), g])).values()];
  const gridGroups: GridGroup[] = groups.map((g) => {
    const municipalityId = g.municipalityCode ? municipalityIds.get(g.municipalityCode) : null;
    if (municipalityId === undefined) throw new AppError('MUNICIPALITY_UNKNOWN');
    return { municipalityId, ageGroup: g.ageGroup };
  });
  const dateChunks = chunks([...new Set(params.dates)].sort(), MAX_GRID_POINTS);
  const yearChunks = chunks(
    [...new Set(params.years)].sort((a, b) => a - b),
    MAX_GRID_POINTS,
  );
  // Figure totals by `${gi}|${figure}|${date or year}`.
  const totals = new Map<string, FigureTotals>();
  const ages = gridAges(gridGroups);
  for (let part = 0; part < Math.max(dateChunks.length, yearChunks.length); part++) {
    const dates = dateChunks[Math.min(part, dateChunks.length - 1)]!;
    const years = yearChunks[Math.min(part, yearChunks.length - 1)]!;
    const rows = await rowsOf<GridRow>(
      db,
      gridQuery({ regionId, dates, yearAgo: dates.map((d) => addMonths(d, -12)), years, groups: gridGroups }),
    );
    const buckets = totalsOf(rows, dates, years);
    // A group of one municipality reads its bucket; a group of every municipality adds up all.
    // (Per statement: a later statement repeats the last years or dates and overwrites them.)
    const sums = new Map<string, FigureTotals>();
    gridGroups.forEach((group, gi) => {
      const ai = ages.indexOf(group.ageGroup);
      for (const [bucket, figures] of buckets) {
        const [bucketAge, mu] = bucket.split('|');
        if (Number(bucketAge) !== ai || (group.municipalityId !== null && mu !== group.municipalityId)) continue;
        for (const [key, value] of figures) {
          const sum = sums.get(`${gi}|${key}`);
          sums.set(
            `${gi}|${key}`,
            sum
              ? { n: sum.n + value.n, sumDays: sum.sumDays + value.sumDays, flagged: sum.flagged + value.flagged }
              : value,
          );
        }
      }
    });
    for (const [key, value] of sums) totals.set(key, value);
  }
  const empty: FigureTotals = { n: 0, sumDays: 0, flagged: 0 };
  return {
    result(date, year, group) {
      const gi = groups.findIndex((g) => groupKey(g) === groupKey(group));
      if (gi < 0 || !params.dates.includes(date) || !params.years.includes(year)) {
        throw new Error(`not in this indicator grid: ${date} ${year} ${groupKey(group)}`);
      }
      const figure = (name: string) =>
        totals.get(`${gi}|${name}|${name === 'moClients.total' ? String(year) : date}`) ?? empty;
      return resultFrom(
        { region: params.regionSlug, date, year, municipality: group.municipalityCode, ageGroup: group.ageGroup },
        figure,
      );
    },
  };
}

/**
 * The totals per bucket (`${ai}|${mu}`), then per `${figure}|${peildatum or year}`, from the
 * statement's rows: record figures
 * add up their changes in peildatum order (the value at index i sums the changes at positions
 * < i), person figures count the persons whose mask has bit i − 1.
 */
function totalsOf(rows: readonly GridRow[], dates: readonly string[], years: readonly number[]) {
  const byFigure = new Map<string, GridRow[]>();
  for (const row of rows) {
    const key = `${Number(row.ai)}|${row.mu ?? ''}|${GRID_FIGURES[Number(row.figure)]!.replace(/\.long$/, '')}`;
    let list = byFigure.get(key);
    if (!list) byFigure.set(key, (list = []));
    list.push(row);
  }
  const buckets = new Map<string, Map<string, FigureTotals>>();
  for (const [key, list] of byFigure) {
    const [ai, mu, figureName] = key.split('|') as [string, string, string];
    let totals = buckets.get(`${ai}|${mu}`);
    if (!totals) buckets.set(`${ai}|${mu}`, (totals = new Map<string, FigureTotals>()));
    const yearly = key.endsWith('|moClients.total');
    const points = yearly ? years.map(String) : dates;
    const counts = points.map(() => ({ n: 0, days: 0, ref: 0, rel: 0, flagged: 0 }));
    for (const row of list) {
      const kind = Number(row.row);
      if (kind === GRID_ROW.mask) {
        // A mask of the persons of a figure, or (…long) of its flagged persons.
        const field = GRID_FIGURES[Number(row.figure)]!.endsWith('.long') ? 'flagged' : 'n';
        const mask = BigInt(row.key);
        points.forEach((_, i) => {
          if ((mask >> BigInt(i)) & 1n) counts[i]![field] += Number(row.n);
        });
        continue;
      }
      const sign = kind === GRID_ROW.to ? -1 : 1;
      // A change at position p holds for the peildata after it: indexes p .. end (0-based).
      for (let i = Number(row.key); i < points.length; i++) {
        const c = counts[i]!;
        if (kind === GRID_ROW.flag) {
          c.flagged += Number(row.flagged);
          continue;
        }
        c.n += sign * Number(row.n);
        c.days += sign * Number(row.days ?? 0);
        c.ref += sign * Number(row.ref);
        c.rel += sign * Number(row.rel);
        if (kind === GRID_ROW.to) c.flagged -= Number(row.flagged);
      }
    }
    points.forEach((point, i) => {
      const c = counts[i]!;
      // Days until the peildatum: rel records, each (D − start) = (D − day zero) − (start − day zero).
      const untilD = c.rel === 0 ? 0 : c.rel * daysBetween(DAY_ZERO, point) - c.ref;
      totals.set(`${figureName}|${point}`, { n: c.n, sumDays: c.days + untilD, flagged: c.flagged });
    });
  }
  return buckets;
}

/** The IndicatorResult of one combination from its figures' totals. */
function resultFrom(
  params: {
    region: string;
    date: string;
    year: number;
    municipality: string | null;
    ageGroup: IndicatorAgeGroup | null;
  },
  figure: (key: string) => FigureTotals,
): IndicatorResult {
  const daySum = (key: string): DaySum => {
    const { n, sumDays } = figure(key);
    return { n, sumDays };
  };
  const longStay = (key: string) => {
    const { n, flagged } = figure(key);
    return { n, long: flagged };
  };
  const housingRealized = figure('housing.realized');
  const aggregates: IndicatorAggregates = {
    bwClients: {
      total: figure('bwClients.total').n,
      inCare: figure('bwClients.inCare').n,
      waiting: figure('bwClients.waiting').n,
    },
    moClients: { total: figure('moClients.total').n },
    bwWait: Object.fromEntries(
      BW_WAIT_SERVICES.map((service) => [
        service,
        { realized: daySum(`bwWait.${service}.realized`), current: daySum(`bwWait.${service}.current`) },
      ]),
    ) as IndicatorAggregates['bwWait'],
    moLongStay: {
      all: longStay('moLongStay.all'),
      ...(Object.fromEntries(MO_SERVICES.map((service) => [service, longStay(`moLongStay.${service}`)])) as Omit<
        IndicatorAggregates['moLongStay'],
        'all'
      >),
    },
    housing: {
      realized: { n: housingRealized.n, sumDays: housingRealized.sumDays, within3Months: housingRealized.flagged },
      waiting: daySum('housing.waiting'),
    },
  };
  return indicatorResultFrom(params, aggregates);
}
