import type { Organisation, User } from '@springplank/contract';
import type { Role } from '@springplank/domain';
import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { useCurrentUser } from '../../../shared/api/session';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../../shared/ui/feedback';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../../shared/ui/fields';
import { useUpdateUser } from './api';
import { allowedRoles, organisationOptions, roleOptions } from './roles';

/** Form to change a user's name, organisation, roles and whether the account is active. */
export function UserEditForm({ user, organisations }: { user: User; organisations: Organisation[] }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  // Separation of duties: nobody changes their own roles, organisation or active flag.
  const isSelf = useCurrentUser().id === user.id;
  const [values, setValues] = useState({
    displayName: user.displayName,
    organisationId: user.organisationId,
    roles: user.roles,
    active: user.active,
  });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(update.error), ...clientErrors };
  const organisation = organisations.find((o) => o.id === values.organisationId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const found: Record<string, string> = {};
    const name = values.displayName.trim();
    if (name.length < 2) found['displayName'] = name ? t('validation.nameLength') : t('validation.required');
    if (values.roles.length === 0) found['roles'] = t('validation.rolesRequired');
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      const target =
        first === 'roles' ? document.querySelector<HTMLElement>('#roles input') : document.getElementById(first);
      target?.focus();
      return;
    }
    update.mutate(
      isSelf
        ? { displayName: name }
        : { displayName: name, organisationId: values.organisationId, roles: values.roles, active: values.active },
    );
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form className="sp-form" onSubmit={submit} noValidate data-testid="user-edit-form">
      {update.isSuccess ? <SuccessAlert>{t('users.detail.saved')}</SuccessAlert> : null}
      {hasFieldErrors ? <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert> : null}
      {update.error && !isApiError(update.error, 'VALIDATION_FAILED') ? <ErrorAlert error={update.error} /> : null}
      <TextField
        id="displayName"
        label={t('users.field.displayName')}
        autoComplete="off"
        value={values.displayName}
        error={errors['displayName']}
        onChange={(event) => setValues({ ...values, displayName: event.target.value })}
      />
      {isSelf ? <p data-testid="user-self-access">{t('users.detail.selfAccess')}</p> : null}
      <SelectField
        id="organisationId"
        label={t('users.field.organisation')}
        options={organisationOptions(organisations, t)}
        value={values.organisationId}
        disabled={isSelf}
        error={errors['organisationId']}
        onChange={(event) => {
          const next = organisations.find((o) => o.id === event.target.value);
          setValues({ ...values, organisationId: event.target.value, roles: allowedRoles(next, values.roles) });
        }}
      />
      <CheckboxGroup
        id="roles"
        legend={t('users.field.roles')}
        description={t('users.field.rolesDescription')}
        options={roleOptions(organisation, values.roles, t)}
        value={values.roles}
        disabled={isSelf}
        error={errors['roles']}
        onChange={(roles) => setValues({ ...values, roles: roles as Role[] })}
      />
      <CheckboxField
        id="active"
        label={t('users.field.active')}
        description={t('users.field.activeDescription')}
        checked={values.active}
        disabled={isSelf}
        error={errors['active']}
        onChange={(active) => setValues({ ...values, active })}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="primary-action-button" busy={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
