import type { OwnReportSummary } from '@springplank/contract';
import { Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDate } from '../../shared/format/dates';
import { Pagination } from '../../shared/ui/Pagination';
import { RouterButtonLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { useOwnReports } from './api';

const PAGE_SIZE = 25;

/** /meldingen: the reports of the professional's organisation, with phase and dates only. */
export function OwnReportsPage() {
  const { t } = useI18n();
  usePageTitle(t('ownReports.title'));
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const reports = useOwnReports(page, PAGE_SIZE);

  const goTo = (next: number) => setParams(next > 1 ? { page: String(next) } : {});

  return (
    <>
      <Heading1>{t('ownReports.title')}</Heading1>
      <Paragraph>{t('ownReports.intro', { organisation: user.organisation.name })}</Paragraph>
      <div className="sp-actions">
        <RouterButtonLink to="/melden">{t('ownReports.new')}</RouterButtonLink>
      </div>
      <section className="sp-section">
        {reports.isPending ? <Loading /> : null}
        {reports.isError ? <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} /> : null}
        {reports.data ? (
          reports.data.items.length === 0 && page === 1 ? (
            <Paragraph role="status">{t('ownReports.empty')}</Paragraph>
          ) : (
            <>
              <OwnReportTable
                items={reports.data.items}
                caption={t('ownReports.caption', { total: reports.data.total })}
              />
              <Pagination page={page} pageSize={PAGE_SIZE} total={reports.data.total} onPageChange={goTo} />
            </>
          )
        ) : null}
      </section>
    </>
  );
}

function OwnReportTable({ items, caption }: { items: OwnReportSummary[]; caption: string }) {
  const { t, locale } = useI18n();
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, 'short') : t('common.none'));
  return (
    <DataTable
      caption={caption}
      testId="own-reports-table"
      columns={[
        { label: t('ownReports.col.reference') },
        { label: t('ownReports.col.phase') },
        { label: t('ownReports.col.receivedAt') },
        { label: t('ownReports.col.followUpStartedAt') },
        { label: t('ownReports.col.closedAt') },
      ]}
    >
      {items.map((report) => (
        <TableRow key={report.id} data-testid={`own-report-${report.reference}`}>
          <TableHeaderCell scope="row">
            <span className="sp-reference">{report.reference}</span>
          </TableHeaderCell>
          <TableCell>{t.enum('reportPhase', report.phase)}</TableCell>
          <TableCell>{date(report.receivedAt)}</TableCell>
          <TableCell>{date(report.followUpStartedAt)}</TableCell>
          <TableCell>{date(report.closedAt)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
