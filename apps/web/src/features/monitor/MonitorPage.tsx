import type { MonitorDashboard } from '@springplank/contract';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { formatDate } from '../../shared/format/dates';
import { useMonitorDashboard } from './api';
import { MoYearsTable, MunicipalityComparison, YoungAdultsTable } from './ComparisonTables';
import { ExportLinks } from './ExportLinks';
import { monitorQueryFrom, monitorSearch } from './filters';
import { HeadlineCards } from './HeadlineCards';
import { MonitorFilters } from './MonitorFilters';
import { TrendCharts } from './TrendCharts';
import './monitor.css';

/** The regional monitor for policy analysts (suppressed) and access officers (exact, with drill-down). */
export function MonitorPage() {
  const { t } = useI18n();
  usePageTitle(t('monitor.title'));
  const [params, setParams] = useSearchParams();
  const query = monitorQueryFrom(params);
  const dashboard = useMonitorDashboard(query);

  return (
    <>
      <Heading1>{t('monitor.title')}</Heading1>
      <Paragraph>{t('monitor.intro')}</Paragraph>
      <MonitorFilters
        key={monitorSearch(query)}
        query={query}
        onApply={(next) => setParams(new URLSearchParams(monitorSearch(next)))}
      />
      {dashboard.isPending ? <Loading>{t('monitor.loading')}</Loading> : null}
      {dashboard.isError ? <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : null}
      {dashboard.data ? (
        <div aria-busy={dashboard.isFetching} data-testid="monitor-dashboard">
          <ShownFor dashboard={dashboard.data} />
          <HeadlineCards dashboard={dashboard.data} query={query} />
          <TrendCharts dashboard={dashboard.data} />
          <MoYearsTable dashboard={dashboard.data} />
          <MunicipalityComparison dashboard={dashboard.data} query={query} />
          <YoungAdultsTable dashboard={dashboard.data} query={query} />
          <ExportLinks query={query} />
        </div>
      ) : null}
    </>
  );
}

/** Which figures these are, and how small numbers are treated for this viewer. */
export function ShownFor({ dashboard }: { dashboard: MonitorDashboard }) {
  const { t, locale } = useI18n();
  const municipality = dashboard.municipalities.find((m) => m.code === dashboard.municipality);
  return (
    <div className="sp-monitor-shown-for" data-testid="monitor-shown-for">
      <Paragraph>
        {t('monitor.shownFor', {
          region: dashboard.region.name,
          date: formatDate(dashboard.date, locale),
          year: dashboard.year,
          municipality: municipality?.name ?? t('monitor.filters.allMunicipalities'),
          ageGroup: dashboard.ageGroup ? t('monitor.filters.youngAdults') : t('monitor.filters.allAges'),
        })}
      </Paragraph>
      <Paragraph>{dashboard.suppressed ? t('monitor.suppressedNote') : t('monitor.exactNote')}</Paragraph>
    </div>
  );
}
