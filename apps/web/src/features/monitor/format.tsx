import {
  formatMonitorNumber,
  monitorDisplayNumber,
  type FigureCell,
  type Locale,
  type MonitorUnit,
} from '@springplank/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import type { Translate } from '../../shared/i18n/I18nProvider';

/**
 * A value in its unit as text: persons as a whole number (a derived target such as 194.4
 * with one decimal), months with one decimal, shares as a percentage with one decimal — the
 * contract's formatter, the same the exports use.
 */
export function formatValue(value: number, unit: MonitorUnit, locale: Locale, t: Translate): string {
  const shown = formatMonitorNumber(value, unit, locale);
  if (unit === 'count') return shown;
  return t(unit === 'months' ? 'monitor.months' : 'monitor.percent', { value: shown });
}

/** A plain number for a chart axis in a known unit (months, or percent for shares), rounded as shown. */
export function chartNumber(value: number | null, unit: MonitorUnit): number | null {
  return value === null ? null : monitorDisplayNumber(value, unit);
}

/** "<5" with its meaning for screen readers. */
export function Suppressed() {
  const { t } = useI18n();
  return (
    <span className="sp-monitor-suppressed">
      <span aria-hidden="true">{t('monitor.suppressed')}</span>
      <span className="sp-visually-hidden">{t('monitor.suppressedLong')}</span>
    </span>
  );
}

/** A figure cell: its value, "<5" when suppressed, "geen gegevens" when nobody is in it. */
export function FigureValue({ cell, unit }: { cell: FigureCell; unit: MonitorUnit }): ReactNode {
  const { t, locale } = useI18n();
  if (cell.kind === 'suppressed') return <Suppressed />;
  if (cell.kind === 'empty') return <span className="sp-monitor-empty">{t('monitor.empty')}</span>;
  return formatValue(cell.value, unit, locale, t);
}

/** A value that may be suppressed (headline parts): the same three cases. */
export function cellOf(value: number | null, suppressed: boolean): FigureCell {
  if (value !== null) return { kind: 'value', value };
  return suppressed ? { kind: 'suppressed' } : { kind: 'empty' };
}
