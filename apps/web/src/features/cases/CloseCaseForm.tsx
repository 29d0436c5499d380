import { CloseCaseRequest, type CaseOutcome } from '@springplank/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useWatch } from 'react-hook-form';
import { useT } from '../../shared/i18n/useT';
import { isOutcome, outcomeOptions, OUTCOMES_WITH_DETAIL } from '../../shared/labels/casework';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ApiForm, FormRadioGroup, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useCloseCase } from './api';

/** The label of the outcome detail: "Welke zorg?", "Aan wie?" or an optional explanation. */
function detailLabel(outcome: CaseOutcome | undefined, t: ReturnType<typeof useT>): string {
  if (outcome === 'guided_to_care') return t('case.close.whichCare');
  if (outcome === 'transferred') return t('case.close.toWhom');
  return t('case.close.detail');
}

/** "Casus afsluiten": an outcome, with which care or to whom where that is needed; confirmed first. */
export function CloseCaseForm({
  caseId,
  reference,
  onDone,
}: {
  caseId: string;
  reference: string;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const close = useCloseCase(caseId);
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: 'close',
    schema: CloseCaseRequest,
    defaultValues: { outcomeDetail: '' },
    confirm: (values) =>
      confirm({
        title: t('confirm.closeCase.title', { reference, outcome: t.enum('caseOutcome', values.outcome) }),
        body: t('confirm.closeCase.body'),
        confirmLabel: t('confirm.closeCase.confirm'),
      }),
    submit: (values) => close.mutateAsync(values),
    onSuccess: () => onDone(t('case.close.saved')),
  });
  const chosen = useWatch({ control: form.methods.control, name: 'outcome' });
  const outcome = typeof chosen === 'string' && isOutcome(chosen) ? chosen : undefined;
  const needsDetail = outcome !== undefined && OUTCOMES_WITH_DETAIL.includes(outcome);

  return (
    <section className="sp-section sp-panel" aria-labelledby="case-close">
      <Heading2 id="case-close">{t('case.close.title')}</Heading2>
      <Paragraph>{t('case.close.intro')}</Paragraph>
      <ApiForm form={form} testId="case-close-form">
        <FormRadioGroup name="outcome" legend={t('case.close.outcome')} options={outcomeOptions(t)} />
        <FormText name="outcomeDetail" label={detailLabel(outcome, t)} optional={!needsDetail} />
        <div className="sp-actions">
          <SubmitButton>{t('case.close.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </section>
  );
}
