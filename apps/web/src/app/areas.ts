import type { Area } from '@springplank/domain';
import type { MessageKey } from '../shared/i18n/dictionaries';

/** The Dutch path of each area of the app. */
export const AREA_PATHS: Record<Area, string> = {
  home: '/',
  report: '/melden',
  own_reports: '/meldingen',
  triage: '/meldpunt',
  cases: '/casussen',
  outbox: '/uitgaande-post',
  admin_organisations: '/beheer/organisaties',
  admin_users: '/beheer/gebruikers',
  admin_meldpunt: '/beheer/meldpunt',
  access_log: '/toegangslog',
};

/** The navigation label of each area. */
export const AREA_LABELS: Record<Area, MessageKey> = {
  home: 'nav.home',
  report: 'nav.report',
  own_reports: 'nav.own_reports',
  triage: 'nav.triage',
  cases: 'nav.cases',
  outbox: 'nav.outbox',
  admin_organisations: 'nav.admin_organisations',
  admin_users: 'nav.admin_users',
  admin_meldpunt: 'nav.admin_meldpunt',
  access_log: 'nav.access_log',
};
