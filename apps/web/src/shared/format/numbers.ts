import type { Locale } from '@springplank/contract';
import { intlLocale } from './locale';

/** A number in the reader's language (decimal comma and dot grouping in Dutch), at most `maxDigits` decimals. */
export function formatNumber(value: number, locale: Locale, maxDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxDigits }).format(value);
}

/** Months always with one decimal: "14,1" in Dutch, "14.1" in English (the unit comes from the text). */
export function formatMonths(months: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    months,
  );
}

/** A share (0..1) as a whole percentage, e.g. 0.6667 → "67%". */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A file size for people, e.g. "1,2 MB" or "340 kB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} kB`;
}
