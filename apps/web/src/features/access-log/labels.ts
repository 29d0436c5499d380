import { accessLogActionLabel } from '@springplank/domain';
import type { Translate } from '../../shared/i18n/I18nProvider';

/** Translate an action from the log (e.g. "read" or "user.update"); unknown actions are shown as they are. */
export function actionLabel(action: string, t: Translate): string {
  const direct = t.lookup(`action.${action}`);
  if (direct) return direct;
  // The readable Dutch name of a known action (shared with the CSV export), before the generic one.
  const named = accessLogActionLabel(action);
  if (named !== action) return named;
  const parts = action.split(/[.:/]/);
  const verb = parts[parts.length - 1] ?? action;
  const verbLabel = t.lookup(`action.${verb}`);
  if (!verbLabel || parts.length < 2) return action;
  const subject = parts.slice(0, -1).join('.');
  return `${subjectLabel(subject, t)}: ${verbLabel.toLowerCase()}`;
}

/** Translate a record type from the log (e.g. "user"); unknown types are shown as they are. */
export function subjectLabel(subjectType: string, t: Translate): string {
  return t.lookup(`subject.${subjectType}`) ?? subjectType;
}

/** Known actions, offered as suggestions in the search form. */
export const KNOWN_ACTIONS = [
  'read',
  'list',
  'search',
  'create',
  'update',
  'delete',
  'export',
  'login',
  'login_failed',
  'logout',
  'unlock',
  'set_password',
  'verify',
] as const;

/** Known record types, offered as suggestions in the search form. */
export const KNOWN_SUBJECT_TYPES = [
  'user',
  'organisation',
  'region',
  'session',
  'person',
  'report',
  'case',
  'application',
  'decision',
  'waitlist_entry',
  'placement',
  'stay',
  'support_plan',
  'housing_request',
  'eviction_signal',
  'access_log',
] as const;
