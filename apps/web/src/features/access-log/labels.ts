import type { Locale } from '@springplank/contract';
import { accessLogActionTextIn, accessLogSubjectTextIn } from '@springplank/domain';
import { languagePack } from '../../shared/i18n/languages';

/** An action from the log in words (e.g. "stay.read" → "Verblijf bekeken"); unknown actions as they are. */
export function actionLabel(action: string, locale: Locale): string {
  return accessLogActionTextIn(languagePack(locale).vocabulary, action);
}

/** A record type from the log in words (e.g. "user" → "Gebruiker"); unknown types as they are. */
export function subjectLabel(subjectType: string, locale: Locale): string {
  return accessLogSubjectTextIn(languagePack(locale).vocabulary, subjectType);
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
