import type { MonitorDashboard } from '@springplank/contract';
import {
  Button,
  Document,
  Heading1,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useMonitorDashboard } from './api';
import { MoYearsTable, MunicipalityComparison, YoungAdultsTable } from './ComparisonTables';
import { monitorQueryFrom, monitorSearch } from './filters';
import { cellOf, FigureValue, formatValue } from './format';
import { useMoment } from './HeadlineCards';
import { ShownFor } from './MonitorPage';
import { TrendCharts } from './TrendCharts';
import './monitor.css';

/**
 * Width of the report's charts in pixels: fixed, so the SVG has its size before anything is
 * measured (print has no layout to measure) and fits an A4 page in portrait (about 180 mm).
 */
const REPORT_CHART_WIDTH = 640;

/**
 * The printable report: the same figures as the dashboard, every one as a table next to its
 * chart (SVG), without the site navigation (this page has its own shell), ready for the
 * browser's print dialog.
 */
export function ReportPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('monitor.report.title'));
  const [params] = useSearchParams();
  const query = monitorQueryFrom(params);
  const dashboard = useMonitorDashboard(query);

  return (
    <Document className="utrecht-document--surface sp-document sp-monitor-report">
      <main id="main" tabIndex={-1} className="sp-main">
        <div className="sp-actions sp-monitor-report__tools">
          <RouterLink to={`/monitor?${monitorSearch(query)}`}>{t('monitor.report.back')}</RouterLink>
          <Button appearance="primary-action-button" onClick={() => window.print()}>
            {t('monitor.report.print')}
          </Button>
        </div>
        <Heading1>{t('monitor.report.title')}</Heading1>
        {dashboard.isPending ? <Loading>{t('monitor.loading')}</Loading> : null}
        {dashboard.isError ? <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : null}
        {dashboard.data ? (
          <div data-testid="monitor-report">
            <ShownFor dashboard={dashboard.data} />
            <Paragraph>
              {t('monitor.report.generated', { time: formatDateTime(dashboard.data.generatedAt, locale) })}
            </Paragraph>
            <HeadlineTable dashboard={dashboard.data} />
            <TrendCharts dashboard={dashboard.data} chartWidth={REPORT_CHART_WIDTH} />
            <MoYearsTable dashboard={dashboard.data} />
            <MunicipalityComparison
              dashboard={{ ...dashboard.data, drillDown: false }}
              query={query}
              chartWidth={REPORT_CHART_WIDTH}
            />
            <YoungAdultsTable dashboard={{ ...dashboard.data, drillDown: false }} query={query} />
          </div>
        ) : null}
      </main>
    </Document>
  );
}

/** The headlines as one table: value, baseline, target and status in words. */
function HeadlineTable({ dashboard }: { dashboard: MonitorDashboard }) {
  const { t, locale } = useI18n();
  const moment = useMoment();
  return (
    <section className="sp-section" aria-labelledby="report-headlines-title">
      <Heading2 id="report-headlines-title">{t('monitor.headlines.title')}</Heading2>
      <Paragraph>{t('monitor.status.explain')}</Paragraph>
      <DataTable
        caption={t('monitor.headlines.title')}
        testId="report-headlines-table"
        columns={[
          { label: t('monitor.col.headline') },
          { label: t('monitor.card.now'), numeric: true },
          { label: t('monitor.col.baseline'), numeric: true },
          { label: t('monitor.col.target'), numeric: true },
          { label: t('monitor.col.status') },
        ]}
      >
        {dashboard.headlines.map((h) => (
          <TableRow key={h.id}>
            <TableHeaderCell scope="row">{t.enum('monitorHeadline', h.id)}</TableHeaderCell>
            <TableCell numericColumn>
              <FigureValue cell={cellOf(h.current.value, h.current.suppressed)} unit={h.unit} />
            </TableCell>
            <TableCell numericColumn>
              <FigureValue cell={cellOf(h.baseline.value, h.baseline.suppressed)} unit={h.unit} /> ({moment(h.baseline)}
              )
            </TableCell>
            <TableCell numericColumn>
              {h.target.value !== null ? (
                formatValue(h.target.value, h.unit, locale, t)
              ) : (
                <FigureValue cell={cellOf(null, h.target.suppressed)} unit={h.unit} />
              )}{' '}
              ({moment(h.target)})
            </TableCell>
            <TableCell>{t.enum('monitorStatus', h.status)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}
