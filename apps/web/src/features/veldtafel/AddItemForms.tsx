import { AddConferenceItemRequest, type ConferenceDetail } from '@springplank/contract';
import { Heading2, Heading3 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../shared/i18n/useT';
import { SuccessAlert } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAddItem } from './api';

// A suggestion is picked by person; its reason comes with it (the first signal that applies).
const SuggestedSchema = z.object({ personId: AddConferenceItemRequest.shape.personId });

/** Put a case on the agenda: one of the suggestions (with its first reason), or any person in the flow by hand. */
export function AddItemForms({ conference }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const addSuggested = useAddItem(conference.id);
  const addManual = useAddItem(conference.id);
  const [saved, setSaved] = useState(false);

  const suggestedForm = useApiForm({
    id: 'add-suggested',
    schema: SuggestedSchema,
    submit: ({ personId }) => {
      setSaved(false);
      const reason = conference.suggestions.find((s) => s.personId === personId)?.signals[0]?.reason ?? 'manual';
      return addSuggested.mutateAsync({ personId, reason, note: null });
    },
    onSuccess: () => {
      suggestedForm.methods.reset();
      setSaved(true);
    },
  });
  const manualForm = useApiForm({
    id: 'add',
    schema: AddConferenceItemRequest,
    defaultValues: { reason: 'manual', note: '' },
    submit: (values) => {
      setSaved(false);
      return addManual.mutateAsync(values);
    },
    onSuccess: () => {
      manualForm.methods.reset();
      setSaved(true);
    },
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="agenda-add">
      <Heading2 id="agenda-add">{t('veldtafel.add.title')}</Heading2>
      {saved ? <SuccessAlert>{t('veldtafel.add.saved')}</SuccessAlert> : null}
      {conference.suggestions.length > 0 ? (
        <ApiForm form={suggestedForm} testId="add-suggested-form">
          <FormSelect
            id="add-suggested"
            name="personId"
            label={t('veldtafel.add.suggested')}
            options={conference.suggestions.map((s) => ({
              value: s.personId,
              label: t('veldtafel.add.suggestedOption', {
                name: s.personName,
                reason: s.signals.map((hit) => t.enum('veldtafelReason', hit.reason)).join('; '),
              }),
            }))}
          />
          <div className="sp-actions">
            <SubmitButton>{t('veldtafel.add.submitSuggested')}</SubmitButton>
          </div>
        </ApiForm>
      ) : null}
      <Heading3 id="agenda-add-manual">{t('veldtafel.add.manualTitle')}</Heading3>
      <ApiForm form={manualForm} aria-labelledby="agenda-add-manual">
        <FormSelect
          name="personId"
          label={t('veldtafel.add.person')}
          options={conference.people.map((p) => ({ value: p.personId, label: p.personName }))}
        />
        <FormTextarea name="note" label={t('veldtafel.add.note')} />
        <div className="sp-actions">
          <SubmitButton appearance="secondary-action-button">{t('veldtafel.add.submitManual')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
