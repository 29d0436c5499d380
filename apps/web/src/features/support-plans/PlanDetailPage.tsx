import { ChangeCoordinatorRequest, type SupportPlanDetail } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Facts } from '../../shared/ui/Facts';
import { useChangeCoordinator, usePlan } from './api';
import { GoalsSection } from './GoalsSection';
import { ReviewsSection } from './ReviewsSection';
import { ZrmSection } from './ZrmSection';
import './plans.css';

/** /plannen/:personId: the plan with coordinator, goals, reviews and ZRM scores over time. */
export function PlanDetailPage() {
  const { personId = '' } = useParams();
  const { t, locale } = useI18n();
  const plan = usePlan(personId);
  usePageTitle(plan.data ? t('plans.detail.title', { name: plan.data.personName }) : t('plans.title'));

  return (
    <>
      <Paragraph>
        <RouterLink to="/plannen">{t('plans.detail.back')}</RouterLink>
      </Paragraph>
      {plan.isPending ? <Loading /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data ? (
        <>
          <Heading1>{t('plans.detail.title', { name: plan.data.personName })}</Heading1>
          <Facts
            items={[
              {
                label: t('plans.detail.birthDate'),
                value: plan.data.birthDate ? formatDate(plan.data.birthDate, locale) : null,
              },
              { label: t('plans.detail.started'), value: formatDate(plan.data.createdAt, locale) },
              {
                label: t('plans.coordinator.current'),
                value: `${plan.data.coordinator.name} (${plan.data.coordinator.organisationName})`,
              },
            ]}
          />
          <GoalsSection plan={plan.data} />
          <ReviewsSection plan={plan.data} />
          <ZrmSection plan={plan.data} />
          <CoordinatorForm plan={plan.data} />
        </>
      ) : null}
    </>
  );
}

/** Hand the plan to another coordinator (access team or the placing provider). */
function CoordinatorForm({ plan }: { plan: SupportPlanDetail }) {
  const { t } = useI18n();
  const change = useChangeCoordinator(plan.personId);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'plan',
    schema: ChangeCoordinatorRequest,
    defaultValues: { coordinatorUserId: plan.coordinator.userId },
    submit: (values) => {
      setSaved(false);
      return change.mutateAsync(values.coordinatorUserId);
    },
    onSuccess: () => setSaved(true),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="plan-coordinator">
      <Heading2 id="plan-coordinator">{t('plans.coordinator.title')}</Heading2>
      {saved ? <SuccessAlert>{t('plans.coordinator.saved')}</SuccessAlert> : null}
      <ApiForm form={form} aria-labelledby="plan-coordinator">
        <FormSelect
          name="coordinatorUserId"
          label={t('plans.coordinator.choose')}
          description={t('plans.coordinator.hint')}
          placeholder={null}
          options={plan.coordinatorOptions.map((option) => ({
            value: option.userId,
            label: `${option.name} (${option.organisationName})`,
          }))}
        />
        <div className="sp-actions">
          <SubmitButton appearance="secondary-action-button">{t('plans.coordinator.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
