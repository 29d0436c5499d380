import type { Organisation, User } from '@springplank/contract';
import { useCurrentUser } from '../../../shared/api/session';
import { useT } from '../../../shared/i18n/useT';
import { useConfirm } from '../../../shared/ui/ConfirmDialog';
import { SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormCheckbox, FormText, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { useUpdateUser } from './api';
import { UserAccessFields } from './UserAccessFields';
import { EditUserForm } from './userSchemas';

/** Form to change a user's name, organisation, roles and whether the account is active; deactivating is confirmed. */
export function UserEditForm({ user, organisations }: { user: User; organisations: Organisation[] }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  // Separation of duties: nobody changes their own roles, organisation or active flag.
  const isSelf = useCurrentUser().id === user.id;
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: 'user',
    schema: EditUserForm,
    defaultValues: {
      displayName: user.displayName,
      organisationId: user.organisationId,
      roles: user.roles,
      active: user.active,
    },
    // Deactivating signs the person out everywhere at once: ask first. Other changes save directly.
    confirm: (values) =>
      !isSelf && user.active && !values.active
        ? confirm({
            title: t('confirm.deactivateUser.title', { name: user.displayName }),
            body: t('confirm.deactivateUser.body', { name: user.displayName }),
            confirmLabel: t('confirm.deactivateUser.confirm'),
          })
        : Promise.resolve(true),
    submit: ({ displayName, ...access }) => update.mutateAsync(isSelf ? { displayName } : { displayName, ...access }),
  });

  return (
    <>
      <ApiForm form={form} testId="user-edit-form">
        {update.isSuccess ? <SuccessAlert>{t('users.detail.saved')}</SuccessAlert> : null}
        <FormText name="displayName" label={t('users.field.displayName')} autoComplete="off" />
        {isSelf ? <p data-testid="user-self-access">{t('users.detail.selfAccess')}</p> : null}
        <UserAccessFields organisations={organisations} locked={isSelf} />
        <FormCheckbox
          name="active"
          label={t('users.field.active')}
          description={t('users.field.activeDescription')}
          disabled={isSelf}
        />
        <div className="sp-actions">
          <SubmitButton>{t('common.save')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </>
  );
}
