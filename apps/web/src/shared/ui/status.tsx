import type { DeadlineState, Urgency } from '@springplank/contract';
import { useI18n } from '../i18n/useT';
import { formatDate, type DateStyle } from '../format/dates';
import './casework.css';

/** The urgency as text; "Acuut" as a badge, with a note when the reporter mentioned danger. */
export function UrgencyLabel({ urgency, acute = false }: { urgency: Urgency; acute?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="sp-cell-stack">
      {urgency === 'acute' ? (
        <span className="sp-badge sp-badge--acute">{t.enum('urgency', 'acute')}</span>
      ) : (
        <span>{t.enum('urgency', urgency)}</span>
      )}
      {acute && urgency !== 'acute' ? <span>{t('urgency.reporterAcute')}</span> : null}
    </span>
  );
}

/** A due date with its state in words ("Op tijd", "Vandaag", "Te laat"), never by colour alone; short in tables. */
export function DeadlineLabel({
  dueOn,
  state,
  dateStyle = 'short',
}: {
  dueOn: string;
  state: DeadlineState;
  dateStyle?: DateStyle;
}) {
  const { t, locale } = useI18n();
  return (
    <span className="sp-cell-stack">
      <span>{formatDate(dueOn, locale, dateStyle)}</span>
      <span className={`sp-deadline sp-deadline--${state}`}>
        {state === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
        {t.enum('deadlineState', state)}
      </span>
    </span>
  );
}

/** The row class that highlights overdue items (together with the text "Te laat"). */
export function deadlineRowClass(state: DeadlineState): string | undefined {
  return state === 'overdue' ? 'sp-row--overdue' : undefined;
}
