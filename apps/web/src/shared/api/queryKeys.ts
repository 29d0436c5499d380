import type { PersonQuery } from '../ui/PersonPicker';
import type {
  AccessLogQuery,
  OccupancyQuery,
  CaseQueueQuery,
  TriageQueueQuery,
  UserListQuery,
} from '@springplank/contract';

/** Every TanStack Query key of the app, in one place so invalidation stays consistent. */
export const queryKeys = {
  session: ['session'] as const,
  authMethods: ['auth', 'methods'] as const,
  ownSessions: ['auth', 'sessions'] as const,
  region: ['region'] as const,
  organisations: ['organisations'] as const,
  users: ['users'] as const,
  userList: (query: UserListQuery) => ['users', 'list', query] as const,
  user: (id: string) => ['users', 'detail', id] as const,
  accessLog: ['access-log'] as const,
  accessLogPage: (query: AccessLogQuery) => ['access-log', 'page', query] as const,
  publicMunicipalities: ['public', 'municipalities'] as const,
  reportStatus: (token: string) => ['report-status', token] as const,
  ownReports: ['reports', 'own'] as const,
  ownReportPage: (page: number, pageSize: number) => ['reports', 'own', page, pageSize] as const,
  triage: ['triage'] as const,
  triageQueue: (query: TriageQueueQuery) => ['triage', 'queue', query] as const,
  triageReport: (id: string) => ['triage', 'report', id] as const,
  triageDuplicates: (id: string) => ['triage', 'duplicates', id] as const,
  personSearch: (query: PersonQuery) => ['persons', query] as const,
  cases: ['cases'] as const,
  caseQueue: (query: CaseQueueQuery) => ['cases', 'queue', query] as const,
  caseDetail: (id: string) => ['cases', 'detail', id] as const,
  casesOverview: ['cases', 'overview'] as const,
  outbox: ['outbox'] as const,
  outboxPage: (page: number, pageSize: number) => ['outbox', page, pageSize] as const,
  routingRules: ['meldpunt-settings', 'routing-rules'] as const,
  deadlineRules: ['meldpunt-settings', 'deadline-rules'] as const,
};

/** Capacity: services, locations and the occupancy board (stays refresh it through `all`). */
export const capacityKeys = {
  all: ['capacity'] as const,
  services: ['capacity', 'services'] as const,
  locations: ['capacity', 'locations'] as const,
  location: (id: string) => ['capacity', 'location', id] as const,
  occupancy: (query: OccupancyQuery) => ['capacity', 'occupancy', query] as const,
};
