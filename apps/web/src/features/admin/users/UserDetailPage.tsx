import type { User } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { useI18n } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../../shared/ui/feedback';
import { formatDateTime } from '../../../shared/format/dates';
import { RouterLink } from '../../../shared/ui/RouterLink';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useOrganisations } from '../organisations/api';
import { useUser } from './api';
import { UserEditForm } from './UserEditForm';
import { UserPasswordForm } from './UserPasswordForm';

/** A user's page: change details and roles, see the account state, set a password. */
export function UserDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const user = useUser(id);
  const organisations = useOrganisations();
  usePageTitle(user.data ? user.data.displayName : t('users.title'));

  if (user.isPending) {
    return (
      <>
        <Heading1>{t('users.title')}</Heading1>
        <Loading />
      </>
    );
  }
  if (user.isError) {
    const notFound = isApiError(user.error, 'NOT_FOUND');
    return (
      <>
        <Heading1>{notFound ? t('users.notFound') : t('common.errorTitle')}</Heading1>
        {notFound ? null : <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />}
        <Paragraph>
          <RouterLink to="/beheer/gebruikers">{t('users.backToList')}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const data = user.data;
  return (
    <>
      <Heading1>{data.displayName}</Heading1>
      <Paragraph appearance="lead">{data.email}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer/gebruikers">{t('users.backToList')}</RouterLink>
      </Paragraph>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}

      <section className="sp-section">
        <Heading2 id="user-details">{t('users.detail.details')}</Heading2>
        {organisations.isPending ? <Loading /> : null}
        {organisations.isError ? (
          <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : null}
        {organisations.data ? (
          <UserEditForm key={data.id} user={data} organisations={organisations.data.items} />
        ) : null}
      </section>

      <section className="sp-section">
        <Heading2 id="user-account">{t('users.detail.status')}</Heading2>
        <AccountStatus user={data} />
      </section>

      <section className="sp-section">
        <Heading2 id="user-password">{t('users.detail.passwordTitle')}</Heading2>
        <UserPasswordForm userId={data.id} />
      </section>
    </>
  );
}

function AccountStatus({ user }: { user: User }) {
  const { t, locale } = useI18n();
  const signIn = [
    user.hasPassword ? t('users.detail.hasPassword') : null,
    user.oidcLinked ? t('users.detail.oidcLinked') : null,
  ].filter(Boolean);

  return (
    <>
      <dl className="sp-definitions" data-testid="user-account">
        <dt>{t('users.col.status')}</dt>
        <dd>{user.active ? t('users.status.active') : t('users.status.inactive')}</dd>
        <dt>{t('users.detail.signIn')}</dt>
        <dd>{signIn.length ? signIn.join(', ') : t('users.detail.noSignIn')}</dd>
        <dt>{t('users.detail.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.never')}</dd>
        <dt>{t('users.detail.createdAt')}</dt>
        <dd>{formatDateTime(user.createdAt, locale)}</dd>
      </dl>
    </>
  );
}
