import type { OrganisationKind, Role } from './roles';

/** The areas of the web app; each is shown only to the roles that may use it. */
export const AREAS = [
  'home',
  'report',
  'own_reports',
  'triage',
  'cases',
  'applications',
  'waitlist',
  'occupancy',
  'shelter_intake',
  'stays',
  'placements',
  'offers',
  'support_plans',
  'outflow',
  'housing_requests',
  'veldtafel',
  'admin_organisations',
  'admin_users',
  'admin_meldpunt',
  'admin_services',
  'admin_targets',
  'admin_import',
  'outbox',
  'monitor',
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
  applications: ['access_officer'],
  waitlist: ['access_officer'],
  occupancy: ['access_officer', 'provider_staff'],
  shelter_intake: ['access_officer', 'provider_staff'],
  stays: ['access_officer', 'provider_staff'],
  placements: ['access_officer'],
  offers: ['provider_staff'],
  support_plans: ['access_officer', 'provider_staff'],
  outflow: ['access_officer', 'provider_staff'],
  housing_requests: ['housing_officer'],
  veldtafel: ['access_officer'],
  admin_organisations: ['administrator'],
  admin_users: ['administrator'],
  admin_meldpunt: ['administrator'],
  admin_services: ['administrator'],
  admin_targets: ['administrator'],
  admin_import: ['administrator'],
  outbox: ['meldpunt_operator'],
  monitor: ['policy_analyst', 'access_officer'],
  access_log: ['privacy_officer'],
};

/** What an access officer of a local access team (wijkteam) works with: applications and the waiting list. */
const LOCAL_ACCESS_AREAS: readonly Area[] = ['applications', 'waitlist'];

/**
 * The areas a user with these roles may open, in menu order. An access officer of a local
 * access team (organisation kind `local_access`) gets only the applications and waiting list
 * of its own municipalities, as the server allows.
 */
export function areasForRoles(roles: readonly Role[], organisationKind?: OrganisationKind): Area[] {
  const local = organisationKind === 'local_access';
  return AREAS.filter((area) => {
    const allowed = AREA_ROLES[area];
    if (allowed === 'all') return true;
    return allowed.some(
      (role) => roles.includes(role) && (role !== 'access_officer' || !local || LOCAL_ACCESS_AREAS.includes(area)),
    );
  });
}
