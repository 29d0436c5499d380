import { useMemo } from 'react';
import { useI18n } from '../i18n/useT';
import { formatDate, formatDateTime, type DateStyle } from './dates';
import { formatFileSize, formatMonths, formatNumber, formatPercent } from './numbers';

export { formatDate, formatDateTime, todayIso, type DateStyle } from './dates';
export { intlLocale, TIME_ZONE } from './locale';
export { formatFileSize, formatMonths, formatNumber, formatPercent } from './numbers';

/** The format helpers bound to the reader's language, for components. */
export function useFormat() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      date: (value: string, style?: DateStyle) => formatDate(value, locale, style),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      number: (value: number, maxDigits?: number) => formatNumber(value, locale, maxDigits),
      months: (months: number) => formatMonths(months, locale),
      percent: (share: number) => formatPercent(share, locale),
      fileSize: (bytes: number) => formatFileSize(bytes, locale),
    }),
    [locale],
  );
}
