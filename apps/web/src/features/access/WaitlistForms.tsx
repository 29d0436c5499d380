import {
  AddInterimSupportRequest,
  EndInterimSupportRequest,
  RemoveFromWaitlistRequest,
  type InterimSupport,
  type WaitlistEntry,
} from '@springplank/contract';
import { WAITLIST_REMOVAL_REASONS } from '@springplank/domain';
import { Heading3 } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ApiForm, FormDate, FormSelect, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAddInterimSupport, useEndInterimSupport, useInterimProviders, useRemoveFromWaitlist } from './api';
import { personName } from './labels';

/** Record support while waiting, and end what is still running. */
export function InterimSupportForms({ entry, onDone }: { entry: WaitlistEntry; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const providers = useInterimProviders();
  const add = useAddInterimSupport(entry.id);
  const form = useApiForm({
    id: 'interim',
    schema: AddInterimSupportRequest,
    defaultValues: { description: '', providerOrganisationId: '', startedOn: '', endedOn: '' },
    submit: (values) => add.mutateAsync(values),
    onSuccess: () => {
      form.methods.reset();
      onDone(t('access.interim.saved'));
    },
  });
  return (
    <>
      {entry.interimSupport
        .filter((support) => !support.endedOn)
        .map((support) => (
          <EndSupportForm key={support.id} entryId={entry.id} support={support} onDone={onDone} />
        ))}
      <Heading3 id="interim-title">{t('access.interim.title')}</Heading3>
      <ApiForm
        form={form}
        testId="interim-form"
        aria-labelledby="interim-title"
        summaryTitle={t('access.interim.errorTitle')}
      >
        <FormTextarea name="description" label={t('access.interim.description')} rows={2} />
        <FormSelect
          name="providerOrganisationId"
          id="interim-provider"
          label={t('access.interim.provider')}
          placeholder={t('access.interim.noProvider')}
          options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        <FormDate name="startedOn" id="interim-start" label={t('access.interim.startedOn')} />
        <FormDate name="endedOn" id="interim-end" label={t('access.interim.endedOn')} optional />
        <SubmitButton appearance="secondary-action-button">{t('access.interim.submit')}</SubmitButton>
      </ApiForm>
    </>
  );
}

/** End one running support; it cannot be reopened, so it is confirmed first. */
function EndSupportForm({
  entryId,
  support,
  onDone,
}: {
  entryId: string;
  support: InterimSupport;
  onDone: (text: string) => void;
}) {
  const { t, locale } = useI18n();
  const end = useEndInterimSupport(entryId, support.id);
  const { confirm, dialog } = useConfirm();
  const id = `interim-end-${support.id}`;
  const form = useApiForm({
    id,
    schema: EndInterimSupportRequest,
    defaultValues: { endedOn: '' },
    confirm: (values) =>
      confirm({
        title: t('confirm.endInterim.title', {
          description: support.description,
          date: formatDate(values.endedOn, locale),
        }),
        body: t('confirm.endInterim.body'),
        confirmLabel: t('confirm.endInterim.confirm'),
      }),
    submit: (values) => end.mutateAsync(values),
    onSuccess: () => onDone(t('access.interim.ended')),
  });
  return (
    <>
      <Heading3 id={`${id}-title`}>{t('access.interim.end', { description: support.description })}</Heading3>
      <ApiForm form={form} aria-labelledby={`${id}-title`} summaryTitle={t('access.interim.errorTitle')}>
        <FormDate name="endedOn" id={id} label={t('access.interim.endedOn')} />
        <SubmitButton appearance="secondary-action-button">{t('access.interim.endSubmit')}</SubmitButton>
      </ApiForm>
      {dialog}
    </>
  );
}

/** Take someone off the list with a reason; 'placed' is not offered (that is the placement flow). */
export function RemoveForm({ entry, onDone }: { entry: WaitlistEntry; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const remove = useRemoveFromWaitlist(entry.id);
  const { confirm, dialog } = useConfirm();
  const name = personName(entry.person.name, t);
  const form = useApiForm({
    id: 'remove',
    schema: RemoveFromWaitlistRequest,
    defaultValues: { note: '', removedOn: '' },
    confirm: (values) =>
      confirm({
        title: t('confirm.removeWaitlist.title', { name }),
        body: t('confirm.removeWaitlist.body', { reason: t.enum('waitlistRemovalReason', values.reason) }),
        confirmLabel: t('confirm.removeWaitlist.confirm'),
      }),
    submit: (values) => remove.mutateAsync(values),
    onSuccess: () => onDone(t('access.remove.done', { name })),
  });
  return (
    <>
      <Heading3 id="remove-title">{t('access.remove.title')}</Heading3>
      <ApiForm
        form={form}
        testId="remove-form"
        aria-labelledby="remove-title"
        summaryTitle={t('access.remove.errorTitle')}
      >
        <FormSelect
          name="reason"
          label={t('access.remove.reason')}
          description={t('access.remove.reasonHelp')}
          placeholder={t('access.remove.required.reason')}
          options={WAITLIST_REMOVAL_REASONS.filter((r) => r !== 'placed').map((r) => ({
            value: r,
            label: t.enum('waitlistRemovalReason', r),
          }))}
        />
        <FormTextarea name="note" label={t('access.remove.note')} optional rows={2} />
        <FormDate name="removedOn" id="remove-date" label={t('access.remove.removedOn')} optional />
        <SubmitButton>{t('access.remove.submit')}</SubmitButton>
      </ApiForm>
      {dialog}
    </>
  );
}
