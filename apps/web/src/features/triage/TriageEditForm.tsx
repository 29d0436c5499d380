import type { ReportCategory, ReportDetail, Urgency } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../shared/ui/feedback';
import { CheckboxGroup, SelectField } from '../../shared/ui/fields';
import { categoryOptions, isUrgency, urgencyOptions } from '../../shared/labels/casework';
import { useUpdateTriage } from './api';

/** "Urgentie en onderwerpen": the meldpunt's own judgement of urgency and categories. */
export function TriageEditForm({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const t = useT();
  const update = useUpdateTriage(report.id);
  const [urgency, setUrgency] = useState<Urgency>(report.urgency);
  const [categories, setCategories] = useState<ReportCategory[]>(report.categories);
  const [clientError, setClientError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    if (categories.length === 0) {
      setClientError(t('triage.edit.categoriesRequired'));
      document.querySelector<HTMLElement>('#triage-categories input')?.focus();
      return;
    }
    setClientError(undefined);
    update.mutate({ urgency, categories }, { onSuccess: () => onDone(t('triage.edit.saved')) });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="triage-edit">
      <Heading2 id="triage-edit">{t('triage.edit.title')}</Heading2>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="triage-edit-form">
        {update.error && !isApiError(update.error, 'VALIDATION_FAILED') ? <ErrorAlert error={update.error} /> : null}
        <SelectField
          id="triage-urgency"
          label={t('triage.edit.urgency')}
          description={t('triage.edit.urgencyDescription')}
          options={urgencyOptions(t)}
          value={urgency}
          error={serverErrors['urgency']}
          onChange={(event) => {
            if (isUrgency(event.target.value)) setUrgency(event.target.value);
          }}
        />
        <CheckboxGroup
          id="triage-categories"
          legend={t('triage.edit.categories')}
          options={categoryOptions(t)}
          value={categories}
          error={clientError ?? serverErrors['categories']}
          onChange={(next) => setCategories(next as ReportCategory[])}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.isPending}>
            {t('triage.edit.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
