import { DeadlineRulesBody, URGENCIES } from '@springplank/contract';
import { useT } from '../../../shared/i18n/useT';
import { SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormCell, FormTable, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { useSaveDeadlineRules } from './api';

const FIELDS = ['triageWorkingDays', 'firstContactWorkingDays'] as const;

/** A table with the triage and first-contact deadline per urgency, saved together. */
export function DeadlinesForm({ initial }: { initial: DeadlineRulesBody }) {
  const t = useT();
  const save = useSaveDeadlineRules();
  const form = useApiForm({
    id: 'deadline',
    schema: DeadlineRulesBody,
    defaultValues: initial,
    submit: (values) => save.mutateAsync(values),
    onSuccess: (saved) => form.methods.reset(saved),
  });
  // "Saved" until the next change: the reset after saving leaves the form untouched.
  const saved = save.isSuccess && !form.methods.formState.isDirty;
  const columnLabel = (field: (typeof FIELDS)[number]) =>
    field === 'triageWorkingDays' ? t('settings.deadlines.triage') : t('settings.deadlines.firstContact');

  return (
    <ApiForm
      form={form}
      summaryTitle={t('settings.errors.title')}
      summaryIntro={t('settings.errors.intro')}
      aria-labelledby="deadlines-title"
    >
      {saved ? <SuccessAlert testId="deadlines-saved">{t('settings.deadlines.saved')}</SuccessAlert> : null}
      <FormTable
        caption={t('settings.deadlines.caption')}
        testId="deadlines-table"
        className="sp-deadlines-table"
        columns={[t('settings.deadlines.urgency'), ...FIELDS.map(columnLabel)]}
        rows={URGENCIES.map((urgency) => ({
          key: urgency,
          header: t.enum('urgency', urgency),
          cells: FIELDS.map((field) => (
            <FormCell
              key={field}
              name={`rules.${urgency}.${field}`}
              kind="number"
              inputMode="numeric"
              label={t('settings.deadlines.fieldLabel', {
                column: columnLabel(field),
                urgency: t.enum('urgency', urgency),
              })}
            />
          )),
        }))}
      />
      <div className="sp-actions">
        <SubmitButton>{t('settings.deadlines.save')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
