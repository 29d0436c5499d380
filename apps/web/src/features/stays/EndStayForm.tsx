import { EndStayRequest, issueCode, type StayDetail } from '@springplank/contract';
import { IWMO_END_REASON_CODES, STAY_END_REASONS } from '@springplank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { ApiError, isApiError } from '../../shared/api/client';
import { formatDate, todayIso } from '../../shared/format';
import { useI18n } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ApiForm, FormDate, FormRadioGroup, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useEndStay } from './api';

/**
 * The server's "end before start" names the field (`endedOn`, too_early) but has its own code;
 * as a validation failure the form layer shows it on the date, in the reader's language.
 */
function asFieldError(error: unknown): unknown {
  if (!isApiError(error, 'STAY_END_BEFORE_START') || error.issues.length === 0) return error;
  return new ApiError(error.status, 'VALIDATION_FAILED', error.message, error.requestId, error.issues);
}

/** "Verblijf beëindigen": the day the person left (never before the start) and why, with the iWmo code; confirmed first. */
export function EndStayForm({ stay, onDone }: { stay: StayDetail; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const end = useEndStay(stay.id);
  const { confirm, dialog } = useConfirm();
  // The start of this stay is the one limit the contract cannot know; the server checks it too.
  const schema = useMemo(
    () =>
      EndStayRequest.extend({
        endedOn: EndStayRequest.shape.endedOn.refine(
          (endedOn) => endedOn >= stay.startedOn,
          issueCode('too_early', {}, { minimum: stay.startedOn }),
        ),
      }),
    [stay.startedOn],
  );
  const form = useApiForm({
    id: 'end',
    schema,
    defaultValues: { endedOn: todayIso(), note: '' },
    confirm: (values) =>
      confirm({
        title: t('confirm.endStay.title', {
          name: stay.person.name ?? t('stays.unknownPerson'),
          date: formatDate(values.endedOn, locale),
        }),
        body: t('confirm.endStay.body', { reason: t.enum('stayEndReason', values.reason) }),
        confirmLabel: t('confirm.endStay.confirm'),
      }),
    submit: (values) =>
      end.mutateAsync(values).catch((error: unknown) => {
        throw asFieldError(error);
      }),
    onSuccess: () => onDone(t('stays.end.saved')),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="stay-end">
      <Heading2 id="stay-end">{t('stays.end.title')}</Heading2>
      <Paragraph>{t('stays.end.intro')}</Paragraph>
      <ApiForm form={form} testId="stay-end-form" summaryTitle={t('intake.errorTitle')}>
        <FormDate name="endedOn" label={t('stays.end.endedOn')} min={stay.startedOn} />
        <FormRadioGroup
          name="reason"
          legend={t('stays.end.reason')}
          options={STAY_END_REASONS.map((reason) => ({
            value: reason,
            label: `${t.enum('stayEndReason', reason)} (${t('stays.end.iwmo', { code: IWMO_END_REASON_CODES[reason] })})`,
          }))}
        />
        <FormText name="note" label={t('stays.end.note')} optional />
        <div className="sp-actions">
          <SubmitButton>{t('stays.end.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </section>
  );
}
