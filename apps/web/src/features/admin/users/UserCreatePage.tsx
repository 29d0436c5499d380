import { Heading1 } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { ApiForm, FormSelect, FormText, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { RouterLink } from '../../../shared/ui/RouterLink';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useOrganisations } from '../organisations/api';
import { useCreateUser } from './api';
import { UserAccessFields } from './UserAccessFields';
import { CreateUserForm } from './userSchemas';

/** Page to add a user: name, e-mail, organisation, roles that fit it, language and an optional password. */
export function UserCreatePage() {
  const t = useT();
  usePageTitle(t('users.create.title'));
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const create = useCreateUser();
  const form = useApiForm({
    id: 'user',
    schema: CreateUserForm,
    defaultValues: { displayName: '', email: '', roles: [], locale: 'nl', password: '' },
    submit: async (values) => {
      try {
        return await create.mutateAsync(values);
      } catch (error) {
        // A taken address is about the e-mail field: mark it there too, next to the notice.
        if (isApiError(error, 'EMAIL_TAKEN')) {
          form.methods.setError('email', { type: 'server', message: t('error.EMAIL_TAKEN') });
        }
        throw error;
      }
    },
    onSuccess: (user) =>
      void navigate(`/beheer/gebruikers/${user.id}`, {
        state: { notice: t('users.create.done', { name: user.displayName }) },
      }),
  });

  return (
    <>
      <Heading1>{t('users.create.title')}</Heading1>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : null}
      {organisations.data ? (
        <ApiForm form={form}>
          <FormText name="displayName" label={t('users.field.displayName')} autoComplete="off" />
          <FormText name="email" type="email" label={t('users.field.email')} autoComplete="off" spellCheck={false} />
          <UserAccessFields organisations={organisations.data.items} emptyHint={t('users.field.rolesChooseOrg')} />
          <FormSelect
            name="locale"
            label={t('users.field.locale')}
            options={[
              { value: 'nl', label: t('locale.nl') },
              { value: 'en', label: t('locale.en') },
            ]}
          />
          <FormText
            name="password"
            type="password"
            label={t('users.field.password')}
            optional
            description={t('users.field.passwordDescription')}
            autoComplete="new-password"
          />
          <div className="sp-actions">
            <SubmitButton>{t('users.create.submit')}</SubmitButton>
            <RouterLink to="/beheer/gebruikers">{t('common.cancel')}</RouterLink>
          </div>
        </ApiForm>
      ) : null}
    </>
  );
}
