import type { ReportPhase, ReportStatus } from '@springplank/contract';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { PHASES } from './labels';

type StepState = 'done' | 'current' | 'todo' | 'skipped';

const DATE_OF: Record<ReportPhase, (status: ReportStatus) => string | null> = {
  received: (status) => status.receivedAt,
  in_follow_up: (status) => status.followUpStartedAt,
  closed: (status) => status.closedAt,
};

function stateOf(step: number, current: number, date: string | null): StepState {
  if (step === current) return 'current';
  if (step > current) return 'todo';
  return date ? 'done' : 'skipped';
}

const MARKERS: Record<StepState, string> = { done: '✓', current: '●', todo: '○', skipped: '–' };

/** Ontvangen → In behandeling → Afgesloten as an ordered list; the current step has aria-current="step". */
export function PhaseSteps({ status }: { status: ReportStatus }) {
  const { t, locale } = useI18n();
  const current = PHASES.indexOf(status.phase);
  const stateText = (state: StepState, date: string | null): string => {
    const on = date ? formatDate(date, locale) : null;
    if (state === 'done') return on ? t('status.step.doneOn', { date: on }) : t('status.step.done');
    if (state === 'current') return on ? t('status.step.currentSince', { date: on }) : t('status.step.current');
    return state === 'todo' ? t('status.step.todo') : t('status.step.skipped');
  };
  return (
    <ol className="sp-steps" aria-label={t('status.stepsLabel')} data-testid="report-steps">
      {PHASES.map((phase, index) => {
        const date = DATE_OF[phase](status);
        const state = stateOf(index, current, date);
        // The last step is finished as soon as it is reached.
        const look: StepState = state === 'current' && phase === 'closed' ? 'done' : state;
        return (
          <li
            key={phase}
            className={`sp-steps__item sp-steps__item--${look}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="sp-steps__marker" aria-hidden="true">
              {MARKERS[look]}
            </span>
            <span className="sp-steps__text">
              <strong className="sp-steps__label">{t.enum('reportPhase', phase)}</strong>
              <span className="sp-steps__state">{stateText(look, date)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
