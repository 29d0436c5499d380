import {
  AddGoalRequest,
  GOAL_STATUSES,
  UpdateGoalRequest,
  type PlanGoal,
  type SupportPlanDetail,
} from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { SuccessAlert } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { ApiForm, FormDate, FormSelect, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAddGoal, useUpdateGoal } from './api';

/** The plan's goals per life domain: status per goal, and a form to add one. */
export function GoalsSection({ plan }: { plan: SupportPlanDetail }) {
  const { t, locale } = useI18n();
  return (
    <section className="sp-section" aria-labelledby="plan-goals">
      <Heading2 id="plan-goals">{t('plans.goals.title')}</Heading2>
      {plan.goals.length === 0 ? (
        <Paragraph>{t('plans.goals.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('plans.goals.caption')}
          testId="plan-goals"
          columns={[
            { label: t('plans.goals.col.domain') },
            { label: t('plans.goals.col.description') },
            { label: t('plans.goals.col.target') },
            { label: t('plans.goals.col.status') },
          ]}
        >
          {plan.goals.map((goal) => (
            <TableRow key={goal.id}>
              <TableCell>{t.enum('zrmDomain', goal.lifeDomain)}</TableCell>
              <TableCell>{goal.description}</TableCell>
              <TableCell>{goal.targetOn ? formatDate(goal.targetOn, locale, 'short') : t('common.none')}</TableCell>
              <TableCell>
                <GoalStatusForm personId={plan.personId} goal={goal} />
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      <AddGoalForm personId={plan.personId} />
    </section>
  );
}

/** The status of one goal, changed in its table row. */
function GoalStatusForm({ personId, goal }: { personId: string; goal: PlanGoal }) {
  const { t } = useI18n();
  const update = useUpdateGoal(personId);
  const id = `goal-status-${goal.id}`;
  const form = useApiForm({
    id,
    schema: UpdateGoalRequest,
    defaultValues: { status: goal.status },
    submit: (values) => update.mutateAsync({ goalId: goal.id, body: values }),
  });
  return (
    <ApiForm form={form} className="sp-inline-form sp-goal-status" summaryIntro={null}>
      <FormSelect
        name="status"
        id={id}
        label={t('plans.goals.statusOf', { goal: goal.description })}
        placeholder={null}
        options={GOAL_STATUSES.map((value) => ({ value, label: t.enum('goalStatus', value) }))}
      />
      <SubmitButton appearance="secondary-action-button">{t('common.save')}</SubmitButton>
    </ApiForm>
  );
}

/** Add a goal for a life domain, with an optional target date. */
function AddGoalForm({ personId }: { personId: string }) {
  const { t } = useI18n();
  const add = useAddGoal(personId);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'goal',
    schema: AddGoalRequest,
    defaultValues: { description: '', targetOn: '' },
    submit: (values) => {
      setSaved(false);
      return add.mutateAsync(values);
    },
    onSuccess: () => {
      form.methods.reset();
      setSaved(true);
    },
  });

  return (
    <div className="sp-panel">
      <Heading3 id="goal-add">{t('plans.goals.add')}</Heading3>
      {saved ? <SuccessAlert>{t('plans.goals.saved')}</SuccessAlert> : null}
      <ApiForm form={form} aria-labelledby="goal-add">
        <FormSelect
          name="lifeDomain"
          label={t('plans.goals.domain')}
          options={ZRM_DOMAINS.map((value) => ({ value, label: t.enum('zrmDomain', value) }))}
        />
        <FormTextarea name="description" label={t('plans.goals.description')} />
        <FormDate name="targetOn" label={t('plans.goals.target')} optional />
        <div className="sp-actions">
          <SubmitButton>{t('plans.goals.add')}</SubmitButton>
        </div>
      </ApiForm>
    </div>
  );
}
