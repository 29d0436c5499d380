import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';

/** The 404 page for paths the app does not know. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <div data-testid="not-found">
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('notFound.home')}</RouterLink>
      </Paragraph>
    </div>
  );
}
