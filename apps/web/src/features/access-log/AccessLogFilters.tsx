import { Button } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ApiForm, FormDate, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { EMPTY_FILTERS, filtersFromForm, LogFilterForm, type LogFilters } from './filters';
import { actionLabel, KNOWN_ACTIONS, KNOWN_SUBJECT_TYPES, subjectLabel } from './labels';

/** Props of the access-log search form. */
export interface AccessLogFiltersProps {
  initial: LogFilters;
  /** The log query's VALIDATION_FAILED for these filters (a hand-edited address), shown on the fields. */
  queryError: unknown;
  onApply: (filters: LogFilters) => void;
}

/** The search form: user, person, record type and id, action, date range and order. */
export function AccessLogFilters({ initial, queryError, onApply }: AccessLogFiltersProps) {
  const { t, locale } = useI18n();
  const form = useApiForm({
    id: 'log-filter',
    schema: LogFilterForm,
    defaultValues: initial,
    submit: async (values) => onApply(filtersFromForm(values)),
  });
  const { reportError } = form;
  useEffect(() => {
    // The fields have registered by now (children's effects run first), so the summary links them.
    if (queryError) reportError(queryError);
  }, [queryError, reportError]);

  const clear = () => {
    form.methods.reset(EMPTY_FILTERS);
    onApply(EMPTY_FILTERS);
  };

  return (
    <ApiForm
      form={form}
      className="sp-form sp-form--wide"
      role="search"
      aria-labelledby="log-search"
      testId="access-log-search"
    >
      <div className="sp-form-grid">
        <FormText name="userId" label={t('log.field.userId')} spellCheck={false} autoComplete="off" />
        <FormText name="personId" label={t('log.field.personId')} spellCheck={false} autoComplete="off" />
        <FormText name="subjectType" label={t('log.field.subjectType')} list="log-subject-types" autoComplete="off" />
        <FormText name="subjectId" label={t('log.field.subjectId')} spellCheck={false} autoComplete="off" />
        <FormText name="action" label={t('log.field.action')} list="log-actions" autoComplete="off" />
        <FormDate name="from" label={t('log.field.from')} />
        <FormDate name="to" label={t('log.field.to')} />
        <FormSelect
          name="order"
          label={t('log.field.order')}
          placeholder={null}
          options={[
            { value: 'desc', label: t('log.order.desc') },
            { value: 'asc', label: t('log.order.asc') },
          ]}
        />
      </div>
      <datalist id="log-subject-types">
        {KNOWN_SUBJECT_TYPES.map((type) => (
          <option key={type} value={type}>
            {subjectLabel(type, locale)}
          </option>
        ))}
      </datalist>
      <datalist id="log-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {actionLabel(action, locale)}
          </option>
        ))}
      </datalist>
      <div className="sp-actions">
        <SubmitButton>{t('common.search')}</SubmitButton>
        <Button type="button" appearance="secondary-action-button" onClick={clear}>
          {t('common.clear')}
        </Button>
      </div>
    </ApiForm>
  );
}
