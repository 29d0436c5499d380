import type { MonitorDashboard, MonitorHeadline, MonitorQuery } from '@springplank/contract';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { populationPath } from './filters';
import { cellOf, FigureValue, formatValue } from './format';

/** The moment of a baseline or target: a date ("1 januari 2024") or a year. */
export function useMoment() {
  const { locale } = useI18n();
  return (moment: { date: string | null; year: number | null }) =>
    moment.date ? formatDate(moment.date, locale) : String(moment.year ?? '');
}

/** One card per target: value now, baseline, target and the status in words. */
export function HeadlineCards({ dashboard, query }: { dashboard: MonitorDashboard; query: MonitorQuery }) {
  const { t } = useI18n();
  return (
    <section className="sp-section" aria-labelledby="monitor-headlines-title">
      <Heading2 id="monitor-headlines-title">{t('monitor.headlines.title')}</Heading2>
      <Paragraph>{t('monitor.status.explain')}</Paragraph>
      <ul className="sp-monitor-cards" data-testid="monitor-headlines">
        {dashboard.headlines.map((headline) => (
          <li key={headline.id}>
            <HeadlineCard headline={headline} drillDown={dashboard.drillDown} query={query} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HeadlineCard({
  headline,
  drillDown,
  query,
}: {
  headline: MonitorHeadline;
  drillDown: boolean;
  query: MonitorQuery;
}) {
  const { t, locale } = useI18n();
  const moment = useMoment();
  const titleId = `headline-${headline.id}`;
  const now = cellOf(headline.current.value, headline.current.suppressed);
  const targetText =
    headline.target.kind === 'reduction'
      ? t('monitor.card.targetReduction', { percent: headline.target.setting })
      : null;
  return (
    <article
      className={`sp-monitor-card sp-monitor-card--${headline.status}`}
      aria-labelledby={titleId}
      data-testid={`headline-${headline.id}`}
    >
      <Heading3 id={titleId}>{t.enum('monitorHeadline', headline.id)}</Heading3>
      <Paragraph className="sp-monitor-card__explain">{t(`monitor.headline.${headline.id}.explain`)}</Paragraph>
      <dl className="sp-monitor-card__facts">
        <div>
          <dt>{t('monitor.card.now')}</dt>
          <dd className="sp-monitor-card__value" data-testid={`headline-${headline.id}-value`}>
            {drillDown && now.kind !== 'empty' ? (
              <RouterLink to={populationPath(headline.population, query)}>
                <FigureValue cell={now} unit={headline.unit} />
                <span className="sp-visually-hidden"> – {t('monitor.card.people')}</span>
              </RouterLink>
            ) : (
              <FigureValue cell={now} unit={headline.unit} />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('monitor.card.baseline', { moment: moment(headline.baseline) })}</dt>
          <dd>
            <FigureValue cell={cellOf(headline.baseline.value, headline.baseline.suppressed)} unit={headline.unit} />
          </dd>
        </div>
        <div>
          <dt>{t('monitor.card.target', { moment: moment(headline.target) })}</dt>
          <dd>
            {headline.target.value !== null ? (
              formatValue(headline.target.value, headline.unit, locale, t)
            ) : (
              <FigureValue cell={cellOf(null, headline.target.suppressed)} unit={headline.unit} />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('monitor.card.status')}</dt>
          <dd className="sp-monitor-status" data-testid={`headline-${headline.id}-status`}>
            <span aria-hidden="true" className="sp-monitor-status__mark">
              {STATUS_MARKS[headline.status]}
            </span>{' '}
            {t.enum('monitorStatus', headline.status)}
          </dd>
        </div>
      </dl>
      {targetText ? <Paragraph className="sp-monitor-card__note">{targetText}</Paragraph> : null}
    </article>
  );
}

/** A shape per status, so the status does not rest on colour alone (the words say it too). */
const STATUS_MARKS: Record<MonitorHeadline['status'], string> = {
  met: '✔',
  on_track: '↗',
  off_track: '✖',
  no_data: '–',
};
