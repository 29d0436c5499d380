import { UpdateTriageRequest, type ReportDetail } from '@springplank/contract';
import { Heading2 } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { categoryOptions, urgencyOptions } from '../../shared/labels/casework';
import { ApiForm, FormCheckboxGroup, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useUpdateTriage } from './api';

/** "Urgentie en onderwerpen": the meldpunt's own judgement of urgency and categories. */
export function TriageEditForm({ report, onDone }: { report: ReportDetail; onDone: (message: string) => void }) {
  const t = useT();
  const update = useUpdateTriage(report.id);
  const form = useApiForm({
    id: 'triage',
    schema: UpdateTriageRequest,
    defaultValues: { urgency: report.urgency, categories: report.categories },
    submit: (values) => update.mutateAsync(values),
    onSuccess: () => onDone(t('triage.edit.saved')),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="triage-edit">
      <Heading2 id="triage-edit">{t('triage.edit.title')}</Heading2>
      <ApiForm form={form} testId="triage-edit-form">
        <FormSelect
          name="urgency"
          label={t('triage.edit.urgency')}
          description={t('triage.edit.urgencyDescription')}
          options={urgencyOptions(t)}
        />
        <FormCheckboxGroup name="categories" legend={t('triage.edit.categories')} options={categoryOptions(t)} />
        <div className="sp-actions">
          <SubmitButton>{t('triage.edit.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
