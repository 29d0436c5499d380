import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { EMPTY_FILTERS, isUuid, type LogFilters } from './filters';
import { actionLabel, KNOWN_ACTIONS, KNOWN_SUBJECT_TYPES, subjectLabel } from './labels';

/** Props of the access-log search form. */
export interface AccessLogFiltersProps {
  initial: LogFilters;
  serverErrors: Record<string, string>;
  onApply: (filters: LogFilters) => void;
}

/** The search form: user, person, record type and id, action, date range and order. */
export function AccessLogFilters({ initial, serverErrors, onApply }: AccessLogFiltersProps) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<LogFilters>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...serverErrors, ...clientErrors };
  const set = (key: keyof LogFilters) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (form.userId.trim() && !isUuid(form.userId)) found['userId'] = t('validation.uuid');
    if (form.personId.trim() && !isUuid(form.personId)) found['personId'] = t('validation.uuid');
    if (form.from && form.to && form.to < form.from) found['to'] = t('validation.dateOrder');
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    onApply(form);
  };

  const clear = () => {
    setForm(EMPTY_FILTERS);
    setClientErrors({});
    onApply(EMPTY_FILTERS);
  };

  return (
    <form className="sp-form sp-form--wide" role="search" onSubmit={submit} noValidate data-testid="access-log-search">
      {Object.keys(errors).length > 0 ? <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert> : null}
      <div className="sp-form-grid">
        <TextField
          id="userId"
          label={t('log.field.userId')}
          spellCheck={false}
          autoComplete="off"
          value={form.userId}
          error={errors['userId']}
          onChange={set('userId')}
        />
        <TextField
          id="personId"
          label={t('log.field.personId')}
          spellCheck={false}
          autoComplete="off"
          value={form.personId}
          error={errors['personId']}
          onChange={set('personId')}
        />
        <TextField
          id="subjectType"
          label={t('log.field.subjectType')}
          list="log-subject-types"
          autoComplete="off"
          value={form.subjectType}
          error={errors['subjectType']}
          onChange={set('subjectType')}
        />
        <TextField
          id="subjectId"
          label={t('log.field.subjectId')}
          spellCheck={false}
          autoComplete="off"
          value={form.subjectId}
          error={errors['subjectId']}
          onChange={set('subjectId')}
        />
        <TextField
          id="action"
          label={t('log.field.action')}
          list="log-actions"
          autoComplete="off"
          value={form.action}
          error={errors['action']}
          onChange={set('action')}
        />
        <TextField
          id="from"
          type="date"
          label={t('log.field.from')}
          value={form.from}
          error={errors['from']}
          onChange={set('from')}
        />
        <TextField
          id="to"
          type="date"
          label={t('log.field.to')}
          value={form.to}
          error={errors['to']}
          onChange={set('to')}
        />
        <SelectField
          id="order"
          label={t('log.field.order')}
          options={[
            { value: 'desc', label: t('log.order.desc') },
            { value: 'asc', label: t('log.order.asc') },
          ]}
          value={form.order}
          error={errors['order']}
          onChange={set('order')}
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
        <Button type="submit" appearance="primary-action-button">
          {t('common.search')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={clear}>
          {t('common.clear')}
        </Button>
      </div>
    </form>
  );
}
