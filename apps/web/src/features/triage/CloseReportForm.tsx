import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../shared/ui/feedback';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useCloseReport } from './api';

/** "Afsluiten zonder vervolg": close the report with a reason. */
export function CloseReportForm({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const t = useT();
  const close = useCloseReport(reportId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { confirm, dialog } = useConfirm();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    if (reason.trim().length < 3) {
      setError(t('route.reasonRequired'));
      document.getElementById('close-reason')?.focus();
      return;
    }
    setError(undefined);
    const confirmed = await confirm({
      title: t('confirm.closeReport.title'),
      body: t('confirm.closeReport.body'),
      confirmLabel: t('confirm.closeReport.confirm'),
    });
    if (!confirmed) return;
    close.mutate(reason.trim(), { onSuccess: () => onDone(t('close.closedNotice')) });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="close-report" data-testid="close-report-panel">
      <Heading2 id="close-report">{t('close.title')}</Heading2>
      <Paragraph>{t('close.intro')}</Paragraph>
      <form className="sp-form" onSubmit={submit} noValidate>
        {close.error && !isApiError(close.error, 'VALIDATION_FAILED') ? <ErrorAlert error={close.error} /> : null}
        <TextareaField
          id="close-reason"
          label={t('close.reason')}
          rows={3}
          value={reason}
          error={error ?? fieldErrorsOf(close.error)['reason']}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="secondary-action-button" busy={close.isPending}>
            {t('close.submit')}
          </Button>
        </div>
      </form>
      {dialog}
    </section>
  );
}
