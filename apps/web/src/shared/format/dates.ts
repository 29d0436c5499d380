import type { Locale } from '@springplank/contract';
import { dutchDateOf } from '@springplank/domain';
import { intlLocale, TIME_ZONE } from './locale';

/**
 * How a date is written: `long` ("23 november 2025") in prose, sentences and fact lists,
 * `short` ("23-11-2025", en "23/11/2025") in table cells and result lists where width counts.
 */
export type DateStyle = 'long' | 'short';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date in the reader's language. A calendar day (YYYY-MM-DD) is shown as that day, never
 * shifted by a time zone; a timestamp is shown as its day in Dutch time. Unreadable input is
 * returned as it came, so nothing disappears from the screen.
 */
export function formatDate(value: string, locale: Locale, style: DateStyle = 'long'): string {
  const day = CALENDAR_DAY.test(value);
  const date = new Date(day ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: style,
    timeZone: day ? 'UTC' : TIME_ZONE,
  }).format(date);
}

/** Date and time of a timestamp in Dutch time, e.g. "23-11-2025 14:05:12" (always short: logs and tables). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today in the Netherlands as YYYY-MM-DD (the default of date fields). */
export function todayIso(): string {
  return dutchDateOf(new Date());
}
