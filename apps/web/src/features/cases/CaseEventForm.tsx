import { AddCaseEventRequest, PastDateTime } from '@springplank/contract';
import { Heading2 } from '@utrecht/component-library-react';
import { z } from 'zod';
import { useWatch } from 'react-hook-form';
import { useT } from '../../shared/i18n/useT';
import { actionKindOptions, channelOptions, resultOptions } from '../../shared/labels/casework';
import { ApiForm, FormRadioGroup, FormText, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAddCaseEvent } from './api';

/** A `datetime-local` value (local time, no offset) as the ISO moment the contract expects. */
function localToIso(value: string): string {
  const moment = new Date(value);
  // An unreadable value stays as typed, so the contract's own check words the problem.
  return Number.isNaN(moment.getTime()) ? value : moment.toISOString();
}

// The contract's request, with "when" as typed in a datetime-local input; the contract still
// checks it (format, not in the future) after the conversion.
const CaseEventSchema = AddCaseEventRequest.safeExtend({
  occurredAt: z.string().transform(localToIso).pipe(PastDateTime).optional(),
});

/** "Actie vastleggen": a contact attempt, joint visit, partner consultation or note. */
export function CaseEventForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const t = useT();
  const add = useAddCaseEvent(caseId);
  const form = useApiForm({
    id: 'event',
    schema: CaseEventSchema,
    defaultValues: { note: '', partner: '', occurredAt: '' },
    // Only what belongs to the chosen kind: fields of another kind may still hold a value.
    submit: ({ channel, result, partner, ...values }) =>
      add.mutateAsync({
        ...values,
        ...(values.kind === 'contact_attempt' ? { channel, result } : {}),
        ...(values.kind === 'partner_consultation' ? { partner } : {}),
      }),
    onSuccess: () => {
      // Empty the form before the new timeline entry is painted, so nothing typed after it is lost.
      form.methods.reset();
      onDone(t('case.action.saved'));
    },
  });
  const kind = useWatch({ control: form.methods.control, name: 'kind' });

  return (
    <section className="sp-section sp-panel" aria-labelledby="case-action">
      <Heading2 id="case-action">{t('case.action.title')}</Heading2>
      <ApiForm form={form} testId="case-event-form">
        <FormRadioGroup name="kind" legend={t('case.action.kind')} options={actionKindOptions(t)} />
        {kind === 'contact_attempt' ? (
          <>
            <FormRadioGroup name="channel" legend={t('case.action.channel')} options={channelOptions(t)} />
            <FormRadioGroup name="result" legend={t('case.action.result')} options={resultOptions(t)} />
          </>
        ) : null}
        {kind === 'partner_consultation' ? <FormText name="partner" label={t('case.action.partner')} /> : null}
        <FormTextarea name="note" label={t('case.action.note')} optional={kind !== 'note'} rows={4} />
        <FormText
          name="occurredAt"
          type="datetime-local"
          label={t('case.action.occurredAt')}
          description={t('case.action.occurredAtDescription')}
          optional
        />
        <div className="sp-actions">
          <SubmitButton>{t('case.action.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
