import type { ReportReceipt, ReporterKind } from '@springplank/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { ApiForm, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { newIdempotencyKey, useCreateReport } from '../api';
import { storeReceipt } from '../labels';
import { AcuteDangerStep } from './AcuteDangerStep';
import { AttachmentsStep } from './AttachmentsStep';
import { ConcernStep } from './ConcernStep';
import { Honeypot } from './Honeypot';
import { LocationStep } from './LocationStep';
import {
  asFieldError,
  definitelyRefused,
  initialValues,
  ReportFormSchema,
  sendFailureOf,
  toRequest,
  uploadsBusyError,
} from './model';
import { PrivacyStatement } from './PrivacyStatement';
import { ReporterStep } from './ReporterStep';
import { SubjectStep } from './SubjectStep';
import { useAttachments } from './useAttachments';

/** What a signed-in professional reporter brings to the form. */
export interface ProfessionalPreset {
  kind: ReporterKind;
  name: string;
  email: string;
}

/**
 * The report form: all steps on one page, on the shared form layer (contract schema, errors on
 * the fields and in the summary), and a safe retry: one Idempotency-Key per form fill.
 */
export function ReportForm({ preset }: { preset: ProfessionalPreset | null }) {
  const t = useT();
  const navigate = useNavigate();
  const [changedAfterFailure, setChangedAfterFailure] = useState(false);
  // A failure that is about no field (not sent, too large …) stays next to the send button, with a retry.
  const [sendFailure, setSendFailure] = useState<unknown>(null);
  // One key per form fill, reused on every retry, so a double click or a retry never makes two reports.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const attachments = useAttachments();
  const create = useCreateReport();

  const form = useApiForm({
    id: 'report',
    schema: ReportFormSchema,
    defaultValues: initialValues(preset ?? undefined),
    submit: async (values): Promise<ReportReceipt | null> => {
      if (attachments.busy) throw uploadsBusyError(t('report.error.uploadsBusy'));
      try {
        return await create.mutateAsync({ body: toRequest(values, attachments.ids), idempotencyKey });
      } catch (error) {
        if (isApiError(error, 'IDEMPOTENCY_CONFLICT')) {
          // An earlier attempt with other data did arrive; sending the new version needs a new key.
          setIdempotencyKey(newIdempotencyKey());
          setChangedAfterFailure(true);
          return null;
        }
        if (definitelyRefused(error)) setIdempotencyKey(newIdempotencyKey());
        const problem = asFieldError(error);
        // Field problems (and a validation failure without issues) go to the form layer.
        if (isApiError(problem, 'VALIDATION_FAILED')) throw problem;
        setSendFailure(error);
        return null;
      }
    },
    onSuccess: (receipt) => {
      if (!receipt) return;
      // Durable receipt: stored before the page changes, so "received" survives a reload.
      storeReceipt(receipt);
      void navigate('/melden/ontvangen', { state: { receipt } });
    },
  });

  // Every attempt starts without the notes of the previous one.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!form.isSubmitting) {
      setSendFailure(null);
      setChangedAfterFailure(false);
    }
    form.onSubmit(event);
  };
  const handle: typeof form = { ...form, onSubmit };
  const retry = () => onSubmit({ preventDefault: () => undefined } as FormEvent<HTMLFormElement>);
  const failure = sendFailure ? sendFailureOf(sendFailure) : null;

  return (
    <ApiForm
      form={handle}
      className="sp-form sp-report-form"
      testId="report-form"
      summaryTitle={t('report.error.summaryTitle')}
      summaryIntro={t('report.error.summaryIntro')}
    >
      <Paragraph>{t('common.requiredHint')}</Paragraph>
      <AcuteDangerStep />
      <ConcernStep />
      <SubjectStep />
      <LocationStep />
      <ReporterStep professional={preset !== null} />
      <AttachmentsStep
        items={attachments.items}
        announcement={attachments.announcement}
        onAdd={attachments.add}
        onRemove={attachments.remove}
      />
      <PrivacyStatement />
      <Honeypot />

      {changedAfterFailure ? <ErrorAlert error={null}>{t('report.changedAfterFailure')}</ErrorAlert> : null}
      {sendFailure ? (
        <ErrorAlert error={sendFailure} onRetry={failure === 'not-sent' ? retry : undefined}>
          {failure === 'not-sent'
            ? t('report.notSent')
            : failure === 'too-large'
              ? t('report.error.tooLarge')
              : undefined}
        </ErrorAlert>
      ) : null}
      <div className="sp-actions">
        <SubmitButton
          aria-disabled={form.isSubmitting || undefined}
          className={form.isSubmitting ? 'utrecht-button--disabled' : undefined}
        >
          {t('report.submit')}
        </SubmitButton>
      </div>
      {form.isSubmitting ? <Loading>{t('report.submitting')}</Loading> : null}
    </ApiForm>
  );
}
