import { Id, SendHousingRequest, type OutflowItem } from '@springplank/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { SuccessAlert } from '../../shared/ui/feedback';
import {
  ApiForm,
  FormCheckbox,
  FormNumber,
  FormSelect,
  FormText,
  FormTextarea,
  SubmitButton,
  useApiForm,
} from '../../shared/ui/form';
import { useSendHousingRequest } from './api';

/** The request plus the outflow record it is for (the record goes in the path, not the body). */
const RequestFormSchema = SendHousingRequest.safeExtend({ recordId: Id });

const DEFAULTS = {
  corporationId: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  householdSize: 1,
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
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'request',
    schema: RequestFormSchema,
    defaultValues: DEFAULTS,
    submit: ({ recordId, ...body }) => {
      setSaved(false);
      return send.mutateAsync({ id: recordId, body });
    },
    onSuccess: () => {
      setSaved(true);
      form.methods.reset();
    },
  });

  // Choosing the person fills in their name as the contact (react-hook-form's own subscription).
  const { subscribe, setValue } = form.methods;
  useEffect(
    () =>
      subscribe({
        name: 'recordId',
        formState: { values: true },
        callback: ({ values }) => {
          const item = items.find((candidate) => candidate.id === values.recordId);
          if (item) setValue('contactName', item.personName);
        },
      }),
    [subscribe, setValue, items],
  );

  return (
    <section className="sp-section sp-panel" aria-labelledby="outflow-request">
      <Heading2 id="outflow-request">{t('outflow.request.title')}</Heading2>
      <Paragraph>{t('outflow.request.intro')}</Paragraph>
      {saved ? <SuccessAlert>{t('outflow.request.saved')}</SuccessAlert> : null}
      {items.length === 0 ? (
        <Paragraph>{t('outflow.request.noneOpen')}</Paragraph>
      ) : (
        <ApiForm form={form} testId="request-form">
          <FormSelect
            name="recordId"
            label={t('outflow.request.record')}
            options={items.map((item) => ({ value: item.id, label: item.personName }))}
          />
          <FormSelect
            name="corporationId"
            label={t('outflow.request.corporation')}
            options={corporations.map((corporation) => ({ value: corporation.id, label: corporation.name }))}
          />
          <FormText name="contactName" label={t('outflow.request.contactName')} autoComplete="off" />
          <FormText
            name="contactPhone"
            type="tel"
            label={t('outflow.request.contactPhone')}
            description={t('outflow.request.contactHint')}
            autoComplete="off"
          />
          <FormText
            name="contactEmail"
            type="email"
            label={t('outflow.request.contactEmail')}
            autoComplete="off"
            optional
          />
          <FormNumber name="householdSize" label={t('outflow.request.householdSize')} className="sp-input-short" />
          <FormCheckbox name="urgent" label={t('outflow.request.urgent')} />
          <FormTextarea
            name="housingNeeds"
            label={t('outflow.request.needs')}
            description={t('outflow.request.needsHint')}
            optional
          />
          <div className="sp-actions">
            <SubmitButton>{t('outflow.request.submit')}</SubmitButton>
          </div>
        </ApiForm>
      )}
    </section>
  );
}
