import { Button, ButtonGroup, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { AccessLogTable } from './AccessLogTable';
import { personLogCsvHref, useAccessLogPersonReport } from './api';
import './access-log.css';

/**
 * One person's whole access log for an inzageverzoek: readable actions, oldest first, a CSV
 * download and a printable page (the browser's print; navigation is hidden in print).
 */
export function PersonLogPage() {
  const { t, locale } = useI18n();
  const { personId = '' } = useParams();
  const report = useAccessLogPersonReport(personId);
  const name = report.data?.person.name ?? t('log.person.unnamed');
  usePageTitle(t('log.person.title', { name }));

  return (
    <div className="sp-person-log">
      <Paragraph className="sp-no-print">
        <RouterLink to="/toegangslog">{t('log.person.back')}</RouterLink>
      </Paragraph>
      <Heading1>{t('log.person.title', { name })}</Heading1>
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? (
        <>
          <Paragraph data-testid="person-log-summary">
            {[
              report.data.person.birthDate
                ? t('log.person.born', { date: formatDate(report.data.person.birthDate, locale) })
                : null,
              report.data.person.reference
                ? t('log.person.reference', { reference: report.data.person.reference })
                : null,
              t('log.person.generated', { time: formatDateTime(report.data.generatedAt, locale) }),
            ]
              .filter(Boolean)
              .join(' — ')}
          </Paragraph>
          <ButtonGroup className="sp-no-print">
            <Link href={personLogCsvHref(personId)} download data-testid="person-log-csv">
              {t('log.person.csv')}
            </Link>
            <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
              {t('log.person.print')}
            </Button>
          </ButtonGroup>
          {report.data.truncated ? <Paragraph>{t('log.person.truncated')}</Paragraph> : null}
          {report.data.items.length === 0 ? (
            <Paragraph role="status">{t('log.results.empty')}</Paragraph>
          ) : (
            <AccessLogTable
              items={report.data.items}
              caption={t.plural('log.person.caption', report.data.items.length)}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
