import type { MonitorQuery } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary, type SummaryItem } from '../../shared/ui/ErrorSummary';
import { SelectField, TextField } from '../../shared/ui/fields';
import { useRegion } from '../../shared/api/session';
import { isCalendarDate, isMonitorYear } from './filters';

interface Values {
  date: string;
  year: string;
  municipality: string;
  ageGroup: string;
  months: string;
}

const valuesOf = (query: MonitorQuery): Values => ({
  date: query.date,
  year: String(query.year),
  municipality: query.municipality ?? '',
  ageGroup: query.ageGroup ?? '',
  months: String(query.months),
});

/** The dashboard filters: peildatum, year, municipality, age group and trend length. */
export function MonitorFilters({ query, onApply }: { query: MonitorQuery; onApply: (query: MonitorQuery) => void }) {
  const t = useT();
  const region = useRegion();
  const [values, setValues] = useState<Values>(() => valuesOf(query));
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);

  const set = (field: keyof Values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<keyof Values, string>> = {};
    if (!isCalendarDate(values.date.trim())) found.date = t('monitor.filters.invalidDate');
    if (!isMonitorYear(values.year.trim())) found.year = t('monitor.filters.invalidYear');
    setErrors(found);
    const items = Object.entries(found).map(([field, message]) => ({
      key: field,
      targetId: `monitor-${field}`,
      message: `${t(field === 'date' ? 'monitor.filters.date' : 'monitor.filters.year')}: ${message}`,
    }));
    setSummary(items);
    if (items.length > 0) {
      setFocusSignal((signal) => signal + 1);
      return;
    }
    onApply({
      date: values.date.trim(),
      year: Number(values.year.trim()),
      months: values.months === '24' ? 24 : 12,
      ...(values.municipality ? { municipality: values.municipality } : {}),
      ...(values.ageGroup === '18-27' ? { ageGroup: '18-27' as const } : {}),
    });
  };

  return (
    <section className="sp-section sp-monitor-filters" aria-labelledby="monitor-filters-title">
      <Heading2 id="monitor-filters-title">{t('monitor.filters.title')}</Heading2>
      <form onSubmit={submit} noValidate className="sp-form" data-testid="monitor-filters">
        <ErrorSummary
          title={t('monitor.filters.errorsTitle')}
          intro={t('monitor.filters.errorsIntro')}
          items={summary}
          focusSignal={focusSignal}
        />
        <div className="sp-monitor-filters__grid">
          <TextField
            id="monitor-date"
            label={t('monitor.filters.date')}
            description={t('monitor.filters.dateHint')}
            error={errors.date}
            value={values.date}
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => set('date')(event.target.value)}
          />
          <TextField
            id="monitor-year"
            label={t('monitor.filters.year')}
            description={t('monitor.filters.yearHint')}
            error={errors.year}
            value={values.year}
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => set('year')(event.target.value)}
          />
          <SelectField
            id="monitor-municipality"
            label={t('monitor.filters.municipality')}
            emptyOption={t('monitor.filters.allMunicipalities')}
            options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
            value={values.municipality}
            onChange={(event) => set('municipality')(event.target.value)}
          />
          <SelectField
            id="monitor-age-group"
            label={t('monitor.filters.ageGroup')}
            emptyOption={t('monitor.filters.allAges')}
            options={[{ value: '18-27', label: t('monitor.filters.youngAdults') }]}
            value={values.ageGroup}
            onChange={(event) => set('ageGroup')(event.target.value)}
          />
          <SelectField
            id="monitor-months"
            label={t('monitor.filters.months')}
            options={[
              { value: '12', label: t('monitor.filters.months12') },
              { value: '24', label: t('monitor.filters.months24') },
            ]}
            value={values.months}
            onChange={(event) => set('months')(event.target.value)}
          />
        </div>
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('monitor.filters.apply')}
          </Button>
        </div>
      </form>
    </section>
  );
}
