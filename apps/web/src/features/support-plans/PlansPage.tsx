import { CreateSupportPlanRequest } from '@springplank/contract';
import { Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
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

/** Starting a plan needs only the person; the coordinator is the user starting it. */
const StartPlan = CreateSupportPlanRequest.pick({ personId: true });

/** Start a plan for someone with an open stay and no plan yet. */
function StartPlanForm({ candidates }: { candidates: { personId: string; personName: string }[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const start = useStartPlan();
  const form = useApiForm({
    id: 'plan',
    schema: StartPlan,
    submit: (values) => start.mutateAsync(values.personId),
    onSuccess: (plan) => void navigate(`/plannen/${plan.personId}`),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="plan-start">
      <Heading2 id="plan-start">{t('plans.start.title')}</Heading2>
      {candidates.length === 0 ? (
        <Paragraph>{t('plans.start.none')}</Paragraph>
      ) : (
        <ApiForm form={form} aria-labelledby="plan-start">
          <Paragraph>{t('plans.start.intro')}</Paragraph>
          <FormSelect
            name="personId"
            id="plan-person"
            label={t('plans.start.person')}
            options={candidates.map((c) => ({ value: c.personId, label: c.personName }))}
          />
          <div className="sp-actions">
            <SubmitButton>{t('plans.start.submit')}</SubmitButton>
          </div>
        </ApiForm>
      )}
    </section>
  );
}
