import { MonitorQuery } from '@springplank/contract';
import { Heading2 } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { useRegion } from '../../shared/api/session';
import { ApiForm, FormNumber, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';

/**
 * The dashboard filters: peildatum, year, municipality, age group and trend length. The form is
 * the contract's MonitorQuery, so it refuses exactly what the API would; applying only changes
 * the address (the page reads the query from there).
 */
export function MonitorFilters({ query, onApply }: { query: MonitorQuery; onApply: (query: MonitorQuery) => void }) {
  const t = useT();
  const region = useRegion();
  const form = useApiForm({
    id: 'monitor',
    schema: MonitorQuery,
    defaultValues: {
      date: query.date,
      year: query.year,
      municipality: query.municipality ?? '',
      ageGroup: query.ageGroup,
      // A select shows a text value; the schema turns it back into 12 or 24.
      months: String(query.months),
    },
    submit: async (values) => onApply(values),
  });

  return (
    <section className="sp-section sp-monitor-filters" aria-labelledby="monitor-filters-title">
      <Heading2 id="monitor-filters-title">{t('monitor.filters.title')}</Heading2>
      <ApiForm
        form={form}
        testId="monitor-filters"
        summaryTitle={t('monitor.filters.errorsTitle')}
        summaryIntro={t('monitor.filters.errorsIntro')}
      >
        <div className="sp-monitor-filters__grid">
          <FormText
            name="date"
            label={t('monitor.filters.date')}
            description={t('monitor.filters.dateHint')}
            inputMode="numeric"
            autoComplete="off"
          />
          <FormNumber
            name="year"
            label={t('monitor.filters.year')}
            description={t('monitor.filters.yearHint')}
            autoComplete="off"
          />
          <FormSelect
            name="municipality"
            label={t('monitor.filters.municipality')}
            placeholder={t('monitor.filters.allMunicipalities')}
            options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
          />
          <FormSelect
            name="ageGroup"
            label={t('monitor.filters.ageGroup')}
            placeholder={t('monitor.filters.allAges')}
            options={[{ value: '18-27', label: t('monitor.filters.youngAdults') }]}
          />
          <FormSelect
            name="months"
            label={t('monitor.filters.months')}
            placeholder={null}
            options={[
              { value: '12', label: t('monitor.filters.months12') },
              { value: '24', label: t('monitor.filters.months24') },
            ]}
          />
        </div>
        <div className="sp-actions">
          <SubmitButton>{t('monitor.filters.apply')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
