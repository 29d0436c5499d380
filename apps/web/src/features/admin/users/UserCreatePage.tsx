import type { Locale } from '@springplank/contract';
import type { Role } from '@springplank/domain';
import { Button, Heading1 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, Loading } from '../../../shared/ui/feedback';
import { CheckboxGroup, SelectField, TextField } from '../../../shared/ui/fields';
import { RouterLink } from '../../../shared/ui/RouterLink';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useOrganisations } from '../organisations/api';
import { useCreateUser } from './api';
import { allowedRoles, organisationOptions, roleOptions } from './roles';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Values {
  displayName: string;
  email: string;
  organisationId: string;
  roles: Role[];
  locale: Locale;
  password: string;
}

/** Page to add a user: name, e-mail, organisation, roles that fit it, language and an optional password. */
export function UserCreatePage() {
  const t = useT();
  usePageTitle(t('users.create.title'));
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const create = useCreateUser();
  const [values, setValues] = useState<Values>({
    displayName: '',
    email: '',
    organisationId: '',
    roles: [],
    locale: 'nl',
    password: '',
  });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(create.error);
  if (isApiError(create.error, 'EMAIL_TAKEN')) serverErrors['email'] = t('error.EMAIL_TAKEN');
  const errors = { ...serverErrors, ...clientErrors };
  const organisation = organisations.data?.items.find((o) => o.id === values.organisationId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Record<string, string> = {};
    const name = values.displayName.trim();
    if (name.length < 2) found['displayName'] = name ? t('validation.nameLength') : t('validation.required');
    if (!values.email.trim()) found['email'] = t('validation.required');
    else if (!EMAIL_PATTERN.test(values.email.trim())) found['email'] = t('validation.email');
    if (!values.organisationId) found['organisationId'] = t('validation.chooseOne');
    else if (values.roles.length === 0) found['roles'] = t('validation.rolesRequired');
    if (values.password && values.password.length < 12) found['password'] = t('validation.passwordLength');
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      const target =
        first === 'roles' ? document.querySelector<HTMLElement>('#roles input') : document.getElementById(first);
      target?.focus();
      return;
    }
    create.mutate(
      {
        displayName: name,
        email: values.email.trim(),
        organisationId: values.organisationId,
        roles: values.roles,
        locale: values.locale,
        ...(values.password ? { password: values.password } : {}),
      },
      {
        onSuccess: (user) =>
          void navigate(`/beheer/gebruikers/${user.id}`, {
            state: { notice: t('users.create.done', { name: user.displayName }) },
          }),
      },
    );
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <>
      <Heading1>{t('users.create.title')}</Heading1>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : null}
      {organisations.data ? (
        <form className="sp-form" onSubmit={submit} noValidate>
          {hasFieldErrors ? <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert> : null}
          {create.error && !isApiError(create.error, 'VALIDATION_FAILED', 'EMAIL_TAKEN') ? (
            <ErrorAlert error={create.error} />
          ) : null}
          <TextField
            id="displayName"
            label={t('users.field.displayName')}
            autoComplete="off"
            value={values.displayName}
            error={errors['displayName']}
            onChange={(event) => setValues({ ...values, displayName: event.target.value })}
          />
          <TextField
            id="email"
            type="email"
            label={t('users.field.email')}
            autoComplete="off"
            spellCheck={false}
            value={values.email}
            error={errors['email']}
            onChange={(event) => setValues({ ...values, email: event.target.value })}
          />
          <SelectField
            id="organisationId"
            label={t('users.field.organisation')}
            emptyOption={t('common.chooseOption')}
            options={organisationOptions(organisations.data.items, t)}
            value={values.organisationId}
            error={errors['organisationId']}
            onChange={(event) => {
              const next = organisations.data.items.find((o) => o.id === event.target.value);
              setValues({ ...values, organisationId: event.target.value, roles: allowedRoles(next, values.roles) });
            }}
          />
          {organisation ? (
            <CheckboxGroup
              id="roles"
              legend={t('users.field.roles')}
              description={t('users.field.rolesDescription')}
              options={roleOptions(organisation, values.roles, t)}
              value={values.roles}
              error={errors['roles']}
              onChange={(roles) => setValues({ ...values, roles: roles as Role[] })}
            />
          ) : (
            <p className="utrecht-paragraph" id="roles-hint" data-testid="roles-choose-organisation">
              {t('users.field.rolesChooseOrg')}
            </p>
          )}
          <SelectField
            id="locale"
            label={t('users.field.locale')}
            options={[
              { value: 'nl', label: t('locale.nl') },
              { value: 'en', label: t('locale.en') },
            ]}
            value={values.locale}
            onChange={(event) => setValues({ ...values, locale: event.target.value as Locale })}
          />
          <TextField
            id="password"
            type="password"
            label={t('users.field.password')}
            optional
            description={t('users.field.passwordDescription')}
            autoComplete="new-password"
            value={values.password}
            error={errors['password']}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
              {t('users.create.submit')}
            </Button>
            <RouterLink to="/beheer/gebruikers">{t('common.cancel')}</RouterLink>
          </div>
        </form>
      ) : null}
    </>
  );
}
