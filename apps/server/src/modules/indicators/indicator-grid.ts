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
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { DAY_ZERO, gridQuery, type GridGroup } from './indicator-grid-sql';

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

/** The rows of a raw statement, whichever driver ran it. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  // postgres.js answers with an array of rows, PGlite with { rows }.
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
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
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'date', message: 'Geef een bestaande datum als JJJJ-MM-DD' },
      ]);
    }
  }
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1900 || year > 2200) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'year', message: 'Geef een jaartal tussen 1900 en 2200' }]);
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
      { path: 'municipality', message: `Onbekende gemeente in deze regio: ${unknown}` },
    ]);
  }
  return { regionId, municipalityIds };
}

interface ChangeRow {
  figure: string;
  gi: number;
  pos: number;
  dn: number;
  ddays: number;
  dref: number;
  drel: number;
  dflag: number;
}

/** A figure's exact aggregates on one peildatum (year): size, day sum and flagged count. */
interface FigureTotals {
  n: number;
  sumDays: number;
  flagged: number;
}

const groupKey = (group: IndicatorGroup) => `${group.municipalityCode ?? ''}|${group.ageGroup ?? ''}`;

/** Every indicator for every (date, year, group) of the parameters, in one statement (plus the region lookup). */
export async function computeIndicatorGrid(db: Db, params: IndicatorGridParams): Promise<IndicatorGrid> {
  validateDatesAndYears(params.dates, params.years);
  if (params.dates.length === 0 || params.years.length === 0 || params.groups.length === 0) {
    throw new Error('an indicator grid needs at least one date, one year and one group');
  }
  const codes = params.groups.flatMap((g) => (g.municipalityCode ? [g.municipalityCode] : []));
  const { regionId, municipalityIds } = await resolveRegion(db, params.regionSlug, codes);
  const dates = [...new Set(params.dates)].sort();
  const years = [...new Set(params.years)].sort((a, b) => a - b);
  const groups = [...new Map(params.groups.map((g) => [groupKey(g), g])).values()];
  const gridGroups: GridGroup[] = groups.map((g) => ({
    municipalityId: g.municipalityCode ? municipalityIds.get(g.municipalityCode)! : null,
    ageGroup: g.ageGroup,
  }));
  const rows = await rowsOf<ChangeRow>(
    db,
    gridQuery({ regionId, dates, yearAgo: dates.map((d) => addMonths(d, -12)), years, groups: gridGroups }),
  );
  // Add the changes up in peildatum (year) order: the value at index i is the sum of the
  // changes at positions < i.
  const totals = new Map<string, FigureTotals[]>();
  const changes = new Map<string, ChangeRow[]>();
  for (const row of rows) {
    const key = `${Number(row.gi)}|${row.figure}`;
    changes.set(key, [...(changes.get(key) ?? []), row]);
  }
  for (const [key, list] of changes) {
    const points = key.endsWith('|moClients.total') ? years.length : dates.length;
    const byPos = new Map(list.map((row) => [Number(row.pos), row]));
    const running = { n: 0, days: 0, ref: 0, rel: 0, flagged: 0 };
    const series: FigureTotals[] = [];
    for (let i = 1; i <= points; i++) {
      const change = byPos.get(i - 1);
      if (change) {
        running.n += Number(change.dn);
        running.days += Number(change.ddays);
        running.ref += Number(change.dref);
        running.rel += Number(change.drel);
        running.flagged += Number(change.dflag);
      }
      // Days until the peildatum: rel records, each (D − start) = (D − day zero) − (start − day zero).
      const untilD = running.rel === 0 ? 0 : running.rel * daysBetween(DAY_ZERO, dates[i - 1]!) - running.ref;
      series.push({ n: running.n, sumDays: running.days + untilD, flagged: running.flagged });
    }
    totals.set(key, series);
  }
  const empty: FigureTotals = { n: 0, sumDays: 0, flagged: 0 };
  return {
    result(date, year, group) {
      const gi = groups.findIndex((g) => groupKey(g) === groupKey(group));
      const di = dates.indexOf(date);
      const yi = years.indexOf(year);
      if (gi < 0 || di < 0 || yi < 0) throw new Error(`not in this indicator grid: ${date} ${year} ${groupKey(group)}`);
      const figure = (name: string) => totals.get(`${gi}|${name}`)?.[name === 'moClients.total' ? yi : di] ?? empty;
      return resultFrom(
        { region: params.regionSlug, date, year, municipality: group.municipalityCode, ageGroup: group.ageGroup },
        figure,
      );
    },
  };
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
