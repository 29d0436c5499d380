import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  CASE_EVENT_KINDS,
  CASE_OUTCOMES,
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  DEADLINE_STATES,
  GOAL_STATUSES,
  MONITOR_FIGURE_IDS,
  MONITOR_HEADLINES,
  MONITOR_STATUSES,
  OFFER_STATUSES,
  REPORT_CATEGORIES,
  REPORT_HISTORY_KINDS,
  REPORT_PHASES,
  REPORT_STATUSES,
  REPORTER_KINDS,
  URGENCIES,
} from '../code-lists';
import { MONITOR_TARGET_KEYS } from '../monitor-targets';
import { ORGANISATION_KINDS, ROLES } from '../roles';
import { VELDTAFEL_REASONS } from '../veldtafel';
import {
  EXPERTISE_TAGS,
  IWMO_PRODUCT_CATEGORIES,
  SERVICE_CODES,
  STAY_END_REASONS,
  WAITLIST_PRIORITIES,
  WAITLIST_REMOVAL_REASONS,
  ZRM_DOMAINS,
} from '../services';
import { ACCESS_LOG_ACTIONS, ACCESS_LOG_OUTCOMES, ACCESS_LOG_SUBJECTS, ACCESS_LOG_VERBS } from './access-log-codes';

/**
 * Every kind of code the vocabulary names, with its code list. The kind is what a caller
 * passes to `t.enum(kind, code)`; the texts per language must name every code of every kind.
 */
export const VOCABULARY_CODES = {
  service: SERVICE_CODES,
  expertiseTag: EXPERTISE_TAGS,
  waitlistPriority: WAITLIST_PRIORITIES,
  waitlistRemovalReason: WAITLIST_REMOVAL_REASONS,
  stayEndReason: STAY_END_REASONS,
  iwmoCategory: IWMO_PRODUCT_CATEGORIES,
  zrmDomain: ZRM_DOMAINS,
  applicationSource: APPLICATION_SOURCES,
  applicationStatus: APPLICATION_STATUSES,
  offerStatus: OFFER_STATUSES,
  goalStatus: GOAL_STATUSES,
  role: ROLES,
  organisationKind: ORGANISATION_KINDS,
  reportCategory: REPORT_CATEGORIES,
  reporterKind: REPORTER_KINDS,
  urgency: URGENCIES,
  reportPhase: REPORT_PHASES,
  reportStatus: REPORT_STATUSES,
  reportHistory: REPORT_HISTORY_KINDS,
  deadlineState: DEADLINE_STATES,
  caseOutcome: CASE_OUTCOMES,
  caseEvent: CASE_EVENT_KINDS,
  contactChannel: CONTACT_CHANNELS,
  contactResult: CONTACT_RESULTS,
  veldtafelReason: VELDTAFEL_REASONS,
  monitorHeadline: MONITOR_HEADLINES,
  monitorFigure: MONITOR_FIGURE_IDS,
  monitorStatus: MONITOR_STATUSES,
  monitorTargetKey: MONITOR_TARGET_KEYS,
  accessLogAction: ACCESS_LOG_ACTIONS,
  accessLogSubject: ACCESS_LOG_SUBJECTS,
  accessLogVerb: ACCESS_LOG_VERBS,
  accessLogOutcome: ACCESS_LOG_OUTCOMES,
} as const;

/** A kind of code the vocabulary names (`service`, `role`, `stayEndReason`, …). */
export type VocabularyKind = keyof typeof VOCABULARY_CODES;

/** A code of one kind, e.g. `VocabularyCode<'service'>` is a service code. */
export type VocabularyCode<K extends VocabularyKind> = (typeof VOCABULARY_CODES)[K][number];

/** The languages the vocabulary speaks (the web's interface languages). */
export type VocabularyLocale = 'nl' | 'en';

/** The texts of one language: a name for every code of every kind, and nothing else. */
export type VocabularyTexts = { readonly [K in VocabularyKind]: Readonly<Record<VocabularyCode<K>, string>> };

/** Whether a value from outside (a URL, an event's free `kind`) is a code of this kind. */
export function isVocabularyCode<K extends VocabularyKind>(kind: K, value: unknown): value is VocabularyCode<K> {
  return (VOCABULARY_CODES[kind] as readonly unknown[]).includes(value);
}

/** The part of the vocabulary that names the access log's codes. */
export type AccessLogTexts = Pick<
  VocabularyTexts,
  'accessLogAction' | 'accessLogSubject' | 'accessLogVerb' | 'accessLogOutcome'
>;
