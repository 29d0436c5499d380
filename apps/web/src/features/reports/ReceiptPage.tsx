import { Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, Strong } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useSession } from '../../shared/api/session';
import { AcuteAdvice } from './AcuteAdvice';
import { isReceipt, readStoredReceipt, statusLinkFor } from './labels';
import { StatusLinkBox } from './StatusLinkBox';

/** /melden/ontvangen: "Uw melding is ontvangen", the reference and the private status link. */
export function ReceiptPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('receipt.pageTitle'));
  const location = useLocation();
  const { user } = useSession();
  const fromState: unknown = (location.state as { receipt?: unknown } | null)?.receipt;
  const receipt = isReceipt(fromState) ? fromState : readStoredReceipt();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Start screen readers at the confirmation, also after a refresh (no navigation then).
  useEffect(() => {
    const heading = headingRef.current;
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, []);

  if (!receipt) {
    return (
      <div className="sp-narrow">
        <Heading1 ref={headingRef}>{t('receipt.missing.title')}</Heading1>
        <Paragraph>{t('receipt.missing.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/melden">{t('receipt.another')}</RouterLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="sp-report" data-testid="report-receipt">
      {/* The page shows the private link: never send it along as a referrer. */}
      <meta name="referrer" content="no-referrer" />
      <Heading1 ref={headingRef}>{t('receipt.title')}</Heading1>
      {receipt.acute ? <AcuteAdvice /> : null}
      <Paragraph>{t('receipt.thanks')}</Paragraph>
      <Paragraph className="sp-reference-box">
        {t('receipt.reference')}{' '}
        <Strong className="sp-reference" data-testid="report-reference">
          {receipt.reference}
        </Strong>
      </Paragraph>
      <Paragraph>{t('receipt.receivedAt', { date: formatDate(receipt.receivedAt, locale) })}</Paragraph>

      <StatusLinkBox link={statusLinkFor(receipt.statusToken)} />

      <section className="sp-section" aria-labelledby="receipt-next">
        <Heading2 id="receipt-next">{t('receipt.next.title')}</Heading2>
        <OrderedList>
          <OrderedListItem>{t('receipt.next.read')}</OrderedListItem>
          <OrderedListItem>{t('receipt.next.look')}</OrderedListItem>
          <OrderedListItem>{t('receipt.next.contact')}</OrderedListItem>
        </OrderedList>
      </section>

      <div className="sp-actions">
        <RouterLink to="/melden">{t('receipt.another')}</RouterLink>
        {user?.roles.includes('professional_reporter') ? (
          <RouterLink to="/meldingen">{t('receipt.ownReports')}</RouterLink>
        ) : null}
      </div>
    </div>
  );
}
