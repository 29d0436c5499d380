import type { CaseOutcome } from '@springplank/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { RadioGroup } from '../../shared/ui/RadioGroup';
import { useCloseCase } from './api';
import { isOutcome, outcomeOptions, OUTCOMES_WITH_DETAIL } from '../../shared/labels/casework';

/** The label of the outcome detail: "Welke zorg?", "Aan wie?" or an optional explanation. */
function detailLabel(outcome: CaseOutcome | '', t: ReturnType<typeof useT>): string {
  if (outcome === 'guided_to_care') return t('case.close.whichCare');
  if (outcome === 'transferred') return t('case.close.toWhom');
  return t('case.close.detail');
}

/** "Casus afsluiten": an outcome, with which care or to whom where that is needed. */
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
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [detail, setDetail] = useState('');
  const [clientErrors, setClientErrors] = useState<{ outcome?: string; outcomeDetail?: string }>({});
  const errors = { ...fieldErrorsOf(close.error), ...clientErrors };
  const needsDetail = outcome !== '' && OUTCOMES_WITH_DETAIL.includes(outcome);
  const { confirm, dialog } = useConfirm();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    const found: { outcome?: string; outcomeDetail?: string } = {};
    if (!outcome) found.outcome = t('validation.chooseOne');
    else if (needsDetail && !detail.trim()) found.outcomeDetail = t('validation.required');
    setClientErrors(found);
    if (found.outcome) {
      document.querySelector<HTMLElement>('#close-outcome input')?.focus();
      return;
    }
    if (found.outcomeDetail || !outcome) {
      document.getElementById('close-outcomeDetail')?.focus();
      return;
    }
    const outcomeDetail = detail.trim();
    const confirmed = await confirm({
      title: t('confirm.closeCase.title', { reference, outcome: t(`case.outcome.${outcome}`) }),
      body: t('confirm.closeCase.body'),
      confirmLabel: t('confirm.closeCase.confirm'),
    });
    if (!confirmed) return;
    close.mutate(outcomeDetail ? { outcome, outcomeDetail } : { outcome }, {
      onSuccess: () => onDone(t('case.close.saved')),
    });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="case-close">
      <Heading2 id="case-close">{t('case.close.title')}</Heading2>
      <Paragraph>{t('case.close.intro')}</Paragraph>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="case-close-form">
        {close.error && !isApiError(close.error, 'VALIDATION_FAILED') ? <ErrorAlert error={close.error} /> : null}
        <RadioGroup
          id="close-outcome"
          legend={t('case.close.outcome')}
          options={outcomeOptions(t)}
          value={outcome}
          error={errors['outcome']}
          onChange={(value) => {
            if (isOutcome(value)) setOutcome(value);
          }}
        />
        <TextField
          id="close-outcomeDetail"
          label={detailLabel(outcome, t)}
          optional={!needsDetail}
          value={detail}
          error={errors['outcomeDetail']}
          onChange={(event) => setDetail(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={close.isPending}>
            {t('case.close.submit')}
          </Button>
        </div>
      </form>
      {dialog}
    </section>
  );
}
