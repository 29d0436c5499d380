import { GOAL_STATUSES, type GoalStatus, type PlanGoal, type SupportPlanDetail } from '@springplank/contract';
import { ZRM_DOMAINS, type ZrmDomain } from '@springplank/domain';
import { Button, Heading2, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useAddGoal, useUpdateGoal } from './api';

function isGoalStatus(value: string): value is GoalStatus {
  return (GOAL_STATUSES as readonly string[]).includes(value);
}

function isDomain(value: string): value is ZrmDomain {
  return (ZRM_DOMAINS as readonly string[]).includes(value);
}

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

function GoalStatusForm({ personId, goal }: { personId: string; goal: PlanGoal }) {
  const { t } = useI18n();
  const update = useUpdateGoal(personId);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ goalId: goal.id, body: { status } });
  };
  return (
    <form className="sp-inline-form" onSubmit={submit} noValidate>
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <SelectField
        id={`goal-status-${goal.id}`}
        label={<span className="sp-visually-hidden">{t('plans.goals.statusOf', { goal: goal.description })}</span>}
        options={GOAL_STATUSES.map((value) => ({ value, label: t.enum('goalStatus', value) }))}
        value={status}
        onChange={(event) => {
          if (isGoalStatus(event.target.value)) setStatus(event.target.value);
        }}
      />
      <Button type="submit" appearance="secondary-action-button" busy={update.isPending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

function AddGoalForm({ personId }: { personId: string }) {
  const { t } = useI18n();
  const add = useAddGoal(personId);
  const [domain, setDomain] = useState<ZrmDomain | ''>('');
  const [description, setDescription] = useState('');
  const [targetOn, setTargetOn] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrorsOf(add.error), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!domain) found['lifeDomain'] = t('validation.chooseOne');
    if (!description.trim()) found['description'] = t('validation.required');
    setClientErrors(found);
    setSaved(false);
    if (!domain || found['description']) {
      document.getElementById(domain ? 'goal-description' : 'goal-lifeDomain')?.focus();
      return;
    }
    add.mutate(
      { lifeDomain: domain, description: description.trim(), targetOn: targetOn || null },
      {
        onSuccess: () => {
          setSaved(true);
          setDomain('');
          setDescription('');
          setTargetOn('');
        },
      },
    );
  };

  return (
    <div className="sp-panel">
      <Heading3 id="goal-add">{t('plans.goals.add')}</Heading3>
      <form className="sp-form" onSubmit={submit} noValidate aria-labelledby="goal-add">
        {saved ? <SuccessAlert>{t('plans.goals.saved')}</SuccessAlert> : null}
        {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
        <SelectField
          id="goal-lifeDomain"
          label={t('plans.goals.domain')}
          emptyOption=""
          options={ZRM_DOMAINS.map((value) => ({ value, label: t.enum('zrmDomain', value) }))}
          value={domain}
          error={errors['lifeDomain']}
          onChange={(event) => setDomain(isDomain(event.target.value) ? event.target.value : '')}
        />
        <TextareaField
          id="goal-description"
          label={t('plans.goals.description')}
          value={description}
          error={errors['description']}
          onChange={(event) => setDescription(event.target.value)}
        />
        <TextField
          id="goal-targetOn"
          type="date"
          label={t('plans.goals.target')}
          optional
          value={targetOn}
          error={errors['targetOn']}
          onChange={(event) => setTargetOn(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
            {t('plans.goals.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
