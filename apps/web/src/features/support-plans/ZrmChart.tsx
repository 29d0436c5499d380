import type { PlanZrmAssessment } from '@springplank/contract';
import { ZRM_DOMAINS, ZRM_MAX_SCORE, ZRM_MIN_SCORE } from '@springplank/domain';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';

const CHART_COLOUR = '#01689b';

/** Small multiples: one line chart of the scores over time per ZRM domain (the table shows the same). */
export default function ZrmChart({ assessments }: { assessments: PlanZrmAssessment[] }) {
  const { t, locale } = useI18n();
  const shortDate = (iso: string) => formatDate(iso, locale, 'short');
  return (
    <ul className="sp-zrm-multiples" aria-labelledby="zrm-chart" data-testid="zrm-chart">
      {ZRM_DOMAINS.map((domain) => {
        const points = assessments.map((a) => ({ date: a.assessedOn, score: a.scores[domain] ?? null }));
        const summary = points.map((p) => `${shortDate(p.date)} ${p.score ?? t('common.none')}`).join(', ');
        return (
          <li key={domain} className="sp-zrm-multiples__item">
            <p className="sp-zrm-multiples__title">{t.enum('zrmDomain', domain)}</p>
            {/* The chart is a picture of the table below; role="img" gives it one text alternative. */}
            <div
              role="img"
              aria-label={t('plans.zrm.chartLabel', { domain: t.enum('zrmDomain', domain), scores: summary })}
            >
              {/* Hidden from assistive technology: the wrapper's label says what the chart shows. */}
              <div aria-hidden="true">
                <LineChart width={220} height={110} data={points} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" tick={{ fontSize: 10 }} tickFormatter={(value: string) => value.slice(2)} />
                  <YAxis
                    domain={[ZRM_MIN_SCORE, ZRM_MAX_SCORE]}
                    ticks={[1, 2, 3, 4, 5]}
                    width={24}
                    tick={{ fontSize: 10 }}
                  />
                  <Line
                    type="linear"
                    dataKey="score"
                    stroke={CHART_COLOUR}
                    strokeWidth={2}
                    dot={{ r: 3 }}
                    isAnimationActive={false}
                    connectNulls
                  />
                </LineChart>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
