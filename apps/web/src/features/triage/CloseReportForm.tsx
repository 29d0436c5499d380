import { CloseReportRequest } from '@springplank/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ApiForm, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useCloseReport } from './api';

/** "Afsluiten zonder vervolg": close the report with a reason, after confirming. */
export function CloseReportForm({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const t = useT();
  const close = useCloseReport(reportId);
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: 'close',
    schema: CloseReportRequest,
    defaultValues: { reason: '' },
    confirm: () =>
      confirm({
        title: t('confirm.closeReport.title'),
        body: t('confirm.closeReport.body'),
        confirmLabel: t('confirm.closeReport.confirm'),
      }),
    submit: (values) => close.mutateAsync(values.reason),
    onSuccess: () => onDone(t('close.closedNotice')),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="close-report" data-testid="close-report-panel">
      <Heading2 id="close-report">{t('close.title')}</Heading2>
      <Paragraph>{t('close.intro')}</Paragraph>
      <ApiForm form={form}>
        <FormTextarea name="reason" label={t('close.reason')} rows={3} />
        <div className="sp-actions">
          <SubmitButton appearance="secondary-action-button">{t('close.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </section>
  );
}
