import type { CaseDetail } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { useAssignCase } from './api';

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
  const [userId, setUserId] = useState(detail.assignedUser?.id ?? '');
  const isMember = detail.teamMembers.some((member) => member.id === currentUserId);
  const assignedToMe = detail.assignedUser?.id === currentUserId;

  const save = (next: string) => {
    if (assign.isPending) return;
    assign.mutate(next || null, { onSuccess: () => onDone(t('case.assign.saved')) });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(userId);
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="case-assign">
      <Heading2 id="case-assign">{t('case.assign.title')}</Heading2>
      {assign.isError ? <ErrorAlert error={assign.error} /> : null}
      <form className="sp-form" onSubmit={submit} noValidate data-testid="case-assign-form">
        <div className="sp-filter-row">
          <SelectField
            id="case-assignee"
            label={t('case.assign.select')}
            options={[
              { value: '', label: t('case.assign.nobody') },
              ...detail.teamMembers.map((member) => ({ value: member.id, label: member.name })),
            ]}
            value={userId}
            error={fieldErrorsOf(assign.error)['userId']}
            onChange={(event) => setUserId(event.target.value)}
          />
          <Button type="submit" appearance="secondary-action-button" busy={assign.isPending}>
            {t('case.assign.submit')}
          </Button>
        </div>
      </form>
      {isMember && !assignedToMe ? (
        <div className="sp-actions">
          <Button appearance="primary-action-button" onClick={() => save(currentUserId)}>
            {t('case.assign.me')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
