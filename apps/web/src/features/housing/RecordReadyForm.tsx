import { RecordReadyRequest, type OutflowStayOption } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { todayIso } from '../../shared/format';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { SuccessAlert } from '../../shared/ui/feedback';
import { ApiForm, FormDate, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useRecordReady } from './api';

/** "Klaar om door te stromen": choose an open stay and the ready date. */
export function RecordReadyForm({ stays }: { stays: OutflowStayOption[] }) {
  const { t, locale } = useI18n();
  const record = useRecordReady();
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'ready',
    schema: RecordReadyRequest,
    defaultValues: { readyOn: todayIso() },
    submit: (values) => {
      setSaved(false);
      return record.mutateAsync(values);
    },
    onSuccess: () => {
      setSaved(true);
      form.methods.resetField('stayId', { defaultValue: '' });
    },
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="outflow-ready">
      <Heading2 id="outflow-ready">{t('outflow.ready.title')}</Heading2>
      <Paragraph>{t('outflow.ready.intro')}</Paragraph>
      {saved ? <SuccessAlert>{t('outflow.ready.saved')}</SuccessAlert> : null}
      {stays.length === 0 ? (
        <Paragraph>{t('outflow.ready.none')}</Paragraph>
      ) : (
        <ApiForm form={form} testId="ready-form">
          <FormSelect
            name="stayId"
            label={t('outflow.ready.stay')}
            options={stays.map((stay) => ({
              value: stay.stayId,
              label: t('outflow.ready.stayOption', {
                name: stay.personName,
                service: isVocabularyCode('service', stay.service) ? t.enum('service', stay.service) : stay.service,
                date: formatDate(stay.startedOn, locale),
              }),
            }))}
          />
          <FormDate name="readyOn" label={t('outflow.ready.date')} max={todayIso()} />
          <div className="sp-actions">
            <SubmitButton>{t('outflow.ready.submit')}</SubmitButton>
          </div>
        </ApiForm>
      )}
    </section>
  );
}
