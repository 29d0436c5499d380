import { AssignCaseRequest, type CaseDetail } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert } from '../../shared/ui/feedback';
import { ApiForm, FormSelect, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAssignCase } from './api';

// The empty first option is "Niemand": an empty choice is sent as `userId: null`.
const AssignSchema = AssignCaseRequest.extend({ userId: AssignCaseRequest.shape.userId.optional() });

/** "Behandelaar": pick a team member (or nobody) and assign, or assign the case to oneself. */
export function AssignForm({
  detail,
  currentUserId,
  onDone,
}: {
  detail: CaseDetail;
  currentUserId: string;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const assign = useAssignCase(detail.id);
  const assignMe = useAssignCase(detail.id);
  const isMember = detail.teamMembers.some((member) => member.id === currentUserId);
  const assignedToMe = detail.assignedUser?.id === currentUserId;
  const form = useApiForm({
    id: 'case-assign',
    schema: AssignSchema,
    defaultValues: { userId: detail.assignedUser?.id ?? '' },
    submit: (values) => assign.mutateAsync(values.userId ?? null),
    onSuccess: () => onDone(t('case.assign.saved')),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="case-assign">
      <Heading2 id="case-assign">{t('case.assign.title')}</Heading2>
      {assignMe.isError ? <ErrorAlert error={assignMe.error} /> : null}
      <ApiForm form={form} testId="case-assign-form">
        <div className="sp-filter-row">
          <FormSelect
            id="case-assignee"
            name="userId"
            label={t('case.assign.select')}
            placeholder={t('case.assign.nobody')}
            options={detail.teamMembers.map((member) => ({ value: member.id, label: member.name }))}
          />
          <SubmitButton appearance="secondary-action-button">{t('case.assign.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {isMember && !assignedToMe ? (
        <div className="sp-actions">
          <Button
            appearance="primary-action-button"
            busy={assignMe.isPending}
            onClick={() => {
              if (!assignMe.isPending) {
                assignMe.mutate(currentUserId, { onSuccess: () => onDone(t('case.assign.saved')) });
              }
            }}
          >
            {t('case.assign.me')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
