import type { AccessLogQuery } from '@springplank/contract';

/** The filters of the access-log screen as they appear in the address bar (all strings). */
export interface LogFilters {
  userId: string;
  personId: string;
  subjectType: string;
  subjectId: string;
  action: string;
  from: string;
  to: string;
  order: 'asc' | 'desc';
}

/** The filter fields in form order. */
export const FILTER_KEYS = ['userId', 'personId', 'subjectType', 'subjectId', 'action', 'from', 'to'] as const;

/** No filters, newest first. */
export const EMPTY_FILTERS: LogFilters = {
  userId: '',
  personId: '',
  subjectType: '',
  subjectId: '',
  action: '',
  from: '',
  to: '',
  order: 'desc',
};

/** Read the filters from URL search parameters. */
export function filtersFromParams(params: URLSearchParams): LogFilters {
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = params.get(key) ?? '';
  filters.order = params.get('order') === 'asc' ? 'asc' : 'desc';
  return filters;
}

/** Write filters (and a page number above 1) to URL search parameters. */
export function paramsFromFilters(filters: LogFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (filters.order === 'asc') params.set('order', 'asc');
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The API query for these filters. */
export function toQuery(filters: LogFilters, page: number, pageSize: number): AccessLogQuery {
  const query: AccessLogQuery = { order: filters.order, page, pageSize };
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

/** A link target that shows one record's history in chronological order. */
export function recordHistoryHref(subjectType: string, subjectId: string): string {
  return `/toegangslog?${paramsFromFilters({ ...EMPTY_FILTERS, subjectType, subjectId, order: 'asc' }).toString()}`;
}

/** A link target that shows one person's history in chronological order. */
export function personHistoryHref(personId: string): string {
  return `/toegangslog?${paramsFromFilters({ ...EMPTY_FILTERS, personId, order: 'asc' }).toString()}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the text looks like a UUID. */
export function isUuid(value: string): boolean {
  return UUID.test(value.trim());
}
