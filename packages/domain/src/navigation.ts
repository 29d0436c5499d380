import type { Role } from './roles';

/** The areas of the web app; each is shown only to the roles that may use it. */
export const AREAS = [
  'home',
  'report',
  'own_reports',
  'triage',
  'cases',
  'admin_organisations',
  'admin_users',
  'admin_meldpunt',
  'outbox',
  'access_log',
] as const;

/** An area of the web app. */
export type Area = (typeof AREAS)[number];

const AREA_ROLES: Record<Area, readonly Role[] | 'all'> = {
  home: 'all',
  report: ['professional_reporter'],
  own_reports: ['professional_reporter'],
  triage: ['meldpunt_operator'],
  cases: ['outreach_worker', 'meldpunt_operator'],
  admin_organisations: ['administrator'],
  admin_users: ['administrator'],
  admin_meldpunt: ['administrator'],
  outbox: ['meldpunt_operator'],
  access_log: ['privacy_officer'],
};

/** The areas a user with these roles may open, in menu order. */
export function areasForRoles(roles: readonly Role[]): Area[] {
  return AREAS.filter((area) => {
    const allowed = AREA_ROLES[area];
    return allowed === 'all' || allowed.some((role) => roles.includes(role));
  });
}
