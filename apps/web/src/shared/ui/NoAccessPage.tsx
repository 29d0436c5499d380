import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/useT';
import { RouterLink } from './RouterLink';
import { usePageTitle } from './usePageTitle';

/** Shown when the signed-in user's roles do not include the page's area. */
export function NoAccessPage() {
  const t = useT();
  usePageTitle(t('noAccess.title'));
  return (
    <div data-testid="no-access">
      <Heading1>{t('noAccess.title')}</Heading1>
      <Paragraph>{t('noAccess.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('noAccess.home')}</RouterLink>
      </Paragraph>
    </div>
  );
}
