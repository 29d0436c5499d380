import type { OutflowStayOption } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { todayIso } from '../../shared/format';
import { useRecordReady } from './api';

/** "Klaar om door te stromen": choose an open stay and the ready date. */
export function RecordReadyForm({ stays }: { stays: OutflowStayOption[] }) {
  const { t, locale } = useI18n();
  const record = useRecordReady();
  const [stayId, setStayId] = useState('');
  const [readyOn, setReadyOn] = useState(todayIso());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrorsOf(record.error), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!stayId) found['stayId'] = t('validation.chooseOne');
    if (!readyOn) found['readyOn'] = t('validation.required');
    setClientErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      document.getElementById(found['stayId'] ? 'ready-stayId' : 'ready-readyOn')?.focus();
      return;
    }
    record.mutate(
      { stayId, readyOn },
      {
        onSuccess: () => {
          setSaved(true);
          setStayId('');
        },
      },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="outflow-ready">
      <Heading2 id="outflow-ready">{t('outflow.ready.title')}</Heading2>
      <Paragraph>{t('outflow.ready.intro')}</Paragraph>
      {saved ? <SuccessAlert>{t('outflow.ready.saved')}</SuccessAlert> : null}
      {stays.length === 0 ? (
        <Paragraph>{t('outflow.ready.none')}</Paragraph>
      ) : (
        <form className="sp-form" onSubmit={submit} noValidate data-testid="ready-form">
          {record.error && !isApiError(record.error, 'VALIDATION_FAILED') ? <ErrorAlert error={record.error} /> : null}
          <SelectField
            id="ready-stayId"
            label={t('outflow.ready.stay')}
            emptyOption=""
            options={stays.map((stay) => ({
              value: stay.stayId,
              label: t('outflow.ready.stayOption', {
                name: stay.personName,
                service: isVocabularyCode('service', stay.service) ? t.enum('service', stay.service) : stay.service,
                date: formatDate(stay.startedOn, locale),
              }),
            }))}
            value={stayId}
            error={errors['stayId']}
            onChange={(event) => setStayId(event.target.value)}
          />
          <TextField
            id="ready-readyOn"
            type="date"
            label={t('outflow.ready.date')}
            max={todayIso()}
            value={readyOn}
            error={errors['readyOn']}
            onChange={(event) => setReadyOn(event.target.value)}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={record.isPending}>
              {t('outflow.ready.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
