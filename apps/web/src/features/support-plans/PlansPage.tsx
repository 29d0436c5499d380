import { Button, Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, fieldErrorsOf, Loading } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { usePlans, useStartPlan } from './api';

/** /plannen: the plans the user may see, and starting a plan for someone without one. */
export function PlansPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('plans.title'));
  const plans = usePlans();
  const date = (value: string | null) => (value ? formatDate(value, locale, 'short') : t('common.none'));

  return (
    <>
      <Heading1>{t('plans.title')}</Heading1>
      <Paragraph>{t('plans.intro')}</Paragraph>
      <section className="sp-section">
        {plans.isPending ? <Loading /> : null}
        {plans.isError ? <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} /> : null}
        {plans.data ? (
          plans.data.items.length === 0 ? (
            <Paragraph role="status">{t('plans.empty')}</Paragraph>
          ) : (
            <DataTable
              caption={t('plans.caption', { count: plans.data.items.length })}
              testId="plans-table"
              columns={[
                { label: t('plans.col.person') },
                { label: t('plans.col.coordinator') },
                { label: t('plans.col.openGoals'), numeric: true },
                { label: t('plans.col.lastZrm') },
                { label: t('plans.col.lastReview') },
              ]}
            >
              {plans.data.items.map((plan) => (
                <TableRow key={plan.personId}>
                  <TableCell>
                    <RouterLink to={`/plannen/${plan.personId}`}>{plan.personName}</RouterLink>
                  </TableCell>
                  <TableCell>
                    {plan.coordinator.name} ({plan.coordinator.organisationName})
                  </TableCell>
                  <TableCell numericColumn>{plan.openGoals}</TableCell>
                  <TableCell>{date(plan.lastAssessedOn)}</TableCell>
                  <TableCell>{date(plan.lastReviewedOn)}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          )
        ) : null}
      </section>
      {plans.data ? <StartPlanForm candidates={plans.data.candidates} /> : null}
    </>
  );
}

function StartPlanForm({ candidates }: { candidates: { personId: string; personName: string }[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const start = useStartPlan();
  const [personId, setPersonId] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(start.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!personId) {
      setMissing(true);
      document.getElementById('plan-person')?.focus();
      return;
    }
    setMissing(false);
    start.mutate(personId, { onSuccess: (plan) => void navigate(`/plannen/${plan.personId}`) });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="plan-start">
      <Heading2 id="plan-start">{t('plans.start.title')}</Heading2>
      {candidates.length === 0 ? (
        <Paragraph>{t('plans.start.none')}</Paragraph>
      ) : (
        <form className="sp-form" onSubmit={submit} noValidate>
          <Paragraph>{t('plans.start.intro')}</Paragraph>
          {start.error && !isApiError(start.error, 'VALIDATION_FAILED') ? <ErrorAlert error={start.error} /> : null}
          <SelectField
            id="plan-person"
            label={t('plans.start.person')}
            emptyOption=""
            options={candidates.map((c) => ({ value: c.personId, label: c.personName }))}
            value={personId}
            error={missing ? t('validation.chooseOne') : (errors['personId'] ?? errors['coordinatorUserId'])}
            onChange={(event) => setPersonId(event.target.value)}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={start.isPending}>
              {t('plans.start.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
