import type { MonitorQuery } from '@springplank/contract';
import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { RouterLink } from '../../shared/ui/RouterLink';
import { exportUrl } from './api';
import { monitorSearch } from './filters';

/**
 * Downloads (CSV for Dutch Excel, CSV for software, XLSX) and the printable report, all with
 * the dashboard's filters.
 */
export function ExportLinks({ query }: { query: MonitorQuery }) {
  const t = useT();
  return (
    <section className="sp-section" aria-labelledby="monitor-export-title">
      <Heading2 id="monitor-export-title">{t('monitor.export.title')}</Heading2>
      <Paragraph>{t('monitor.export.note')}</Paragraph>
      <ul className="sp-monitor-exports">
        <li>
          <Link href={exportUrl('xlsx', query)} download data-testid="monitor-export-xlsx">
            {t('monitor.export.xlsx')}
          </Link>
        </li>
        <li>
          <Link href={exportUrl('csv', query, 'excel')} download data-testid="monitor-export-csv">
            {t('monitor.export.csv')}
          </Link>
        </li>
        <li>
          <Link href={exportUrl('csv', query, 'rfc4180')} download data-testid="monitor-export-csv-rfc4180">
            {t('monitor.export.csvMachine')}
          </Link>
        </li>
        <li>
          <RouterLink to={`/monitor/rapport?${monitorSearch(query)}`} data-testid="monitor-report-link">
            {t('monitor.export.report')}
          </RouterLink>
        </li>
      </ul>
      <Paragraph>{t('monitor.export.variants')}</Paragraph>
    </section>
  );
}
