import type { StayDetail } from '@springplank/contract';
import { IWMO_END_REASON_CODES, STAY_END_REASONS, type StayEndReason } from '@springplank/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { RadioGroup } from '../../shared/ui/RadioGroup';
import { useFormErrors } from '../../shared/ui/legacy/useFieldErrors';
import { useEndStay } from './api';
import { formatDate, todayIso } from '../../shared/format';

const LABELS = { endedOn: 'stays.end.endedOn', reason: 'stays.end.reason', note: 'stays.end.note' } as const;

const isEndReason = (value: string): value is StayEndReason => (STAY_END_REASONS as readonly string[]).includes(value);

/** "Verblijf beëindigen": the day the person left (never before the start) and why, with the iWmo code. */
export function EndStayForm({ stay, onDone }: { stay: StayDetail; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const end = useEndStay(stay.id);
  const [form, setForm] = useState({ endedOn: todayIso(), reason: '', note: '' });
  const errors = useFormErrors(
    (field) => (field === 'reason' ? 'end-reason' : `end-${field}`),
    (field) => t(LABELS[field as keyof typeof LABELS] ?? 'stays.end.title'),
  );
  const { confirm, dialog } = useConfirm();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.endedOn)) found['endedOn'] = t('validation.required');
    else if (form.endedOn < stay.startedOn)
      found['endedOn'] = t('stays.end.beforeStart', { date: formatDate(stay.startedOn, locale) });
    if (!isEndReason(form.reason)) found['reason'] = t('validation.chooseOne');
    if (errors.fail(found) || !isEndReason(form.reason)) return;
    errors.clear();
    const confirmed = await confirm({
      title: t('confirm.endStay.title', {
        name: stay.person.name ?? t('stays.unknownPerson'),
        date: formatDate(form.endedOn, locale),
      }),
      body: t('confirm.endStay.body', { reason: t.enum('stayEndReason', form.reason) }),
      confirmLabel: t('confirm.endStay.confirm'),
    });
    if (!confirmed) return;
    end.mutate(
      { endedOn: form.endedOn, reason: form.reason, ...(form.note.trim() ? { note: form.note.trim() } : {}) },
      {
        onSuccess: () => onDone(t('stays.end.saved')),
        onError: (error) => {
          if (isApiError(error, 'STAY_END_BEFORE_START')) errors.fail({ endedOn: error.message });
          else void errors.fromApi(error);
        },
      },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="stay-end">
      <Heading2 id="stay-end">{t('stays.end.title')}</Heading2>
      <Paragraph>{t('stays.end.intro')}</Paragraph>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="stay-end-form">
        <ErrorSummary title={t('intake.errorTitle')} items={errors.summary} focusSignal={errors.focusSignal} />
        {end.error && !isApiError(end.error, 'VALIDATION_FAILED', 'STAY_END_BEFORE_START') ? (
          <ErrorAlert error={end.error} />
        ) : null}
        <TextField
          id="end-endedOn"
          type="date"
          label={t('stays.end.endedOn')}
          min={stay.startedOn}
          value={form.endedOn}
          error={errors.fields['endedOn']}
          onChange={(event) => setForm({ ...form, endedOn: event.target.value })}
        />
        <RadioGroup
          id="end-reason"
          legend={t('stays.end.reason')}
          options={STAY_END_REASONS.map((reason) => ({
            value: reason,
            label: `${t.enum('stayEndReason', reason)} (${t('stays.end.iwmo', { code: IWMO_END_REASON_CODES[reason] })})`,
          }))}
          value={form.reason}
          error={errors.fields['reason']}
          onChange={(reason) => setForm({ ...form, reason })}
        />
        <TextField
          id="end-note"
          label={t('stays.end.note')}
          optional
          value={form.note}
          error={errors.fields['note']}
          onChange={(event) => setForm({ ...form, note: event.target.value })}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={end.isPending}>
            {t('stays.end.submit')}
          </Button>
        </div>
      </form>
      {dialog}
    </section>
  );
}
