import { SetPasswordRequest } from '@springplank/contract';
import { useT } from '../../../shared/i18n/useT';
import { SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormText, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { useSetPassword } from './api';

/** Form for an administrator to set a new password for a user. */
export function UserPasswordForm({ userId }: { userId: string }) {
  const t = useT();
  const setPassword = useSetPassword(userId);
  const form = useApiForm({
    id: 'user-password',
    // The contract's Password: raw (never trimmed), with its own minimum length.
    schema: SetPasswordRequest,
    defaultValues: { password: '' },
    submit: (values) => setPassword.mutateAsync(values.password),
    onSuccess: () => form.methods.reset({ password: '' }),
  });

  return (
    <ApiForm form={form} testId="user-password-form">
      {setPassword.isSuccess ? <SuccessAlert>{t('users.detail.passwordSet')}</SuccessAlert> : null}
      <FormText
        name="password"
        type="password"
        label={t('users.detail.newPassword')}
        description={t('users.detail.newPasswordDescription')}
        autoComplete="new-password"
      />
      <div className="sp-actions">
        <SubmitButton appearance="secondary-action-button">{t('users.detail.setPassword')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
