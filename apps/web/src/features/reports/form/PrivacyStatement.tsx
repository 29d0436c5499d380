import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';

/** "Wat doen we met uw gegevens?": what is stored, who sees it and how long it is kept. */
export function PrivacyStatement() {
  const t = useT();
  return (
    <section className="sp-privacy" aria-labelledby="privacy-title" data-testid="report-privacy">
      <Heading2 id="privacy-title">{t('report.privacy.title')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{t('report.privacy.stored')}</UnorderedListItem>
        <UnorderedListItem>{t('report.privacy.contact')}</UnorderedListItem>
        <UnorderedListItem>{t('report.privacy.anonymous')}</UnorderedListItem>
        <UnorderedListItem>{t('report.privacy.removeContact')}</UnorderedListItem>
        <UnorderedListItem>{t('report.privacy.retention')}</UnorderedListItem>
      </UnorderedList>
    </section>
  );
}
