import { Heading1, Paragraph, Strong } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useReportStatus } from './api';
import { PhaseSteps } from './PhaseSteps';

/** /status/:token: the phase of a report for whoever holds the private link; nothing about the person. */
export function StatusPage() {
  const t = useT();
  usePageTitle(t('status.title'));
  const { token = '' } = useParams();
  const status = useReportStatus(token);
  // A mistyped or cut-off link is an unknown link to the reader, whatever the server calls it.
  const notFound = !token || isApiError(status.error, 'NOT_FOUND', 'VALIDATION_FAILED', 'URI_TOO_LONG', 'INVALID_URL');

  return (
    <div className="sp-report" data-testid="report-status">
      {/* The address holds the private token: never send it along as a referrer. */}
      <meta name="referrer" content="no-referrer" />
      {notFound ? (
        <>
          <Heading1>{t('status.notFound.title')}</Heading1>
          <Paragraph data-testid="report-status-not-found">{t('status.notFound.text')}</Paragraph>
          <Paragraph>{t('status.notFound.hint')}</Paragraph>
        </>
      ) : (
        <>
          <Heading1>{t('status.title')}</Heading1>
          {status.isPending ? <Loading /> : null}
          {status.isError ? <ErrorAlert error={status.error} onRetry={() => void status.refetch()} /> : null}
          {status.data ? (
            <>
              <Paragraph>{t('status.reference', { reference: status.data.reference })}</Paragraph>
              <Paragraph>
                {t('status.current')}{' '}
                <Strong data-testid="report-phase">{t.enum('reportPhase', status.data.phase)}</Strong>
              </Paragraph>
              <Paragraph>{t(`status.explain.${status.data.phase}`)}</Paragraph>
              <PhaseSteps status={status.data} />
              <Paragraph>{t('status.privacy')}</Paragraph>
            </>
          ) : null}
        </>
      )}
      <Paragraph>
        <RouterLink to="/melden">{t('status.newReport')}</RouterLink>
      </Paragraph>
    </div>
  );
}
