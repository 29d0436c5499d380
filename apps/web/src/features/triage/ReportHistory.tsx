import type { ReportDetail } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import { Heading2 } from '@utrecht/component-library-react';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { useI18n } from '../../shared/i18n/useT';
import { formatDateTime } from '../../shared/format/dates';

type HistoryEntry = ReportDetail['history'][number];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The Dutch line for one history entry, e.g. "Doorgezet naar Bemoeizorg Deventer". */
function describe(entry: HistoryEntry, t: Translate): string {
  const details = entry.details;
  if (entry.kind === 'routed') return t('triage.history.routed', { team: text(details['teamName']) });
  if (entry.kind === 'merged') return t('triage.history.merged', { reference: text(details['caseReference']) });
  if (entry.kind === 'person_linked' && details['created'] === true) return t('triage.history.personCreated');
  const urgency = details['urgency'];
  if (entry.kind === 'triaged' && isVocabularyCode('urgency', urgency)) {
    return t('triage.history.urgency', { urgency: t.enum('urgency', urgency) });
  }
  return isVocabularyCode('reportHistory', entry.kind) ? t.enum('reportHistory', entry.kind) : entry.kind;
}

/** The report's history, oldest first, starting with its receipt. */
export function ReportHistory({ report }: { report: ReportDetail }) {
  const { t, locale } = useI18n();
  const entries: HistoryEntry[] = [
    { occurredAt: report.receivedAt, kind: 'received', userName: null, details: {} },
    ...report.history,
  ];
  return (
    <section className="sp-section" aria-labelledby="report-history">
      <Heading2 id="report-history">{t('triage.section.history')}</Heading2>
      <ol className="sp-timeline" data-testid="report-history">
        {entries.map((entry, index) => {
          const reason = text(entry.details['reason']);
          return (
            <li key={`${entry.occurredAt}-${index}`} className="sp-timeline__item">
              <div className="sp-timeline__meta">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, locale)}</time>
                {entry.userName ? ` ${t('triage.history.by', { name: entry.userName })}` : null}
              </div>
              <div className="sp-timeline__title">{describe(entry, t)}</div>
              {reason ? <div className="sp-prewrap">{t('triage.history.reason', { reason })}</div> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
