import type { ReporterKind } from '@springplank/contract';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { ErrorSummary } from '../../../shared/ui/ErrorSummary';
import { newIdempotencyKey, useCreateReport } from '../api';
import { storeReceipt } from '../labels';
import { AcuteDangerStep } from './AcuteDangerStep';
import { AttachmentsStep } from './AttachmentsStep';
import { ConcernStep } from './ConcernStep';
import { Honeypot } from './Honeypot';
import { LocationStep } from './LocationStep';
import {
  FIELDS,
  FOCUS_TARGET,
  initialValues,
  serverFieldErrors,
  toRequest,
  validate,
  type FieldErrors,
  type ReportFormValues,
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

/** True when a failed request certainly created nothing, so a new Idempotency-Key is safe. */
function definitelyRefused(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && ![408, 409, 429].includes(error.status);
}

/** The report form: all steps on one page, an error summary on top, and a safe retry. */
export function ReportForm({ preset }: { preset: ProfessionalPreset | null }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState<ReportFormValues>(() => initialValues(preset ?? undefined));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [focusSignal, setFocusSignal] = useState(0);
  const [changedAfterFailure, setChangedAfterFailure] = useState(false);
  // One key per form fill, reused on every retry, so a double click or a retry never makes two reports.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const attachments = useAttachments();
  const create = useCreateReport();

  const serverErrors = serverFieldErrors(create.error, t);
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };
  const summary = FIELDS.flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    return [{ key: field, message, targetId: field === 'form' ? undefined : (FOCUS_TARGET[field] ?? field) }];
  });
  const otherError =
    create.error && Object.keys(serverErrors).length === 0 && !isApiError(create.error, 'IDEMPOTENCY_CONFLICT')
      ? create.error
      : null;

  const onChange = (patch: Partial<ReportFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (create.isPending) return;
    const found = validate(values, t);
    if (attachments.busy) found.attachments = t('report.error.uploadsBusy');
    setClientErrors(found);
    setChangedAfterFailure(false);
    if (Object.keys(found).length > 0) {
      create.reset();
      setFocusSignal((signal) => signal + 1);
      return;
    }
    create.mutate(
      { body: toRequest(values, attachments.ids), idempotencyKey },
      {
        onSuccess: (receipt) => {
          storeReceipt(receipt);
          void navigate('/melden/ontvangen', { state: { receipt } });
        },
        onError: (error) => {
          if (isApiError(error, 'IDEMPOTENCY_CONFLICT')) {
            // An earlier attempt with other data did arrive; sending the new version needs a new key.
            setIdempotencyKey(newIdempotencyKey());
            setChangedAfterFailure(true);
            return;
          }
          if (definitelyRefused(error)) setIdempotencyKey(newIdempotencyKey());
          if (Object.keys(serverFieldErrors(error, t)).length > 0) setFocusSignal((signal) => signal + 1);
        },
      },
    );
  };

  const notSent = isApiError(otherError, 'NETWORK') || (isApiError(otherError) && otherError.status >= 500);
  const tooLarge = isApiError(otherError) && (otherError.status === 413 || otherError.code === 'PAYLOAD_TOO_LARGE');

  return (
    <form className="sp-form sp-report-form" onSubmit={submit} noValidate data-testid="report-form">
      <ErrorSummary
        title={t('report.error.summaryTitle')}
        intro={t('report.error.summaryIntro')}
        items={summary}
        focusSignal={focusSignal}
      />
      <Paragraph>{t('common.requiredHint')}</Paragraph>
      <AcuteDangerStep values={values} onChange={onChange} errors={errors} />
      <ConcernStep values={values} onChange={onChange} errors={errors} />
      <SubjectStep values={values} onChange={onChange} errors={errors} />
      <LocationStep values={values} onChange={onChange} errors={errors} />
      <ReporterStep values={values} onChange={onChange} errors={errors} professional={preset !== null} />
      <AttachmentsStep
        items={attachments.items}
        announcement={attachments.announcement}
        error={errors.attachments}
        onAdd={attachments.add}
        onRemove={attachments.remove}
      />
      <PrivacyStatement />
      <Honeypot value={values.website} onChange={(website) => onChange({ website })} />

      {changedAfterFailure ? <ErrorAlert error={null}>{t('report.changedAfterFailure')}</ErrorAlert> : null}
      {otherError ? (
        <ErrorAlert error={otherError} onRetry={notSent ? () => submit() : undefined}>
          {notSent ? t('report.notSent') : tooLarge ? t('report.error.tooLarge') : undefined}
        </ErrorAlert>
      ) : null}
      <div className="sp-actions">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={create.isPending}
          aria-disabled={create.isPending || undefined}
          className={create.isPending ? 'utrecht-button--disabled' : undefined}
        >
          {t('report.submit')}
        </Button>
      </div>
      {create.isPending ? <Loading>{t('report.submitting')}</Loading> : null}
    </form>
  );
}
