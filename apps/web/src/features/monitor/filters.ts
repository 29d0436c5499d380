import type { MonitorQuery, PopulationFigure, PopulationQuery } from '@springplank/contract';
import { POPULATION_FIGURES } from '@springplank/contract';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is an existing calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Whether the text is a year the monitor accepts. */
export function isMonitorYear(value: string): boolean {
  return /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100;
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

/** The dashboard query in the address bar, or the default for what is missing or invalid. */
export function monitorQueryFrom(params: URLSearchParams): MonitorQuery {
  const fallback = defaultMonitorQuery();
  const date = params.get('date') ?? '';
  const year = params.get('year') ?? '';
  const municipality = params.get('municipality') ?? '';
  const ageGroup = params.get('ageGroup');
  return {
    date: isCalendarDate(date) ? date : fallback.date,
    year: isMonitorYear(year) ? Number(year) : fallback.year,
    months: params.get('months') === '24' ? 24 : 12,
    ...(/^GM\d{4}$/.test(municipality) ? { municipality } : {}),
    ...(ageGroup === '18-27' ? { ageGroup } : {}),
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

/** The drill-down query in the address bar, or null when it is incomplete. */
export function populationQueryFrom(params: URLSearchParams): PopulationQuery | null {
  const figure = params.get('figure') ?? '';
  const date = params.get('date') ?? '';
  const year = params.get('year') ?? '';
  if (!(POPULATION_FIGURES as readonly string[]).includes(figure) || !isCalendarDate(date) || !isMonitorYear(year)) {
    return null;
  }
  const municipality = params.get('municipality') ?? '';
  return {
    figure: figure as PopulationFigure,
    date,
    year: Number(year),
    ...(/^GM\d{4}$/.test(municipality) ? { municipality } : {}),
    ...(params.get('ageGroup') === '18-27' ? { ageGroup: '18-27' as const } : {}),
  };
}
