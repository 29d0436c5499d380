import type {
  AccessLogQuery,
  CaseQueueQuery,
  MonitorQuery,
  OccupancyQuery,
  OfferListQuery,
  PopulationQuery,
  StayListQuery,
  TriageQueueQuery,
  UserListQuery,
} from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import type { PersonQuery } from '../ui/PersonPicker';

// One query-key factory per feature, all here rather than in the features: a change in one
// feature often refreshes another's lists (an accepted offer empties a place on the board),
// and features may not import each other. Convention: every key of a feature starts with
// that feature's root (`all`), so invalidating `all` refreshes the whole feature, and a
// mutation invalidates exactly the factories of the data it changes. See docs/WEB.md.

/** Session, sign-in methods and the own sessions (kept when a user signs in or out). */
export const authKeys = {
  session: ['session'] as const,
  methods: ['auth', 'methods'] as const,
  ownSessions: ['auth', 'sessions'] as const,
};

/** The signed-in user's region (municipalities, teams). */
export const regionKeys = { all: ['region'] as const };

/** Organisations of the region (admin, and a location's provider). */
export const organisationKeys = { all: ['organisations'] as const };

/** User management. */
export const userKeys = {
  all: ['users'] as const,
  list: (query: UserListQuery) => ['users', 'list', query] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

/** The access log and inzage reports. */
export const accessLogKeys = {
  all: ['access-log'] as const,
  page: (query: AccessLogQuery) => ['access-log', 'page', query] as const,
  persons: (q: string) => ['access-log', 'persons', q] as const,
  person: (personId: string) => ['access-log', 'person', personId] as const,
};

/** Reports as the reporter sees them (public form, status link, own reports). */
export const reportKeys = {
  publicMunicipalities: ['public', 'municipalities'] as const,
  status: (token: string) => ['report-status', token] as const,
  own: ['reports', 'own'] as const,
  ownPage: (page: number, pageSize: number) => ['reports', 'own', page, pageSize] as const,
};

/** The meldpunt's triage of reports. */
export const triageKeys = {
  all: ['triage'] as const,
  queue: (query: TriageQueueQuery) => ['triage', 'queue', query] as const,
  report: (id: string) => ['triage', 'report', id] as const,
  duplicates: (id: string) => ['triage', 'duplicates', id] as const,
  persons: (query: PersonQuery) => ['triage', 'persons', query] as const,
};

/** Outreach cases. */
export const caseKeys = {
  all: ['cases'] as const,
  queue: (query: CaseQueueQuery) => ['cases', 'queue', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  overview: ['cases', 'overview'] as const,
};

/** The outgoing e-mails. */
export const outboxKeys = {
  all: ['outbox'] as const,
  page: (page: number, pageSize: number) => ['outbox', page, pageSize] as const,
};

/** The meldpunt's routing and deadline rules. */
export const meldpuntKeys = {
  all: ['meldpunt-settings'] as const,
  routingRules: ['meldpunt-settings', 'routing-rules'] as const,
  deadlineRules: ['meldpunt-settings', 'deadline-rules'] as const,
};

/** Capacity: services, locations and the occupancy board. */
export const capacityKeys = {
  all: ['capacity'] as const,
  services: ['capacity', 'services'] as const,
  locations: ['capacity', 'locations'] as const,
  location: (id: string) => ['capacity', 'location', id] as const,
  occupancy: (query: OccupancyQuery) => ['capacity', 'occupancy', query] as const,
};

/** Applications, the access persons and the waiting list. */
export const accessKeys = {
  all: ['access'] as const,
  applications: ['access', 'applications'] as const,
  queue: (status: string, page: number) => ['access', 'applications', 'queue', status, page] as const,
  application: (id: string) => ['access', 'applications', 'detail', id] as const,
  prefill: (caseId: string) => ['access', 'prefill', caseId] as const,
  persons: (query: PersonQuery) => ['access', 'persons', query] as const,
  waitlist: ['access', 'waitlist'] as const,
  waitlistPage: (filter: object) => ['access', 'waitlist', filter] as const,
  providers: ['access', 'providers'] as const,
};

/** Free places, placement suggestions and offers (they move together). */
export const placementKeys = {
  all: ['placements'] as const,
  freePlaces: ['placements', 'free-places'] as const,
  suggestions: (locationId: string, service: ServiceCode) =>
    ['placements', 'suggestions', locationId, service] as const,
  offers: (query: OfferListQuery) => ['placements', 'offers', query] as const,
};

/** Stays in shelter and supported housing. */
export const stayKeys = {
  all: ['stays'] as const,
  list: (query: StayListQuery) => ['stays', 'list', query] as const,
  detail: (id: string) => ['stays', 'detail', id] as const,
  persons: (q: string) => ['stays', 'persons', q] as const,
};

/** Outflow and housing requests. */
export const housingKeys = {
  outflow: ['outflow'] as const,
  requests: ['housing-requests'] as const,
  request: (id: string) => ['housing-requests', 'detail', id] as const,
};

/** Support plans. */
export const planKeys = {
  all: ['support-plans'] as const,
  list: ['support-plans', 'list'] as const,
  detail: (personId: string) => ['support-plans', 'detail', personId] as const,
};

/** Veldtafel meetings. */
export const veldtafelKeys = {
  list: ['veldtafel', 'list'] as const,
  detail: (id: string) => ['veldtafel', 'detail', id] as const,
};

/** The monitor's figures and the targets they are measured against. */
export const monitorKeys = {
  all: ['monitor'] as const,
  dashboards: ['monitor', 'dashboard'] as const,
  dashboard: (query: MonitorQuery) => ['monitor', 'dashboard', query] as const,
  population: (query: PopulationQuery) => ['monitor', 'population', query] as const,
  targets: ['monitor', 'targets'] as const,
};

/** True for the keys of the session and sign-in data, which survive signing in, out and an import. */
export function isAuthKey(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === authKeys.session[0] || queryKey[0] === authKeys.methods[0];
}
