/**
 * The exact indicator engine: INDICATORS.md computed inside the database for one region,
 * one peildatum and one year, in one set-based statement. Means and shares are made from the
 * exact counts and day sums by the same function the reference implementation uses, so SQL
 * and reference agree to the bit. Callers pass their own transaction (PGlite has one connection).
 */
import type { IndicatorResult } from '@springplank/contract';
import {
  BW_WAIT_SERVICES,
  indicatorResultFrom,
  MO_SERVICES,
  type DaySum,
  type IndicatorAgeGroup,
  type IndicatorAggregates,
} from '@springplank/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { aggregateQuery, FLAGGED_SUFFIX, POPULATIONS, populationQuery, type IndicatorScope } from './indicator-sql';

/** Parameters of one indicator call. */
export interface IndicatorEngineParams {
  regionSlug: string;
  /** The peildatum D (YYYY-MM-DD). */
  date: string;
  /** The year Y of the year indicator. */
  year: number;
  /** CBS code of the gemeente van herkomst to filter persons on. */
  municipalityCode?: string | null;
  ageGroup?: IndicatorAgeGroup | null;
}

/** The rows of a raw statement, whichever driver ran it. */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
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

/** Check the parameters and resolve region and municipality to ids; typed errors for what is unknown. */
async function resolveScope(
  db: Db,
  params: IndicatorEngineParams,
  dates: readonly string[] = [params.date],
): Promise<IndicatorScope> {
  for (const date of dates) {
    if (!isCalendarDate(date)) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'date', message: 'Geef een bestaande datum als JJJJ-MM-DD' },
      ]);
    }
  }
  if (!Number.isInteger(params.year) || params.year < 1900 || params.year > 2200) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'year', message: 'Geef een jaartal tussen 1900 en 2200' }]);
  }
  const [region] = await rowsOf<{ id: string }>(db, sql`SELECT id FROM regions WHERE slug = ${params.regionSlug}`);
  if (!region) throw new AppError('REGION_UNKNOWN');
  let municipalityId: string | null = null;
  if (params.municipalityCode) {
    const [municipality] = await rowsOf<{ id: string }>(
      db,
      sql`SELECT id FROM municipalities WHERE region_id = ${region.id}::uuid AND code = ${params.municipalityCode}`,
    );
    if (!municipality) {
      throw new AppError('MUNICIPALITY_UNKNOWN', {}, [
        { path: 'municipality', message: `Onbekende gemeente in deze regio: ${params.municipalityCode}` },
      ]);
    }
    municipalityId = municipality.id;
  }
  return {
    regionId: region.id,
    date: params.date,
    year: params.year,
    municipalityId,
    ageGroup: params.ageGroup ?? null,
  };
}

interface FigureRow {
  figure: string;
  n: number;
  sum_days: number;
  flagged: number;
}

/** Every indicator of INDICATORS.md for a region, computed in the database. */
export async function computeIndicators(db: Db, params: IndicatorEngineParams): Promise<IndicatorResult> {
  const scope = await resolveScope(db, params);
  const rows = await rowsOf<FigureRow>(db, aggregateQuery(scope));
  const byFigure = new Map(rows.map((row) => [row.figure, row]));
  return resultFrom(params, params.date, (key) => {
    const row = byFigure.get(key);
    if (!row) throw new Error(`indicator query returned no row for ${key}`);
    return row;
  });
}

/** Parameters of a series: the same region, year and filters on many peildata. */
export interface IndicatorSeriesParams extends Omit<IndicatorEngineParams, 'date'> {
  /** The peildata (YYYY-MM-DD), in the order the results come back; repeats allowed. */
  dates: readonly string[];
}

/**
 * computeIndicators for every date of `dates` in one statement (a trend, a sweep): the same
 * population CTEs with every peildatum at once, so each element equals computeIndicators
 * for that date.
 */
export async function computeIndicatorSeries(db: Db, params: IndicatorSeriesParams): Promise<IndicatorResult[]> {
  const scope = await resolveScope(db, { ...params, date: params.dates[0] ?? '' }, params.dates);
  if (params.dates.length === 0) return [];
  const rows = await rowsOf<FigureRow & { peildatum: string | null }>(
    db,
    aggregateQuery(scope, [...new Set(params.dates)]),
  );
  const byKey = new Map(rows.map((row) => [`${row.peildatum ?? 'every'}|${row.figure}`, row]));
  // An empty population has no group, hence no row: it is n = 0. A row without peildatum (the
  // year population) holds for every peildatum.
  const empty: FigureRow = { figure: '', n: 0, sum_days: 0, flagged: 0 };
  return params.dates.map((date) =>
    resultFrom({ ...params, date }, date, (key) => byKey.get(`${date}|${key}`) ?? byKey.get(`every|${key}`) ?? empty),
  );
}

/** The IndicatorResult of one peildatum from its figure rows (counts, day sums, flagged counts). */
function resultFrom(params: IndicatorEngineParams, date: string, row: (key: string) => FigureRow): IndicatorResult {
  const figure = (key: string) => {
    const found = row(key);
    return { n: Number(found.n), sumDays: Number(found.sum_days), flagged: Number(found.flagged) };
  };
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
  return indicatorResultFrom(
    {
      region: params.regionSlug,
      date,
      year: params.year,
      municipality: params.municipalityCode ?? null,
      ageGroup: params.ageGroup ?? null,
    },
    aggregates,
  );
}

/** The figures a drill-down can open: every population, plus its flagged part (…long, …within3Months). */
export const INDICATOR_FIGURES: readonly string[] = Object.entries(POPULATIONS).flatMap(([figure, spec]) => {
  const flagged = FLAGGED_SUFFIX[spec.cte];
  return flagged ? [figure, `${figure}.${flagged}`] : [figure];
});

/** One person (or one of their records) behind a figure. */
export interface IndicatorPopulationRow {
  personId: string;
  sourceRef: string | null;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  municipalityCode: string | null;
  /** The waitlist entry, stay or housing record counted; null where the figure counts persons. */
  recordId: string | null;
  service: string | null;
  /** listed_on, started_on (episode start for moLongStay.all) or ready_on. */
  startOn: string | null;
  /** removed_on, ended_on or housed_on. */
  endOn: string | null;
  /** The duration in days the figure averages, where it averages one. */
  days: number | null;
  /** Long stay (moLongStay) or housed within three months (housing.realized). */
  flag: boolean | null;
}

interface PopulationDbRow {
  person_id: string;
  source_ref: string | null;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  municipality_code: string | null;
  record_id: string | null;
  service: string | null;
  start_on: string | null;
  end_on: string | null;
  days: number | string | null;
  flag: boolean | null;
}

/**
 * The persons (records) behind one figure, e.g. 'bwClients.waiting',
 * 'bwWait.beschermd_wonen.current', 'moLongStay.all.long', 'housing.waiting'. Its length is
 * the figure's n (or long / within-3-months count). Personal data: the caller writes the
 * access-log entry in the same transaction.
 */
export async function indicatorPopulation(
  db: Db,
  params: IndicatorEngineParams,
  figure: string,
): Promise<IndicatorPopulationRow[]> {
  const flaggedMatch = /^(.*)\.(long|within3Months)$/.exec(figure);
  const base = flaggedMatch && POPULATIONS[flaggedMatch[1]!] ? flaggedMatch[1]! : figure;
  const spec = POPULATIONS[base];
  const onlyFlagged = base !== figure;
  if (!spec || (onlyFlagged && FLAGGED_SUFFIX[spec.cte] !== flaggedMatch?.[2])) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'figure', message: `Onbekend cijfer: ${figure}` }]);
  }
  const scope = await resolveScope(db, params);
  const rows = await rowsOf<PopulationDbRow>(db, populationQuery(scope, spec, onlyFlagged));
  return rows.map((row) => ({
    personId: row.person_id,
    sourceRef: row.source_ref,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    municipalityCode: row.municipality_code,
    recordId: row.record_id,
    service: row.service,
    startOn: row.start_on,
    endOn: row.end_on,
    days: row.days === null ? null : Number(row.days),
    flag: row.flag,
  }));
}
