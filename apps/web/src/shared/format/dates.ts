import type { Locale } from '@springplank/contract';

const TIME_ZONE = 'Europe/Amsterdam';

function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Date and time of an ISO timestamp, in Dutch time, e.g. "23-11-2025 14:05:12". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The date of an ISO timestamp, in Dutch time, e.g. "23 november 2025". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}
