import { MonitorQuery, PopulationQuery, type PopulationFigure } from '@springplank/contract';
import type { z } from 'zod';

/** One address-bar parameter read with the contract's own rule for it; undefined when absent or refused. */
function parsed<T>(schema: z.ZodType<T>, value: string | null): T | undefined {
  if (value === null || value.trim() === '') return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The default view: the first day of this month, and the last complete calendar year (the
 * shelter count of a year that is still running would only grow).
 */
export function defaultMonitorQuery(today: Date = new Date()): MonitorQuery {
  const year = today.getFullYear();
  const month = String(today.getMonth() + 1).padStart(2, '0');
  return { date: `${year}-${month}-01`, year: year - 1, months: 12 };
}

/**
 * The dashboard query in the address bar, read with the contract's MonitorQuery field by field
 * (so the page accepts what the API accepts), or the default for what is missing or invalid.
 */
export function monitorQueryFrom(params: URLSearchParams): MonitorQuery {
  const fallback = defaultMonitorQuery();
  const { shape } = MonitorQuery;
  const municipality = parsed(shape.municipality, params.get('municipality'));
  const ageGroup = parsed(shape.ageGroup, params.get('ageGroup'));
  return {
    date: parsed(shape.date, params.get('date')) ?? fallback.date,
    year: parsed(shape.year, params.get('year')) ?? fallback.year,
    months: parsed(shape.months, params.get('months')) ?? fallback.months,
    ...(municipality ? { municipality } : {}),
    ...(ageGroup ? { ageGroup } : {}),
  };
}

/** The query as address-bar parameters (empty filters left out). */
export function monitorSearch(query: MonitorQuery): string {
  const params = new URLSearchParams({ date: query.date, year: String(query.year), months: String(query.months) });
  if (query.municipality) params.set('municipality', query.municipality);
  if (query.ageGroup) params.set('ageGroup', query.ageGroup);
  return params.toString();
}

/** The drill-down address of a figure with the dashboard's parameters. */
export function populationPath(figure: PopulationFigure, query: MonitorQuery): string {
  const params = new URLSearchParams({ figure, date: query.date, year: String(query.year) });
  if (query.municipality) params.set('municipality', query.municipality);
  if (query.ageGroup) params.set('ageGroup', query.ageGroup);
  return `/monitor/personen?${params.toString()}`;
}

/** The drill-down query in the address bar (checked with the contract's PopulationQuery), or null when it is incomplete. */
export function populationQueryFrom(params: URLSearchParams): PopulationQuery | null {
  const { shape } = PopulationQuery;
  const figure = parsed(shape.figure, params.get('figure'));
  const date = parsed(shape.date, params.get('date'));
  const year = parsed(shape.year, params.get('year'));
  if (figure === undefined || date === undefined || year === undefined) return null;
  const municipality = parsed(shape.municipality, params.get('municipality'));
  const ageGroup = parsed(shape.ageGroup, params.get('ageGroup'));
  return {
    figure,
    date,
    year,
    ...(municipality ? { municipality } : {}),
    ...(ageGroup ? { ageGroup } : {}),
  };
}
