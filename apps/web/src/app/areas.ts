import type { Area } from '@springplank/domain';
import type { MessageKey } from '../shared/i18n/dictionaries';

/** The Dutch path of each area of the app. */
export const AREA_PATHS: Record<Area, string> = {
  home: '/',
  admin_organisations: '/beheer/organisaties',
  admin_users: '/beheer/gebruikers',
  access_log: '/toegangslog',
};

/** The navigation label of each area. */
export const AREA_LABELS: Record<Area, MessageKey> = {
  home: 'nav.home',
  admin_organisations: 'nav.admin_organisations',
  admin_users: 'nav.admin_users',
  access_log: 'nav.access_log',
};
