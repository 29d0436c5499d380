import {
  figureCell,
  monitorFigure,
  type MonitorDashboard,
  type MonitorUnit,
  type PublishedIndicatorResult,
} from '@springplank/contract';
import { Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactElement } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MessageKey } from '../../shared/i18n/dictionaries';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { chartNumber, FigureValue } from './format';

/** Line styles that differ in dash pattern as well as colour (never colour alone). */
export const SERIES_STYLES = [
  { stroke: '#154273', dash: undefined },
  { stroke: '#8a3b00', dash: '6 4' },
  { stroke: '#2e6b30', dash: '2 3' },
] as const;

/** Height of a trend chart in pixels. */
const CHART_HEIGHT = 260;

interface TrendSpec {
  id: string;
  title: MessageKey;
  unit: MonitorUnit;
  figures: string[];
}

const TRENDS: readonly TrendSpec[] = [
  {
    id: 'trend-bw',
    title: 'monitor.trend.bw',
    unit: 'count',
    figures: ['bw_clients_total', 'bw_clients_in_care', 'bw_clients_waiting'],
  },
  {
    id: 'trend-wait',
    title: 'monitor.trend.wait',
    unit: 'months',
    figures: ['bw_wait_beschermd_wonen_realized', 'bw_wait_beschut_wonen_realized'],
  },
  {
    id: 'trend-shares',
    title: 'monitor.trend.shares',
    unit: 'share',
    figures: ['mo_long_stay_all', 'housing_within_3_months'],
  },
];

/**
 * A chart's size: `undefined` fills the container on screen (measured); a number is a fixed
 * width in pixels for the print report, where nothing may depend on measuring the page.
 */
export type ChartWidth = number | undefined;

/** The chart itself with a fixed size, or inside a container that measures the screen. */
export function ChartFrame({ width, height, children }: { width: ChartWidth; height: number; children: ReactElement }) {
  if (width !== undefined) return children;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/** The monthly trends: each chart followed by the same figures as a table. */
export function TrendCharts({ dashboard, chartWidth }: { dashboard: MonitorDashboard; chartWidth?: ChartWidth }) {
  const { t } = useI18n();
  return (
    <section className="sp-section" aria-labelledby="monitor-trend-title">
      <Heading2 id="monitor-trend-title">{t('monitor.trend.title')}</Heading2>
      <Paragraph>{t('monitor.trend.intro')}</Paragraph>
      {TRENDS.map((spec) => (
        <TrendBlock key={spec.id} spec={spec} points={dashboard.trend} width={chartWidth} />
      ))}
    </section>
  );
}

function TrendBlock({
  spec,
  points,
  width,
}: {
  spec: TrendSpec;
  points: PublishedIndicatorResult[];
  width: ChartWidth;
}) {
  const { t } = useI18n();
  const figures = spec.figures.map(monitorFigure);
  const data = points.map((point) => ({
    date: point.date,
    ...Object.fromEntries(figures.map((f) => [f.id, chartNumber(f.value(point), f.unit)])),
  }));
  const title = t(spec.title);
  return (
    <div className="sp-monitor-trend" data-testid={spec.id}>
      <Heading3 id={`${spec.id}-title`}>{title}</Heading3>
      {/* The chart is a picture of the table below; screen readers read the table instead. */}
      <div className="sp-monitor-chart" aria-hidden="true" data-testid={`${spec.id}-chart`}>
        <ChartFrame width={width} height={CHART_HEIGHT}>
          <LineChart
            {...(width !== undefined ? { width, height: CHART_HEIGHT } : {})}
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
            <XAxis dataKey="date" tickFormatter={(date: string) => date.slice(0, 7)} stroke="#1a1a1a" />
            <YAxis stroke="#1a1a1a" allowDecimals={spec.unit !== 'count'} />
            <Legend />
            {figures.map((figure, index) => (
              <Line
                key={figure.id}
                type="monotone"
                dataKey={figure.id}
                name={t.enum('monitorFigure', figure.id)}
                stroke={SERIES_STYLES[index]!.stroke}
                strokeDasharray={SERIES_STYLES[index]!.dash}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ChartFrame>
      </div>
      <DataTable
        caption={t('monitor.trend.tableCaption', { title })}
        testId={`${spec.id}-table`}
        layout="scroll"
        columns={[
          { label: t('monitor.col.date') },
          ...figures.map((f) => ({ label: t.enum('monitorFigure', f.id), numeric: true })),
        ]}
      >
        {points.map((point) => (
          <TableRow key={point.date}>
            <TableHeaderCell scope="row">{point.date}</TableHeaderCell>
            {figures.map((figure) => (
              <TableCell key={figure.id} numericColumn>
                <FigureValue cell={figureCell(figure, point)} unit={figure.unit} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </DataTable>
    </div>
  );
}
