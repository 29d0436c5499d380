import {
  figureCell,
  MONITOR_FIGURES,
  monitorFigure,
  type MonitorDashboard,
  type MonitorFigure,
  type MonitorQuery,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { RouterLink } from '../../shared/ui/RouterLink';
import { populationPath } from './filters';
import { FigureValue } from './format';
import { ChartFrame, SERIES_STYLES, type ChartWidth } from './TrendCharts';

/** The figures compared between municipalities. */
const COMPARED = [
  'bw_clients_total',
  'mo_clients_total',
  'bw_wait_beschermd_wonen_realized',
  'bw_wait_beschut_wonen_realized',
  'mo_long_stay_all',
  'housing_within_3_months',
].map(monitorFigure);

/** A figure cell, a link to the persons behind it for the access officer. */
function Cell({
  figure,
  result,
  link,
}: {
  figure: MonitorFigure;
  result: PublishedIndicatorResult;
  link: string | null;
}) {
  const { t } = useI18n();
  const cell = figureCell(figure, result);
  if (!link || cell.kind === 'empty') return <FigureValue cell={cell} unit={figure.unit} />;
  return (
    <RouterLink to={link}>
      <FigureValue cell={cell} unit={figure.unit} />
      <span className="sp-visually-hidden"> – {t('monitor.card.people')}</span>
    </RouterLink>
  );
}

/** The five municipalities side by side: a bar chart of BW clients and a table of the main figures. */
export function MunicipalityComparison({
  dashboard,
  query,
  chartWidth,
}: {
  dashboard: MonitorDashboard;
  query: MonitorQuery;
  /** A fixed chart width in pixels (print report); the screen's chart fills its container. */
  chartWidth?: ChartWidth;
}) {
  const { t } = useI18n();
  const bw = monitorFigure('bw_clients_total');
  const data = dashboard.municipalities.map((m) => ({ name: m.name, value: bw.value(m.result) }));
  return (
    <section className="sp-section" aria-labelledby="monitor-municipalities-title">
      <Heading2 id="monitor-municipalities-title">{t('monitor.municipalities.title')}</Heading2>
      <Paragraph>{t('monitor.municipalities.intro')}</Paragraph>
      <div className="sp-monitor-chart" aria-hidden="true" data-testid="monitor-municipalities-chart">
        <ChartFrame width={chartWidth} height={240}>
          <BarChart
            {...(chartWidth !== undefined ? { width: chartWidth, height: 240 } : {})}
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
            <XAxis dataKey="name" stroke="#1a1a1a" />
            <YAxis stroke="#1a1a1a" allowDecimals={false} />
            <Bar
              dataKey="value"
              name={t('monitor.municipalities.chart')}
              fill={SERIES_STYLES[0].stroke}
              isAnimationActive={false}
            />
          </BarChart>
        </ChartFrame>
      </div>
      <DataTable
        caption={t('monitor.municipalities.caption')}
        testId="monitor-municipalities-table"
        layout="scroll"
        columns={[
          { label: t('monitor.col.municipality') },
          ...COMPARED.map((f) => ({ label: t.enum('monitorFigure', f.id), numeric: true })),
        ]}
      >
        {dashboard.municipalities.map((m) => (
          <TableRow key={m.code}>
            <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
            {COMPARED.map((figure) => (
              <TableCell key={figure.id} numericColumn>
                <Cell
                  figure={figure}
                  result={m.result}
                  link={
                    dashboard.drillDown ? populationPath(figure.population, { ...query, municipality: m.code }) : null
                  }
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}

/** Every figure for all ages and for young adults (18–27), side by side. */
export function YoungAdultsTable({ dashboard, query }: { dashboard: MonitorDashboard; query: MonitorQuery }) {
  const { t } = useI18n();
  const link = (figure: MonitorFigure, young: boolean) =>
    dashboard.drillDown ? populationPath(figure.population, young ? { ...query, ageGroup: '18-27' } : query) : null;
  return (
    <section className="sp-section" aria-labelledby="monitor-young-title">
      <Heading2 id="monitor-young-title">{t('monitor.young.title')}</Heading2>
      <Paragraph>{t('monitor.young.intro')}</Paragraph>
      <DataTable
        caption={t('monitor.young.caption')}
        testId="monitor-figures-table"
        columns={[
          { label: t('monitor.col.figure') },
          { label: t('monitor.col.all'), numeric: true },
          { label: t('monitor.col.young'), numeric: true },
        ]}
      >
        {MONITOR_FIGURES.map((figure) => (
          <TableRow key={figure.id} data-testid={`figure-${figure.id}`}>
            <TableHeaderCell scope="row">{t.enum('monitorFigure', figure.id)}</TableHeaderCell>
            <TableCell numericColumn>
              <Cell figure={figure} result={dashboard.current} link={link(figure, false)} />
            </TableCell>
            <TableCell numericColumn>
              <Cell figure={figure} result={dashboard.youngAdults} link={link(figure, true)} />
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}

/** Shelter clients per calendar year, the year indicator's own trend. */
export function MoYearsTable({ dashboard }: { dashboard: MonitorDashboard }) {
  const { t } = useI18n();
  return (
    <section className="sp-section" aria-labelledby="monitor-mo-years-title">
      <Heading2 id="monitor-mo-years-title">{t('monitor.moYears.title')}</Heading2>
      <DataTable
        caption={t('monitor.moYears.caption')}
        testId="monitor-mo-years-table"
        columns={[
          { label: t('monitor.col.year') },
          { label: t.enum('monitorFigure', 'mo_clients_total'), numeric: true },
        ]}
      >
        {dashboard.moYears.map((row) => (
          <TableRow key={row.year}>
            <TableHeaderCell scope="row">{row.year}</TableHeaderCell>
            <TableCell numericColumn>
              <FigureValue
                cell={row.total === null ? { kind: 'suppressed' } : { kind: 'value', value: row.total }}
                unit="count"
              />
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}
