import type { Area } from '@springplank/domain';
import { areasForRoles } from '@springplank/domain';
import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../shared/api/session';
import type { SignInLocationState } from '../features/auth/SignInPage';
import { NoAccessPage } from '../shared/ui/NoAccessPage';
import { wasSessionExpired } from '../shared/api/sessionExpiry';
import { useT } from '../shared/i18n/useT';
import { ErrorAlert, Loading } from '../shared/ui/feedback';

/** Layout route that shows its children only when signed in, and sends others to /inloggen. */
export function RequireAuth() {
  const t = useT();
  const location = useLocation();
  const { user, isError, error, refetch } = useSession();

  if (user) return <Outlet />;
  if (user === undefined && isError) {
    return (
      <>
        <Heading1>{t('common.errorTitle')}</Heading1>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (user === undefined) return <Loading>{t('auth.checking')}</Loading>;

  const returnTo = `${location.pathname}${location.search}`;
  const search = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const state: SignInLocationState = { expired: wasSessionExpired() };
  return <Navigate to={`/inloggen${search}`} replace state={state} />;
}

/** Shows the page only to roles that may use the area; others get a polite "Geen toegang". */
export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !areasForRoles(user.roles, user.organisation.kind).includes(area)) return <NoAccessPage />;
  return <>{children}</>;
}
