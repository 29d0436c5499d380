import { AccessLogQuery, issueCode } from '@springplank/contract';
import { z } from 'zod';

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

/** Trim a typed or pasted value first: the contract's id check does not trim, and a blank means "any". */
function trimmed<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' ? value.trim() || undefined : value), schema);
}

const { shape } = AccessLogQuery;

/**
 * The search form: the log query's own fields (ids, record type, action, dates, order), so it
 * refuses what the API would; and "to" may not lie before "from", which the API does not check
 * but which would only ever find nothing.
 */
export const LogFilterForm = z
  .object({
    userId: trimmed(shape.userId),
    personId: trimmed(shape.personId),
    subjectType: shape.subjectType,
    subjectId: shape.subjectId,
    action: shape.action,
    from: shape.from,
    to: shape.to,
    order: shape.order,
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, issueCode('end_before_start', { path: ['to'] }));

/** The form's checked values as filters for the address bar (a field left empty is ''). */
export function filtersFromForm(values: z.output<typeof LogFilterForm>): LogFilters {
  const filters: LogFilters = { ...EMPTY_FILTERS, order: values.order };
  for (const key of FILTER_KEYS) filters[key] = values[key] ?? '';
  return filters;
}
