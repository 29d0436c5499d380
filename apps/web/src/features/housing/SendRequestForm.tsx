import type { OutflowItem } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { CheckboxField, SelectField, TextField } from '../../shared/ui/fields';
import { TextareaField } from '../../shared/ui/TextareaField';
import { FormErrorSummary } from '../../shared/ui/legacy/FormErrorSummary';
import { useSendHousingRequest } from './api';

interface RequestForm {
  recordId: string;
  corporationId: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  householdSize: string;
  urgent: boolean;
  housingNeeds: string;
}

const EMPTY: RequestForm = {
  recordId: '',
  corporationId: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  householdSize: '1',
  urgent: false,
  housingNeeds: '',
};

/** "Woningaanvraag versturen": only name, contact, household size, urgency and needs go to the corporation. */
export function SendRequestForm({
  items,
  corporations,
}: {
  items: OutflowItem[];
  corporations: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const send = useSendHousingRequest();
  const [form, setForm] = useState<RequestForm>(EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [focusSignal, setFocusSignal] = useState(0);
  const errors = { ...fieldErrorsOf(send.error), ...clientErrors };
  const summaryFields = (
    [
      ['recordId', 'outflow.request.record'],
      ['corporationId', 'outflow.request.corporation'],
      ['contactName', 'outflow.request.contactName'],
      ['contactPhone', 'outflow.request.contactPhone'],
      ['contactEmail', 'outflow.request.contactEmail'],
      ['householdSize', 'outflow.request.householdSize'],
      ['housingNeeds', 'outflow.request.needs'],
    ] as const
  ).map(([name, label]) => ({ name, id: `request-${name}`, label: t(label) }));
  const set = (patch: Partial<RequestForm>) => setForm({ ...form, ...patch });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.recordId) found['recordId'] = t('validation.chooseOne');
    if (!form.corporationId) found['corporationId'] = t('validation.chooseOne');
    if (!form.contactName.trim()) found['contactName'] = t('validation.required');
    if (!form.contactPhone.trim() && !form.contactEmail.trim())
      found['contactPhone'] = t('outflow.request.contactHint');
    const size = Number(form.householdSize);
    if (!Number.isInteger(size) || size < 1 || size > 20) found['householdSize'] = t('validation.required');
    setClientErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) {
      setFocusSignal((n) => n + 1);
      return;
    }
    send.mutate(
      {
        id: form.recordId,
        body: {
          corporationId: form.corporationId,
          contactName: form.contactName.trim(),
          contactPhone: form.contactPhone.trim() || null,
          contactEmail: form.contactEmail.trim() || null,
          householdSize: size,
          urgent: form.urgent,
          housingNeeds: form.housingNeeds.trim() || null,
        },
      },
      {
        onSuccess: () => {
          setSaved(true);
          setForm(EMPTY);
        },
        onError: () => setFocusSignal((n) => n + 1),
      },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="outflow-request">
      <Heading2 id="outflow-request">{t('outflow.request.title')}</Heading2>
      <Paragraph>{t('outflow.request.intro')}</Paragraph>
      {saved ? <SuccessAlert>{t('outflow.request.saved')}</SuccessAlert> : null}
      {items.length === 0 ? (
        <Paragraph>{t('outflow.request.noneOpen')}</Paragraph>
      ) : (
        <form className="sp-form" onSubmit={submit} noValidate data-testid="request-form">
          <FormErrorSummary errors={errors} fields={summaryFields} focusSignal={focusSignal} />
          {send.error && !isApiError(send.error, 'VALIDATION_FAILED') ? <ErrorAlert error={send.error} /> : null}
          <SelectField
            id="request-recordId"
            label={t('outflow.request.record')}
            emptyOption=""
            options={items.map((item) => ({ value: item.id, label: item.personName }))}
            value={form.recordId}
            error={errors['recordId']}
            onChange={(event) => {
              const item = items.find((candidate) => candidate.id === event.target.value);
              set({ recordId: event.target.value, contactName: item?.personName ?? form.contactName });
            }}
          />
          <SelectField
            id="request-corporationId"
            label={t('outflow.request.corporation')}
            emptyOption=""
            options={corporations.map((corporation) => ({ value: corporation.id, label: corporation.name }))}
            value={form.corporationId}
            error={errors['corporationId']}
            onChange={(event) => set({ corporationId: event.target.value })}
          />
          <TextField
            id="request-contactName"
            label={t('outflow.request.contactName')}
            autoComplete="off"
            value={form.contactName}
            error={errors['contactName']}
            onChange={(event) => set({ contactName: event.target.value })}
          />
          <TextField
            id="request-contactPhone"
            type="tel"
            label={t('outflow.request.contactPhone')}
            description={t('outflow.request.contactHint')}
            autoComplete="off"
            value={form.contactPhone}
            error={errors['contactPhone']}
            onChange={(event) => set({ contactPhone: event.target.value })}
          />
          <TextField
            id="request-contactEmail"
            type="email"
            label={t('outflow.request.contactEmail')}
            autoComplete="off"
            optional
            value={form.contactEmail}
            error={errors['contactEmail']}
            onChange={(event) => set({ contactEmail: event.target.value })}
          />
          <TextField
            id="request-householdSize"
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            className="sp-input-short"
            label={t('outflow.request.householdSize')}
            value={form.householdSize}
            error={errors['householdSize']}
            onChange={(event) => set({ householdSize: event.target.value })}
          />
          <CheckboxField
            id="request-urgent"
            label={t('outflow.request.urgent')}
            checked={form.urgent}
            onChange={(urgent) => set({ urgent })}
          />
          <TextareaField
            id="request-housingNeeds"
            label={t('outflow.request.needs')}
            description={t('outflow.request.needsHint')}
            optional
            value={form.housingNeeds}
            error={errors['housingNeeds']}
            onChange={(event) => set({ housingNeeds: event.target.value })}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={send.isPending}>
              {t('outflow.request.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
