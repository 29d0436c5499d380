import type { InterimSupport, WaitlistEntry } from '@springplank/contract';
import { WAITLIST_REMOVAL_REASONS, type WaitlistRemovalReason } from '@springplank/domain';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { TextareaField } from '../../shared/ui/TextareaField';
import { isIsoDate, useFormErrors } from '../../shared/ui/legacy/useFormErrors';
import { useAddInterimSupport, useEndInterimSupport, useInterimProviders, useRemoveFromWaitlist } from './api';
import { personName } from './labels';

/** Record support while waiting, and end what is still running. */
export function InterimSupportForms({ entry, onDone }: { entry: WaitlistEntry; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const providers = useInterimProviders();
  const add = useAddInterimSupport(entry.id);
  const [form, setForm] = useState({ description: '', providerOrganisationId: '', startedOn: '', endedOn: '' });
  const fields = useMemo(
    () => [
      { name: 'description', id: 'interim-description', label: t('access.interim.description') },
      { name: 'providerOrganisationId', id: 'interim-provider', label: t('access.interim.provider') },
      { name: 'startedOn', id: 'interim-start', label: t('access.interim.startedOn') },
      { name: 'endedOn', id: 'interim-end', label: t('access.interim.endedOn') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (form.description.trim().length < 3) found.description = t('access.interim.required.description');
    if (!isIsoDate(form.startedOn)) found.startedOn = t('access.interim.required.startedOn');
    if (Object.keys(found).length > 0) return fail(found);
    clear();
    add.mutate(
      {
        description: form.description.trim(),
        providerOrganisationId: form.providerOrganisationId || undefined,
        startedOn: form.startedOn,
        endedOn: form.endedOn || undefined,
      },
      {
        onSuccess: () => {
          setForm({ description: '', providerOrganisationId: '', startedOn: '', endedOn: '' });
          onDone(t('access.interim.saved'));
        },
        onError: (error) => void failFromApi(error),
      },
    );
  };
  return (
    <>
      {entry.interimSupport
        .filter((support) => !support.endedOn)
        .map((support) => (
          <EndSupportForm key={support.id} entryId={entry.id} support={support} onDone={onDone} />
        ))}
      <form onSubmit={submit} noValidate aria-labelledby="interim-title" data-testid="interim-form">
        <Heading3 id="interim-title">{t('access.interim.title')}</Heading3>
        <ErrorSummary title={t('access.interim.errorTitle')} items={summary} focusSignal={focusSignal} />
        {add.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={add.error} /> : null}
        <TextareaField
          id="interim-description"
          label={t('access.interim.description')}
          value={form.description}
          onChange={(e) => setForm((f) => ({ ...f, description: e.target.value }))}
          error={errors.description}
          rows={2}
        />
        <SelectField
          id="interim-provider"
          label={t('access.interim.provider')}
          emptyOption={t('access.interim.noProvider')}
          value={form.providerOrganisationId}
          onChange={(e) => setForm((f) => ({ ...f, providerOrganisationId: e.target.value }))}
          error={errors.providerOrganisationId}
          options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField
          id="interim-start"
          type="date"
          label={t('access.interim.startedOn')}
          value={form.startedOn}
          onChange={(e) => setForm((f) => ({ ...f, startedOn: e.target.value }))}
          error={errors.startedOn}
        />
        <TextField
          id="interim-end"
          type="date"
          label={t('access.interim.endedOn')}
          value={form.endedOn}
          onChange={(e) => setForm((f) => ({ ...f, endedOn: e.target.value }))}
          error={errors.endedOn}
          optional
        />
        <Button type="submit" appearance="secondary-action-button" disabled={add.isPending}>
          {t('access.interim.submit')}
        </Button>
      </form>
    </>
  );
}

function EndSupportForm({
  entryId,
  support,
  onDone,
}: {
  entryId: string;
  support: InterimSupport;
  onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const end = useEndInterimSupport(entryId, support.id);
  const [endedOn, setEndedOn] = useState('');
  const id = `interim-end-${support.id}`;
  const fields = useMemo(() => [{ name: 'endedOn', id, label: t('access.interim.endedOn') }], [t, id]);
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(endedOn)) return fail({ endedOn: t('access.interim.required.startedOn') });
    clear();
    end.mutate(
      { endedOn },
      { onSuccess: () => onDone(t('access.interim.ended')), onError: (error) => void failFromApi(error) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{t('access.interim.end', { description: support.description })}</Heading3>
      <ErrorSummary title={t('access.interim.errorTitle')} items={summary} focusSignal={focusSignal} />
      {end.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={end.error} /> : null}
      <TextField
        id={id}
        type="date"
        label={t('access.interim.endedOn')}
        value={endedOn}
        onChange={(e) => setEndedOn(e.target.value)}
        error={errors.endedOn}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={end.isPending}>
        {t('access.interim.endSubmit')}
      </Button>
    </form>
  );
}

/** Take someone off the list with a reason; 'placed' is not offered (that is the placement flow). */
export function RemoveForm({ entry, onDone }: { entry: WaitlistEntry; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const remove = useRemoveFromWaitlist(entry.id);
  const [reason, setReason] = useState<WaitlistRemovalReason | ''>('');
  const [note, setNote] = useState('');
  const [removedOn, setRemovedOn] = useState('');
  const fields = useMemo(
    () => [
      { name: 'reason', id: 'remove-reason', label: t('access.remove.reason') },
      { name: 'note', id: 'remove-note', label: t('access.remove.note') },
      { name: 'removedOn', id: 'remove-date', label: t('access.remove.removedOn') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);
  const { confirm, dialog } = useConfirm();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return fail({ reason: t('access.remove.required.reason') });
    clear();
    const confirmed = await confirm({
      title: t('confirm.removeWaitlist.title', { name: personName(entry.person.name, t) }),
      body: t('confirm.removeWaitlist.body', { reason: t.enum('waitlistRemovalReason', reason) }),
      confirmLabel: t('confirm.removeWaitlist.confirm'),
    });
    if (!confirmed) return;
    remove.mutate(
      { reason, note: note.trim() || undefined, removedOn: removedOn || undefined },
      {
        onSuccess: () => onDone(t('access.remove.done', { name: personName(entry.person.name, t) })),
        onError: (error) => void failFromApi(error),
      },
    );
  };
  return (
    <>
      <form onSubmit={submit} noValidate aria-labelledby="remove-title" data-testid="remove-form">
        <Heading3 id="remove-title">{t('access.remove.title')}</Heading3>
        <ErrorSummary title={t('access.remove.errorTitle')} items={summary} focusSignal={focusSignal} />
        {remove.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={remove.error} /> : null}
        <SelectField
          id="remove-reason"
          label={t('access.remove.reason')}
          description={t('access.remove.reasonHelp')}
          emptyOption={t('access.remove.required.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value as WaitlistRemovalReason | '')}
          error={errors.reason}
          options={WAITLIST_REMOVAL_REASONS.filter((r) => r !== 'placed').map((r) => ({
            value: r,
            label: t.enum('waitlistRemovalReason', r),
          }))}
        />
        <TextareaField
          id="remove-note"
          label={t('access.remove.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          optional
          rows={2}
        />
        <TextField
          id="remove-date"
          type="date"
          label={t('access.remove.removedOn')}
          value={removedOn}
          onChange={(e) => setRemovedOn(e.target.value)}
          error={errors.removedOn}
          optional
        />
        <Button type="submit" appearance="primary-action-button" disabled={remove.isPending}>
          {t('access.remove.submit')}
        </Button>
      </form>
      {dialog}
    </>
  );
}
