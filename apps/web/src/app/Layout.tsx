import { Button, Document, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useSession, useSignOut } from '../shared/api/session';
import { useT } from '../shared/i18n/useT';
import { RouterLink } from '../shared/ui/RouterLink';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation } from './Navigation';

/** After navigating to another page, move focus to its h1 so screen readers start there. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const last = useRef(pathname);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

/** The page shell: skip link, header with app and region name, menu, main content and footer. */
export function Layout() {
  const t = useT();
  const { user } = useSession();
  const { signOut, isPending } = useSignOut();
  useFocusOnNavigation();

  return (
    <Document className="utrecht-document--surface sp-document">
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="sp-header">
        <div className="utrecht-page-header__content sp-header__content">
          <div className="sp-brand">
            <RouterLink to="/" className="sp-brand__name">
              {t('app.name')}
            </RouterLink>
            {user ? (
              <span className="sp-brand__region" data-testid="region-name">
                {user.region.name}
              </span>
            ) : (
              <span className="sp-brand__region">{t('app.tagline')}</span>
            )}
          </div>
          <div className="sp-header__tools">
            {user ? (
              <span className="sp-header__user" data-testid="signed-in-user">
                {t('layout.signedInAs', { name: user.displayName })}
              </span>
            ) : null}
            {user ? (
              <RouterLink to="/mijn-sessies" className="sp-header__sessions" data-testid="own-sessions-link">
                {t('sessions.link')}
              </RouterLink>
            ) : null}
            {user === null ? (
              <RouterLink to="/melden" className="sp-header__report" data-testid="header-report-link">
                {t('report.headerLink')}
              </RouterLink>
            ) : null}
            <LanguageSwitch />
            {user ? (
              <Button appearance="secondary-action-button" onClick={signOut} busy={isPending}>
                {t('layout.signOut')}
              </Button>
            ) : null}
          </div>
        </div>
        {user ? <Navigation roles={user.roles} organisationKind={user.organisation.kind} /> : null}
      </PageHeader>
      <main id="main" tabIndex={-1} className="sp-main">
        <Outlet />
      </main>
      <PageFooter className="sp-footer">
        <div className="utrecht-page-footer__content sp-footer__content">
          <Paragraph>{t('layout.footer')}</Paragraph>
          <Paragraph>{t('layout.footerLicence')}</Paragraph>
        </div>
      </PageFooter>
    </Document>
  );
}
