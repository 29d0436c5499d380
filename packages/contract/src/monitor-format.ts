import type { Locale } from './auth';
import type { MonitorUnit } from './monitor';

/**
 * How the monitor shows a value, shared by the screens, the print report and the exports so
 * that every place rounds the same way and no floating-point noise (58.400000000000006)
 * reaches a reader: persons as whole numbers (a derived target such as 194.4 with one
 * decimal), months with one decimal, shares as a percentage with one decimal. The rounding
 * is Intl's (half away from zero on the exact value; a share is multiplied by 100 exactly).
 */

/** How many decimals a value in its unit is shown with. */
export function monitorDecimals(value: number, unit: MonitorUnit): 0 | 1 {
  return unit === 'count' && Number.isInteger(value) ? 0 : 1;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A cached number format (creating one per cell would dominate a large export). */
function numberFormat(locale: Locale, unit: MonitorUnit, digits: 0 | 1, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${unit}|${digits}|${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      // The percent style multiplies by 100 exactly (no 0.584 × 100 = 58.400000000000006).
      style: unit === 'share' ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A value as the number a reader sees, without the unit sign: "12", "3,5", "58,4" (nl) or
 * "58.4" (en). Grouping (1.234) is for screens; files leave it out so spreadsheets read the number.
 */
export function formatMonitorNumber(
  value: number,
  unit: MonitorUnit,
  locale: Locale,
  { grouping = true }: { grouping?: boolean } = {},
): string {
  const parts = numberFormat(locale, unit, monitorDecimals(value, unit), grouping).formatToParts(value);
  return parts
    .filter((part) => part.type !== 'percentSign' && part.type !== 'literal')
    .map((part) => (part.type === 'minusSign' ? '-' : part.value))
    .join('');
}

/** The shown value as a plain number (percent for shares), for chart axes and comparisons. */
export function monitorDisplayNumber(value: number, unit: MonitorUnit): number {
  return Number(formatMonitorNumber(value, unit, 'en', { grouping: false }));
}
