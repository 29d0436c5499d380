/**
 * The exact indicator engine: INDICATORS.md computed inside the database for one region,
 * one peildatum and one year (or a series of peildata), through the grid statement of
 * indicator-grid.ts; and the drill-down to the persons behind a figure. Callers pass their own
 * transaction (PGlite has one connection).
 */
import type { IndicatorResult } from '@springplank/contract';
import type { IndicatorAgeGroup } from '@springplank/domain';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { AppError } from '../../errors';
import { computeIndicatorGrid, resolveRegion, validateDatesAndYears, type IndicatorGroup } from './indicator-grid';
import { FLAGGED_SUFFIX, POPULATIONS, populationQuery, type IndicatorScope } from './indicator-sql';

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

/** Check the parameters and resolve region and municipality to ids; typed errors for what is unknown. */
async function resolveScope(db: Db, params: IndicatorEngineParams): Promise<IndicatorScope> {
  validateDatesAndYears([params.date], [params.year]);
  const codes = params.municipalityCode ? [params.municipalityCode] : [];
  const { regionId, municipalityIds } = await resolveRegion(db, params.regionSlug, codes);
  return {
    regionId,
    date: params.date,
    year: params.year,
    municipalityId: params.municipalityCode ? municipalityIds.get(params.municipalityCode)! : null,
    ageGroup: params.ageGroup ?? null,
  };
}

const groupOf = (params: Omit<IndicatorEngineParams, 'date'>): IndicatorGroup => ({
  municipalityCode: params.municipalityCode ?? null,
  ageGroup: params.ageGroup ?? null,
});

/** Every indicator of INDICATORS.md for a region, computed in the database. */
export async function computeIndicators(db: Db, params: IndicatorEngineParams): Promise<IndicatorResult> {
  const group = groupOf(params);
  const grid = await computeIndicatorGrid(db, {
    ...params,
    dates: [params.date],
    years: [params.year],
    groups: [group],
  });
  return grid.result(params.date, params.year, group);
}

/** Parameters of a series: the same region, year and filters on many peildata. */
export interface IndicatorSeriesParams extends Omit<IndicatorEngineParams, 'date'> {
  /** The peildata (YYYY-MM-DD), in the order the results come back; repeats allowed. */
  dates: readonly string[];
}

/**
 * computeIndicators for every date of `dates` in one statement (a trend, a sweep): each
 * element equals computeIndicators for that date.
 */
export async function computeIndicatorSeries(db: Db, params: IndicatorSeriesParams): Promise<IndicatorResult[]> {
  const group = groupOf(params);
  if (params.dates.length === 0) {
    validateDatesAndYears([], [params.year]);
    await resolveRegion(db, params.regionSlug, group.municipalityCode ? [group.municipalityCode] : []);
    return [];
  }
  const grid = await computeIndicatorGrid(db, { ...params, years: [params.year], groups: [group] });
  return params.dates.map((date) => grid.result(date, params.year, group));
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
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'figure', code: 'invalid_option' }]);
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
