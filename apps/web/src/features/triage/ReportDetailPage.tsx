import type { ReportDetail } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Facts } from '../../shared/ui/Facts';
import { personName } from '../../shared/labels/casework';
import { Notice, useNotice } from '../../shared/ui/Notice';
import { DeadlineLabel, UrgencyLabel } from '../../shared/ui/status';
import { useReportDetail } from './api';
import { CloseReportForm } from './CloseReportForm';
import { DuplicatesPanel } from './DuplicatesPanel';
import { PersonLinkPanel } from './PersonLinkPanel';
import { ReportFacts } from './ReportFacts';
import { ReportHistory } from './ReportHistory';
import { RoutePanel } from './RoutePanel';
import { TriageEditForm } from './TriageEditForm';

/** /meldpunt/:id: one report with its content, history and (while new) the triage actions. */
export function ReportDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const report = useReportDetail(id);
  const { notice, show } = useNotice();
  usePageTitle(report.data ? t('triage.detail.title', { reference: report.data.reference }) : t('triage.title'));

  const back = (
    <Paragraph>
      <RouterLink to="/meldpunt">{t('triage.detail.back')}</RouterLink>
    </Paragraph>
  );
  if (report.isPending) {
    return (
      <>
        <Heading1>{t('triage.title')}</Heading1>
        <Loading />
      </>
    );
  }
  if (report.isError) {
    const notFound = isApiError(report.error, 'NOT_FOUND');
    return (
      <>
        <Heading1>{notFound ? t('triage.detail.notFound') : t('common.errorTitle')}</Heading1>
        <ErrorAlert error={report.error} onRetry={notFound ? undefined : () => void report.refetch()} />
        {back}
      </>
    );
  }

  const data = report.data;
  const isNew = data.status === 'new';
  return (
    <>
      <Heading1>{t('triage.detail.title', { reference: data.reference })}</Heading1>
      {back}
      <Notice notice={notice} testId="triage-notice" />
      <ReportSummary report={data} />
      <ReportFacts report={data} />
      {isNew ? (
        <>
          <TriageEditForm key={`${data.urgency}|${data.categories.join()}`} report={data} onDone={show} />
          <DuplicatesPanel report={data} onDone={show} />
          <PersonLinkPanel key={data.person?.id ?? 'none'} report={data} onDone={show} />
          <RoutePanel report={data} onDone={show} />
          <CloseReportForm reportId={data.id} onDone={show} />
        </>
      ) : (
        <Paragraph>{t('triage.readOnly')}</Paragraph>
      )}
      <ReportHistory report={data} />
    </>
  );
}

function ReportSummary({ report }: { report: ReportDetail }) {
  const { t, locale } = useI18n();
  const person = report.person ? (personName(report.person) ?? report.person.bsn ?? report.person.address) : null;
  return (
    <section className="sp-section" aria-labelledby="report-summary">
      <Heading2 id="report-summary" className="sp-visually-hidden">
        {t('triage.detail.status')}
      </Heading2>
      <Facts
        testId="report-summary"
        items={[
          { label: t('triage.detail.status'), value: t.enum('reportStatus', report.status) },
          { label: t('triage.col.receivedAt'), value: formatDateTime(report.receivedAt, locale) },
          { label: t('triage.col.urgency'), value: <UrgencyLabel urgency={report.urgency} acute={report.acute} /> },
          {
            label: t('triage.detail.deadline'),
            value: <DeadlineLabel dueOn={report.triageDueOn} state={report.deadlineState} dateStyle="long" />,
          },
          { label: t('triage.detail.person'), value: person ?? t('triage.detail.noPerson') },
          {
            label: t('triage.detail.case'),
            value: report.case ? (
              <RouterLink to={`/casussen/${report.case.id}`}>
                {t('triage.detail.caseValue', { reference: report.case.reference, team: report.case.teamName })}
              </RouterLink>
            ) : null,
          },
        ]}
      />
    </section>
  );
}
