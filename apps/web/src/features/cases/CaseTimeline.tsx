import type { CaseEvent } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { useI18n } from '../../shared/i18n/useT';
import { formatDateTime } from '../../shared/format/dates';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The Dutch title of an event, e.g. "Contactpoging" or "Toegewezen aan Sanne de Vries". */
function title(event: CaseEvent, t: Translate): string {
  const details = event.details;
  switch (event.kind) {
    case 'assigned': {
      const name = text(details['assignedUserName']);
      return name ? t('case.event.assignedTo', { name }) : t('case.event.unassigned');
    }
    case 'routed': {
      const team = text(details['teamName']);
      return team ? t('case.event.routedTo', { team }) : t.enum('caseEvent', 'routed');
    }
    case 'closed': {
      const outcome = details['outcome'];
      const closed = t.enum('caseEvent', 'closed');
      return isVocabularyCode('caseOutcome', outcome) ? `${closed}: ${t.enum('caseOutcome', outcome)}` : closed;
    }
    default:
      return isVocabularyCode('caseEvent', event.kind) ? t.enum('caseEvent', event.kind) : event.kind;
  }
}

/** Channel, result and partner of an event in Dutch, e.g. "Telefoon · Niet bereikt". */
function facts(event: CaseEvent, t: Translate): string {
  const parts = [
    isVocabularyCode('contactChannel', event.channel) ? t.enum('contactChannel', event.channel) : event.channel,
    isVocabularyCode('contactResult', event.result) ? t.enum('contactResult', event.result) : event.result,
    text(event.details['partner']) ? t('case.event.partner', { partner: text(event.details['partner']) }) : null,
    text(event.details['reason']) ? t('triage.history.reason', { reason: text(event.details['reason']) }) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** "Tijdlijn": everything that happened on the case, oldest first and newest last. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, locale } = useI18n();
  const ordered = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id);
  return (
    <section className="sp-section" aria-labelledby="case-timeline">
      <Heading2 id="case-timeline">{t('case.timeline')}</Heading2>
      {ordered.length === 0 ? (
        <Paragraph>{t('case.timelineEmpty')}</Paragraph>
      ) : (
        <ol className="sp-timeline" data-testid="case-timeline">
          {ordered.map((event) => {
            const extra = facts(event, t);
            return (
              <li key={event.id} className="sp-timeline__item" data-testid={`case-event-${event.kind}`}>
                <div className="sp-timeline__meta">
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
                  {event.userName ? ` ${t('case.event.by', { name: event.userName })}` : null}
                </div>
                <div className="sp-timeline__title">{title(event, t)}</div>
                {extra ? <div>{extra}</div> : null}
                {event.note ? <div className="sp-prewrap">{event.note}</div> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
