import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../../shared/ui/feedback';
import { TextField } from '../../../shared/ui/fields';
import { useSetPassword } from './api';

/** Form for an administrator to set a new password for a user. */
export function UserPasswordForm({ userId }: { userId: string }) {
  const t = useT();
  const setPassword = useSetPassword(userId);
  const [password, setValue] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const error = clientError ?? fieldErrorsOf(setPassword.error)['password'];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setPassword.isPending) return;
    const problem = !password
      ? t('validation.required')
      : password.length < 12
        ? t('validation.passwordLength')
        : undefined;
    setClientError(problem);
    if (problem) {
      document.getElementById('newPassword')?.focus();
      return;
    }
    setPassword.mutate(password, { onSuccess: () => setValue('') });
  };

  return (
    <form className="sp-form" onSubmit={submit} noValidate data-testid="user-password-form">
      {setPassword.isSuccess ? <SuccessAlert>{t('users.detail.passwordSet')}</SuccessAlert> : null}
      {setPassword.error && !isApiError(setPassword.error, 'VALIDATION_FAILED') ? (
        <ErrorAlert error={setPassword.error} />
      ) : null}
      <TextField
        id="newPassword"
        type="password"
        label={t('users.detail.newPassword')}
        description={t('users.detail.newPasswordDescription')}
        autoComplete="new-password"
        value={password}
        error={error}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="secondary-action-button" busy={setPassword.isPending}>
          {t('users.detail.setPassword')}
        </Button>
      </div>
    </form>
  );
}
